// npm run audit:verify          checks the hash chain of the audit trail; exit 0 when intact,
//                               1 with the seq of the first broken link when not.
// Needs an admin: CRIMEGRAPH_TOKEN, or CRIMEGRAPH_USER and CRIMEGRAPH_PASSWORD.
import { AppError } from '../errors.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

async function main(): Promise<void> {
  const [command = 'verify'] = process.argv.slice(2);
  if (command !== 'verify') fail('usage: npm run audit:verify  (tsx server/cli/audit.ts verify)', 2);
  const cli = await openCli({ quiet: true });
  let exitCode = 0;
  try {
    const principal = await cliPrincipal(cli.services, 'admin:audit');
    const result = await cli.services.audit.verify();
    await cli.services.audit.record({
      principal,
      operation: 'audit:verify',
      kind: 'read',
      entityIds: [],
      count: result.checked,
      details: { ok: result.ok, firstBrokenSeq: result.firstBrokenSeq },
    });
    if (result.ok) {
      console.log(`Audit trail OK: ${result.checked} entries checked, every link intact.`);
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
