// The password-hashing pool (server/auth/password-hasher.ts): bcrypt in worker threads, a bounded
// queue that refuses at once, and an event loop that stays free while it works.
import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { PasswordHasher } from '../../server/auth/password-hasher.ts';
import { AppError } from '../../server/errors.ts';

let hasher: PasswordHasher | undefined;
afterEach(async () => {
  await hasher?.close();
  hasher = undefined;
});

describe('password hasher', () => {
  it('hashes and compares like bcryptjs', async () => {
    hasher = new PasswordHasher({ workers: 2 });
    const hash = await hasher.hash('a long passphrase', 4);
    expect(bcrypt.getRounds(hash)).toBe(4);
    expect(await bcrypt.compare('a long passphrase', hash)).toBe(true);
    expect(await hasher.compare('a long passphrase', hash)).toBe(true);
    expect(await hasher.compare('another one', hash)).toBe(false);
    await expect(hasher.hash('x', 'x' as unknown as number)).rejects.toThrow(
      /password hashing failed: Invalid salt/,
    );
    // The pool still works after a job failed.
    expect(await hasher.compare('a long passphrase', hash)).toBe(true);
  });

  it('refuses with RATE_LIMITED at once when its queue is full, and runs the rest', async () => {
    hasher = new PasswordHasher({ workers: 1, queue: 2 });
    const hash = bcrypt.hashSync('x', 8);
    const jobs = Array.from({ length: 6 }, () =>
      hasher!.compare('x', hash).then(
        (ok) => ok,
        (e: unknown) => e,
      ),
    );
    const results = await Promise.all(jobs);
    expect(results.slice(0, 3)).toEqual([true, true, true]);
    for (const r of results.slice(3)) {
      expect(r).toBeInstanceOf(AppError);
      expect((r as AppError).code).toBe('RATE_LIMITED');
    }
    expect(hasher.stats.refused).toBe(3);
  });

  it('keeps the event loop free while it hashes', async () => {
    hasher = new PasswordHasher({ workers: 1, queue: 100 });
    const hash = bcrypt.hashSync('x', 10);
    await hasher.compare('x', hash); // the thread started
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => hasher!.compare('x', hash)));
    clearInterval(timer);
    const possible = (performance.now() - started) / 5;
    // 8 compares at cost 10 take ~0.5-1 s of a thread's CPU. On the main thread the 5 ms timer
    // could fire only between compares (8 times); here it fires most of the time it could. A
    // third of that is generous for a loaded 2-core machine and far above 8.
    expect(possible).toBeGreaterThan(60);
    expect(ticks).toBeGreaterThan(possible / 3);
  });
});
