// The community graph through the GraphQL API: after a community-detection job, every community of
// the run is a node and the links between communities carry the summed projected weight and the
// number of person-person edges between their members — recomputed here independently from the
// projection and the written membership. Caps, filters, bad input and permissions hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectNetwork } from '../../server/features/analysis/projection.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let analyst: string;
let commander: string;
let runId: string;
let communityCount: number;

interface Link {
  source: number;
  target: number;
  weight: number;
  links: number;
}
interface Graph {
  runId: string;
  nodes: Array<{ index: number; size: number; keyPlayers: string[] }>;
  edges: Link[];
  totalCommunities: number;
  totalLinks: number;
  capped: boolean;
}

const GRAPH = `query($runId: ID, $minWeight: Float, $first: Int) {
  communityGraph(runId: $runId, minWeight: $minWeight, first: $first) {
    runId nodes { index size keyPlayers } edges { source target weight links }
    totalCommunities totalLinks capped
  }
}`;

async function graph(vars: Record<string, unknown>, token?: string) {
  return api.gql<{ communityGraph: Graph }>(GRAPH, vars, token);
}

beforeAll(async () => {
  api = await startTestApi();
  const db = api.services.db();
  await resetData(db);
  await loadSeedNetwork(db, { people: 800, seed: 5 });
  analyst = await api.tokenFor('analyst');
  commander = await api.tokenFor('commander');
  const jobs = api.services.jobs();
  const job = await jobs.submit('communities', { seed: 7 }, 'test');
  const done = await jobs.wait(job.id);
  expect(done.status).toBe('succeeded');
  runId = done.runId!;
  const run = await db.read('queries/analysis/get-run', { runId });
  communityCount = Number((run[0]!.run as Record<string, unknown>).communityCount);
}, 300_000);
afterAll(() => api.close());

describe('communityGraph', () => {
  it('links communities with the summed projected weight and edge count between their members', async () => {
    const db = api.services.db();
    // Independent recomputation: the same projection the job used (defaults) and the membership
    // the job wrote to Neo4j.
    const projection = await projectNetwork(db, {});
    const membership = new Map<string, number>();
    for (const row of await db.read('queries/analysis/stream-members', { runId }))
      membership.set(String(row.uid), Number(row.community));
    const expected = new Map<string, Link>();
    const { ids, src, dst, weight, edgeCount } = projection.edges;
    for (let e = 0; e < edgeCount; e++) {
      const a = membership.get(ids[src[e]!]!);
      const b = membership.get(ids[dst[e]!]!);
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      if (a === b) continue;
      const [s, t] = a! < b! ? [a!, b!] : [b!, a!];
      const key = `${s}-${t}`;
      const link = expected.get(key) ?? { source: s, target: t, weight: 0, links: 0 };
      link.weight += weight ? weight[e]! : 1;
      link.links += 1;
      expected.set(key, link);
    }
    expect(expected.size).toBeGreaterThan(0);

    const r = await graph({ first: 2000 }, analyst);
    expect(r.errors).toBeUndefined();
    const g = r.data!.communityGraph;
    expect(g.runId).toBe(runId); // latest run by default
    expect(g.capped).toBe(false);
    expect(g.totalCommunities).toBe(communityCount);
    // Every community appears once, with its members counted.
    expect(g.nodes.map((n) => n.index).sort((a, b) => a - b)).toEqual(
      Array.from({ length: communityCount }, (_, i) => i),
    );
    const sizes = new Map<number, number>();
    for (const c of membership.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    for (const n of g.nodes) expect(n.size).toBe(sizes.get(n.index));
    // Largest first.
    for (let i = 1; i < g.nodes.length; i++)
      expect(g.nodes[i - 1]!.size).toBeGreaterThanOrEqual(g.nodes[i]!.size);

    expect(g.edges.length).toBe(expected.size);
    expect(g.totalLinks).toBe(expected.size);
    for (const e of g.edges) {
      expect(e.source).toBeLessThan(e.target);
      const want = expected.get(`${e.source}-${e.target}`);
      expect(want, `link ${e.source}-${e.target}`).toBeDefined();
      expect(e.links).toBe(want!.links);
      expect(e.weight).toBeCloseTo(want!.weight, 6);
    }
    // Heaviest first.
    for (let i = 1; i < g.edges.length; i++)
      expect(g.edges[i - 1]!.weight).toBeGreaterThanOrEqual(g.edges[i]!.weight);
  });

  it('filters by minWeight and caps to the largest communities, saying so', async () => {
    const all = (await graph({ runId, first: 2000 }, analyst)).data!.communityGraph;
    const weights = all.edges.map((e) => e.weight).sort((a, b) => a - b);
    const median = weights[Math.floor(weights.length / 2)]!;
    const heavy = (await graph({ runId, minWeight: median, first: 2000 }, analyst)).data!.communityGraph;
    expect(heavy.edges.length).toBe(weights.filter((w) => w >= median).length);
    expect(heavy.edges.every((e) => e.weight >= median)).toBe(true);
    expect(heavy.nodes.length).toBe(communityCount);

    const top = (await graph({ runId, first: 3 }, analyst)).data!.communityGraph;
    expect(top.nodes.map((n) => n.index)).toEqual(all.nodes.slice(0, 3).map((n) => n.index));
    expect(top.capped).toBe(communityCount > 3);
    expect(top.totalCommunities).toBe(communityCount);
    const kept = new Set(top.nodes.map((n) => n.index));
    expect(top.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(top.edges).toEqual(all.edges.filter((e) => kept.has(e.source) && kept.has(e.target)));
  });

  it('names the bad argument and an unknown run', async () => {
    const bad = await graph({ first: 0 }, analyst);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/first/);
    const neg = await graph({ minWeight: -1 }, analyst);
    expect(neg.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(neg.errors?.[0]?.message).toMatch(/minWeight/);
    const missing = await graph({ runId: 'no-such-run' }, analyst);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('needs read:jobs: commanders may read it for briefings, anonymous callers may not', async () => {
    const c = await graph({ runId }, commander);
    expect(c.errors).toBeUndefined();
    expect(c.data!.communityGraph.nodes.length).toBe(Math.min(500, communityCount));
    const anon = await graph({ runId });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.data?.communityGraph ?? null).toBeNull();
  });
});
