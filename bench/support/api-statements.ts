// The statements behind the api bench's two queries, with the parameters the service sends for
// them (a 2-hop, draw-only neighbourhood of one entity; the shortest path between two, at most 4
// hops), run without the GraphQL layer: the references a GraphQL round trip is compared with.
//
// - `driver*`: straight through neo4j-driver, as a program that talks to Neo4j itself would
//   (session.run of the statement, records read as objects).
// - `db*`: through the service's database layer (Db.read, as GraphService and PathService call
//   it), to show what of the overhead is GraphQL and HTTP rather than database access.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../server/db/cypher.ts';
import type { Db } from '../../server/db/db.ts';
import { DRAW_KEYS } from '../../server/features/entities/mapping.ts';

const HOOD = 'queries/graph/expand-neighbourhood';
const RESOLVE = 'queries/graph/resolve-ids';
const SHORTEST = 'queries/paths/find-shortest';

/**
 * As GraphService.neighbourhood sends them for `{ ids: [id], hops: 2 }` selecting no details, when
 * the request is alone: a batch of one (the service merges concurrent requests into larger ones;
 * a program that talks to Neo4j itself sends its own).
 */
function hoodParams(id: string, cap: number) {
  return {
    cap: neo4j.int(cap),
    batch: [
      {
        key: neo4j.int(0),
        ids: [id],
        hops: neo4j.int(2),
        relTypes: null,
        nodeTypes: null,
        excludeTypes: ['Call'],
        from: null,
        to: null,
        minConfidence: 0,
        includeMerged: false,
        keys: DRAW_KEYS,
      },
    ],
  };
}

/** As PathService sends them for `{ from, to, maxHops: 4 }` (mode SHORTEST). */
function pathParams(a: string, b: string) {
  return {
    a,
    b,
    relTypes: null,
    minConfidence: 0,
    includeMerged: false,
    maxHops: neo4j.int(4),
    k: neo4j.int(1),
  };
}

const eidsOf = (rows: Array<Record<string, unknown>>) =>
  new Map(rows.map((r) => [String(r.id), String(r.eid)]));

export async function driverNeighbourhood(driver: Driver, id: string, cap: number): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher(HOOD), hoodParams(id, cap), { timeout: 20_000 });
    result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

export async function driverPath(driver: Driver, a: string, b: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const ids = await session.run(cypher(RESOLVE), { ids: [a, b] });
    const eid = eidsOf(ids.records.map((r) => r.toObject()));
    const result = await session.run(cypher(SHORTEST), pathParams(eid.get(a)!, eid.get(b)!), {
      timeout: 15_000,
    });
    result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

export async function dbNeighbourhood(db: Db, id: string, cap: number): Promise<void> {
  await db.read(HOOD, hoodParams(id, cap), { timeoutMs: 20_000 });
}

export async function dbPath(db: Db, a: string, b: string): Promise<void> {
  const eid = eidsOf(await db.read(RESOLVE, { ids: [a, b] }));
  await db.read(SHORTEST, pathParams(eid.get(a)!, eid.get(b)!), { timeoutMs: 15_000 });
}
