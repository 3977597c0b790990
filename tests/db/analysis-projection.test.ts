// The projection of issue 20's data-model contract, on fixtures written for it: an undirected tie
// stored both ways counts once, with its weight; a group membership projects to 1/(n-1) per shared
// group; people without ties stay in a run as communities of their own; a phone-only call file
// gives phone communities and says how much evidence the person network could not use; and no
// community of any run is internally disconnected.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { splitDisconnected } from '../../server/analysis/connectivity.ts';
import { EdgeAccumulator } from '../../server/analysis/edge-list.ts';
import { louvain, relabelBySize } from '../../server/analysis/louvain.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { projectNetwork, type Projection } from '../../server/features/analysis/projection.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
let runner: JobRunner;
let tmp: string;

const NONE = {
  sharedPhone: 0,
  calls: 0,
  coOffending: 0,
  sharedVehicle: 0,
  coSighting: 0,
  sale: 0,
  associate: 0,
  family: 0,
  affiliation: 0,
};
const P = (key: string) => ({ type: 'Person' as const, key });

/** The weight of the tie between two uids (0 when none); fails on a pair stored twice. */
function tie(p: Projection, a: string, b: string): number {
  const i = p.edges.ids.indexOf(a);
  const j = p.edges.ids.indexOf(b);
  let found = 0;
  let w = 0;
  for (let e = 0; e < p.edges.edgeCount; e++) {
    const s = p.edges.src[e];
    const d = p.edges.dst[e];
    if ((s === i && d === j) || (s === j && d === i)) {
      found++;
      w = p.edges.weight ? p.edges.weight[e]! : 1;
    }
  }
  expect(found).toBeLessThanOrEqual(1);
  return w;
}

async function runCommunities(params: Record<string, unknown>) {
  const job = await runner.submit('communities', params, null);
  const done = await runner.wait(job.id);
  expect(done.status, done.error ?? '').toBe('succeeded');
  const members = await db.read('queries/analysis/stream-members', { runId: done.runId });
  const membership = new Map(members.map((r) => [String(r.uid), Number(r.community)]));
  return { done, result: done.result as Record<string, unknown>, membership };
}

/** Every community of the membership is connected through the projection's ties. */
function assertConnected(p: Projection, membership: Map<string, number>) {
  const g = new CompactGraph(p.edges);
  const m = Int32Array.from(g.ids, (id) => membership.get(id) ?? -1);
  expect(m.every((c) => c >= 0)).toBe(true);
  expect(splitDisconnected(g, m).connectivity.disconnected).toBe(0);
}

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-projection-'));
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  for (const k of ['p1', 'p2', 'p3', 'p4', 'p5', 'loner1', 'loner2']) {
    nodes.push({ type: 'Person', key: k, props: { name: k }, source: 'fixture#' + k });
  }
  // p1–p2 loaded both ways, weight 3 each time; p3–p4 without a weight (1); p4–p5 twice one way.
  const assoc = (a: string, b: string, weight: number | null, source: string) =>
    rels.push({
      type: 'ASSOCIATE_OF',
      from: P(a),
      to: P(b),
      qualifier: 'known-associate',
      props: weight === null ? {} : { weight },
      source,
    });
  assoc('p1', 'p2', 3, 'edges.csv#2');
  assoc('p2', 'p1', 3, 'edges-reversed.csv#2');
  assoc('p3', 'p4', null, 'edges.csv#3');
  assoc('p4', 'p5', 2, 'edges.csv#4');
  assoc('p4', 'p5', 2, 'edges-again.csv#4');
  await new GraphWriter(db).write(nodes, rels);
  // Affiliations: g1 = {p1, p2, p3} (1/2 per pair), g2 = {p2, p3} (1).
  await db.write('tests/analysis/create-group', {
    uid: 'Group:g1',
    name: 'g1',
    members: ['Person:p1', 'Person:p2', 'Person:p3'],
  });
  await db.write('tests/analysis/create-group', {
    uid: 'Group:g2',
    name: 'g2',
    members: ['Person:p2', 'Person:p3'],
  });
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 240_000);

