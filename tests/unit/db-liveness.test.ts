// The liveness guard (server/db/liveness.ts): a call on a server that stopped answering fails with
// DB_UNAVAILABLE within pingAfterMs + pingTimeoutMs; a slow call on a server that answers pings is
// left alone; the guard recovers by itself. With a fake ping, and a Db against a local socket that
// accepts connections and never answers (what a stopped Neo4j does).
import { startSilentServer, type SilentServer } from '../support/silent-server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/db.ts';
import { Liveness } from '../../server/db/liveness.ts';
import { AppError } from '../../server/errors.ts';

const never = () => new Promise<never>(() => {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How a promise ends: its value or error, and after how many ms. */
async function outcome<T>(p: Promise<T>): Promise<{ ms: number; value?: T; code?: string }> {
  const t0 = Date.now();
  try {
    const value = await p;
    return { ms: Date.now() - t0, value };
  } catch (err) {
    return { ms: Date.now() - t0, code: err instanceof AppError ? err.code : String(err) };
  }
}

describe('Liveness', () => {
  it('fails a call waiting on a server that does not answer its ping, and marks it abandoned', async () => {
    let answering = false;
    const liveness = new Liveness(() => (answering ? Promise.resolve() : never()), {
      pingAfterMs: 50,
      pingTimeoutMs: 100,
    });
    let seen: { abandoned: boolean } | undefined;
    const r = await outcome(
      liveness.guard((call) => {
        seen = call;
        return never();
      }),
    );
    expect(r.code).toBe('DB_UNAVAILABLE');
    // pingAfterMs + pingTimeoutMs, with room for a loaded machine's timers.
    expect(r.ms).toBeGreaterThanOrEqual(140);
    expect(r.ms).toBeLessThan(1_000);
    expect(seen?.abandoned).toBe(true);
    expect(liveness.unresponsive).toBe(true);

    // While unresponsive, a new call pings at once: it fails within pingTimeoutMs.
    const next = await outcome(liveness.guard(() => never()));
    expect(next.code).toBe('DB_UNAVAILABLE');
    expect(next.ms).toBeLessThan(1_000);

    // Once the server answers again, calls go through (and end the unresponsive state).
    answering = true;
    expect((await outcome(liveness.guard(async () => 42))).value).toBe(42);
    expect(liveness.unresponsive).toBe(false);
    liveness.close();
  });

  it('leaves a slow call alone while the server answers its pings', async () => {
    const liveness = new Liveness(() => Promise.resolve(), { pingAfterMs: 20, pingTimeoutMs: 50 });
    const r = await outcome(liveness.guard(() => sleep(400).then(() => 'done')));
    expect(r.value).toBe('done');
    expect(liveness.stats.pings).toBeGreaterThanOrEqual(2);
    expect(liveness.stats.unanswered).toBe(0);
    liveness.close();
  });

  it('treats an error the server sends to the ping as an answer, a refused connection as none', async () => {
    let error: unknown = new AppError('BAD_USER_INPUT', 'the server said no');
    const liveness = new Liveness(() => Promise.reject(error), { pingAfterMs: 20, pingTimeoutMs: 50 });
    expect((await outcome(liveness.guard(() => sleep(150).then(() => 1)))).value).toBe(1);
    error = Object.assign(new Error('Failed to connect to server'), { code: 'ServiceUnavailable' });
    expect((await outcome(liveness.guard(() => never()))).code).toBe('DB_UNAVAILABLE');
    liveness.close();
  });

  it('fails calls at once once closed', async () => {
    const liveness = new Liveness(() => Promise.resolve());
    liveness.close();
    const r = await outcome(liveness.guard(async () => 1));
    expect(r.code).toBe('DB_UNAVAILABLE');
  });
});

describe('Db on a server that accepts connections and never answers', () => {
  let silent: SilentServer;
  beforeAll(async () => {
    silent = await startSilentServer();
  });
  afterAll(() => silent.close());

  it('answers every kind of call DB_UNAVAILABLE within about 1.5 × unresponsiveMs', async () => {
    const db = new Db({
      uri: `bolt://127.0.0.1:${silent.port}`,
      user: 'neo4j',
      password: 'x',
      unresponsiveMs: 400,
    });
    try {
      const t0 = Date.now();
      const calls = {
        read: db.read('queries/health/get-components'),
        write: db.write('queries/health/get-components'),
        serverInfo: db.serverInfo(),
        verify: db.verify(),
        autoCommit: db.autoCommit('queries/health/get-components'),
      };
      for (const [name, p] of Object.entries(calls)) {
        const r = await outcome(p as Promise<unknown>);
        expect(r.code, name).toBe('DB_UNAVAILABLE');
      }
      // 600 ms expected (200 ms before the ping, 400 ms for it); the driver's own limit
      // (connectionAcquisitionTimeout) is 5,000 ms.
      expect(Date.now() - t0).toBeLessThan(2_500);
      const again = await outcome(db.read('queries/health/get-components'));
      expect(again.code).toBe('DB_UNAVAILABLE');
      expect(again.ms).toBeLessThan(2_500);
    } finally {
      void db.close();
    }
  });
});
