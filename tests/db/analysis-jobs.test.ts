// Analysis jobs against the real Neo4j: projection of every kind of evidence, community detection
// written back per run, reproducibility from the seed, takedown of a known bridge, and the job
// lifecycle (queued → running → succeeded / failed / cancelled, interrupted by restart).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { projectNetwork } from '../../server/features/analysis/projection.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import { INTERRUPTED, JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { nmi } from '../../server/analysis/nmi.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { bridgedGangs, DAY, T0 } from './analysis-fixture.ts';

let db: Db;
let runner: JobRunner;

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  const { nodes, rels } = bridgedGangs();
  await new GraphWriter(db).write(nodes, rels);
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 240_000);
afterAll(async () => {
  await runner.stop();
  await db.close();
});

const truth = (uid: string) => (uid.startsWith('Person:a') ? 0 : uid.startsWith('Person:b') ? 1 : 2);

describe('projection', () => {
  it('streams each kind of evidence into one weighted tie per pair, skipping merged records', async () => {
    const p = await projectNetwork(db);
    expect(p.edges.ids).not.toContain('Person:dup');
    expect(p.edges.ids).toHaveLength(17);
    expect(p.evidence.sharedPhone).toBe(16);
    expect(p.evidence.coOffending).toBe(2 * 28);
    expect(p.evidence.sale).toBe(3);
    expect(p.looters.map((i) => p.edges.ids[i]).sort()).toEqual(
      [...Array(8).keys()].map((i) => `Person:a${i}`),
    );
    expect(p.buyers.map((i) => p.edges.ids[i]).sort()).toEqual(['Person:b0', 'Person:b7', 'Person:x']);
    // A pair of the same ring shares a phone (3), a case (4) and maybe an association: summed.
    const i = p.edges.ids.indexOf('Person:a0');
    const j = p.edges.ids.indexOf('Person:a1');
    let w = 0;
    for (let e = 0; e < p.edges.edgeCount; e++) {
      const s = p.edges.src[e];
      const d = p.edges.dst[e];
      if ((s === i && d === j) || (s === j && d === i)) w = p.edges.weight![e]!;
    }
    expect(w).toBe(3 + 4);
  });

  it('honours weights, the time window and bad input', async () => {
    const onlyCases = await projectNetwork(db, {
      weights: { sharedPhone: 0, associate: 0, sale: 0, family: 0 },
      from: T0,
      to: T0 + 20 * DAY,
    });
    // Only gang A's case falls in the window.
    expect(onlyCases.edges.ids.every((id) => id.startsWith('Person:a'))).toBe(true);
    await expect(projectNetwork(db, { weights: { bogus: 1 } as never })).rejects.toThrow(/weights.bogus/);
    await expect(projectNetwork(db, { minConfidence: 2 })).rejects.toThrow(/minConfidence/);
  });
});

describe('community detection job', () => {
  it('finds the two gangs, writes the run back, and says which engine ran', async () => {
    const job = await runner.submit('communities', { seed: 7 }, null);
    expect(job.status).toBe('queued');
    const done = await runner.wait(job.id);
    expect(done.status, done.error ?? '').toBe('succeeded');
    expect(done.engine).toMatch(/graphology/);
    // The test database has no Graph Data Science: detected and said so.
    expect((done.result as { gdsAvailable: unknown }).gdsAvailable).toBeNull();
    expect(done.progress).toBe(1);
    expect(done.runId).toBeTruthy();
    const rows = await db.read('queries/analysis/list-communities', {
      runId: done.runId,
      skip: 0,
      limit: 10,
    });
    const sizes = rows.map((r) => (r.community as { size: number }).size);
    expect(sizes.slice(0, 2)).toEqual([9, 8]);
    const biggest = rows[0]!.community as Record<string, unknown>;
    expect(biggest.cases).toBe(1);
    expect(biggest.density).toBeGreaterThan(0.3);
    expect((biggest.keyPlayers as string[]).length).toBe(5);
    const members = new Map<string, number>();
    await db.stream('queries/analysis/stream-members', { runId: done.runId }, (r) =>
      members.set(String(r.uid), Number(r.community)),
    );
    expect(members.size).toBe(17);
    const uids = [...members.keys()].filter((u) => u !== 'Person:x');
    expect(
      nmi(
        uids.map((u) => members.get(u)!),
        uids.map(truth),
      ),
    ).toBe(1);
    const ranked = await db.read('queries/analysis/list-members', {
      runId: done.runId,
      community: null,
      orderBy: 'betweenness',
      skip: 0,
      limit: 1,
    });
    expect(ranked[0]!.uid).toMatch(/Person:(x|a0|b0)/);
  });

  it('gives the same communities for the same seed, and keeps both runs', async () => {
    const a = await runner.wait((await runner.submit('communities', { seed: 99, resolution: 1 }, null)).id);
    const b = await runner.wait((await runner.submit('communities', { seed: 99, resolution: 1 }, null)).id);
    expect(a.runId).not.toBe(b.runId);
    const read = async (runId: string) => {
      const m = new Map<string, number>();
      await db.stream('queries/analysis/stream-members', { runId }, (r) =>
        m.set(String(r.uid), Number(r.community)),
      );
      return m;
    };
    const ma = await read(a.runId!);
    const mb = await read(b.runId!);
    expect([...ma.entries()].sort()).toEqual([...mb.entries()].sort());
    expect((a.result as { modularity: number }).modularity).toBe(
      (b.result as { modularity: number }).modularity,
    );
  });

  it('rejects bad parameters naming the field', async () => {
    await expect(runner.submit('communities', { resolution: -1 }, null)).rejects.toThrow(/resolution/);
    await expect(runner.submit('nope', {}, null)).rejects.toThrow(/job.kind/);
  });
});

