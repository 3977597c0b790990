// Applies cypher/schema/NNN-*.cypher once each, in order, recording each in the database as a
// (:SchemaMigration). Two processes starting at once are serialised by a lease lock node.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, cypher } from './cypher.ts';
import type { Db } from './db.ts';

export interface Migration {
  id: number;
  name: string;
  statements: string[];
  checksum: string;
}

const FILE = /^(\d{3})-([a-z0-9-]+)\.cypher$/;

/** Splits a schema file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const body = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadMigrations(dir = path.join(CYPHER_DIR, 'schema')): Migration[] {
  const seen = new Set<number>();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const m = FILE.exec(f);
      if (!m) throw new Error(`Migrations: ${f} does not match NNN-name.cypher`);
      const id = Number(m[1]);
      if (seen.has(id)) throw new Error(`Migrations: two files share the number ${m[1]}`);
      seen.add(id);
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return {
        id,
        name: m[2]!,
        statements: splitStatements(text),
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export interface MigrateResult {
  applied: number[];
  schemaVersion: number;
}

const LEASE_MS = 120_000;

export async function migrate(
  db: Db,
  opts: { migrations?: Migration[]; log?: (m: string) => void; waitMs?: number } = {},
): Promise<MigrateResult> {
  const migrations = opts.migrations ?? loadMigrations();
  const log = opts.log ?? (() => {});
  const owner = randomUUID();
  await ensureLockConstraint(db);

  const deadline = Date.now() + (opts.waitMs ?? 300_000);
  for (;;) {
    const rows = await db.write('queries/migrations/acquire-lock', {
      owner,
      now: Date.now(),
      leaseMs: LEASE_MS,
    });
    if (rows[0]?.owner === owner) break;
    if (Date.now() > deadline) {
      throw new Error('Migrations: another process has held the schema lock too long; is a migration stuck?');
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  try {
    const done = new Set((await db.read('queries/migrations/list-applied')).map((r) => Number(r.id)));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      log(`applying schema migration ${String(m.id).padStart(3, '0')}-${m.name}`);
      for (const statement of m.statements) await db.runSchema(statement);
      await db.write('queries/migrations/record-applied', {
        id: m.id,
        name: m.name,
        checksum: m.checksum,
        now: Date.now(),
      });
      applied.push(m.id);
    }
    const all = [...done, ...applied];
    return { applied, schemaVersion: all.length ? Math.max(...all) : 0 };
  } finally {
    await db.write('queries/migrations/release-lock', { owner });
  }
}

export async function schemaVersion(db: Db): Promise<number> {
  const rows = await db.read('queries/migrations/list-applied');
  return rows.reduce((max, r) => Math.max(max, Number(r.id)), 0);
}

async function ensureLockConstraint(db: Db): Promise<void> {
  // Two processes creating the same constraint at once: one of them may see it appear mid-way.
  for (let attempt = 0; ; attempt++) {
    try {
      await db.runSchema(cypher('queries/migrations/ensure-lock-constraint'));
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}
