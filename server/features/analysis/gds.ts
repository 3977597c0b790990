// Detects Neo4j Graph Data Science on the connected database. Its statements live in neo4j/gds/
// (not cypher/queries/: they cannot be planned on a database without GDS, and every file there is
// EXPLAINed in CI).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/db.ts';

const GDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../neo4j/gds');
const VERSION = fs.readFileSync(path.join(GDS_DIR, 'version.cypher'), 'utf8').trim();

/** The installed GDS version, or null when the database has no GDS. */
export async function gdsVersion(db: Db): Promise<string | null> {
  const session = db.session('READ');
  try {
    const result = await session.run(VERSION);
    return String(result.records[0]?.get('gdsVersion') ?? '') || null;
  } catch {
    return null;
  } finally {
    await session.close();
  }
}
