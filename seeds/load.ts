// Loads a generated network into Neo4j through GraphWriter (batched, idempotent UNWIND … MERGE),
// batch by batch as the generator produces them, so a million people never sit in memory at once.
import type { Db } from '../server/db/db.ts';
import { GraphWriter } from '../server/features/ingest/writer.ts';
import { generateSeedNetwork, type SeedOptions } from './generator.ts';

export interface LoadSeedOptions extends SeedOptions {
  /** Rows per UNWIND statement (default 5000). */
  batchSize?: number;
  /** People generated per batch (default 5000): bigger batches mean fewer, larger transactions. */
  batchPeople?: number;
}

export interface SeedProgress {
  people: number;
  totalPeople: number;
  records: number;
  elapsedMs: number;
}

export interface SeedLoadResult extends SeedProgress {
  nodesCreated: number;
  relationshipsCreated: number;
}

export async function loadSeedNetwork(
  db: Db,
  opts: LoadSeedOptions,
  onProgress?: (p: SeedProgress) => void,
): Promise<SeedLoadResult> {
  const t0 = Date.now();
  const writer = new GraphWriter(db, opts.batchSize ?? 5_000);
  const result: SeedLoadResult = {
    people: 0,
    totalPeople: opts.people,
    records: 0,
    elapsedMs: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
  };
  const batches = generateSeedNetwork({
    people: opts.people,
    seed: opts.seed,
    batchPeople: opts.batchPeople ?? 5000,
  });
  let next = batches.next();
  while (!next.done) {
    const batch = next.value;
    const writing = writer.write(batch.nodes, batch.rels);
    // Generate the next batch while Neo4j works on this one's first statement.
    await new Promise((resolve) => setImmediate(resolve));
    next = batches.next();
    const stats = await writing;
    result.nodesCreated += stats.nodesCreated;
    result.relationshipsCreated += stats.relationshipsCreated;
    result.records += batch.nodes.length + batch.rels.length;
    result.people = batch.peopleSoFar;
    result.elapsedMs = Date.now() - t0;
    onProgress?.({ ...result });
  }
  return result;
}
