// Sign-in limits (server/auth/login-guard.ts): per account, per address, in flight per address.
import { describe, expect, it } from 'vitest';
import { LoginGuard } from '../../server/auth/login-guard.ts';
import { AppError } from '../../server/errors.ts';

const limits = { failuresPerAccount: 3, failuresPerAddress: 5, lockoutMinutes: 15, concurrentPerAddress: 2 };

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('login guard', () => {
  it('locks an account after its failures from any address, and says when to retry', async () => {
    const guard = new LoginGuard(limits);
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      (await guard.admit('wang.wei', ip))();
      await guard.failed('wang.wei', ip);
    }
    const err = await refusal(guard.admit('wang.wei', '10.0.0.9'));
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.message).toMatch(
      /3 failed sign-ins for this account within 15 minutes; retry after \S+Z \(in \d+ s\)/,
    );
    expect(Number(err.details?.retryAfterSeconds)).toBeGreaterThan(800);
    // Case and spaces do not make a new account to guess at.
    expect((await refusal(guard.admit(' Wang.Wei', '10.0.0.9'))).code).toBe('RATE_LIMITED');
    // Another account from the same addresses is not locked; in-process callers are limited too.
    (await guard.admit('li.na', '10.0.0.1'))();
    expect((await refusal(guard.admit('wang.wei', undefined))).code).toBe('RATE_LIMITED');
  });

  it('clears an account’s failures on success, not its address’s', async () => {
    const guard = new LoginGuard(limits);
    await guard.failed('wang.wei', '10.0.0.1');
    await guard.failed('wang.wei', '10.0.0.1');
    await guard.succeeded('wang.wei');
    await guard.failed('wang.wei', '10.0.0.1');
    await guard.failed('wang.wei', '10.0.0.1');
    (await guard.admit('wang.wei', '10.0.0.2'))();
    await guard.failed('li.na', '10.0.0.1');
    expect((await refusal(guard.admit('zhao.lei', '10.0.0.1'))).message).toMatch(/for your address/);
  });

  it('locks an address that fails across many accounts', async () => {
    const guard = new LoginGuard(limits);
    for (let i = 0; i < 5; i++) await guard.failed(`user${i}`, '10.0.0.1');
    expect((await refusal(guard.admit('someone.else', '10.0.0.1'))).code).toBe('RATE_LIMITED');
    (await guard.admit('someone.else', '10.0.0.2'))();
  });

  it('lets an address have only so many sign-ins in flight', async () => {
    const guard = new LoginGuard(limits);
    const a = await guard.admit('u1', '10.0.0.1');
    const b = await guard.admit('u2', '10.0.0.1');
    expect((await refusal(guard.admit('u3', '10.0.0.1'))).message).toMatch(/at once from your address/);
    (await guard.admit('u3', '10.0.0.2'))();
    a();
    a(); // releasing twice frees one place only
    (await guard.admit('u3', '10.0.0.1'))();
    expect(
      (await refusal(Promise.all([guard.admit('u4', '10.0.0.1'), guard.admit('u5', '10.0.0.1')]))).code,
    ).toBe('RATE_LIMITED');
    b();
  });
});
