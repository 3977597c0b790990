// npm run db:start | db:stop | db:status — a standalone local Neo4j on the data directory, which
// `npm start`, `npm run ingest` and the other commands then use instead of starting their own.
import { loadConfig } from '../server/config.ts';
import { cacheDir, clearRuntime, connect, readRuntime } from '../server/db/connect.ts';
import { resolveClasspath } from './provision.ts';

async function main(): Promise<void> {
  const command = process.argv[2];
  const config = loadConfig();
  if (config.neo4j.uri) {
    console.log(
      `NEO4J_URI is set (${config.neo4j.uri}): Crimegraph uses that server and manages none of its own.`,
    );
    return;
  }
  const running = readRuntime(config);
  switch (command) {
    case 'resolve': {
      // Downloads Neo4j's artifacts (CI and first-time setup) without starting anything.
      await resolveClasspath(cacheDir(config), (m) => console.log(m));
      console.log('Neo4j artifacts are resolved; later starts work offline.');
      break;
    }
    case 'start': {
      if (running) {
        console.log(`Neo4j ${running.version} is already running at ${running.uri} (pid ${running.pid}).`);
        return;
      }
      const conn = await connect(config, { detached: true, onProgress: (m) => console.log(m) });
      const info = await conn.db.serverInfo();
      await conn.db.close();
      console.log(
        `Neo4j ${info.version} ${info.edition} running at bolt://${info.address} (pid ${conn.child?.pid}).`,
      );
      console.log(`Store: ${config.dataDir}/neo4j. Stop it with: npm run db:stop`);
      process.exit(0);
      break;
    }
    case 'stop': {
      if (!running) {
        console.log('No Crimegraph-managed Neo4j is running for this data directory.');
        return;
      }
      process.kill(running.pid, 'SIGTERM');
      const end = Date.now() + 60_000;
      while (Date.now() < end && readRuntime(config)) await new Promise((r) => setTimeout(r, 250));
      if (readRuntime(config)) {
        process.kill(running.pid, 'SIGKILL');
      }
      clearRuntime(config, running.pid);
      console.log(`Stopped Neo4j (pid ${running.pid}).`);
      break;
    }
    case 'status':
      console.log(
        running ? `running: ${running.uri} (pid ${running.pid}, Neo4j ${running.version})` : 'not running',
      );
      break;
    default:
      console.error('usage: tsx neo4j/cli.ts start|stop|status|resolve');
      process.exit(2);
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