describe('takedown job', () => {
  it('removing the known bridge splits the network and cuts the relic flow from looters to buyers', async () => {
    const job = await runner.wait(
      (await runner.submit('takedown', { people: ['Person:x'], strategies: [] }, null)).id,
    );
    expect(job.status, job.error ?? '').toBe('succeeded');
    const [report] = (job.result as { reports: Array<Record<string, Record<string, unknown>>> }).reports;
    expect(report!.before!.components).toBe(1);
    expect(report!.before!.relicFlow).toBe(true);
    expect(report!.after!.components).toBe(2);
    expect(report!.after!.largestComponent).toBe(8);
    expect(report!.after!.relicFlow).toBe(false);
  });

  it('compares strategies side by side', async () => {
    const job = await runner.wait((await runner.submit('takedown', { k: 1 }, null)).id);
    const reports = (
      job.result as { reports: Array<{ strategy: string; removed: string[]; after: { components: number } }> }
    ).reports;
    expect(reports.map((r) => r.strategy)).toEqual(['betweenness', 'brokers', 'degree', 'greedy']);
    expect(reports.find((r) => r.strategy === 'greedy')!.after.components).toBe(2);
  });
});

describe('evolution and repeat offenders jobs', () => {
  it('tracks gangs over sliding windows and lists repeat offenders', async () => {
    const evo = await runner.wait(
      (
        await runner.submit(
          'evolution',
          { from: T0, to: T0 + 60 * DAY, windowDays: 30, stepDays: 15, minSize: 2 },
          null,
        )
      ).id,
    );
    expect(evo.status, evo.error ?? '').toBe('succeeded');
    const r = evo.result as { windows: unknown[]; summary: Record<string, number> };
    expect(r.windows.length).toBeGreaterThanOrEqual(3);
    expect(r.summary.births).toBeGreaterThanOrEqual(1);
    const rep = await runner.wait((await runner.submit('repeat-offenders', { minCases: 1 }, null)).id);
    expect((rep.result as { total: number }).total).toBe(16);
    const none = await runner.wait((await runner.submit('repeat-offenders', { minCases: 2 }, null)).id);
    expect((none.result as { total: number }).total).toBe(0);
  });
});

describe('job lifecycle', () => {
  it('marks a job left running by a dead process failed "interrupted by restart"', async () => {
    await db.write('queries/jobs/create-job', {
      job: {
        id: 'dead-1',
        kind: 'communities',
        params: '{}',
        status: 'running',
        progress: 0.4,
        createdAt: 1,
        owner: 'gone:1',
        heartbeatAt: 1,
      },
    });
    const fresh = createJobRunner(db, createLogger('silent'));
    await fresh.start();
    await fresh.stop();
    const job = await runner.get('dead-1');
    expect(job.status).toBe('failed');
    expect(job.error).toBe(INTERRUPTED);
    expect(job.finishedAt).toBeGreaterThan(0);
  });

  it('cancels queued and running jobs; a cancelled job never turns into succeeded', async () => {
    const slow = new JobRunner(db, { resumeQueued: false });
    let started!: () => void;
    const isRunning = new Promise<void>((r) => (started = r));
    slow.register({
      kind: 'wait',
      validate: (p) => p,
      run: (ctx) =>
        new Promise((resolve, reject) => {
          started();
          ctx.signal.addEventListener('abort', () => reject(new Error('aborted')));
          setTimeout(() => resolve({ result: 'late' }), 30_000).unref();
        }),
    });
    await slow.start();
    const first = await slow.submit('wait', {}, null);
    const second = await slow.submit('wait', {}, null);
    await isRunning;
    expect((await slow.get(first.id)).status).toBe('running');
    expect((await slow.cancel(second.id)).status).toBe('cancelled');
    expect((await slow.cancel(first.id)).status).toBe('cancelled');
    await slow.whenIdle();
    expect((await slow.get(first.id)).status).toBe('cancelled');
    await expect(slow.cancel(first.id)).rejects.toThrow(/already/);
    await slow.stop();
  });
});
