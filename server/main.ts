// Composition root: config → HTTP (listening at once) → Neo4j → migrations → demo data.
// Closes everything it opened on SIGTERM/SIGINT; the embedded JVM also dies on its own if this
// process is killed outright (see neo4j/Launcher.java).
//
// Stops, however the service was started: `npm start`/`npm run serve` exec this process in place of
// npm's `sh -c` (package.json), so the signal npm forwards to its script reaches us and not a shell
// that would die and leave us running. When npm ran us and then goes away (killed outright, or a
// shell in between died), we are reparented: we notice within a second and stop as on SIGTERM.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { connect, type Connection } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { backfillSearchForms } from './features/search/backfill.ts';
import { createHttpApp } from './http.ts';
import { createLogger, type Logger } from './logger.ts';
import { Services } from './services.ts';
import { afterStart } from './startup.ts';
import { tuneV8 } from './v8-tuning.ts';

tuneV8();

async function main(): Promise<void> {
  const t0 = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const services = new Services(config, logger);
  const demo = process.argv.includes('--demo');

  const http = await createHttpApp(services);
  let port: number;
  try {
    port = await http.listen(config.port, config.host);
  } catch (err) {
    logger.fatal((err as Error).message);
    process.exit(1);
  }
  logger.info(
    { port, host: config.host },
    `Crimegraph listening on http://${config.host}:${port}/ (GraphQL at /graphql)`,
  );

  let connection: Connection | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 40_000);
    force.unref();
    await services.shutdown().catch((err: unknown) => logger.error({ err }, 'stopping jobs failed'));
    logger.info('jobs and background work stopped');
    await http.close().catch((err: unknown) => logger.error({ err }, 'closing HTTP failed'));
    logger.info('HTTP server closed');
    await services
      .closeAudit()
      .catch((err: unknown) => logger.error({ err }, 'closing the audit spool failed'));
    await connection?.close().catch((err: unknown) => logger.error({ err }, 'closing Neo4j failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  watchLauncher(() => void shutdown('parent-exit'));

  try {
    connection = await connectWithRetry(config, logger, () => stopping);
    if (stopping) return;
    const { applied, schemaVersion } = await migrate(connection.db, { log: (m) => logger.info(m) });
    await backfillSearchForms(connection.db, { log: (m) => logger.info(m) });
    const info = await connection.db.serverInfo();
    services.attachDb(connection.db, { ...info, embedded: connection.embedded }, schemaVersion);
    logger.info(
      { neo4j: info, embedded: connection.embedded, schemaVersion, migrationsApplied: applied.length },
      `connected to Neo4j ${info.version} ${info.edition} at ${info.address}`,
    );
    await afterStart(services, { demo });
    const ms = Date.now() - t0;
    logger.info({ startupMs: ms }, `Crimegraph is healthy ${(ms / 1000).toFixed(1)} s after start`);
    // If the embedded Neo4j dies (OOM, kill -9), start it again on the same store and attach the
    // new connection; requests meanwhile answer DB_UNAVAILABLE. Give up after repeated crashes.
    const crashes: number[] = [];
    const watch = (conn: Connection) => {
      conn.child?.child.on('exit', (code) => {
        if (stopping) return;
        crashes.push(Date.now());
        const recent = crashes.filter((t) => t > Date.now() - 10 * 60_000).length;
        if (recent > 3) {
          logger.fatal({ code, recent }, 'the embedded Neo4j keeps exiting; stopping');
          void shutdown('neo4j-exit').then(() => process.exit(1));
          return;
        }
        logger.error({ code }, 'the embedded Neo4j exited unexpectedly; restarting it');
        void (async () => {
          await conn.db.close().catch(() => {});
          try {
            const next = await connectWithRetry(config, logger, () => stopping);
            if (stopping) return void (await next.close());
            const migrated = await migrate(next.db, { log: (m) => logger.info(m) });
            const nextInfo = await next.db.serverInfo();
            services.attachDb(next.db, { ...nextInfo, embedded: true }, migrated.schemaVersion);
            connection = next;
            watch(next);
            logger.info({ neo4j: nextInfo }, `the embedded Neo4j restarted at ${nextInfo.address}`);
          } catch (err) {
            logger.fatal({ err }, `could not restart the embedded Neo4j: ${(err as Error).message}`);
            void shutdown('neo4j-exit').then(() => process.exit(1));
          }
        })();
      });
    };
    watch(connection);
  } catch (err) {
    logger.fatal({ err }, (err as Error).message);
    await http.close().catch(() => {});
    await connection?.close().catch(() => {});
    process.exit(1);
  }
}

/**
 * When npm ran this process as its `start` or `serve` script, our lifetime is npm's: once the parent
 * we started under is gone (we have been reparented), stop. A service started directly
 * (`node server/main.ts &`, nohup, a process manager) is left alone.
 */
function watchLauncher(stop: () => void): void {
  const script = process.env.npm_lifecycle_event;
  if (script !== 'start' && script !== 'serve') return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, 1_000);
  timer.unref();
}

/** An external Neo4j may not be up yet: keep trying (the HTTP server reports STARTING meanwhile). */
async function connectWithRetry(config: Config, logger: Logger, stopped: () => boolean): Promise<Connection> {
  const progress = (m: string) => logger.info(m);
  for (let attempt = 1; ; attempt++) {
    const connection = await connect(config, { onProgress: progress, onWarning: (m) => logger.warn(m) });
    try {
      await connection.db.verify();
      return connection;
    } catch (err) {
      await connection.close();
      if (!config.neo4j.uri) throw err;
      if (stopped()) throw err;
      const wait = Math.min(10_000, 500 * attempt);
      logger.warn(
        { attempt, err: (err as Error).message },
        `Neo4j at ${config.neo4j.uri} is not reachable; retrying in ${wait} ms`,
      );
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

void main();
