// Detects Neo4j Graph Data Science on the connected database and runs its statements. They live in
// cypher/gds/ (outside cypher/queries/, whose files are EXPLAINed in CI: they cannot be planned on a
// database without GDS) and run through Db like every other statement.
import type { Db, Params } from '../../db/db.ts';

/** The installed GDS version, or null when the database has no GDS. */
export async function gdsVersion(db: Db): Promise<string | null> {
  try {
    const rows = await db.read('gds/version');
    return String(rows[0]?.gdsVersion ?? '') || null;
  } catch {
    return null;
  }
}

/**
 * Runs cypher/gds/<name>.cypher and hands each row (plain values; integers as numbers) to onRow.
 * GDS procedures only read the database, but they hold the in-memory catalog, so they run in a
 * session of their own, without a transaction timeout.
 */
export async function gdsRun(
  db: Db,
  name: string,
  params: Params,
  onRow: (row: Record<string, unknown>) => void = () => {},
): Promise<void> {
  await db.stream(`gds/${name}`, params, onRow);
}
