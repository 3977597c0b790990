// End-to-end community detection job (streamed projection + Louvain in a worker thread + write-back
// with summaries) against Neo4j Graph Data Science's Louvain in write mode (Cypher-aggregation
// projection of the same association network + gds.louvain.write) on the same database: a throwaway
// embedded Neo4j with the GDS open edition from Maven Central, loaded with the demo seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveGdsJars, startEmbedded } from '../../neo4j/provision.ts';
import { probe } from '../../server/db/connect.ts';
import { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import { createLogger } from '../../server/logger.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import type { BenchSuite } from '../types.ts';

/** Runs one of cypher/gds/*.cypher (GDS-only statements) in an auto-commit transaction without
 * a timeout: Louvain in write mode writes to the store. */
function gds(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return db.autoCommit(`gds/${name}`, params);
}

const suite: BenchSuite = {
  prefix: 'job',
  description: 'end-to-end community detection job vs GDS Louvain write mode on the same database',
  async run(ctx) {
    const people = Number(process.env.BENCH_JOB_PEOPLE ?? 5000);
    const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache');
    const plugins = await resolveGdsJars(cacheDir, ctx.log);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-bench-job-'));
    const child = await startEmbedded({
      home: path.join(tmp, 'neo4j'),
      cacheDir,
      heap: '2g',
      timeoutMs: 900_000,
      pagecache: '512m',
      plugins,
      onProgress: ctx.log,
      probe: (uri, password) => probe(uri, 'neo4j', password),
    });
    const db = new Db({ uri: child.uri, user: 'neo4j', password: child.password, txTimeoutMs: 600_000 });
    const runner = createJobRunner(db, createLogger('silent'));
    try {
      await migrate(db);
      const [{ gdsVersion } = {}] = await gds(db, 'version');
      ctx.log(`GDS ${String(gdsVersion)} installed; loading the demo seed with ${people} people…`);
      await loadSeedNetwork(db, { people, seed: 42 });
      await runner.start();

      // Warm both once (JIT, page cache), then measure.
      await runner.wait((await runner.submit('communities', { seed: 42 }, null)).id);
      await gds(db, 'project-association', { graph: 'warm' });
      await gds(db, 'drop-graph', { graph: 'warm' });

      ctx.log('ours: projection + Louvain + write-back…');
      const t0 = performance.now();
      const job = await runner.wait((await runner.submit('communities', { seed: 42 }, null)).id);
      const oursMs = performance.now() - t0;
      if (job.status !== 'succeeded') throw new Error(`communities job ${job.status}: ${job.error}`);

      ctx.log('GDS: projection + gds.louvain.write…');
      const t1 = performance.now();
      const [proj] = await gds(db, 'project-association', { graph: 'bench' });
      const t2 = performance.now();
      const [louvain] = await gds(db, 'louvain-write', { graph: 'bench' });
      const gdsMs = performance.now() - t1;
      await gds(db, 'drop-graph', { graph: 'bench' });
      const result = job.result as Record<string, unknown>;
      return [
        {
          id: 'job.vs-gds',
          value: oursMs / gdsMs,
          unit: 'x GDS time',
          target: 1.5,
          better: 'lower',
          reference: `GDS ${String(gdsVersion)} Cypher-aggregation projection + gds.louvain.write on the same database`,
          detail: {
            people,
            ours: { ms: Math.round(oursMs), engine: job.engine, ...result },
            gds: { ms: Math.round(gdsMs), projectionMs: Math.round(t2 - t1), ...proj, ...louvain },
          },
        },
      ];
    } finally {
      await runner.stop();
      await db.close();
      await child.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
};
export default suite;
