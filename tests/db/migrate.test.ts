import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { loadMigrations, migrate, schemaVersion, splitStatements } from '../../server/db/migrate.ts';
import { openTestDb } from '../support/db.ts';

let db: Db;
let dir: string;
beforeAll(async () => {
  db = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.writeFileSync(
    path.join(dir, '901-probe-a.cypher'),
    '// a test migration\nCREATE CONSTRAINT probe_a IF NOT EXISTS FOR (n:ProbeA) REQUIRE n.k IS UNIQUE;\n',
  );
  // Not idempotent on purpose: a second application would create a second node.
  fs.writeFileSync(path.join(dir, '902-probe-b.cypher'), 'CREATE (:ProbeCounter {at: 1});\n');
});
afterAll(async () => {
  await db.write('queries/testing/delete-probe-migrations');
  await db.runSchema('DROP CONSTRAINT probe_a IF EXISTS');
  await db.close();
});

describe('migrate', () => {
  it('splits files into statements and ignores comments', () => {
    expect(splitStatements('// x\nCREATE A;\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });

  it('applies the project migrations in order and records them', async () => {
    const all = loadMigrations();
    expect(all.map((m) => m.id)).toEqual([...all.map((m) => m.id)].sort((a, b) => a - b));
    expect(await schemaVersion(db)).toBe(Math.max(...all.map((m) => m.id)));
  });

  it('applies each migration once, even when two processes migrate at the same time', async () => {
    const migrations = loadMigrations(dir);
    const [a, b] = await Promise.all([migrate(db, { migrations }), migrate(db, { migrations })]);
    expect([...a.applied, ...b.applied].sort()).toEqual([901, 902]);
    const again = await migrate(db, { migrations });
    expect(again.applied).toEqual([]);
    const rows = await db.read('queries/testing/count-probe-counters');
    expect(rows[0]?.count).toBe(1);
  });
});
