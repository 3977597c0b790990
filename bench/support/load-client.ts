// The concurrent clients of a load benchmark, in a process of their own so that the service under
// test does not share its event loop with its callers (as it would not in use). The parent sends
// one job per phase; the child runs it with the given number of concurrent clients and answers
// with the sorted latencies and the CPU time the clients themselves used.
//
// Three kinds of client: `graphql` POSTs a query to the service; `driver` runs the same statements
// straight through neo4j-driver (the reference a GraphQL round trip is compared with); `db` runs
// them through the service's database layer.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Db } from '../../server/db/db.ts';
import { tuneV8 } from '../../server/v8-tuning.ts';

export type ClientJob =
  | {
      kind: 'graphql';
      url: string;
      token: string;
      query: string;
      /** Request i sends variables[i % length]. */
      variables: Array<Record<string, unknown>>;
      total: number;
      clients: number;
    }
  | {
      kind: 'driver' | 'db';
      neo4j: { uri: string; user: string; password: string };
      /**
       * Request i calls `module`'s export `fn(conn, ...args[i % length])`, which runs its
       * statements; `conn` is a neo4j-driver Driver (kind `driver`) or the service's Db (`db`).
       */
      module: string;
      fn: string;
      args: unknown[][];
      total: number;
      clients: number;
    };

export interface ClientResult {
  /** Latency of each request in ms, sorted ascending. */
  latencies: number[];
  wallMs: number;
  /** CPU time (user + system) of the client process during the run. */
  clientCpuMs: number;
  errors: number;
  firstError: string | null;
}

async function runJob(job: ClientJob): Promise<ClientResult> {
  let errors = 0;
  let firstError: string | null = null;
  const fail = (message: string) => {
    errors += 1;
    firstError ??= message;
  };
  let op: (i: number) => Promise<void>;
  let close: (() => Promise<void>) | undefined;
  if (job.kind === 'graphql') {
    // node:http with keep-alive: a lighter client than fetch, so the clients' CPU is not
    // mistaken for the service's on a machine they share.
    const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients });
    const url = new URL(job.url);
    op = (i) =>
      new Promise<void>((resolve) => {
        const body = JSON.stringify({ query: job.query, variables: job.variables[i % job.variables.length] });
        const req = http.request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              authorization: `Bearer ${job.token}`,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              try {
                const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                  errors?: Array<{ message: string }>;
                };
                if (parsed.errors) fail(parsed.errors[0]!.message);
                else if (res.statusCode !== 200) fail(`HTTP ${res.statusCode}`);
              } catch (err) {
                fail(`unreadable answer: ${String(err)}`);
              }
              resolve();
            });
          },
        );
        req.on('error', (err) => {
          fail(err.message);
          resolve();
        });
        req.end(body);
      });
  } else {
    let conn: Driver | Db;
    if (job.kind === 'driver') {
      const driver = neo4j.driver(job.neo4j.uri, neo4j.auth.basic(job.neo4j.user, job.neo4j.password), {
        disableLosslessIntegers: true, // as the service's
      });
      conn = driver;
      close = () => driver.close();
    } else {
      const { Db } = await import('../../server/db/db.ts');
      const db = new Db({ ...job.neo4j, txTimeoutMs: 60_000 });
      conn = db;
      close = () => db.close();
    }
    const mod = (await import(job.module)) as Record<
      string,
      (conn: Driver | Db, ...args: unknown[]) => Promise<void>
    >;
    const fn = mod[job.fn];
    if (typeof fn !== 'function') throw new Error(`${job.module} exports no function ${job.fn}`);
    op = (i) =>
      fn(conn, ...job.args[i % job.args.length]!).catch((err) => fail(String((err as Error).message)));
  }
  const latencies: number[] = [];
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: job.clients }, async () => {
      while (next < job.total) {
        const i = next++;
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await close?.();
  return {
    latencies: latencies.sort((a, b) => a - b),
    wallMs,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
    errors,
    firstError,
  };
}

/** A client process; run(job) may be called repeatedly, one job at a time. */
export class LoadClients {
  private readonly child: ChildProcess;

  constructor() {
    this.child = fork(fileURLToPath(import.meta.url), ['--load-client'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  run(job: ClientJob): Promise<ClientResult> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load client exited with ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: { result?: ClientResult; error?: string }) => {
        this.child.off('exit', onExit);
        if (m.error) reject(new Error(m.error));
        else resolve(m.result!);
      });
      this.child.send(job);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

if (process.argv.includes('--load-client')) {
  // The same V8 settings as the service's process, for every kind of client alike.
  tuneV8();
  process.on('message', (job: ClientJob) => {
    runJob(job).then(
      (result) => process.send!({ result }),
      (err: unknown) => process.send!({ error: String((err as Error)?.stack ?? err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