afterAll(async () => {
  await runner?.stop();
  await db?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('projection of the data-model contract', () => {
  it('counts a tie loaded both ways (or twice) once, with its weight', async () => {
    const p = await projectNetwork(db, { weights: { ...NONE, associate: 1 } });
    expect(p.evidence.associate).toBe(3);
    expect(tie(p, 'Person:p1', 'Person:p2')).toBe(3);
    expect(tie(p, 'Person:p3', 'Person:p4')).toBe(1);
    expect(tie(p, 'Person:p4', 'Person:p5')).toBe(2);
    // The associate weight multiplies the tie's own weight.
    const heavy = await projectNetwork(db, { weights: { ...NONE, associate: 2.5 } });
    expect(tie(heavy, 'Person:p1', 'Person:p2')).toBe(7.5);
  });

  it('projects a group of n members to ties of 1/(n-1) per shared group, summed', async () => {
    const p = await projectNetwork(db, { weights: { ...NONE, affiliation: 1 } });
    expect(p.evidence.affiliation).toBe(3 + 1);
    expect(tie(p, 'Person:p1', 'Person:p2')).toBeCloseTo(0.5, 12);
    expect(tie(p, 'Person:p1', 'Person:p3')).toBeCloseTo(0.5, 12);
    expect(tie(p, 'Person:p2', 'Person:p3')).toBeCloseTo(1.5, 12);
    expect(tie(p, 'Person:p4', 'Person:p5')).toBe(0);
  });

  it('keeps people without ties in a run, each a community of its own', async () => {
    const { result, membership, done } = await runCommunities({ seed: 3 });
    expect(result.people).toBe(7);
    expect(result.isolated).toBe(2);
    expect(membership.size).toBe(7);
    const l1 = membership.get('Person:loner1')!;
    const l2 = membership.get('Person:loner2')!;
    expect(l1).not.toBe(l2);
    for (const [uid, c] of membership) {
      if (!uid.includes('loner')) expect(c === l1 || c === l2).toBe(false);
    }
    const run = (await db.read('queries/analysis/get-run', { runId: done.runId }))[0]!.run as Record<
      string,
      unknown
    >;
    expect(run.nodeCount).toBe(7);
    expect(run.subject).toBe('PERSON');
    expect(JSON.parse(String(run.connectivity))).toMatchObject({ disconnected: 0 });
    assertConnected(await projectNetwork(db, { keepIsolated: true }), membership);
  });
});

describe('phones as actors', () => {
  it('a phone-only call file gives phone communities and the evidence the person network cannot use', async () => {
    // Two triangles of phones nobody is recorded as using, joined by one call.
    const A = ['+8613800000001', '+8613800000002', '+8613800000003'];
    const B = ['+8613900000001', '+8613900000002', '+8613900000003'];
    const lines = ['from,to,start'];
    let t = Date.UTC(2024, 2, 1);
    for (const tri of [A, B]) {
      for (const [x, y] of [
        [tri[0], tri[1]],
        [tri[1], tri[2]],
        [tri[2], tri[0]],
      ]) {
        for (let k = 0; k < 3; k++) lines.push(`${x},${y},${new Date((t += 60_000)).toISOString()}`);
      }
    }
    lines.push(`${A[0]},${B[0]},${new Date((t += 60_000)).toISOString()}`);
    const file = path.join(tmp, 'calls.csv');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    await ingestPath(db, [file]);

    // The person network cannot use one of these 19 calls (7 phone pairs): said so, with the reason.
    const people = await projectNetwork(db);
    const unusedCalls = people.unused.filter((u) => u.kind === 'calls' && u.reason === 'no-holder');
    expect(unusedCalls).toHaveLength(1);
    expect(unusedCalls[0]).toMatchObject({ records: 19, pairs: 7 });
    expect(people.evidence.calls).toBe(0);

    const person = await runCommunities({ seed: 5 });
    expect(person.result.unusedEvidence).toEqual(people.unused);

    const phone = await runCommunities({ seed: 5, subject: 'PHONE' });
    expect(phone.result.subject).toBe('PHONE');
    expect(phone.result.people).toBe(6);
    const keys = [...phone.membership.keys()];
    expect(keys).toHaveLength(6);
    expect(keys.every((k) => k.startsWith('Phone:'))).toBe(true);
    const ca = phone.membership.get(keys.find((k) => k.includes('13800000001'))!)!;
    const cb = phone.membership.get(keys.find((k) => k.includes('13900000001'))!)!;
    expect(ca).not.toBe(cb);
    for (const k of keys) expect(phone.membership.get(k)).toBe(k.includes('138') ? ca : cb);
    // The person evidence a phone network cannot use is counted by kind (relationships stored:
    // p1→p2, p2→p1, p3→p4, p4→p5 — the second p4→p5 load merged into the first).
    const unused = phone.result.unusedEvidence as Array<{ kind: string; reason: string; records: number }>;
    expect(unused.find((u) => u.kind === 'associate')).toMatchObject({ reason: 'subject-phone', records: 4 });
    expect(unused.find((u) => u.kind === 'affiliation')).toMatchObject({ records: 5 });
    assertConnected(await projectNetwork(db, { subject: 'PHONE', keepIsolated: true }), phone.membership);
  });
});

describe('well-connected communities', () => {
  it('splits a disconnected community into its connected parts', () => {
    // Two triangles with no tie between them, given as one community, plus a lone node.
    const acc = new EdgeAccumulator();
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
    ]) {
      acc.add(a!, b!, 1);
    }
    acc.node('lone');
    const g = new CompactGraph(acc.toEdgeList());
    const given = Int32Array.from(g.ids, (id) => (id === 'lone' ? 1 : 0));
    const out = splitDisconnected(g, given);
    expect(out.connectivity).toEqual({ checked: 2, disconnected: 1, communities: 3 });
    const c = (id: string) => out.membership[g.ids.indexOf(id)]!;
    expect(c('a')).toBe(c('b'));
    expect(c('a')).toBe(c('c'));
    expect(c('x')).toBe(c('z'));
    expect(c('a')).not.toBe(c('x'));
  });

  it('no Louvain community is disconnected, on many seeded graphs (found ones are split)', () => {
    let splitRuns = 0;
    for (let s = 0; s < 40; s++) {
      const rng = seededRng(1000 + s);
      const acc = new EdgeAccumulator();
      const n = 60;
      for (let i = 0; i < n; i++) acc.node(String(i));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const same = Math.floor(i / 12) === Math.floor(j / 12);
          if (rng() < (same ? 0.35 : 0.04)) acc.add(String(i), String(j), 0.5 + rng());
        }
      }
      const g = new CompactGraph(acc.toEdgeList());
      const part = louvain(g, { seed: s, resolution: 1 + (s % 4) * 0.5 });
      if (part.connectivity.disconnected > 0) splitRuns++;
      expect(splitDisconnected(g, relabelBySize(part.membership).membership).connectivity.disconnected).toBe(
        0,
      );
    }
    console.log(`louvain: ${splitRuns} of 40 runs had a disconnected community, split by the check`);
  });
});
