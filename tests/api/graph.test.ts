// Neighbourhoods and phone contacts through the GraphQL server, on a network built with
// GraphWriter: a star of associates large enough to pass a cap, phones with call records.
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;
const T0 = Date.UTC(2024, 2, 1);
const MIN = 60_000;
const FAN = 40;

beforeAll(async () => {
  // One neighbourhood statement at a time, so that concurrent requests are sure to be merged.
  api = await startTestApi({ NEO4J_BATCHED_READS: '1' });
  await resetData(api.services.db());
  token = await api.tokenFor('analyst');
  const rng = seedrandom('graph-api');
  const nodes: NodeRecord[] = [
    { type: 'Person', key: 'boss', props: { name: 'Chen Boss' }, source: 'p.csv#1' },
    { type: 'Person', key: 'lt', props: { name: 'Lin Lieutenant' }, source: 'p.csv#2' },
    { type: 'Person', key: 'weak', props: { name: 'Guo Rumour' }, source: 'tip.csv#1', confidence: 0.3 },
    {
      type: 'Person',
      key: 'dup',
      props: { name: 'Chen Boss (duplicate)', mergedInto: 'Person:boss' },
      source: 'p.csv#9',
    },
    { type: 'Phone', key: '+8613800000001', props: { number: '+86 138 0000 0001' }, source: 'ph.csv#1' },
    { type: 'Phone', key: '+8613800000002', props: { number: '+86 138 0000 0002' }, source: 'ph.csv#2' },
    { type: 'Phone', key: '+8613800000003', props: { number: '+86 138 0000 0003' }, source: 'ph.csv#3' },
    { type: 'Vehicle', key: 'SU-A12345', props: { plate: 'SU-A12345' }, source: 'v.csv#1' },
  ];
  const rels: RelRecord[] = [
    {
      type: 'ASSOCIATE_OF',
      from: { type: 'Person', key: 'boss' },
      to: { type: 'Person', key: 'lt' },
      qualifier: 'family',
      source: 'l.csv#1',
    },
    {
      type: 'ASSOCIATE_OF',
      from: { type: 'Person', key: 'boss' },
      to: { type: 'Person', key: 'weak' },
      source: 'tip.csv#1',
      confidence: 0.3,
    },
    {
      type: 'ASSOCIATE_OF',
      from: { type: 'Person', key: 'boss' },
      to: { type: 'Person', key: 'dup' },
      source: 'l.csv#9',
    },
    {
      type: 'OWNS',
      from: { type: 'Person', key: 'lt' },
      to: { type: 'Vehicle', key: 'SU-A12345' },
      source: 'v.csv#1',
    },
    {
      type: 'USES',
      from: { type: 'Person', key: 'boss' },
      to: { type: 'Phone', key: '+8613800000001' },
      source: 'ph.csv#1',
      props: { from: T0 - 100 * MIN },
    },
    {
      type: 'USES',
      from: { type: 'Person', key: 'lt' },
      to: { type: 'Phone', key: '+8613800000002' },
      source: 'ph.csv#2',
    },
  ];
  // the lieutenant's foot soldiers: FAN people, each known to the lieutenant
  for (let i = 0; i < FAN; i++) {
    nodes.push({ type: 'Person', key: `s${i}`, props: { name: `Soldier ${i}` }, source: `p.csv#${100 + i}` });
    rels.push({
      type: 'ASSOCIATE_OF',
      from: { type: 'Person', key: 'lt' },
      to: { type: 'Person', key: `s${i}` },
      source: `l.csv#${100 + i}`,
    });
  }
  // calls: boss -> lt 3 times, lt -> phone 3 once, at random minutes within the first day
  const calls: Array<[string, string, number]> = [];
  for (let i = 0; i < 3; i++)
    calls.push(['+8613800000001', '+8613800000002', T0 + Math.floor(rng() * 1000) * MIN]);
  calls.push(['+8613800000002', '+8613800000003', T0 + 5000 * MIN]);
  calls.forEach(([a, b, at], i) => {
    nodes.push({
      type: 'Call',
      key: `c${i}`,
      props: { at, durationSeconds: 30 + i },
      source: `cdr.csv#${i + 2}`,
    });
    rels.push({
      type: 'FROM',
      from: { type: 'Call', key: `c${i}` },
      to: { type: 'Phone', key: a },
      source: `cdr.csv#${i + 2}`,
    });
    rels.push({
      type: 'TO',
      from: { type: 'Call', key: `c${i}` },
      to: { type: 'Phone', key: b },
      source: `cdr.csv#${i + 2}`,
    });
  });
  await new GraphWriter(api.services.db()).write(nodes, rels);
});
afterAll(() => api.close());

