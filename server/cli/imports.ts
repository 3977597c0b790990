// npm run imports -- list [--first N]
// npm run imports -- rollback <import-id> [--dry-run]
// Lists the recorded ingest runs (files, when, who, counts), or rolls one back: records whose only
// source is that import are removed, shared ones lose its source, derived call summaries are
// recomputed, all in one transaction, audited (server/features/imports). --dry-run reports the same
// counts and changes nothing. Needs an account with the `ingest` permission. Exit status: 0 done,
// 1 refused or failed, 2 bad usage.
import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import { listImports, rollbackImport } from '../features/imports/index.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

const USAGE = 'usage: npm run imports -- list [--first N] | rollback <import-id> [--dry-run]';

function args() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        first: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}

const when = (t: number | null | undefined) => (typeof t === 'number' ? new Date(t).toISOString() : '-');

async function main(): Promise<void> {
  const { values, positionals } = args();
  const [command, id] = positionals;
  if (values.help || !command) fail(USAGE, values.help ? 0 : 2);
  if (command !== 'list' && command !== 'rollback') fail(USAGE, 2);
  if (command === 'rollback' && !id) fail(`rollback: which import? ${USAGE}`, 2);
  const first = values.first === undefined ? 50 : Number(values.first);
  if (!Number.isInteger(first) || first < 1 || first > 500) fail('--first: expected 1 to 500', 2);

  const cli = await openCli();
  let exit = 0;
  try {
    const principal = await cliPrincipal(cli.services, 'ingest');
    const db = cli.services.db();
    if (command === 'list') {
      for (const i of await listImports(db, 0, first)) {
        console.log(
          `${i.id}  ${when(i.at)}  ${i.by} (${i.via})  ${i.status}  ${i.files.join(', ')}  ` +
            `${i.accepted ?? '?'} of ${i.records ?? '?'} records, ${i.nodesCreated ?? '?'} nodes and ` +
            `${i.relationshipsCreated ?? '?'} relationships created` +
            (i.rolledBackAt ? `; rolled back ${when(i.rolledBackAt)} by ${i.rolledBackBy}` : ''),
        );
      }
    } else {
      const dryRun = values['dry-run'] === true;
      const r = await rollbackImport(db, id!, { dryRun, by: principal.username });
      await cli.services.audit.record({
        principal,
        operation: 'rollbackImport',
        kind: 'change',
        entityIds: [],
        count: r.nodesDeleted + r.relationshipsDeleted,
        details: { via: 'cli', ...r },
      });
      console.log(
        `${dryRun ? 'Dry run (nothing changed): would remove' : 'Rolled back: removed'} ` +
          `${r.nodesDeleted} nodes and ${r.relationshipsDeleted} relationships; ` +
          `${r.nodesUpdated} nodes and ${r.relationshipsUpdated} relationships lost this import's sources; ` +
          `${r.nodesKept} kept for other imports' links; ${r.phonesRefreshed} phones' call summaries recomputed.` +
          (r.sharedFiles.length ? `\nShared with other imports (kept): ${r.sharedFiles.join(', ')}` : ''),
      );
    }
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      exit = 1;
    } else throw err;
  } finally {
    await cli.close();
  }
  process.exit(exit);
}

void main();
