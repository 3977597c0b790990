// Takedown simulation and gang evolution on Neo4j Graph Data Science, against the in-process engine
// on the same data: an embedded Neo4j of its own with GDS (open edition, from Maven Central). First
// the bridged-gangs case (two gangs joined only by person x): removing x splits the network and cuts
// the relic flow on both engines, and evolution sees the same windows. Then the demo seed (600
// people): WCC being deterministic, both engines agree exactly on the components before and after
// the same removals. No GDS graph is left behind; engine GDS without GDS is a BAD_USER_INPUT naming
// the job's field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { AppError } from '../../server/errors.ts';
import { gdsRun, gdsVersion } from '../../server/features/analysis/gds.ts';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { checkEngine } from '../../server/jobs/analysis-jobs.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import type { NetworkState } from '../../server/analysis/takedown.ts';
import { startGdsNeo4j, type GdsNeo4j } from '../support/gds.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { bridgedGangs, DAY, T0 } from './analysis-fixture.ts';

interface Report {
  strategy: string;
  removed: string[];
  before: NetworkState;
  after: NetworkState;
}
interface TakedownResult {
  engine: string;
  engineRequested: string;
  gdsVersion: string | null;
  communities: number;
  reports: Report[];
}

let gds: GdsNeo4j | undefined;
let db: Db;
let runner: JobRunner;
let version: string | null;

