// Loading a generated demo network into a fresh embedded Neo4j: 100,000 people by default
// (BENCH_SEED_PEOPLE to change), through GraphWriter's batched idempotent MERGE statements. The
// reference is generating the same records without writing them, in the same run: the ratio says
// how much the database costs over producing the records; the absolute times are in `detail`.
import type { BenchResult, BenchSuite } from '../types.ts';
import { benchNeo4j } from '../support/neo4j.ts';
import { generateSeedNetwork } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';

const PEOPLE = Number(process.env.BENCH_SEED_PEOPLE ?? 100_000);
const SEED = 42;

const suite: BenchSuite = {
  prefix: 'seed',
  description: `generate and load a ${PEOPLE.toLocaleString('en')}-person demo network`,
  async run(ctx) {
    let t = performance.now();
    let records = 0;
    for (const b of generateSeedNetwork({ people: PEOPLE, seed: SEED, batchPeople: 5000 })) {
      records += b.nodes.length + b.rels.length;
    }
    const generateMs = performance.now() - t;
    ctx.log(`generated ${records} records in ${(generateMs / 1000).toFixed(1)} s`);

    const neo = await benchNeo4j({ heap: '2g', pagecache: '1g', log: ctx.log });
    try {
      t = performance.now();
      let lastLog = 0;
      const result = await loadSeedNetwork(neo.db, { people: PEOPLE, seed: SEED }, (p) => {
        if (p.elapsedMs - lastLog < 10_000) return;
        lastLog = p.elapsedMs;
        ctx.log(
          `${p.people}/${p.totalPeople} people, ${p.records} records, ${(p.elapsedMs / 1000).toFixed(0)} s`,
        );
      });
      const loadMs = performance.now() - t;
      const results: BenchResult[] = [
        {
          id: 'seed.load-vs-generate',
          value: loadMs / generateMs,
          unit: 'x',
          target: null,
          better: 'lower',
          reference: 'generating the same records without writing them',
          detail: {
            people: PEOPLE,
            records,
            loadSeconds: Math.round(loadMs / 100) / 10,
            generateSeconds: Math.round(generateMs / 100) / 10,
            recordsPerSecond: Math.round(records / (loadMs / 1000)),
            nodesCreated: result.nodesCreated,
            relationshipsCreated: result.relationshipsCreated,
          },
        },
      ];
      return results;
    } finally {
      await neo.close();
    }
  },
};

export default suite;
