// User accounts, login sessions (HMAC-signed tokens with expiry) and API tokens for scripts.
// Passwords are hashed with bcrypt in worker threads (password-hasher.ts), pre-hashed so that
// every byte counts (passwords.ts); sign-ins are limited per account and per address before any
// hashing (login-guard.ts). API tokens are stored only as SHA-256 hashes and always expire.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/db.ts';
import { AppError, badInput } from '../errors.ts';
import { DEFAULT_LOGIN_LIMITS, LoginGuard, type LoginLimits } from './login-guard.ts';
import { PasswordHasher, type PasswordHasherOptions } from './password-hasher.ts';
import { bcryptInput, passwordProblems, PREHASHED, prehash } from './passwords.ts';
import { ROLES, type Principal, type Role } from './types.ts';

export interface User {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
}

/** An API token as its owner and admins see it: never its secret. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: number;
  /** When it stops working (tokens made before expiry was required: createdAt + the maximum). */
  expiresAt: number;
  lastUsedAt: number | null;
  user: User;
}

export interface AccountsOptions {
  sessionTtlHours: number;
  authSecret?: string | undefined;
  login?: LoginLimits | undefined;
  hashing?: PasswordHasherOptions | undefined;
  apiTokens?: { defaultDays: number; maxDays: number } | undefined;
}

const SESSION_PREFIX = 'cg1';
const API_TOKEN_PREFIX = 'cgt_';
/** Exactly what sign() makes: the prefix, a base64url body and a 32-byte base64url MAC. */
const SESSION_TOKEN = /^cg1\.([A-Za-z0-9_-]{1,2048})\.([A-Za-z0-9_-]{43})$/;
/** Exactly what createApiToken makes: the prefix and 24 random bytes in base64url. */
const API_TOKEN = /^cgt_[A-Za-z0-9_-]{32}$/;
const BCRYPT_ROUNDS = 10;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** Longer than any password createUser ever accepted; longer ones are refused unhashed. */
const MAX_LOGIN_PASSWORD = 1024;
/**
 * Compared against when the username is unknown, so that an unknown name costs the same bcrypt
 * work (same scheme, same cost) as a known one and timing does not tell which names exist.
 */
const DUMMY_HASH = `${PREHASHED}$2b$${BCRYPT_ROUNDS}$Bs5g3TaJa6I0iwXBZNc/OOgFfFv..hbcQsHNkRzqgt8FX62lMcIC.`;
/** How long a verified token is trusted without asking Neo4j (revocation and disabling wait at most this). */
export const TOKEN_CACHE_MS = 5_000;
const DAY_MS = 86_400_000;

export class Accounts {
  private secret: Buffer | undefined;
  private readonly tokenCache = new Map<string, { principal: Principal | null; until: number }>();
  readonly hasher: PasswordHasher;
  readonly guard: LoginGuard;
  private readonly tokenDays: { defaultDays: number; maxDays: number };

  constructor(
    private db: Db,
    private readonly opts: AccountsOptions,
  ) {
    this.hasher = new PasswordHasher(opts.hashing);
    this.guard = new LoginGuard(opts.login ?? DEFAULT_LOGIN_LIMITS);
    this.tokenDays = opts.apiTokens ?? { defaultDays: 90, maxDays: 365 };
  }

  /** After the database restarted: the same accounts service (its limits and threads) on the new pool. */
  useDb(db: Db): void {
    this.db = db;
    this.tokenCache.clear();
  }

  /** Ends the hashing threads. */
  close(): Promise<void> {
    return this.hasher.close();
  }

  private async signingKey(): Promise<Buffer> {
    if (this.secret) return this.secret;
    if (this.opts.authSecret) {
      this.secret = Buffer.from(this.opts.authSecret);
    } else {
      // Shared through Neo4j, so every instance of the service accepts the same sessions.
      const rows = await this.db.write('queries/auth/get-or-create-secret', {
        name: 'session-signing',
        value: randomBytes(32).toString('base64'),
      });
      this.secret = Buffer.from(String(rows[0]?.value), 'base64');
    }
    return this.secret;
  }

