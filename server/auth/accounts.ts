// User accounts, login sessions (HMAC-signed tokens with expiry) and API tokens for scripts.
// Passwords are hashed with bcrypt (bcryptjs); API tokens are stored only as SHA-256 hashes.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Db } from '../db/db.ts';
import { AppError, badInput } from '../errors.ts';
import { ROLES, type Principal, type Role } from './types.ts';

export interface User {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
}

const SESSION_PREFIX = 'cg1';
const API_TOKEN_PREFIX = 'cgt_';
const BCRYPT_ROUNDS = 10;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class Accounts {
  private secret: Buffer | undefined;
  private readonly tokenCache = new Map<string, { principal: Principal | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly opts: { sessionTtlHours: number; authSecret?: string | undefined },
  ) {}

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

  async createUser(username: string, password: string, role: string): Promise<User> {
    const problems: string[] = [];
    if (!USERNAME.test(username))
      problems.push('username: expected 2-64 characters a-z, 0-9, ".", "_" or "-"');
    if (password.length < 10) problems.push('password: expected at least 10 characters');
    if (password.length > 200) problems.push('password: expected at most 200 characters');
    if (!(ROLES as readonly string[]).includes(role))
      problems.push(`role: expected one of ${ROLES.join(', ')}`);
    if (problems.length) throw badInput(`Cannot create user: ${problems.join('; ')}.`, { problems });
    const passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS);
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

  /** Checks a password and returns a signed session token. The same error for every failure. */
  async login(username: string, password: string): Promise<{ token: string; expiresAt: number; user: User }> {
    const rows = await this.db.read('queries/auth/get-user-by-username', { username });
    const row = rows[0];
    // Compare against a dummy hash when the user is unknown so timing does not reveal usernames.
    const hash =
      typeof row?.passwordHash === 'string'
        ? row.passwordHash
        : '$2a$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva';
    const ok = await bcrypt.compare(password, hash);
    if (!row || !ok || row.disabled === true)
      throw new AppError('UNAUTHENTICATED', 'Wrong username or password.');
    const expiresAt = Date.now() + this.opts.sessionTtlHours * 3_600_000;
    const token = await this.sign({
      sub: String(row.id),
      usr: String(row.username),
      role: row.role as Role,
      exp: expiresAt,
    });
    const user = (await this.db.read('queries/auth/get-user-by-id', { id: row.id }))[0] as unknown as User;
    return { token, expiresAt, user };
  }

  async createApiToken(
    userId: string,
    name: string,
    expiresInDays?: number,
  ): Promise<{ token: string; id: string }> {
    if (!name.trim() || name.length > 100) throw badInput('name: expected 1-100 characters.');
    const token = API_TOKEN_PREFIX + randomBytes(24).toString('base64url');
    const id = randomUUID();
    const rows = await this.db.write('queries/auth/create-api-token', {
      userId,
      id,
      name,
      hash: sha256(token),
      now: Date.now(),
      expiresAt: expiresInDays ? Date.now() + expiresInDays * 86_400_000 : null,
    });
    if (!rows[0]) throw new AppError('NOT_FOUND', `No user with id ${userId}.`);
    return { token, id };
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
    const [prefix, body, mac] = token.split('.');
    if (prefix !== SESSION_PREFIX || !body || !mac) return null;
    const expected = createHmac('sha256', await this.signingKey())
      .update(`${prefix}.${body}`)
      .digest();
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let payload: { sub?: unknown; usr?: unknown; role?: unknown; exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return null;
    }
    if (typeof payload.exp !== 'number' || payload.exp < Date.now()) return null;
    if (!(ROLES as readonly unknown[]).includes(payload.role)) return null;
    // A disabled account loses its sessions too (checked at most once a minute per token).
    const active = await this.cached(token, async () => {
      const user = (await this.db.read('queries/auth/get-user-by-id', { id: payload.sub }))[0];
      return user && user.disabled !== true
        ? {
            userId: String(payload.sub),
            username: String(payload.usr),
            role: user.role as Role,
            via: 'session' as const,
          }
        : null;
    });
    return active;
  }

  private async verifyApiToken(token: string): Promise<Principal | null> {
    return this.cached(token, async () => {
      const row = (await this.db.read('queries/auth/get-api-token', { hash: sha256(token) }))[0];
      if (!row || row.disabled === true) return null;
      if (typeof row.expiresAt === 'number' && row.expiresAt < Date.now()) return null;
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
    this.tokenCache.set(key, { principal, until: Date.now() + 60_000 });
    return principal;
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
