// Ingest throughput: the pipeline (CSV layouts → parse → batched UNWIND … MERGE over Bolt) against
// LOAD CSV of the same rows with the same MERGE semantics, run inside Neo4j, into the same empty
// database. 200,000 persons and 1,000,000 ASSOCIATE_OF links between them (BENCH_INGEST_RELS to
// change), generated with a seeded RNG. The ratio is records/s of the pipeline over LOAD CSV's.
import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { ingestPath } from '../../server/features/ingest/index.ts';
import type { Db } from '../../server/db/db.ts';
import type { BenchResult, BenchSuite } from '../types.ts';
import { benchNeo4j } from '../support/neo4j.ts';

const RELS = Number(process.env.BENCH_INGEST_RELS ?? 1_000_000);
const PERSONS = Math.max(10, Math.round(RELS / 5));
const BATCH = Number(process.env.BENCH_INGEST_BATCH ?? 10_000);
const KINDS = ['family', 'lives-with', 'known-associate', 'social-network'];

async function writeLines(file: string, header: string, count: number, line: (i: number) => string) {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

/** persons.csv and links.csv with exactly RELS distinct (from, to, kind) links. */
async function generate(dir: string): Promise<{ persons: string; links: string }> {
  const rng = seedrandom('bench-ingest');
  const persons = path.join(dir, 'bench-persons.csv');
  const links = path.join(dir, 'bench-links.csv');
  await writeLines(persons, 'id,name', PERSONS, (i) => `B-${i},Person ${i}`);
  const seen = new Set<string>();
  const rows: string[] = [];
  while (rows.length < RELS) {
    const a = Math.floor(rng() * PERSONS);
    const b = Math.floor(rng() * PERSONS);
    const k = KINDS[Math.floor(rng() * KINDS.length)]!;
    const id = `${a}|${b}|${k}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    rows.push(`ASSOCIATE_OF,B-${a},B-${b},${k},0.${1 + Math.floor(rng() * 9)}`);
  }
  await writeLines(links, 'type,from,to,qualifier,confidence', rows.length, (i) => rows[i]!);
  return { persons, links };
}

async function counts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const row = (await db.read('queries/testing/count-graph', {}, { timeoutMs: 600_000 }))[0]!;
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

const suite: BenchSuite = {
  prefix: 'ingest',
  description: `pipeline vs LOAD CSV: ${PERSONS.toLocaleString('en')} persons + ${RELS.toLocaleString('en')} links`,
  async run(ctx): Promise<BenchResult[]> {
    const neo = await benchNeo4j({ log: ctx.log });
    try {
      if (!neo.home)
        throw new Error(
          'ingest bench: needs the embedded Neo4j (its import directory for LOAD CSV); unset NEO4J_URI',
        );
      const importDir = path.join(neo.home, 'import');
      fs.mkdirSync(importDir, { recursive: true });
      ctx.log(`generating ${PERSONS} persons and ${RELS} links`);
      const files = await generate(importDir);
      const records = PERSONS + RELS;

      ctx.log(`pipeline: batches of ${BATCH}`);
      let t = performance.now();
      const summary = await ingestPath(neo.db, [files.persons, files.links], { batchSize: BATCH });
      const pipelineMs = performance.now() - t;
      const afterPipeline = await counts(neo.db);
      if (summary.accepted !== records)
        throw new Error(`pipeline accepted ${summary.accepted} of ${records}`);
      ctx.log(`pipeline: ${Math.round(pipelineMs)} ms, ${JSON.stringify(afterPipeline)}`);

      ctx.log('emptying the database');
      await neo.db.autoCommit('queries/testing/delete-all-data');

      ctx.log('LOAD CSV');
      t = performance.now();
      await neo.db.autoCommit('queries/bench/ingest-load-csv-persons', {
        file: 'file:///bench-persons.csv',
        batch: BATCH,
      });
      await neo.db.autoCommit('queries/bench/ingest-load-csv-links', {
        file: 'file:///bench-links.csv',
        batch: BATCH,
      });
      const loadCsvMs = performance.now() - t;
      const afterLoadCsv = await counts(neo.db);
      ctx.log(`LOAD CSV: ${Math.round(loadCsvMs)} ms, ${JSON.stringify(afterLoadCsv)}`);
      if (
        afterLoadCsv.nodes !== afterPipeline.nodes ||
        afterLoadCsv.relationships !== afterPipeline.relationships
      ) {
        throw new Error(`the two loads disagree: ${JSON.stringify({ afterPipeline, afterLoadCsv })}`);
      }
      const pipelineRate = records / (pipelineMs / 1000);
      const loadCsvRate = records / (loadCsvMs / 1000);
      return [
        {
          id: 'ingest.vs-load-csv',
          value: pipelineRate / loadCsvRate,
          unit: 'ratio',
          target: 0.5,
          better: 'higher',
          reference: 'LOAD CSV of the same rows with the same MERGE semantics into the same empty Neo4j',
          detail: {
            records,
            persons: PERSONS,
            relationships: afterPipeline.relationships,
            batchSize: BATCH,
            pipelineRecordsPerSecond: Math.round(pipelineRate),
            loadCsvRecordsPerSecond: Math.round(loadCsvRate),
            pipelineMs: Math.round(pipelineMs),
            loadCsvMs: Math.round(loadCsvMs),
          },
        },
      ];
    } finally {
      await neo.close();
    }
  },
};
export default suite;
