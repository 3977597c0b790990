// On the demo seed, detected communities match the planted gangs (NMI >= 0.9), and the same seed
// gives the same communities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { nmi } from '../../server/analysis/nmi.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { plantedGangs } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { openTestDb, resetData } from '../support/db.ts';

const SEED = { people: 2000, seed: 42 };
let db: Db;
let runner: JobRunner;

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  await loadSeedNetwork(db, SEED);
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 600_000);
afterAll(async () => {
  await runner.stop();
  await db.close();
});

async function membership(runId: string): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  await db.stream('queries/analysis/stream-members', { runId }, (r) =>
    m.set(String(r.uid), Number(r.community)),
  );
  return m;
}

describe('community detection on the demo seed', () => {
  it('matches the planted gangs with NMI >= 0.9 and is reproducible from its seed', async () => {
    const a = await runner.wait((await runner.submit('communities', { seed: 42 }, null)).id);
    expect(a.status, a.error ?? '').toBe('succeeded');
    const found = await membership(a.runId!);
    const truth = plantedGangs(SEED);
    const keys = [...truth.keys()].filter((k) => found.has(`Person:${k}`));
    // Nearly every planted gang member is in the projected network.
    expect(keys.length / truth.size).toBeGreaterThan(0.95);
    const score = nmi(
      keys.map((k) => found.get(`Person:${k}`)!),
      keys.map((k) => truth.get(k)!),
    );
    expect(score).toBeGreaterThanOrEqual(0.9);

    const b = await runner.wait((await runner.submit('communities', { seed: 42 }, null)).id);
    const again = await membership(b.runId!);
    expect([...again.entries()].sort()).toEqual([...found.entries()].sort());
  }, 600_000);
});
