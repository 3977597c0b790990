// Every investigation query on a generated demo network (seeds/, planted gangs and resale
// chains), checked against the planted truth and against the rules each answer must keep.
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeedNetwork, plantedTruth, type PlantedPerson } from '../../seeds/generator.ts';
import { pinyinOf, traditional } from '../../seeds/identity.ts';
import type { NodeRecord } from '../../server/features/ingest/writer.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const SEED = { people: 400, seed: 7 };
let api: TestApi;
let token: string;
const rng = seedrandom('graph-demo-seed');
const truth: PlantedPerson[] = [...plantedTruth(SEED)].filter((p) => !p.duplicateOf);
const uid = (p: PlantedPerson) => `Person:${p.key}`;
const boss = truth.find((p) => p.role === 'boss')!;
const gang = truth.filter((p) => p.gang === boss.gang && p !== boss);

type Gql<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res: Gql<T> = await api.gql<T>(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await loadSeedNetwork(api.services.db(), SEED);
  token = await api.tokenFor('detective');
}, 600_000);
afterAll(() => api.close());

describe('the API on the demo seed', () => {
  it('search finds planted people by their names, exact first', async () => {
    for (let i = 0; i < 5; i++) {
      const p = truth[Math.floor(rng() * truth.length)]!;
      const { entity } = await ask<{ entity: { label: string } }>(
        `query($id: ID!) { entity(id: $id) { label } }`,
        { id: uid(p) },
      );
      const { search } = await ask<{ search: { items: Array<{ exact: boolean; entity: { id: string } }> } }>(
        `query($q: String!) { search(query: $q, types: ["Person"], first: 50) { items { exact entity { id } } } }`,
        { q: entity.label },
      );
      const hit = search.items.find((h) => h.entity.id === uid(p));
      expect(hit, entity.label).toBeDefined();
      expect(hit!.exact).toBe(true);
      const flags = search.items.map((h) => h.exact);
      expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x))); // exact ones first
    }
  });

  it('a boss’s 2-hop neighbourhood reaches their gang, every edge with its source records', async () => {
    const { neighbourhood: g } = await ask<{
      neighbourhood: {
        nodes: Array<{ id: string; hop: number }>;
        edges: Array<{ source: string; target: string; evidence: { sources: string[] } }>;
        truncated: boolean;
      };
    }>(
      `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 2 }) { nodes { id hop } edges { source target evidence { sources } } truncated } }`,
      {
        id: uid(boss),
      },
    );
    expect(g.truncated).toBe(false);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(gang.filter((m) => ids.has(uid(m))).length).toBeGreaterThan(0);
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.evidence.sources.length).toBeGreaterThan(0);
    }
  });

  it('paths join gang members; k alternatives never get shorter; why() shows the records of close pairs', async () => {
    let close = 0;
    for (const m of gang.slice(0, 6)) {
      const { paths } = await ask<{ paths: { paths: Array<{ length: number; nodeIds: string[] }> } }>(
        `query($a: ID!, $b: ID!) { paths(input: { from: $a, to: $b, mode: K_SHORTEST, k: 3, maxHops: 4 }) { paths { length nodeIds } } }`,
        { a: uid(boss), b: uid(m) },
      );
      expect(paths.paths.length, m.key).toBeGreaterThan(0);
      const lengths = paths.paths.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const p of paths.paths) {
        expect(p.nodeIds[0]).toBe(uid(boss));
        expect(p.nodeIds[p.nodeIds.length - 1]).toBe(uid(m));
        expect(p.nodeIds).toHaveLength(p.length + 1);
      }
      if (lengths[0]! <= 2) {
        close += 1;
        const { why } = await ask<{ why: { items: Array<{ sources: string[] }> } }>(
          `query($a: ID!, $b: ID!) { why(a: $a, b: $b) { items { sources } } }`,
          { a: uid(boss), b: uid(m) },
        );
        expect(why.items.length).toBeGreaterThan(0);
        expect(why.items.every((l) => l.sources.length > 0)).toBe(true);
      }
    }
    expect(close).toBeGreaterThan(0);
  });

  it('resale chains are in date order, hand to hand, and the relic’s passage is found forward and refused backward', async () => {
    type Step = {
      at: number;
      sale: { id: string };
      sellers: Array<{ id: string }>;
      buyers: Array<{ id: string }>;
    };
    const relics = new Set<string>();
    for (const p of truth.filter((x) => ['dealer', 'fence', 'collector', 'broker'].includes(x.role))) {
      const { relicsHandled } = await ask<{ relicsHandled: { items: Array<{ relic: { id: string } }> } }>(
        `query($id: ID!) { relicsHandled(personId: $id) { items { relic { id } } } }`,
        { id: uid(p) },
      );
      relicsHandled.items.forEach((i) => relics.add(i.relic.id));
      if (relics.size >= 10) break;
    }
    expect(relics.size).toBeGreaterThan(0);
    let longest: { relic: string; steps: Step[] } | null = null;
    for (const relic of relics) {
      const { resaleChains } = await ask<{ resaleChains: { items: Array<{ steps: Step[] }> } }>(
        `query($id: ID!) { resaleChains(relicId: $id) { items { steps { at sale { id } sellers { id } buyers { id } } } } }`,
        { id: relic },
      );
      for (const chain of resaleChains.items) {
        for (let i = 1; i < chain.steps.length; i++) {
          expect(chain.steps[i]!.at).toBeGreaterThan(chain.steps[i - 1]!.at);
          const buyers = chain.steps[i - 1]!.buyers.map((b) => b.id);
          expect(chain.steps[i]!.sellers.some((s) => buyers.includes(s.id))).toBe(true);
        }
        if (!longest || chain.steps.length > longest.steps.length) longest = { relic, steps: chain.steps };
      }
    }
    expect(longest && longest.steps.length).toBeGreaterThanOrEqual(2);
    const from = longest!.steps[0]!.sellers[0]!.id;
    const to = longest!.steps[longest!.steps.length - 1]!.buyers[0]!.id;
    const TIME = `query($a: ID!, $b: ID!, $r: ID!) { timePaths(input: { from: $a, to: $b, relicId: $r, maxHops: 8 }) { found paths { times } } }`;
    const forward = await ask<{ timePaths: { found: boolean; paths: Array<{ times: number[] }> } }>(TIME, {
      a: from,
      b: to,
      r: longest!.relic,
    });
    expect(forward.timePaths.found).toBe(true);
    for (const p of forward.timePaths.paths) expect(p.times).toEqual([...p.times].sort((a, b) => a - b));
    const backward = await ask<{ timePaths: { found: boolean } }>(TIME, {
      a: to,
      b: from,
      r: longest!.relic,
    });
    expect(backward.timePaths.found).toBe(false);
  });

  it('phone contacts come most frequent first', async () => {
    const { contacts } = await ask<{
      contacts: { items: Array<{ count: number; firstAt: number; lastAt: number }> };
    }>(`query($id: ID!) { contacts(id: $id, first: 100) { items { count firstAt lastAt } } }`, {
      id: uid(boss),
    });
    expect(contacts.items.length).toBeGreaterThan(0);
    const counts = contacts.items.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of contacts.items) expect(c.firstAt).toBeLessThanOrEqual(c.lastAt);
  });

  it('search finds a seed person by characters, one character, full pinyin, initials, traditional form, ID number, nickname', async () => {
    const people: NodeRecord[] = [];
    for (const b of generateSeedNetwork(SEED)) people.push(...b.nodes.filter((n) => n.type === 'Person'));
    const han = people.filter(
      (p) => p.props.nationality === 'CN' && /^\p{Script=Han}{3}$/u.test(String(p.props.name)),
    );
    const tally = (f: (p: NodeRecord) => string) => {
      const m = new Map<string, number>();
      for (const p of people) m.set(f(p), (m.get(f(p)) ?? 0) + 1);
      return m;
    };
    const py = (p: NodeRecord) =>
      /\p{Script=Han}/u.test(String(p.props.name)) ? pinyinOf(String(p.props.name)) : [];
    const byName = tally((p) => String(p.props.name));
    const byPinyin = tally((p) => py(p).join(''));
    const byInitials = tally((p) =>
      py(p)
        .map((s) => s[0])
        .join(''),
    );
    const bySurname = tally((p) => [...String(p.props.name)][0]!);
    // People whose name, pinyin and initials are their own in this seed, and whose surname is not everyone's.
    const picks = han
      .filter((p) => !p.props.plantedDuplicateOf && traditional(String(p.props.name)) !== p.props.name)
      .filter((p) => byName.get(String(p.props.name)) === 1 && byPinyin.get(py(p).join('')) === 1)
      .filter(
        (p) =>
          byInitials.get(
            py(p)
              .map((s) => s[0])
              .join(''),
          ) === 1,
      )
      .filter((p) => bySurname.get([...String(p.props.name)][0]!)! <= 30)
      .slice(0, 3);
    expect(picks.length).toBe(3);
    type Hit = { exact: boolean; entity: { id: string; type: string; label: string } };
    const SEARCH = `query($q: String!, $types: [String!]) { search(query: $q, types: $types, first: 50) { items { exact entity { id type label } } } }`;
    const find = async (q: string, types?: string[]) =>
      (await ask<{ search: { items: Hit[] } }>(SEARCH, { q, ...(types ? { types } : {}) })).search.items;
    for (const p of picks) {
      const id = `Person:${p.key}`;
      const name = String(p.props.name);
      const syllables = py(p);
      const first = async (q: string) => expect((await find(q, ['Person']))[0]?.entity.id, q).toBe(id);
      await first(name); // 王建国
      const byChars = await find(name, ['Person']);
      expect(byChars[0]!.exact).toBe(true);
      expect(byChars[0]!.entity.label).toBe(name);
      await first(syllables.join('')); // wangjianguo
      // (Not "Wang Jianguo", the passport's form: search indexes the syllables spaced or all joined.)
      await first(syllables.map((x) => x[0]!.toUpperCase() + x.slice(1)).join(' ')); // Wang Jian Guo
      await first(syllables.join(' ')); // wang jian guo
      await first(syllables.map((s) => s[0]).join('')); // wjg
      await first(traditional(name)); // 王建國
      await first(String(p.props.idNumber));
      // One character, the surname: the person among the people bearing it, none without it.
      const one = await find([...name][0]!, ['Person']);
      expect(
        one.map((h) => h.entity.id),
        [...name][0],
      ).toContain(id);
      expect(
        one.every((h) => h.entity.label.includes([...name][0]!) || !/\p{Script=Han}/u.test(h.entity.label)),
      ).toBe(true);
    }
    // A nickname (绰号) finds the person who goes by it.
    const nicknamed = han.find((p) =>
      (p.props.aliases as string[]).some((a) => /^\p{Script=Han}{2,3}$/u.test(a)),
    )!;
    const alias = (nicknamed.props.aliases as string[])[0]!;
    expect((await find(alias, ['Person'])).map((h) => h.entity.id)).toContain(`Person:${nicknamed.key}`);
    // Words inside Chinese descriptions and titles: 佛首 finds stolen Buddha heads, 盗掘 the tomb lootings.
    const heads = await find('佛首', ['Relic']);
    expect(heads.length).toBeGreaterThan(0);
    for (const h of heads) expect(h.entity.type).toBe('Relic');
    const lootings = await find('盗掘古墓葬', ['Case']);
    expect(lootings.length).toBeGreaterThan(0);
  });
});
