// Analysis through the GraphQL API: jobs are started and watched without blocking the API, results
// are read back, permissions hold (run:jobs, read:jobs, read:briefing) and person reads are audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRng } from '../../server/analysis/rng.ts';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let analyst: string;
let detective: string;
let commander: string;

const JOB = 'id kind status progress engine error runId result message';

/** 40 groups of 50 people, dense inside (known associates), a few ties between groups. */
async function writeNetwork(): Promise<void> {
  const rng = seededRng(17);
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const groups = 40;
  const size = 50;
  for (let i = 0; i < groups * size; i++)
    nodes.push({ type: 'Person', key: `n${i}`, props: { name: `N ${i}` }, source: 'n#' + i });
  const P = (i: number) => ({ type: 'Person' as const, key: `n${i}` });
  for (let g = 0; g < groups; g++) {
    for (let k = 0; k < size * 6; k++) {
      const a = g * size + Math.floor(rng() * size);
      const b = g * size + Math.floor(rng() * size);
      if (a !== b)
        rels.push({ type: 'ASSOCIATE_OF', from: P(a), to: P(b), qualifier: 'known-associate', source: 'e#' });
    }
    rels.push({
      type: 'ASSOCIATE_OF',
      from: P(g * size),
      to: P(((g + 1) % groups) * size + 1),
      qualifier: 'other',
      source: 'x#',
    });
  }
  await new GraphWriter(api.services.db()).write(nodes, rels);
}

async function waitJob(id: string, token: string): Promise<Record<string, unknown>> {
  for (;;) {
    const r = await api.gql<{ job: Record<string, unknown> }>(
      `query($id: ID!){ job(id: $id) { ${JOB} } }`,
      { id },
      token,
    );
    const job = r.data!.job;
    if (['succeeded', 'failed', 'cancelled'].includes(job.status as string)) return job;
    await new Promise((res) => setTimeout(res, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await writeNetwork();
  analyst = await api.tokenFor('analyst');
  detective = await api.tokenFor('detective');
  commander = await api.tokenFor('commander');
}, 240_000);
afterAll(() => api.close());

describe('analysis API', () => {
  it('answers other requests while a job runs (the analysis runs off the event loop)', async () => {
    const start = await api.gql<{ detectCommunities: { id: string; status: string } }>(
      `mutation { detectCommunities(input: { seed: 3, betweennessSamples: 100000 }) { id status } }`,
      {},
      analyst,
    );
    expect(start.errors).toBeUndefined();
    const id = start.data!.detectCommunities.id;
    expect(start.data!.detectCommunities.status).toBe('queued');
    let answeredWhileRunning = 0;
    let previous = '';
    for (;;) {
      const health = await api.gql<{ health: { status: string } }>('{ health { status } }');
      expect(health.data!.health.status).toBe('OK');
      const job = await api.gql<{ job: { status: string; progress: number } }>(
        `query($id: ID!){ job(id: $id) { status progress } }`,
        { id },
        analyst,
      );
      const status = job.data!.job.status;
      // Health was answered between two observations of the job running.
      if (previous === 'running' && status === 'running') answeredWhileRunning++;
      previous = status;
      if (['succeeded', 'failed', 'cancelled'].includes(status)) break;
    }
    expect(previous).toBe('succeeded');
    expect(answeredWhileRunning).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('reads communities, key players and brokers of the latest run, and audits the people read', async () => {
    const spy = vi.spyOn(api.services.audit, 'record');
    const r = await api.gql<{
      communities: { items: Array<{ size: number; density: number; keyPlayers: string[] }> };
      keyPlayers: Array<{ id: string; pagerank: number }>;
      brokers: Array<{ id: string; participation: number }>;
    }>(
      `{ communities(first: 100) { items { size density keyPlayers } }
          keyPlayers(first: 5) { id pagerank }
          brokers(first: 5) { id participation } }`,
      {},
      detective,
    );
    expect(r.errors).toBeUndefined();
    const sizes = r.data!.communities.items.map((c) => c.size);
    expect(sizes.length).toBeGreaterThanOrEqual(30);
    expect(sizes.reduce((s, x) => s + x, 0)).toBe(2000);
    expect(r.data!.keyPlayers).toHaveLength(5);
    expect(r.data!.keyPlayers[0]!.pagerank).toBeGreaterThanOrEqual(r.data!.keyPlayers[4]!.pagerank);
    expect(r.data!.brokers.length).toBeGreaterThan(0);
    expect(r.data!.brokers[0]!.participation).toBeGreaterThan(0);
    const ops = spy.mock.calls.map((c) => c[0].operation);
    expect(ops).toEqual(expect.arrayContaining(['communities', 'keyPlayers', 'brokers']));
    spy.mockRestore();
  });

  it('runs a takedown comparison that commanders read and detectives may not', async () => {
    const start = await api.gql<{ simulateTakedown: { id: string } }>(
      `mutation { simulateTakedown(input: { k: 3, strategies: [degree, greedy] }) { id } }`,
      {},
      analyst,
    );
    const job = await waitJob(start.data!.simulateTakedown.id, analyst);
    expect(job.status, String(job.error)).toBe('succeeded');
    const q = `query($id: ID!){ takedownComparison(jobId: $id) { people results { strategy removed before { components relicFlow } after { components largestComponent } } } }`;
    const r = await api.gql<{
      takedownComparison: {
        people: number;
        results: Array<{
          strategy: string;
          removed: string[];
          before: { components: number };
          after: { components: number; largestComponent: number };
        }>;
      };
    }>(q, { id: job.id }, commander);
    expect(r.errors).toBeUndefined();
    const results = r.data!.takedownComparison.results;
    expect(results.map((x) => x.strategy)).toEqual(['degree', 'greedy']);
    expect(results[1]!.removed).toHaveLength(3);
    expect(results[1]!.after.largestComponent).toBeLessThan(2000);
    const denied = await api.gql(q, { id: job.id }, detective);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses jobs to roles without run:jobs, names bad fields, and cancels', async () => {
    const denied = await api.gql(`mutation { detectCommunities { id } }`, {}, detective);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await api.gql(`{ jobs { items { id } } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.gql(
      `mutation { detectCommunities(input: { resolution: -2 }) { id } }`,
      {},
      analyst,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/resolution/);
    const started = await api.gql<{ findRepeatOffenders: { id: string } }>(
      `mutation { findRepeatOffenders { id } }`,
      {},
      analyst,
    );
    const id = started.data!.findRepeatOffenders.id;
    const cancelled = await api.gql<{ cancelJob: { status: string } }>(
      `mutation($id: ID!){ cancelJob(id: $id) { status } }`,
      { id },
      analyst,
    );
    // It may already have finished; either way it ends in a final state and never flips afterwards.
    const final = await waitJob(id, analyst);
    if (cancelled.data) {
      expect(cancelled.data.cancelJob.status).toBe('cancelled');
      expect(final.status).toBe('cancelled');
    } else expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const list = await api.gql<{ jobs: { items: Array<{ id: string }> } }>(
      `{ jobs(first: 10) { items { id } } }`,
      {},
      detective,
    );
    expect(list.data!.jobs.items.map((j) => j.id)).toContain(id);
  });
});
