// The service as a user runs it: its own Neo4j JVM, signals, a taken port, an external NEO4J_URI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConnection } from '../support/db.ts';
import {
  isAlive,
  processTree,
  spawnNpm,
  spawnService,
  waitUntil,
  type ProcInfo,
} from '../support/process.ts';

const dirs: string[] = [];
const tempDataDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-svc-'));
  // Share the resolved classpath so each test does not ask Maven again.
  fs.mkdirSync(path.join(d, 'cache'), { recursive: true });
  const cache = path.resolve('.data/cache');
  if (fs.existsSync(cache))
    for (const f of fs.readdirSync(cache)) fs.copyFileSync(path.join(cache, f), path.join(d, 'cache', f));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const jvmPid = (dataDir: string) =>
  (JSON.parse(fs.readFileSync(path.join(dataDir, 'neo4j-runtime.json'), 'utf8')) as { pid: number }).pid;

async function graphqlHealth(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{health{status neo4j{version edition embedded}}}' }),
  });
  return (await res.json()) as {
    data: { health: { status: string; neo4j: { version: string; edition: string; embedded: boolean } } };
  };
}

describe('service lifecycle', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`leaves no Neo4j JVM behind after ${signal}`, async () => {
      const dataDir = tempDataDir();
      const svc = spawnService({ PORT: '0', CRIMEGRAPH_DATA_DIR: dataDir, NEO4J_HEAP: '512m' });
      const listening = await svc.waitFor(/listening/);
      const healthy = await svc.waitFor(/is healthy/);
      expect(healthy.startupMs).toBeGreaterThan(0);
      const health = await graphqlHealth(listening.port as number);
      expect(health.data.health.neo4j).toMatchObject({ edition: 'community', embedded: true });
      const pid = jvmPid(dataDir);
      expect(isAlive(pid)).toBe(true);
      svc.child.kill(signal);
      const code = await svc.exited;
      if (signal === 'SIGTERM') {
        // A graceful stop: jobs, then HTTP, then Neo4j, then exit 0 (not the 40 s forced exit).
        expect(code).toBe(0);
        expect(svc.output()).toMatch(/"msg":"stopped"/);
      }
      expect(await waitUntil(() => !isAlive(pid), 60_000)).toBe(true);
    }, 240_000);
  }

  // `npm start` itself, as Docker, systemd, CI runners (SIGTERM to the process they started) and a
  // terminal's Ctrl-C (SIGINT to the whole foreground process group) stop it. npm runs its script
  // through `sh -c`, which dies on the signal npm forwards and, before the scripts exec'd node, left
  // the service and its JVM running.
  const stops = [
    { name: 'SIGTERM to the npm process', signal: 'SIGTERM', group: false },
    { name: 'SIGINT to the npm process', signal: 'SIGINT', group: false },
    { name: 'SIGINT to its process group (Ctrl-C)', signal: 'SIGINT', group: true },
  ] as const;
  for (const stop of stops) {
    it(`npm start: ${stop.name} stops npm, node and the JVM within the shutdown timeout`, async () => {
      const dataDir = tempDataDir();
      const npm = spawnNpm('start', {
        PORT: '0',
        CRIMEGRAPH_DATA_DIR: dataDir,
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '64m',
        DEMO_SIZE: '50',
      });
      let tree: ProcInfo[] = [];
      try {
        const listening = await npm.waitFor(/listening/, 240_000);
        await npm.waitFor(/is healthy/, 240_000);
        expect((await graphqlHealth(listening.port as number)).data.health.status).toBe('OK');
        tree = processTree(npm.child.pid!);
        const jvm = jvmPid(dataDir);
        // The service's whole tree: npm, node (the shell exec'd it) and the JVM node started.
        expect(tree.map((p) => p.pid)).toContain(jvm);
        expect(tree.find((p) => p.pid === listening.pid)?.cmdline).toMatch(/server\/main\.ts --demo/);
        expect(tree.length).toBeGreaterThanOrEqual(3);

        const signalled = Date.now();
        process.kill(stop.group ? -npm.child.pid! : npm.child.pid!, stop.signal);
        // main.ts forces its exit 40 s after the signal; the JVM stops before that or, at the
        // latest, when node's exit closes its stdin. Generous for a loaded machine, far short of "never".
        const gone = await waitUntil(() => tree.every((p) => !isAlive(p.pid)), 60_000);
        console.log(
          `${stop.name}: ${tree.length} processes gone ${Date.now() - signalled} ms after the signal`,
        );
        const left = tree.filter((p) => isAlive(p.pid)).map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`);
        expect(left, npm.output().slice(-2000)).toEqual([]);
        expect(gone).toBe(true);
        expect(npm.output()).toMatch(new RegExp(`"signal":"${stop.signal}".*"msg":"shutting down"`));
        expect(npm.output()).toMatch(/"msg":"stopped"/);
      } finally {
        for (const p of tree) if (isAlive(p.pid)) process.kill(p.pid, 'SIGKILL');
        if (npm.child.exitCode === null && npm.child.signalCode === null) npm.child.kill('SIGKILL');
      }
    }, 360_000);
  }

  it('npm start: when npm dies outright, node stops itself and its JVM', async () => {
    const dataDir = tempDataDir();
    const npm = spawnNpm('serve', {
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    });
    let tree: ProcInfo[] = [];
    try {
      await npm.waitFor(/is healthy/, 240_000);
      tree = processTree(npm.child.pid!);
      expect(tree.map((p) => p.pid)).toContain(jvmPid(dataDir));
      npm.child.kill('SIGKILL');
      expect(await waitUntil(() => tree.every((p) => !isAlive(p.pid)), 60_000)).toBe(true);
      expect(npm.output()).toMatch(/"signal":"parent-exit".*"msg":"shutting down"/);
    } finally {
      for (const p of tree) if (isAlive(p.pid)) process.kill(p.pid, 'SIGKILL');
    }
  }, 360_000);

  it('refuses a taken port at once with a clear message', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const svc = spawnService({ PORT: String(port), CRIMEGRAPH_DATA_DIR: tempDataDir() });
      const code = await svc.exited;
      expect(code).toBe(1);
      expect(svc.output()).toMatch(new RegExp(`Port ${port} .* already in use`));
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('uses NEO4J_URI when set and starts no JVM of its own', async () => {
    const n = testConnection();
    const dataDir = tempDataDir();
    const svc = spawnService({
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: dataDir,
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
    });
    try {
      const listening = await svc.waitFor(/listening/);
      await svc.waitFor(/is healthy/, 60_000);
      const health = await graphqlHealth(listening.port as number);
      expect(health.data.health.status).toBe('OK');
      expect(health.data.health.neo4j.embedded).toBe(false);
      const children = execFileSync('ps', ['-eo', 'ppid=,comm='], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.trim().split(/\s+/)[0] === String(svc.child.pid));
      expect(children.join('\n')).not.toMatch(/java/);
      expect(fs.existsSync(path.join(dataDir, 'neo4j'))).toBe(false);
    } finally {
      svc.child.kill('SIGTERM');
      expect(await svc.exited).toBe(0);
    }
  }, 120_000);
});
