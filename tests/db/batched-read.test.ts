// Concurrent requests for a batched read statement are merged (server/db/batched-read.ts): each
// caller gets its own answer, a lone request goes out alone at once, requests that queue behind
// the statements in flight share the next one, requests with different shared parameters never
// share one, and a request that makes its batch fail fails alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchedRead } from '../../server/db/batched-read.ts';
import type { Db } from '../../server/db/db.ts';
import { openTestDb } from '../support/db.ts';

const DIVIDE = 'tests/graph/batched-divide';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const answerOf = (rows: Array<Record<string, unknown>>) => rows.map((r) => r.y);

describe('batched reads', () => {
  it('sends a lone request at once, as a batch of one', async () => {
    const batcher = new BatchedRead(db, DIVIDE, { maxInFlight: 2, maxBatch: 16 });
    expect(answerOf(await batcher.run({ x: 4 }, { by: 100 }, 5_000))).toEqual([25]);
    expect(batcher.stats).toEqual({ statements: 1, requests: 1 });
  });

  it('merges the requests that queue behind the statements in flight, each with its own answer', async () => {
    const batcher = new BatchedRead(db, DIVIDE, { maxInFlight: 1, maxBatch: 16 });
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    const answers = await Promise.all(xs.map((x) => batcher.run({ x }, { by: 360 }, 5_000)));
    // Integer division, as Cypher divides integers.
    expect(answers.map(answerOf)).toEqual(xs.map((x) => [Math.trunc(360 / x)]));
    // The first goes alone; the other 19 queue behind it and go as 16 + 3.
    expect(batcher.stats).toEqual({ statements: 3, requests: 20 });
  });

  it('never puts requests with different shared parameters in one statement', async () => {
    const batcher = new BatchedRead(db, DIVIDE, { maxInFlight: 1, maxBatch: 16 });
    const asked = [
      [1, 10],
      [2, 10],
      [1, 100],
      [2, 100],
      [5, 10],
    ] as const;
    const answers = await Promise.all(asked.map(([x, by]) => batcher.run({ x }, { by }, 5_000)));
    expect(answers.map(answerOf)).toEqual(asked.map(([x, by]) => [by / x]));
    // The first alone, then one statement per value of `by` among the four that queued.
    expect(batcher.stats.statements).toBe(3);
  });

  it('fails only the request that makes its batch fail; the others get their answers', async () => {
    const batcher = new BatchedRead(db, DIVIDE, { maxInFlight: 1, maxBatch: 16 });
    const xs = [1, 2, 0, 4, 5];
    const settled = await Promise.allSettled(xs.map((x) => batcher.run({ x }, { by: 20 }, 5_000)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? answerOf(s.value) : 'failed'))).toEqual([
      [20],
      [10],
      'failed',
      [5],
      [4],
    ]);
    const failed = settled[2] as PromiseRejectedResult;
    expect(String((failed.reason as Error).message)).toMatch(/zero/i);
    // One alone, the batch of four that failed, then the four again one at a time.
    expect(batcher.stats).toEqual({ statements: 6, requests: 9 });
  });
});