  /**
   * Creates an account. The password must be strong enough (passwords.ts) unless `demo` is set:
   * only the demo seeding of `npm start --demo` passes it, for its published demo password.
   */
  async createUser(
    username: string,
    password: string,
    role: string,
    opts: { demo?: boolean } = {},
  ): Promise<User> {
    const problems: string[] = [];
    if (!USERNAME.test(username))
      problems.push('username: expected 2-64 characters a-z, 0-9, ".", "_" or "-"');
    if (!opts.demo) problems.push(...passwordProblems(password, username));
    if (!(ROLES as readonly string[]).includes(role))
      problems.push(`role: expected one of ${ROLES.join(', ')}`);
    if (problems.length) throw badInput(`Cannot create user: ${problems.join('; ')}.`, { problems });
    const passwordHash = await this.hashPassword(password);
    try {
      const rows = await this.db.write('queries/auth/create-user', {
        id: randomUUID(),
        username,
        passwordHash,
        role,
        now: Date.now(),
      });
      return rows[0] as unknown as User;
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') {
        throw new AppError('CONFLICT', `A user named ${username} already exists.`);
      }
      throw err;
    }
  }

  private async hashPassword(password: string): Promise<string> {
    return PREHASHED + (await this.hasher.hash(prehash(password), BCRYPT_ROUNDS));
  }

  async countUsers(): Promise<number> {
    const rows = await this.db.read('queries/auth/count-users');
    return Number(rows[0]?.count ?? 0);
  }

  async listUsers(skip: number, limit: number): Promise<User[]> {
    return (await this.db.read('queries/auth/list-users', { skip, limit })) as unknown as User[];
  }

  async setDisabled(id: string, disabled: boolean): Promise<User> {
    const rows = await this.db.write('queries/auth/set-user-disabled', { id, disabled });
    if (!rows[0]) throw new AppError('NOT_FOUND', `No user with id ${id}.`);
    this.tokenCache.clear();
    return rows[0] as unknown as User;
  }

  /**
   * Checks a password and returns a signed session token. The same error for every wrong
   * username, password or disabled account; RATE_LIMITED (with when to retry) while the account
   * or the address is locked. `ip` is the caller's address; in-process callers (CLI) pass none
   * and are limited per account only.
   */
  async login(
    username: string,
    password: string,
    ip?: string,
  ): Promise<{ token: string; expiresAt: number; user: User }> {
    const release = await this.guard.admit(username, ip);
    try {
      const wellFormed = USERNAME.test(username) && password.length <= MAX_LOGIN_PASSWORD;
      const row = wellFormed
        ? (await this.db.read('queries/auth/get-user-by-username', { username }))[0]
        : undefined;
      const stored = typeof row?.passwordHash === 'string' ? row.passwordHash : DUMMY_HASH;
      const { input, hash } = bcryptInput(password, stored);
      const ok = wellFormed && (await this.hasher.compare(input, hash));
      if (!row || !ok || row.disabled === true) {
        await this.guard.failed(username, ip);
        throw new AppError('UNAUTHENTICATED', 'Wrong username or password.');
      }
      await this.guard.succeeded(username);
      if (!stored.startsWith(PREHASHED)) await this.upgradeHash(String(row.id), stored, password);
      const expiresAt = Date.now() + this.opts.sessionTtlHours * 3_600_000;
      const token = await this.sign({
        sub: String(row.id),
        usr: String(row.username),
        role: row.role as Role,
        exp: expiresAt,
      });
      const user = (await this.db.read('queries/auth/get-user-by-id', { id: row.id }))[0] as unknown as User;
      return { token, expiresAt, user };
    } finally {
      release();
    }
  }

  /** A hash from before pre-hashing, re-made under the current scheme once its password is known. */
  private async upgradeHash(id: string, old: string, password: string): Promise<void> {
    try {
      const passwordHash = await this.hashPassword(password);
      await this.db.write('queries/auth/set-user-password-hash', { id, old, passwordHash });
    } catch {
      // The old hash keeps working; the next sign-in tries again.
    }
  }

  async createApiToken(
    userId: string,
    name: string,
    expiresInDays?: number,
  ): Promise<{ token: string; id: string; expiresAt: number }> {
    const { defaultDays, maxDays } = this.tokenDays;
    const problems: string[] = [];
    if (!name.trim() || name.length > 100) problems.push('name: expected 1-100 characters');
    const days = expiresInDays ?? defaultDays;
    if (!Number.isInteger(days) || days < 1 || days > maxDays)
      problems.push(
        `expiresInDays: expected a whole number of days from 1 to ${maxDays} (API_TOKEN_MAX_DAYS); leave it out for ${defaultDays}`,
      );
    if (problems.length) throw badInput(`Cannot create API token: ${problems.join('; ')}.`, { problems });
    const token = API_TOKEN_PREFIX + randomBytes(24).toString('base64url');
    const id = randomUUID();
    const now = Date.now();
    const expiresAt = now + days * DAY_MS;
    const rows = await this.db.write('queries/auth/create-api-token', {
      userId,
      id,
      name,
      hash: sha256(token),
      now,
      expiresAt,
    });
    if (!rows[0]) throw new AppError('NOT_FOUND', `No user with id ${userId}.`);
    return { token, id, expiresAt };
  }

  /** API tokens, newest first: one user's, or everyone's when `userId` is null. */
  async listApiTokens(userId: string | null, skip: number, limit: number): Promise<ApiTokenInfo[]> {
    const rows = await this.db.read('queries/auth/list-api-tokens', { userId, skip, limit });
    return rows.map((r) => this.tokenInfo(r));
  }

  /**
   * Revokes an API token at once: deleted in Neo4j and dropped from this process's cache (other
   * processes stop trusting it within TOKEN_CACHE_MS). `ownerId` limits it to that user's tokens;
   * null (admins) revokes anyone's. Someone else's token is NOT_FOUND, as a missing one is.
   */
  async revokeApiToken(id: string, ownerId: string | null): Promise<ApiTokenInfo> {
    const row = (await this.db.write('queries/auth/revoke-api-token', { id, userId: ownerId }))[0];
    if (!row) throw new AppError('NOT_FOUND', `No API token with id ${id} that you may revoke.`);
    this.tokenCache.delete(String(row.hash));
    return this.tokenInfo(row);
  }

  private tokenInfo(r: Record<string, unknown>): ApiTokenInfo {
    return {
      id: String(r.id),
      name: String(r.name),
      createdAt: Number(r.createdAt),
      expiresAt: this.effectiveExpiry(r.expiresAt, r.createdAt),
      lastUsedAt: typeof r.lastUsedAt === 'number' ? r.lastUsedAt : null,
      user: {
        id: String(r.userId),
        username: String(r.username),
        role: r.role as Role,
        disabled: r.disabled === true,
        createdAt: Number(r.userCreatedAt),
      },
    };
  }

  /** A token stored without an expiry (made before one was required) lives at most the maximum. */
  private effectiveExpiry(expiresAt: unknown, createdAt: unknown): number {
    if (typeof expiresAt === 'number') return expiresAt;
    return (typeof createdAt === 'number' ? createdAt : 0) + this.tokenDays.maxDays * DAY_MS;
  }

  /** Resolves a bearer token (session or API token) to a principal, or null when it is not valid. */
  async verify(token: string): Promise<Principal | null> {
    if (token.startsWith(`${SESSION_PREFIX}.`)) return this.verifySession(token);
    if (token.startsWith(API_TOKEN_PREFIX)) return this.verifyApiToken(token);
    return null;
  }

  private async sign(payload: { sub: string; usr: string; role: Role; exp: number }): Promise<string> {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const mac = createHmac('sha256', await this.signingKey())
      .update(`${SESSION_PREFIX}.${body}`)
      .digest('base64url');
    return `${SESSION_PREFIX}.${body}.${mac}`;
  }

  private async verifySession(token: string): Promise<Principal | null> {
    // The whole token must be exactly what sign() makes: three segments, canonical base64url.
    // (Buffer's base64 decoder skips characters it does not know and ignores a last character's
    // spare bits, so decoding the MAC would accept many spellings of one token.)
    const m = SESSION_TOKEN.exec(token);
    if (!m) return null;
    const [, body, mac] = m as unknown as [string, string, string];
    const expected = createHmac('sha256', await this.signingKey())
      .update(`${SESSION_PREFIX}.${body}`)
      .digest('base64url');
    if (!timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return null;
    let payload: { sub?: unknown; usr?: unknown; role?: unknown; exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, exp } = payload;
    if (typeof sub !== 'string' || !sub || typeof payload.usr !== 'string') return null;
    if (typeof exp !== 'number' || !Number.isFinite(exp) || exp < Date.now()) return null;
    if (!(ROLES as readonly unknown[]).includes(payload.role)) return null;
    // A disabled or deleted account loses its sessions too; its role and name come from Neo4j.
    return this.cached(token, async () => {
      const user = (await this.db.read('queries/auth/get-user-by-id', { id: sub }))[0];
      return user && user.disabled !== true
        ? { userId: sub, username: String(user.username), role: user.role as Role, via: 'session' as const }
        : null;
    });
  }

  private async verifyApiToken(token: string): Promise<Principal | null> {
    if (!API_TOKEN.test(token)) return null;
    return this.cached(token, async () => {
      const row = (await this.db.read('queries/auth/get-api-token', { hash: sha256(token) }))[0];
      if (!row || row.disabled === true) return null;
      const now = Date.now();
      if (this.effectiveExpiry(row.expiresAt, row.createdAt) < now) return null;
      // "Last used" to the minute, without a write on every request.
      if (typeof row.lastUsedAt !== 'number' || row.lastUsedAt < now - 60_000) {
        void this.db.write('queries/auth/touch-api-token', { id: row.id, now }).catch(() => undefined);
      }
      return {
        userId: String(row.userId),
        username: String(row.username),
        role: row.role as Role,
        via: 'api-token' as const,
      };
    });
  }

  private async cached(token: string, load: () => Promise<Principal | null>): Promise<Principal | null> {
    const key = sha256(token);
    const hit = this.tokenCache.get(key);
    if (hit && hit.until > Date.now()) return hit.principal;
    const principal = await load();
    if (this.tokenCache.size > 10_000) this.tokenCache.clear();
    this.tokenCache.set(key, { principal, until: Date.now() + TOKEN_CACHE_MS });
    return principal;
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
