// A batched read whose statement fails because the database is unavailable fails every request of
// the batch at once (server/db/batched-read.ts), instead of sending each again alone: during an
// outage that made every merged request wait out the outage a second time.
import { describe, expect, it } from 'vitest';
import { BatchedRead } from '../../server/db/batched-read.ts';
import type { Db, Params } from '../../server/db/db.ts';
import { AppError } from '../../server/errors.ts';

/** A Db whose read() fails with `error` after `ms`, counting the statements it was sent. */
function failingDb(error: unknown, ms: number) {
  const sent: Params[] = [];
  const db = {
    read: (_name: string, params: Params) => {
      sent.push(params);
      return new Promise((_, reject) => setTimeout(() => reject(error), ms));
    },
  } as unknown as Db;
  return { db, sent };
}

describe('batched reads during an outage', () => {
  it('fails the whole batch with DB_UNAVAILABLE, sending it once', async () => {
    const { db, sent } = failingDb(new AppError('DB_UNAVAILABLE', 'down'), 20);
    const batcher = new BatchedRead(db, 'tests/graph/batched-divide', { maxInFlight: 1 });
    const settled = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((x) => batcher.run({ x }, { by: 1 }, 5_000)),
    );
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as AppError).code : 'ok'))).toEqual(
      Array(5).fill('DB_UNAVAILABLE'),
    );
    // The first alone, the four that queued behind it as one; none again one by one.
    expect(sent.length).toBe(2);
  });

  it('still sends a batch that failed otherwise again one request at a time', async () => {
    const { db, sent } = failingDb(new AppError('BAD_USER_INPUT', 'no'), 20);
    const batcher = new BatchedRead(db, 'tests/graph/batched-divide', { maxInFlight: 1 });
    await Promise.allSettled([1, 2, 3].map((x) => batcher.run({ x }, { by: 1 }, 5_000)));
    // The first alone, then the two queued as one, then each of those two alone.
    expect(sent.length).toBe(4);
  });
});
