// `npm start`: loads the demo network (config.demo.size people, config.demo.seed) when the
// database holds no entities yet, with progress in the log; a database with data is left alone.
import type { Services } from '../server/services.ts';
import { loadSeedNetwork } from './load.ts';

export async function loadDemoIfEmpty(services: Services): Promise<void> {
  const db = services.db();
  const [row] = await db.read('queries/seeds/has-entities');
  if (row?.any === true) {
    services.logger.info('demo network: the database already holds data; nothing loaded');
    return;
  }
  const { size, seed } = services.config.demo;
  services.logger.info({ people: size, seed }, `demo network: generating ${size} people (seed ${seed})`);
  let lastLog = 0;
  const result = await loadSeedNetwork(
    db,
    { people: size, seed, batchSize: services.config.ingestBatchSize, batchPeople: 1000 },
    (p) => {
      if (p.people < p.totalPeople && p.elapsedMs - lastLog < 2000) return;
      lastLog = p.elapsedMs;
      services.logger.info(
        { people: p.people, totalPeople: p.totalPeople, records: p.records, elapsedMs: p.elapsedMs },
        `demo network: ${p.people}/${p.totalPeople} people, ${p.records} records, ${(p.elapsedMs / 1000).toFixed(1)} s`,
      );
    },
  );
  await services.audit.record({
    principal: null,
    operation: 'demo-seed',
    kind: 'change',
    entityIds: [],
    count: result.records,
    details: { people: size, seed },
  });
  services.logger.info(
    { ...result },
    `demo network loaded: ${result.people} people, ${result.nodesCreated} nodes and ${result.relationshipsCreated} relationships in ${(result.elapsedMs / 1000).toFixed(1)} s`,
  );
}
