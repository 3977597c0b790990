// Limits on guessing passwords, checked before any bcrypt work is spent on a sign-in:
// - failures per account (the username given, known or not, so a lock does not reveal whether an
//   account exists), from any address: after `failuresPerAccount` in `lockoutMinutes` the account
//   refuses every sign-in, right password or not, until the window ends;
// - failures per address, over every username: stops one address trying many accounts;
// - sign-ins in flight per address: one address cannot fill the hashing queue (password-hasher.ts)
//   that everyone else's sign-ins wait in.
// Refusals are RATE_LIMITED and say when to retry. The counters live in this process's memory.
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

export interface LoginLimits {
  failuresPerAccount: number;
  failuresPerAddress: number;
  lockoutMinutes: number;
  concurrentPerAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  failuresPerAccount: 10,
  failuresPerAddress: 100,
  lockoutMinutes: 15,
  concurrentPerAddress: 8,
};

const accountKey = (username: string) => `a:${username.trim().toLowerCase().slice(0, 64)}`;
const addressKey = (ip: string) => `i:${ip.slice(0, 64)}`;

export class LoginGuard {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;
  private readonly inFlight = new Map<string, number>();

  constructor(readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const duration = limits.lockoutMinutes * 60;
    this.perAccount = new RateLimiterMemory({ points: limits.failuresPerAccount, duration });
    this.perAddress = new RateLimiterMemory({ points: limits.failuresPerAddress, duration });
  }

  /**
   * Throws RATE_LIMITED when the account or the address is locked, or the address has too many
   * sign-ins being checked; otherwise returns the function that ends this attempt.
   */
  async admit(username: string, ip: string | undefined): Promise<() => void> {
    const [account, address] = await Promise.all([
      this.perAccount.get(accountKey(username)),
      ip === undefined ? null : this.perAddress.get(addressKey(ip)),
    ]);
    if (account && account.consumedPoints >= this.limits.failuresPerAccount)
      throw locked('this account', this.limits.failuresPerAccount, this.limits.lockoutMinutes, account);
    if (address && address.consumedPoints >= this.limits.failuresPerAddress)
      throw locked('your address', this.limits.failuresPerAddress, this.limits.lockoutMinutes, address);
    // In-process callers (CLI, tests) have no address: limited per account only.
    if (ip === undefined) return () => undefined;
    const key = addressKey(ip);
    const n = this.inFlight.get(key) ?? 0;
    if (n >= this.limits.concurrentPerAddress) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many sign-ins at once from your address (at most ${this.limits.concurrentPerAddress}); retry in 1 s.`,
        { retryAfterSeconds: 1 },
      );
    }
    this.inFlight.set(key, n + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    };
  }

  /** Counts a failed sign-in against the account and the address. */
  async failed(username: string, ip: string | undefined): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(accountKey(username)),
      ip === undefined ? null : this.perAddress.penalty(addressKey(ip)),
    ]);
  }

  /** A right password clears the account's failures (not the address's). */
  async succeeded(username: string): Promise<void> {
    await this.perAccount.delete(accountKey(username));
  }
}

function locked(who: string, max: number, minutes: number, res: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const at = new Date(Date.now() + retryAfterSeconds * 1000).toISOString();
  return new AppError(
    'RATE_LIMITED',
    `Sign-in refused: ${max} failed sign-ins for ${who} within ${minutes} minutes; retry after ${at} (in ${retryAfterSeconds} s).`,
    { retryAfterSeconds, retryAt: at },
  );
}
