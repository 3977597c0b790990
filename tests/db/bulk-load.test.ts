// The bulk path for first loads (issue 21): the seed generator's records and the layouts fixture,
// loaded once by the incremental ingest into the suite's database and once by neo4j-admin
// (server/features/bulk) into a store of its own, give the same graph: the same fingerprint
// (every :Entity node and relationship, properties but ingestedAt), the same counts per label and
// type, and the same properties with the same Cypher types on a sample of records. Progress is
// reported through the importer's stages; a non-empty target is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import {
  bulkLoadFiles,
  bulkLoadSeed,
  BulkLoadError,
  type BulkProgress,
  type BulkResult,
} from '../../server/features/bulk/import.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { graphFingerprint } from '../../server/features/ingest/fingerprint.ts';
import { loadMigrations, schemaVersion } from '../../server/db/migrate.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { openTestDb, resetData } from '../support/db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYOUTS = path.join(ROOT, 'tests/fixtures/ingest/layouts');
const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? path.join(ROOT, '.data'), 'cache');
const TIMEOUT = 15 * 60_000;

let db: Db;
const homes: string[] = [];
const home = () => {
  const h = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-bulk-'));
  homes.push(h);
  return path.join(h, 'neo4j');
};

beforeAll(async () => {
  db = await openTestDb();
}, TIMEOUT);
afterAll(async () => {
  await db?.close();
  for (const h of homes) fs.rmSync(h, { recursive: true, force: true });
});

async function counts(d: Db) {
  const labels = (await d.read('tests/bulk/count-entity-labels')).map(
    (r) => [String(r.label), Number(r.count)] as const,
  );
  const types = (await d.read('tests/bulk/count-relationships-by-type')).map(
    (r) => [String(r.type), Number(r.count)] as const,
  );
  return { labels, types };
}

/** Every property with its Cypher type, of up to `n` uids spread over the graph. */
async function sample(d: Db, uids: string[]) {
  const rows = await d.read('tests/bulk/sample-types', { uids });
  const out = new Map<string, unknown>();
  for (const r of rows) {
    const props = (r.props as Array<[string, string, unknown]>).sort(([a], [b]) => a.localeCompare(b));
    out.set(String(r.uid), props);
  }
  return out;
}

/** Every 23rd uid of a large graph, every uid of a small one (the layouts fixture). */
async function sampleUids(d: Db): Promise<string[]> {
  const all: string[] = [];
  await d.stream('queries/ingest/checks/fingerprint-nodes', {}, (r) => all.push(String(r.uid)));
  const every = all.length > 500 ? 23 : 1;
  return all.sort().filter((_, i) => i % every === 0);
}

/**
 * The bulk path applies the migrations after the data, so their backfills (e.g. 012's geoPoint of
 * sites and sightings, which the seed loader does not set) run on it; the suite's database was
 * migrated before its load. Running every migration's statements again (all idempotent: IF NOT
 * EXISTS, backfills of what is missing) puts both graphs in the state "data, then the migrations".
 */
async function remigrate(d: Db) {
  for (const m of loadMigrations()) for (const st of m.statements) await d.runSchema(st);
}

async function compare(bulk: BulkResult) {
  await remigrate(db);
  const [a, b] = [await graphFingerprint(db), await graphFingerprint(bulk.db)];
  expect(b.nodes).toBe(a.nodes);
  expect(b.relationships).toBe(a.relationships);
  expect(await counts(bulk.db)).toEqual(await counts(db));
  const uids = await sampleUids(db);
  expect(uids.length).toBeGreaterThan(10);
  const [sa, sb] = [await sample(db, uids), await sample(bulk.db, uids)];
  for (const uid of uids) expect({ uid, props: sb.get(uid) }).toEqual({ uid, props: sa.get(uid) });
  expect(b.hash).toBe(a.hash);
}

describe('bulk load through neo4j-admin', () => {
  it(
    'the seed at 300 people: the same graph as the incremental ingest, with progress',
    async () => {
      await resetData(db);
      await loadSeedNetwork(db, { people: 300, seed: 7 });
      const progress: BulkProgress[] = [];
      const bulk = await bulkLoadSeed(
        { home: home(), cacheDir, heap: '1g', pagecache: '128m', onProgress: (p) => progress.push(p) },
        { people: 300, seed: 7 },
      );
      try {
        await compare(bulk);
        expect(bulk.callSummaries).toBeGreaterThan(0);
        const phases = new Set(progress.map((p) => p.phase));
        for (const p of ['records', 'csv', 'import', 'schema', 'calls', 'done']) expect(phases).toContain(p);
        const fractions = progress.filter((p) => p.fraction !== undefined).map((p) => p.fraction!);
        expect(fractions.length).toBeGreaterThan(4);
        expect(Math.max(...fractions)).toBeGreaterThan(0.9);
        expect(progress.some((p) => /Node import/.test(p.message))).toBe(true);
        // The schema is the migrations' own: every migration is recorded as applied.
        expect(await schemaVersion(bulk.db)).toBe(Math.max(...loadMigrations().map((m) => m.id)));
      } finally {
        await bulk.db.close();
        await bulk.neo4j.stop();
      }
    },
    TIMEOUT,
  );

  it(
    'the layouts fixture: the same graph as the incremental ingest; a non-empty target is refused',
    async () => {
      await resetData(db);
      await ingestPath(db, LAYOUTS);
      const target = { home: home(), cacheDir, heap: '1g', pagecache: '128m' };
      const bulk = await bulkLoadFiles(target, [LAYOUTS]);
      try {
        await compare(bulk);
        expect(bulk.files.every((f) => !f.refused)).toBe(true);
      } finally {
        await bulk.db.close();
        await bulk.neo4j.stop();
      }
      const again = bulkLoadFiles(target, [LAYOUTS]);
      await expect(again).rejects.toBeInstanceOf(BulkLoadError);
      await expect(again).rejects.toThrow(/not empty/);
    },
    TIMEOUT,
  );
});
