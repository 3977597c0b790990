// npm run admin -- create-admin <username>          the first admin (only while no account exists)
// npm run admin -- create-user <username> <role>    needs an admin's CRIMEGRAPH_TOKEN or USER/PASSWORD
// The new account's password is read from CRIMEGRAPH_NEW_PASSWORD, or asked for on the terminal.
import { createInterface } from 'node:readline/promises';
import { AppError } from '../errors.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

async function askPassword(): Promise<string> {
  if (process.env.CRIMEGRAPH_NEW_PASSWORD) return process.env.CRIMEGRAPH_NEW_PASSWORD;
  if (!process.stdin.isTTY) fail('Set CRIMEGRAPH_NEW_PASSWORD (no terminal to ask on).');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const pw = await rl.question(
    'Password for the new account (10+ characters; a passphrase of several unrelated words): ',
  );
  rl.close();
  return pw;
}

async function main(): Promise<void> {
  const [command, username, role] = process.argv.slice(2);
  if (!command || !username || (command === 'create-user' && !role)) {
    fail(
      'usage: npm run admin -- create-admin <username> | create-user <username> <analyst|detective|commander|admin>',
      2,
    );
  }
  const cli = await openCli();
  try {
    const accounts = cli.services.accounts();
    if (command === 'create-admin') {
      if ((await accounts.countUsers()) > 0) {
        fail(
          'Accounts already exist; an admin creates more with: npm run admin -- create-user <username> <role>',
        );
      }
      const user = await accounts.createUser(username, await askPassword(), 'admin');
      await cli.services.audit.record({
        principal: { userId: user.id, username: user.username, role: 'admin', via: 'cli' },
        operation: 'admin:create-admin',
        kind: 'change',
        entityIds: [`User:${user.id}`],
        count: 1,
      });
      console.log(`Created admin ${user.username}.`);
    } else if (command === 'create-user') {
      const principal = await cliPrincipal(cli.services, 'admin:users');
      const user = await accounts.createUser(username, await askPassword(), role!);
      await cli.services.audit.record({
        principal,
        operation: 'admin:create-user',
        kind: 'change',
        entityIds: [`User:${user.id}`],
        count: 1,
        details: { username: user.username, role: user.role },
      });
      console.log(`Created ${user.role} ${user.username}.`);
    } else {
      fail(`unknown command ${command}`, 2);
    }
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  } finally {
    await cli.close();
  }
}

void main();
