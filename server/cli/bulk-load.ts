// npm run bulk-load -- --people 100000 --seed 7          (the demo seed network)
// npm run bulk-load -- <file|directory...> [--format F]   (any ingest layout or format)
//   [--import-memory 25%] [--keep-files]
// The bulk path for first loads (issue 21, docs/scale.md): fills the EMPTY embedded store of the
// data directory through Neo4j's offline importer (neo4j-admin database import full), then applies
// the schema migrations and derives the CALLS summaries, giving the graph `npm run seed` or
// `npm run ingest` would build, many times faster. Refuses a store that holds data or is running,
// and an external NEO4J_URI (run neo4j-admin on that server). Everything after the first load goes
// through the incremental ingest. Progress on stderr, a summary on stdout. Exit status: 0 loaded,
// 1 refused or failed, 2 bad usage.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { cacheDir, readRuntime, storeDir } from '../db/connect.ts';
import { bulkLoadFiles, bulkLoadSeed, BulkLoadError, type BulkProgress } from '../features/bulk/import.ts';
import { FORMATS, type Format } from '../features/ingest/index.ts';
import { validateOptions } from '../../seeds/plan.ts';

const USAGE =
  'usage: npm run bulk-load -- --people <n> --seed <n> | <file|directory...> [--format <format>] ' +
  '[--import-memory <size|percent>] [--keep-files]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function progress(): (p: BulkProgress) => void {
  let last = 0;
  let lastPhase = '';
  return (p) => {
    const now = Date.now();
    if (p.phase === lastPhase && now - last < 1000 && p.phase !== 'done') return;
    last = now;
    lastPhase = p.phase;
    const pct = p.fraction !== undefined ? ` (${Math.round(p.fraction * 100)}% of the import)` : '';
    process.stderr.write(`bulk-load ${p.phase}: ${p.message}${pct}\n`);
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        people: { type: 'string' },
        seed: { type: 'string', default: '42' },
        format: { type: 'string' },
        'import-memory': { type: 'string' },
        'keep-files': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) fail(USAGE, 0);
  if ((values.people === undefined) === (positionals.length === 0))
    fail(`give either --people (the seed) or files, not both or neither\n${USAGE}`, 2);
  const format = values.format as Format | undefined;
  if (format && !(FORMATS as readonly string[]).includes(format))
    fail(`--format: expected one of ${FORMATS.join(', ')}`, 2);

  const config = loadConfig();
  if (config.neo4j.uri)
    fail(
      `NEO4J_URI is set (${config.neo4j.uri}): the bulk path fills Crimegraph's own embedded store; ` +
        'for an external server run neo4j-admin database import there, or unset NEO4J_URI.',
      1,
    );
  const running = readRuntime(config);
  if (running)
    fail(`Neo4j is running on this data directory (pid ${running.pid}): stop it first (npm run db:stop).`, 1);

  const target = {
    home: storeDir(config),
    cacheDir: cacheDir(config),
    heap: config.neo4j.heap,
    pagecache: config.neo4j.pagecache,
    importMemory: values['import-memory'],
    keepFiles: values['keep-files'] ?? false,
    onProgress: progress(),
  };
  try {
    let result;
    if (values.people !== undefined) {
      const people = Number(values.people);
      const seed = Number(values.seed);
      try {
        validateOptions({ people, seed });
      } catch (err) {
        fail(
          (err as Error).message.replace('option "people"', '--people').replace('option "seed"', '--seed'),
          2,
        );
      }
      result = await bulkLoadSeed(target, { people, seed });
    } else {
      result = await bulkLoadFiles(target, positionals, { format });
    }
    await result.db.close();
    await result.neo4j.stop();
    const s = result.seconds;
    console.log(
      `Bulk-loaded ${result.records} records: ${result.nodes} nodes, ${result.relationships} relationships ` +
        `and ${result.callSummaries} CALLS summaries in ${s.total.toFixed(1)} s (records and CSVs ` +
        `${s.records.toFixed(1)} s, neo4j-admin ${s.importer.toFixed(1)} s, start and schema ` +
        `${s.schema.toFixed(1)} s, CALLS ${s.calls.toFixed(1)} s).`,
    );
    for (const f of result.files)
      console.log(
        f.refused
          ? `  ${f.file}: REFUSED — ${f.refused}`
          : `  ${f.file} (${f.format}): ${f.records} records, ${f.accepted} loaded, ${f.rejected} rejected`,
      );
    for (const r of result.rejects.slice(0, 10))
      console.log(`  reject ${r.file}:${r.line} ${r.field}: ${r.reason}`);
    console.log(`Store: ${target.home}. Start the service with npm start or npm run serve.`);
    process.exit(result.files.some((f) => f.refused) ? 1 : 0);
  } catch (err) {
    if (err instanceof BulkLoadError) fail(`bulk-load: ${err.message}`, 1);
    throw err;
  }
}

void main();
