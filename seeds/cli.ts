// npm run seed -- --people 5000 --seed 7 [--batch-size 5000]
// Generates a demo network with planted ground truth and loads it into the configured Neo4j
// (NEO4J_URI, the running embedded one, or a new embedded one). Needs the `ingest` permission:
// CRIMEGRAPH_TOKEN, or CRIMEGRAPH_USER and CRIMEGRAPH_PASSWORD. Loading the same seed again changes
// nothing; a different seed adds a second, separate network.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { cliPrincipal, fail, openCli } from '../server/cli/context.ts';
import { validateOptions } from './plan.ts';
import { loadSeedNetwork } from './load.ts';

function options(): { people: number; seed: number; batchSize: number } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        people: { type: 'string', default: '5000' },
        seed: { type: 'string', default: '42' },
        'batch-size': { type: 'string', default: '5000' },
      },
    }));
  } catch (err) {
    fail(
      `${(err as Error).message}\nusage: npm run seed -- --people <n> --seed <n> [--batch-size <rows>]`,
      2,
    );
  }
  const people = Number(values.people);
  const seed = Number(values.seed);
  const batchSize = Number(values['batch-size']);
  try {
    validateOptions({ people, seed });
  } catch (err) {
    fail((err as Error).message.replace('option "people"', '--people').replace('option "seed"', '--seed'), 2);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    fail(`--batch-size must be a whole number from 1 to 100000 (got ${values['batch-size']})`, 2);
  }
  return { people, seed, batchSize };
}

async function main(): Promise<void> {
  const opts = options();
  const cli = await openCli();
  try {
    const principal = await cliPrincipal(cli.services, 'ingest');
    const bar = new cliProgress.SingleBar(
      { format: 'seed {bar} {value}/{total} people | {records} records | {elapsed}s', etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(opts.people, 0, { records: 0, elapsed: 0 });
    const result = await loadSeedNetwork(cli.services.db(), opts, (p) =>
      bar.update(p.people, { records: p.records, elapsed: (p.elapsedMs / 1000).toFixed(0) }),
    );
    bar.stop();
    await cli.services.audit.record({
      principal,
      operation: 'seed',
      kind: 'change',
      entityIds: [],
      count: result.records,
      details: { people: opts.people, seed: opts.seed },
    });
    const counts = await cli.services.db().read('queries/seeds/count-by-type', { seed: opts.seed });
    console.log(
      `Loaded seed ${opts.seed}: ${result.people} people, ${result.records} records ` +
        `(${result.nodesCreated} nodes and ${result.relationshipsCreated} relationships new) ` +
        `in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
    );
    console.log(counts.map((c) => `  ${String(c.type).padEnd(9)} ${String(c.count)}`).join('\n'));
  } finally {
    await cli.close();
  }
}

void main();