const HOOD = `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) {
  nodes { id type label hop entity { id ... on Person { name } } }
  edges { id type source target directed weight firstAt lastAt evidence { sources confidence } }
  truncated cap totalNodes note
} }`;
type Hood = {
  neighbourhood: {
    nodes: Array<{ id: string; type: string; hop: number }>;
    edges: Array<{
      type: string;
      source: string;
      target: string;
      directed: boolean;
      weight: number;
      firstAt: number | null;
      lastAt: number | null;
      evidence: { sources: string[] };
    }>;
    truncated: boolean;
    cap: number;
    totalNodes: number | null;
    note: string | null;
  };
};

describe('neighbourhood', () => {
  it('expands one hop with typed nodes, hop numbers and evidence on every edge', async () => {
    const res = await api.gql<Hood>(HOOD, { input: { ids: ['Person:boss'] } }, token);
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighbourhood;
    expect(g.truncated).toBe(false);
    const ids = g.nodes.map((n) => n.id).sort();
    // the merged-away duplicate is left out by default
    expect(ids).toEqual(['Person:boss', 'Person:lt', 'Person:weak', 'Phone:+8613800000001']);
    expect(g.nodes.find((n) => n.id === 'Person:lt')!.hop).toBe(1);
    expect(g.nodes.find((n) => n.id === 'Person:boss')!.hop).toBe(0);
    expect(g.edges.every((e) => e.evidence.sources.length > 0)).toBe(true);
    const family = g.edges.find((e) => e.target === 'Person:lt')!;
    expect(family.directed).toBe(false);
    expect(g.totalNodes).toBe(4);
  });

  it('filters by minimum confidence, node type and relationship type', async () => {
    const conf = await api.gql<Hood>(HOOD, { input: { ids: ['Person:boss'], minConfidence: 0.5 } }, token);
    expect(conf.data!.neighbourhood.nodes.map((n) => n.id)).not.toContain('Person:weak');
    const phones = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Person:boss'], nodeTypes: ['Phone'] } },
      token,
    );
    expect(phones.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
      'Person:boss',
      'Phone:+8613800000001',
    ]);
    const rel = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Person:lt'], hops: 1, relTypes: ['OWNS'] } },
      token,
    );
    expect(rel.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual(['Person:lt', 'Vehicle:SU-A12345']);
  });

  it('reaches two hops and shows phone contact as CALLS with count, first and last call', async () => {
    const res = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Phone:+8613800000001'], hops: 2, relTypes: ['CALLS', 'USES'] } },
      token,
    );
    const g = res.data!.neighbourhood;
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      'Person:boss',
      'Person:lt',
      'Phone:+8613800000001',
      'Phone:+8613800000002',
      'Phone:+8613800000003',
    ]);
    const calls = g.edges.find((e) => e.type === 'CALLS' && e.source === 'Phone:+8613800000001')!;
    expect(calls.target).toBe('Phone:+8613800000002');
    expect(calls.directed).toBe(true);
    expect(calls.weight).toBe(3);
    expect(calls.firstAt).toBeLessThanOrEqual(calls.lastAt!);
    expect(calls.firstAt).toBeGreaterThanOrEqual(T0);
    // no individual Call records unless asked for
    expect(g.nodes.some((n) => n.type === 'Call')).toBe(false);
  });

  it('keeps only links inside a time window', async () => {
    const late = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Phone:+8613800000002'], relTypes: ['CALLS'], window: { from: T0 + 2000 * MIN } } },
      token,
    );
    expect(late.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
      'Phone:+8613800000002',
      'Phone:+8613800000003',
    ]);
  });

  it('says so when the neighbourhood exceeds the cap, and keeps the best-connected nodes', async () => {
    const res = await api.gql<Hood>(HOOD, { input: { ids: ['Person:boss'], hops: 2, cap: 10 } }, token);
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighbourhood;
    expect(g.truncated).toBe(true);
    expect(g.cap).toBe(10);
    expect(g.nodes).toHaveLength(10);
    // boss + lt + weak + phone at hop 1, then FAN soldiers + the car + lt's phone at hop 2
    expect(g.totalNodes).toBe(4 + FAN + 2);
    expect(g.note).toMatch(/cap of 10/);
    expect(g.nodes.filter((n) => n.hop <= 1)).toHaveLength(4); // the nearer ring is whole
    const uncapped = await api.gql<Hood>(HOOD, { input: { ids: ['Person:boss'], hops: 2 } }, token);
    expect(uncapped.data!.neighbourhood.truncated).toBe(false);
    expect(uncapped.data!.neighbourhood.nodes).toHaveLength(4 + FAN + 2);
  });

  it('draws the same graph whether or not the query asks for entity details and evidence', async () => {
    const DRAW = `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) {
      nodes { id type label hop } edges { id type source target directed weight firstAt lastAt }
      truncated totalNodes } }`;
    for (const input of [
      { ids: ['Person:boss'], hops: 2 },
      { ids: ['Person:boss'], hops: 2, cap: 10 },
      { ids: ['Person:lt', 'Phone:+8613800000003'], hops: 3, minConfidence: 0.5 },
    ]) {
      const full = await api.gql<Hood>(HOOD, { input }, token);
      const draw = await api.gql<Hood>(DRAW, { input }, token);
      expect(draw.errors).toBeUndefined();
      const strip = (g: Hood['neighbourhood']) => ({
        nodes: g.nodes.map(({ id, type, label, hop }: Record<string, unknown>) => ({ id, type, label, hop })),
        edges: g.edges.map(({ evidence: _e, ...rest }) => rest),
        truncated: g.truncated,
        totalNodes: g.totalNodes,
      });
      expect(draw.data!.neighbourhood).toEqual(strip(full.data!.neighbourhood));
      expect(draw.data!.neighbourhood.nodes.length).toBeGreaterThan(3);
      expect(draw.data!.neighbourhood.nodes.every((n) => (n as { label?: string }).label)).toBe(true);
    }
  });

  it('answers concurrent neighbourhoods, merged into shared statements, as it answers each alone', async () => {
    // server/db/batched-read.ts: requests that arrive while statements are in flight share the
    // next one; each must still get exactly its own answer, not-found included.
    const inputs = [
      { ids: ['Person:boss'], hops: 2 },
      { ids: ['Person:boss'], hops: 2, cap: 10 },
      { ids: ['Person:lt', 'Phone:+8613800000003'], hops: 3, minConfidence: 0.5 },
      { ids: ['Person:lt'], hops: 1, nodeTypes: ['Phone'] },
      { ids: ['Person:boss'], hops: 1, relTypes: ['USES'] },
      { ids: ['Person:ghost'] },
      { ids: ['Phone:+8613800000003'], hops: 2, window: { from: T0, to: T0 + 30 * MIN } },
      { ids: ['Person:lt'], hops: 2, cap: 10 },
    ];
    const alone: Array<Awaited<ReturnType<typeof api.gql<Hood>>>> = [];
    for (const input of inputs) alone.push(await api.gql<Hood>(HOOD, { input }, token));
    const merged = api.services.db().batched('queries/graph/expand-neighbourhood');
    const before = { ...merged.stats };
    const together = await Promise.all(
      [...inputs, ...inputs, ...inputs].map((input) => api.gql<Hood>(HOOD, { input }, token)),
    );
    together.forEach((answer, i) => expect(answer).toEqual(alone[i % inputs.length]));
    expect(alone[5]!.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // They did share statements.
    const statements = merged.stats.statements - before.statements;
    expect(merged.stats.requests - before.requests).toBe(3 * inputs.length);
    expect(statements).toBeLessThan(3 * inputs.length);
  });

  it('answers alike on graphql-js (first run of an operation) and graphql-jit (once compiled)', async () => {
    // server/graphql/executor.ts compiles an operation the second time it is seen: run each
    // operation (a unique one, so the first run here is its first anywhere) four times.
    const tag = `q${Date.now()}`;
    const query = HOOD.replace('query(', `query ${tag}(`);
    const runs = async (variables: Record<string, unknown>) => {
      const out = [];
      for (let i = 0; i < 4; i++) out.push(await api.gql<Hood>(query, variables, token));
      return out;
    };
    const answers = await runs({ input: { ids: ['Person:boss', 'Phone:+8613800000003'], hops: 2 } });
    expect(answers[0]!.errors).toBeUndefined();
    expect(answers[0]!.data!.neighbourhood.nodes.length).toBeGreaterThan(3);
    for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
    // A resolver's error keeps its code and message; a variable that does not fit its type is
    // the caller's input.
    for (const a of await runs({ input: { ids: ['Person:ghost'] } })) {
      expect(a.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(a.errors?.[0]?.message).toContain('Person:ghost');
      expect((a.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['neighbourhood']);
    }
    for (const a of await runs({ input: { ids: ['Person:boss'], hops: 'two' } })) {
      expect(a.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses bad input with codes naming the field', async () => {
    const hops = await api.gql(HOOD, { input: { ids: ['Person:boss'], hops: 4 } }, token);
    expect(hops.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hops.errors?.[0]?.message).toContain('input.hops');
    const missing = await api.gql(HOOD, { input: { ids: ['Person:boss', 'Person:ghost'] } }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toContain('input.ids[1]');
    const conf = await api.gql(HOOD, { input: { ids: ['Person:boss'], minConfidence: 2 } }, token);
    expect(conf.errors?.[0]?.message).toContain('input.minConfidence');
    const costly = await api.gql(
      HOOD,
      { input: { ids: Array.from({ length: 30 }, () => 'Person:boss'), hops: 3 } },
      token,
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('contacts', () => {
  const CONTACTS = `query($id: ID!, $first: Int, $after: String) { contacts(id: $id, first: $first, after: $after) {
    items { caller { id number } callee { id } count firstAt lastAt totalSeconds evidence { sources } } nextCursor } }`;
  type Contacts = {
    contacts: {
      items: Array<{
        caller: { id: string; number: string };
        callee: { id: string };
        count: number;
        firstAt: number;
        lastAt: number;
        totalSeconds: number;
      }>;
      nextCursor: string | null;
    };
  };

  it('lists who called whom, how often, first and last call, for a person’s phones', async () => {
    const res = await api.gql<Contacts>(CONTACTS, { id: 'Person:lt' }, token);
    expect(res.errors).toBeUndefined();
    const items = res.data!.contacts.items;
    expect(items.map((c) => [c.caller.id, c.callee.id, c.count])).toEqual([
      ['Phone:+8613800000001', 'Phone:+8613800000002', 3],
      ['Phone:+8613800000002', 'Phone:+8613800000003', 1],
    ]);
    expect(items[0]!.totalSeconds).toBe(30 + 31 + 32);
    expect(items[1]!.firstAt).toBe(T0 + 5000 * MIN);
    expect(items[1]!.lastAt).toBe(T0 + 5000 * MIN);
  });

  it('pages with a cursor', async () => {
    const p1 = await api.gql<Contacts>(CONTACTS, { id: 'Phone:+8613800000002', first: 1 }, token);
    expect(p1.data!.contacts.items).toHaveLength(1);
    const p2 = await api.gql<Contacts>(
      CONTACTS,
      { id: 'Phone:+8613800000002', first: 1, after: p1.data!.contacts.nextCursor },
      token,
    );
    expect(p2.data!.contacts.items).toHaveLength(1);
    expect(p2.data!.contacts.items[0]!.callee.id).not.toBe(p1.data!.contacts.items[0]!.callee.id);
    expect(p2.data!.contacts.nextCursor).toBeNull();
  });
});
