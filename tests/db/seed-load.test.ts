// Loading a seed network into the real Neo4j: every generated record lands once, the planted truth
// can be read back, a second load changes nothing, and `npm start`'s demo loader only fills an
// empty database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../seeds/demo.ts';
import { generateSeedNetwork, plantedTruth } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import type { Db } from '../../server/db/db.ts';
import { createLogger } from '../../server/logger.ts';
import { Services } from '../../server/services.ts';
import { openTestDb, resetData, testConfig } from '../support/db.ts';

const PEOPLE = 200;
const SEED = 5;
let db: Db;

/** What the database should hold after loading: distinct nodes per type, distinct links. */
function expected() {
  const nodes = new Map<string, Set<string>>();
  const links = new Set<string>();
  const callEnds = new Map<string, { from?: string; to?: string }>();
  for (const b of generateSeedNetwork({ people: PEOPLE, seed: SEED })) {
    for (const n of b.nodes) nodes.set(n.type, (nodes.get(n.type) ?? new Set()).add(n.key));
    for (const r of b.rels) {
      links.add([r.type, r.from.type, r.from.key, r.to.type, r.to.key, r.qualifier ?? ''].join('|'));
      if (r.type === 'FROM' || r.type === 'TO') {
        const e = callEnds.get(r.from.key) ?? {};
        e[r.type === 'FROM' ? 'from' : 'to'] = r.to.key;
        callEnds.set(r.from.key, e);
      }
    }
  }
  const callPairs = new Set([...callEnds.values()].map((e) => `${e.from}>${e.to}`));
  const byType = Object.fromEntries([...nodes].map(([t, keys]) => [t, keys.size]));
  const total = [...nodes.values()].reduce((s, k) => s + k.size, 0);
  return { byType, nodes: total, relationships: links.size + callPairs.size };
}

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
});
afterAll(() => db.close());

describe('loadSeedNetwork', () => {
  it('writes every generated record once, with no stubs, and the planted truth on the people', async () => {
    const want = expected();
    const progress: number[] = [];
    const result = await loadSeedNetwork(db, { people: PEOPLE, seed: SEED, batchPeople: 100 }, (p) =>
      progress.push(p.people),
    );
    expect(result.people).toBe(PEOPLE);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[progress.length - 1]).toBe(PEOPLE);
    expect(result.nodesCreated).toBe(want.nodes);

    const counts = await db.read('queries/seeds/count-by-type', { seed: SEED });
    expect(Object.fromEntries(counts.map((c) => [c.type, c.count]))).toEqual(want.byType);
    const [graph] = await db.read('queries/testing/count-graph');
    expect(graph).toEqual({ nodes: want.nodes, relationships: want.relationships });

    const planted = await db.read('queries/seeds/list-planted-people');
    const truth = [...plantedTruth({ people: PEOPLE, seed: SEED })].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(planted.map((p) => [p.key, p.gang, p.role, p.duplicateOf])).toEqual(
      truth.map((t) => [t.key, t.gang, t.role, t.duplicateOf]),
    );
  }, 600_000);

  it('changes nothing when the same seed is loaded again', async () => {
    const [before] = await db.read('queries/testing/count-graph');
    const again = await loadSeedNetwork(db, { people: PEOPLE, seed: SEED });
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect((await db.read('queries/testing/count-graph'))[0]).toEqual(before);
  }, 600_000);
});

describe('the npm start demo loader', () => {
  const services = () => {
    const s = new Services(testConfig({ DEMO_SIZE: '60', DEMO_SEED: '3' }), createLogger('silent'));
    s.attachDb(db, { version: '5', edition: 'community', address: db.uri, embedded: false }, 0);
    return s;
  };

  it('leaves a database that already holds data alone', async () => {
    const [before] = await db.read('queries/testing/count-graph');
    await loadDemoIfEmpty(services());
    expect((await db.read('queries/testing/count-graph'))[0]).toEqual(before);
    expect(await db.read('queries/seeds/count-by-type', { seed: 3 })).toEqual([]);
  }, 120_000);

  it('loads the configured demo network into an empty database', async () => {
    await resetData(db);
    await loadDemoIfEmpty(services());
    const counts = await db.read('queries/seeds/count-by-type', { seed: 3 });
    expect(counts.find((c) => c.type === 'Person')?.count).toBe(60);
    expect(counts.map((c) => c.type)).toEqual(
      expect.arrayContaining([
        'Call',
        'Case',
        'Person',
        'Phone',
        'Relic',
        'Sale',
        'Sighting',
        'Site',
        'Vehicle',
      ]),
    );
  }, 600_000);
});
