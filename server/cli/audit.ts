// npm run audit:verify          checks the hash chain of the audit trail; exit 0 when intact,
//                               1 with the seq of the first broken link when not. Prints the head
//                               (seq:hash) to keep outside the database.
// npm run audit:verify -- --expect-head <seq>:<hash>
//                               also checks that the log still holds that head: entries removed
//                               from the end, with the head moved back, are reported.
// Needs an admin: CRIMEGRAPH_TOKEN, or CRIMEGRAPH_USER and CRIMEGRAPH_PASSWORD.
import { parseHead } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

const USAGE = 'usage: npm run audit:verify [-- --expect-head <seq>:<hash>]  (tsx server/cli/audit.ts verify)';

async function main(): Promise<void> {
  const [command = 'verify', ...rest] = process.argv.slice(2);
  if (command !== 'verify') fail(USAGE, 2);
  let expectHead: { seq: number; hash: string } | undefined;
  if (rest.length > 0) {
    if (rest[0] !== '--expect-head' || rest.length !== 2) fail(USAGE, 2);
    try {
      expectHead = parseHead(rest[1]!);
    } catch (err) {
      fail(`${(err as Error).message}\n${USAGE}`, 2);
    }
  }
  const cli = await openCli({ quiet: true });
  let exitCode = 0;
  try {
    const principal = await cliPrincipal(cli.services, 'admin:audit');
    const result = await cli.services.audit.verify({ expectHead });
    await cli.services.audit.record({
      principal,
      operation: 'audit:verify',
      kind: 'read',
      entityIds: [],
      count: result.checked,
      details: { ok: result.ok, firstBrokenSeq: result.firstBrokenSeq, expectHead: expectHead?.seq ?? null },
    });
    if (result.ok) {
      console.log(`Audit trail OK: ${result.checked} entries checked, every link intact.`);
      // Kept outside the database, the head shows later whether entries were cut from the end.
      console.log(`Head: ${result.headSeq}:${result.headHash}`);
    } else {
      console.log(`Audit trail BROKEN at seq ${result.firstBrokenSeq}: ${result.reason}.`);
      exitCode = 1;
    }
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      exitCode = 1;
    } else throw err;
  } finally {
    await cli.close();
  }
  process.exit(exitCode);
}

void main();
