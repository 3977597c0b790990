// Community detection on Neo4j Graph Data Science: an embedded Neo4j of its own with GDS (open
// edition, from Maven Central), a seeded demo network with planted gangs, the communities job run on
// engine GDS and on engine GRAPHOLOGY. Both must find the planted gangs, agree with each other and
// write back runs of the same shape, each saying which engine ran. The suite's normal database has
// no GDS: asking for it there is a BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { AppError } from '../../server/errors.ts';
import { nmi } from '../../server/analysis/nmi.ts';
import { gdsVersion } from '../../server/features/analysis/gds.ts';
import { checkEngine } from '../../server/jobs/analysis-jobs.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { Job } from '../../server/jobs/types.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { startGdsNeo4j, type GdsNeo4j } from '../support/gds.ts';
import { openTestDb } from '../support/db.ts';

let gds: GdsNeo4j | undefined;
let db: Db;
let runner: JobRunner;
const truth = new Map<string, number>();

beforeAll(async () => {
  gds = await startGdsNeo4j('gds');
  db = gds.db;
  await loadSeedNetwork(db, { people: 600, seed: 3 });
  for (const r of await db.read('queries/seeds/list-planted-people')) {
    if (r.gang !== null && r.gang !== undefined && !r.duplicateOf) truth.set(String(r.uid), Number(r.gang));
  }
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 240_000);

afterAll(async () => {
  await runner?.stop();
  await gds?.close();
});

async function membership(runId: string): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  await db.stream('queries/analysis/stream-members', { runId }, (r) =>
    m.set(String(r.uid), Number(r.community)),
  );
  return m;
}

/** NMI of a partition against the planted gangs, over the planted gang members. */
function againstTruth(m: Map<string, number>): number {
  const uids = [...truth.keys()].filter((u) => m.has(u));
  expect(uids.length).toBeGreaterThan(truth.size * 0.9);
  return nmi(
    uids.map((u) => m.get(u)!),
    uids.map((u) => truth.get(u)!),
  );
}

async function run(engine: string): Promise<Job> {
  const job = await runner.wait((await runner.submit('communities', { engine, seed: 11 }, null)).id);
  expect(job.status, job.error ?? '').toBe('succeeded');
  return job;
}

describe('communities on Neo4j Graph Data Science', () => {
  let gds: Job;
  let local: Job;

  it('detects GDS and runs Louvain there when asked, saying so', async () => {
    const version = await gdsVersion(db);
    expect(version).toMatch(/^2\.\d+/);
    gds = await run('GDS');
    expect(gds.engine).toBe(`gds ${version}`);
    const result = gds.result as Record<string, unknown>;
    expect(result.engine).toBe('gds');
    expect(result.gdsVersion).toBe(version);
    expect(result.engineRequested).toBe('GDS');
    const [rec] = await db.read('queries/analysis/get-run', { runId: gds.runId });
    expect((rec!.run as { engine: string }).engine).toBe(`gds ${version}`);
    // The in-memory graph was dropped.
    const { gdsRun } = await import('../../server/features/analysis/gds.ts');
    let graphs = 0;
    await gdsRun(db, 'list-graphs', {}, () => graphs++);
    expect(graphs).toBe(0);
  });

  it('runs in-process when asked for GRAPHOLOGY, and AUTO stays in-process on a small network', async () => {
    local = await run('GRAPHOLOGY');
    expect(local.engine).toMatch(/graphology/);
    expect((local.result as Record<string, unknown>).engine).toBe('graphology');
    expect((local.result as Record<string, unknown>).gdsVersion).toBeNull();
    const auto = await run('AUTO');
    expect((auto.result as Record<string, unknown>).engine).toBe('graphology');
    expect((auto.result as Record<string, unknown>).gdsAvailable).toBe(await gdsVersion(db));
  });

  it('finds the planted gangs on both engines, and the two partitions agree', async () => {
    const mg = await membership(gds.runId!);
    const ml = await membership(local.runId!);
    expect(againstTruth(mg)).toBeGreaterThanOrEqual(0.85);
    expect(againstTruth(ml)).toBeGreaterThanOrEqual(0.85);
    expect([...mg.keys()].sort()).toEqual([...ml.keys()].sort());
    const uids = [...mg.keys()];
    expect(
      nmi(
        uids.map((u) => mg.get(u)!),
        uids.map((u) => ml.get(u)!),
      ),
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('writes back runs of the same shape', async () => {
    const rg = gds.result as Record<string, unknown>;
    const rl = local.result as Record<string, unknown>;
    expect(Object.keys(rg).sort()).toEqual(Object.keys(rl).sort());
    expect(rg.people).toBe(rl.people);
    expect(rg.ties).toBe(rl.ties);
    expect(Math.abs((rg.modularity as number) - (rl.modularity as number))).toBeLessThan(0.05);
    const [a] = await db.read('queries/analysis/get-run', { runId: gds.runId });
    const [b] = await db.read('queries/analysis/get-run', { runId: local.runId });
    const ra = a!.run as Record<string, unknown>;
    const rb = b!.run as Record<string, unknown>;
    expect(Object.keys(ra).sort()).toEqual(Object.keys(rb).sort());
    expect(ra.nodeCount).toBe(rb.nodeCount);
    expect(ra.edgeCount).toBe(rb.edgeCount);
    expect((ra.topKeyPlayers as string[]).length).toBe(10);
    const page = async (runId: string) =>
      db.read('queries/analysis/list-communities', { runId, skip: 0, limit: 5 });
    const ca = await page(gds.runId!);
    const cb = await page(local.runId!);
    expect(ca.length).toBe(5);
    const keys = (r: Record<string, unknown>) => Object.keys(r.community as object).sort();
    expect(keys(ca[0]!)).toEqual(keys(cb[0]!));
    expect(((ca[0]!.community as { keyPlayers: string[] }).keyPlayers ?? []).length).toBe(5);
    const top = await db.read('queries/analysis/list-members', {
      runId: gds.runId,
      community: null,
      orderBy: 'pagerank',
      skip: 0,
      limit: 3,
    });
    expect(top.length).toBe(3);
    expect(Number(top[0]!.pagerank)).toBeGreaterThan(0);
  });

  it('rejects engine GDS with a resolution GDS Louvain cannot run', async () => {
    await expect(checkEngine(db, 'communities', { engine: 'GDS', resolution: 2 })).rejects.toThrow(
      /communities.resolution/,
    );
  });
});

describe('engine GDS without GDS installed', () => {
  it('is a BAD_USER_INPUT naming the field', async () => {
    const plain = await openTestDb();
    try {
      expect(await gdsVersion(plain)).toBeNull();
      const err = await checkEngine(plain, 'communities', { engine: 'GDS' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('BAD_USER_INPUT');
      expect((err as AppError).message).toMatch(/communities\.engine/);
      await expect(checkEngine(plain, 'communities', { engine: 'GRAPHOLOGY' })).resolves.toBeNull();
      await expect(checkEngine(plain, 'communities', { engine: 'nope' })).rejects.toThrow(
        /communities\.engine/,
      );
    } finally {
      await plain.close();
    }
  });
});
