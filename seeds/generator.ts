// The demo network generator: deterministic from a seed, sized from a few hundred to a million
// people, produced as a stream of batches (a few thousand people's records at a time) so memory
// stays modest at any size. See docs/seeds.md for the structure and the planted ground truth.
import type { NodeRecord, RelRecord } from '../server/features/ingest/writer.ts';
import { Emitter } from './emit.ts';
import { emitGang } from './gang.ts';
import { emitOthers } from './others.ts';
import {
  duplicateOriginal,
  makePlan,
  personKey,
  plantedGangOf,
  plantedRoleOf,
  type Plan,
  type PlantedRole,
  type SeedOptions,
} from './plan.ts';
import { emitSites } from './sites.ts';

export type { Plan, PlantedRole, SeedOptions } from './plan.ts';
export { makePlan } from './plan.ts';

/** People outside gangs are generated in chunks of this many (a batch may exceed its size by one chunk). */
export const OTHERS_CHUNK = 250;

export interface SeedBatch {
  nodes: NodeRecord[];
  rels: RelRecord[];
  /** People records in this batch (running total in `peopleSoFar`). */
  people: number;
  peopleSoFar: number;
}

export interface GenerateOptions extends SeedOptions {
  /** People per batch (default 2000); a gang is never split across batches. */
  batchPeople?: number;
}

/** Streams the whole network, batch by batch. The same options always give the same records. */
export function* generateSeedNetwork(opts: GenerateOptions): Generator<SeedBatch> {
  const plan = makePlan(opts);
  const per = Math.max(1, opts.batchPeople ?? 2000);
  let out = new Emitter(plan, 0);
  let soFar = 0;
  const flush = (): SeedBatch => {
    soFar += out.people;
    const batch = { nodes: out.nodes, rels: out.rels, people: out.people, peopleSoFar: soFar };
    out = new Emitter(plan, out.nextRecord);
    return batch;
  };
  emitSites(plan, out);
  for (const g of plan.gangs) {
    emitGang(plan, g, out);
    if (out.people >= per) yield flush();
  }
  // People outside gangs come in fixed chunks (their own random streams), whatever the batch size.
  let group = plan.gangs.length;
  for (let from = plan.gangMembers[1]; from < plan.people; from += OTHERS_CHUNK) {
    emitOthers(plan, from, Math.min(plan.people, from + OTHERS_CHUNK), group++, out);
    if (out.people >= per) yield flush();
  }
  if (out.nodes.length > 0 || out.rels.length > 0) yield flush();
}

export interface PlantedPerson {
  key: string;
  /** Gang id, or null for dealers, collectors, overseas buyers and unaffiliated people. */
  gang: number | null;
  role: PlantedRole;
  /** For a planted duplicate record: the key of the person it duplicates. */
  duplicateOf: string | null;
}

/**
 * The planted ground truth, person by person, without generating the network: which gang each
 * person is in and with what role. Matches the plantedGang/plantedRole properties of the records.
 */
export function* plantedTruth(opts: SeedOptions | Plan): Generator<PlantedPerson> {
  const plan = 'gangs' in opts ? opts : makePlan(opts);
  for (let i = 0; i < plan.people; i++) {
    const dup = i >= plan.duplicates[0] && i < plan.duplicates[1];
    yield {
      key: personKey(plan, i),
      gang: plantedGangOf(plan, i),
      role: plantedRoleOf(plan, i),
      duplicateOf: dup ? personKey(plan, duplicateOriginal(plan, i)) : null,
    };
  }
}

/** The planted gangs as person key → gang id (people in no gang are left out). */
export function plantedGangs(opts: SeedOptions | Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of plantedTruth(opts)) if (p.gang !== null) out.set(p.key, p.gang);
  return out;
}
