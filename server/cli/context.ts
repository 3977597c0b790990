// Shared start-up for command-line tools: config, the database (external, the running embedded
// one, or a new embedded one), migrations, and the caller's identity for permission checks.
import { requirePermission, type Permission } from '../auth/permissions.ts';
import type { Principal } from '../auth/types.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { connect, type Connection } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { Services } from '../services.ts';

export interface CliContext {
  config: Config;
  services: Services;
  connection: Connection;
  close(): Promise<void>;
}

export async function openCli(opts: { quiet?: boolean } = {}): Promise<CliContext> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const say = (m: string) => {
    if (!opts.quiet) process.stderr.write(`${m}\n`);
  };
  const connection = await connect(config, { onProgress: say });
  await connection.db.verify();
  const { schemaVersion } = await migrate(connection.db, { log: say });
  const services = new Services(config, createLogger(process.env.LOG_LEVEL ?? 'warn', 'crimegraph-cli'));
  const info = await connection.db.serverInfo();
  services.attachDb(connection.db, { ...info, embedded: connection.embedded }, schemaVersion);
  return {
    config,
    services,
    connection,
    close: async () => {
      await services.shutdown();
      await services.closeAudit();
      await connection.close();
    },
  };
}

/**
 * The CLI caller: CRIMEGRAPH_TOKEN (an API or session token), or CRIMEGRAPH_USER and
 * CRIMEGRAPH_PASSWORD. Fails unless that account has the permission.
 */
export async function cliPrincipal(services: Services, permission: Permission): Promise<Principal> {
  const env = process.env;
  let principal: Principal | null = null;
  if (env.CRIMEGRAPH_TOKEN) {
    principal = await services.accounts().verify(env.CRIMEGRAPH_TOKEN);
    if (!principal) fail('CRIMEGRAPH_TOKEN is not a valid, unexpired token.');
  } else if (env.CRIMEGRAPH_USER && env.CRIMEGRAPH_PASSWORD) {
    const session = await services.accounts().login(env.CRIMEGRAPH_USER, env.CRIMEGRAPH_PASSWORD);
    principal = {
      userId: session.user.id,
      username: session.user.username,
      role: session.user.role,
      via: 'cli',
    };
  } else {
    fail(
      'This command needs an account: set CRIMEGRAPH_TOKEN (see createApiToken), or CRIMEGRAPH_USER and ' +
        'CRIMEGRAPH_PASSWORD. Create the first admin with: npm run admin -- create-admin <username>',
    );
  }
  try {
    return requirePermission(principal, permission);
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  }
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