beforeAll(async () => {
  gds = await startGdsNeo4j('gds-takedown');
  db = gds.db;
  const { nodes, rels } = bridgedGangs();
  await new GraphWriter(db).write(nodes, rels);
  version = await gdsVersion(db);
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 240_000);

afterAll(async () => {
  await runner?.stop();
  await gds?.close();
});

async function run<T>(kind: string, params: Record<string, unknown>): Promise<T> {
  const job = await runner.wait((await runner.submit(kind, params, null)).id);
  expect(job.status, job.error ?? '').toBe('succeeded');
  const engine = params.engine === 'GDS' ? `gds ${version}` : 'graphology (worker thread)';
  expect(job.engine).toBe(engine);
  expect((job.result as { engine: string }).engine).toBe(engine);
  return job.result as T;
}

async function graphsLeft(): Promise<number> {
  let graphs = 0;
  await gdsRun(db, 'list-graphs', {}, () => graphs++);
  return graphs;
}

/** The component measures, which do not depend on the communities found. */
const components = (s: NetworkState) => ({
  nodes: s.nodes,
  largestComponent: s.largestComponent,
  components: s.components,
  buyersReachable: s.buyersReachable,
  relicFlow: s.relicFlow,
});

describe('bridged gangs on both engines', () => {
  it('removing the known bridge splits the network and cuts the relic flow, on GDS as in-process', async () => {
    expect(version).toMatch(/^2\.\d+/);
    const params = { people: ['Person:x'], strategies: [] };
    const gds = await run<TakedownResult>('takedown', { ...params, engine: 'GDS' });
    const local = await run<TakedownResult>('takedown', { ...params, engine: 'GRAPHOLOGY' });
    expect(gds.engineRequested).toBe('GDS');
    expect(gds.gdsVersion).toBe(version);
    const [report] = gds.reports;
    expect(report!.removed).toEqual(['Person:x']);
    expect(report!.before.components).toBe(1);
    expect(report!.before.relicFlow).toBe(true);
    expect(report!.after.components).toBe(2);
    expect(report!.after.largestComponent).toBe(8);
    expect(report!.after.relicFlow).toBe(false);
    // Same communities on this clear-cut case, so every field agrees, communities broken included.
    expect(gds.communities).toBe(local.communities);
    expect(gds.reports).toEqual(local.reports);
    expect(await graphsLeft()).toBe(0);
  });

  it('compares the strategies with the same targets and the same outcome as in-process', async () => {
    const gds = await run<TakedownResult>('takedown', { k: 1, engine: 'GDS' });
    const local = await run<TakedownResult>('takedown', { k: 1, engine: 'GRAPHOLOGY' });
    expect(gds.reports.map((r) => r.strategy)).toEqual(['betweenness', 'brokers', 'degree', 'greedy']);
    expect(gds.reports.find((r) => r.strategy === 'greedy')!.after.components).toBe(2);
    expect(gds.reports).toEqual(local.reports);
    expect(await graphsLeft()).toBe(0);
  });

  it('tracks the gangs over sliding windows with Louvain on GDS, as in-process', async () => {
    const params = { from: T0, to: T0 + 60 * DAY, windowDays: 30, stepDays: 15, minSize: 2 };
    type Evo = { windows: Array<{ communities: number; people: number }>; summary: unknown; gangs: unknown };
    const gds = await run<Evo>('evolution', { ...params, engine: 'GDS' });
    const local = await run<Evo>('evolution', { ...params, engine: 'GRAPHOLOGY' });
    expect(gds.windows.length).toBeGreaterThanOrEqual(3);
    expect(gds.windows.map((w) => [w.communities, w.people])).toEqual(
      local.windows.map((w) => [w.communities, w.people]),
    );
    expect(gds.summary).toEqual(local.summary);
    expect(gds.gangs).toEqual(local.gangs);
    expect(await graphsLeft()).toBe(0);
  });
});

describe('demo seed on both engines', () => {
  beforeAll(async () => {
    await resetData(db);
    await loadSeedNetwork(db, { people: 600, seed: 3 });
  }, 240_000);

  it('agrees exactly on the components before and after the same removals', async () => {
    // Exact betweenness on both (600 people < 1000 samples), so the rankings are the same.
    const params = { k: 5, strategies: ['degree', 'betweenness'], betweennessSamples: 1000, seed: 5 };
    const gds = await run<TakedownResult>('takedown', { ...params, engine: 'GDS' });
    const local = await run<TakedownResult>('takedown', { ...params, engine: 'GRAPHOLOGY' });
    for (const strategy of ['degree', 'betweenness']) {
      const g = gds.reports.find((r) => r.strategy === strategy)!;
      const l = local.reports.find((r) => r.strategy === strategy)!;
      expect(g.removed).toHaveLength(5);
      expect(g.removed, strategy).toEqual(l.removed);
      expect(components(g.before)).toEqual(components(l.before));
      expect(components(g.after)).toEqual(components(l.after));
      expect(g.after.nodes).toBe(g.before.nodes - 5);
    }
    // Removing the five best-connected people cuts the largest component on both.
    const deg = gds.reports.find((r) => r.strategy === 'degree')!;
    expect(deg.after.largestComponent).toBeLessThan(deg.before.largestComponent);
    expect(await graphsLeft()).toBe(0);
  });

  it('measures a given removal identically (communities broken within the GDS partition)', async () => {
    const local = await run<TakedownResult>('takedown', {
      k: 8,
      strategies: ['degree'],
      engine: 'GRAPHOLOGY',
    });
    const people = local.reports[0]!.removed;
    const gds = await run<TakedownResult>('takedown', { people, strategies: [], engine: 'GDS' });
    expect(components(gds.reports[0]!.after)).toEqual(components(local.reports[0]!.after));
    expect(gds.reports[0]!.after.communitiesBroken).toBeGreaterThanOrEqual(0);
    expect(gds.reports[0]!.after.communitiesBroken).toBeLessThanOrEqual(gds.communities);
  });
});

describe('a cancelled GDS job', () => {
  it('is cancelled and leaves no GDS graph behind once its current GDS call returns', async () => {
    const job = await runner.submit('takedown', { k: 5, engine: 'GDS', betweennessSamples: 1000 }, null);
    // Cancel once it runs on GDS (the engine is set after the projection from the store).
    let seen = await runner.get(job.id);
    while (seen.status === 'queued' || (seen.status === 'running' && !seen.engine)) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await runner.get(job.id);
    }
    if (seen.status === 'running') await runner.cancel(job.id);
    const done = await runner.wait(job.id);
    expect(['cancelled', 'succeeded']).toContain(done.status);
    // The job's promise ends when its in-flight GDS call returns; then the graph is dropped.
    let left = await graphsLeft();
    for (let i = 0; i < 300 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = await graphsLeft();
    }
    expect(left).toBe(0);
    // The runner is free again: the next job runs.
    await run('takedown', { people: [], strategies: ['degree'], k: 1, engine: 'GDS' });
  });
});

describe('engine GDS for takedown and evolution', () => {
  it('is a BAD_USER_INPUT naming the field when GDS is not installed or the resolution is not 1', async () => {
    await expect(checkEngine(db, 'takedown', { engine: 'GDS', resolution: 2 })).rejects.toThrow(
      /takedown\.resolution/,
    );
    const plain = await openTestDb();
    try {
      for (const kind of ['takedown', 'evolution'] as const) {
        const err = await checkEngine(plain, kind, { engine: 'GDS' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('BAD_USER_INPUT');
        expect((err as AppError).message).toMatch(new RegExp(`${kind}\\.engine`));
        await expect(checkEngine(plain, kind, { engine: 'gds?' })).rejects.toThrow(/engine: expected one of/);
      }
      await expect(runner.submit('evolution', { from: 0, to: 1, engine: 'fast' }, null)).rejects.toThrow(
        /evolution\.engine/,
      );
    } finally {
      await plain.close();
    }
  });
});
