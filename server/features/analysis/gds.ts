// Detects Neo4j Graph Data Science on the connected database and runs its statements. They live in
// neo4j/gds/ (not cypher/queries/: they cannot be planned on a database without GDS, and every file
// there is EXPLAINed in CI).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Params } from '../../db/db.ts';

const GDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../neo4j/gds');
const statements = new Map<string, string>();

/** The text of neo4j/gds/<name>.cypher (read once). */
export function gdsStatement(name: string): string {
  let text = statements.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(GDS_DIR, `${name}.cypher`), 'utf8').trim();
    statements.set(name, text);
  }
  return text;
}

/** The installed GDS version, or null when the database has no GDS. */
export async function gdsVersion(db: Db): Promise<string | null> {
  const session = db.session('READ');
  try {
    const result = await session.run(gdsStatement('version'));
    return String(result.records[0]?.get('gdsVersion') ?? '') || null;
  } catch {
    return null;
  } finally {
    await session.close();
  }
}

/**
 * Runs neo4j/gds/<name>.cypher and hands each row (as plain values; integers as numbers) to onRow.
 * GDS procedures only read the database, but they hold the in-memory catalog, so they run in a
 * session of their own.
 */
export async function gdsRun(
  db: Db,
  name: string,
  params: Params,
  onRow?: (row: Record<string, unknown>) => void,
): Promise<void> {
  const session = db.session('READ');
  try {
    const result = session.run(gdsStatement(name), params);
    await new Promise<void>((resolve, reject) => {
      result.subscribe({
        onNext: (record) => {
          if (!onRow) return;
          const row: Record<string, unknown> = {};
          for (const key of record.keys) {
            const v = record.get(key) as unknown;
            row[String(key)] =
              v !== null && typeof v === 'object' && 'toNumber' in v
                ? (v as { toNumber(): number }).toNumber()
                : v;
          }
          onRow(row);
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
  } finally {
    await session.close();
  }
}
