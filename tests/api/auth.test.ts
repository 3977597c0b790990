import { createHash, randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('authentication', () => {
  it('signs in with the right password and refuses a wrong one with UNAUTHENTICATED', async () => {
    await api.services.accounts().createUser('wang.detective', 'a long passphrase', 'detective');
    const ok = await api.gql<{ login: { token: string; user: { role: string } } }>(
      'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token user { role } } }',
      { u: 'wang.detective', p: 'a long passphrase' },
    );
    expect(ok.data?.login.user.role).toBe('detective');
    const me = await api.gql<{ me: { username: string } }>('{ me { username } }', {}, ok.data!.login.token);
    expect(me.data?.me.username).toBe('wang.detective');

    const bad = await api.gql(
      'mutation{ login(username:"wang.detective", password:"nope nope nope"){ token } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a tampered or expired token', async () => {
    const token = await api.tokenFor('analyst');
    const [p, body, mac] = token.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>;
    payload.role = 'admin';
    const forged = `${p}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    expect((await api.gql('{ me { username } }', {}, forged)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets only admins list and create users', async () => {
    const admin = await api.tokenFor('admin');
    const analyst = await api.tokenFor('analyst');
    expect(
      (await api.gql('{ users { items { username } } }', {}, analyst)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql('{ users { items { username } } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const created = await api.gql<{ createUser: { role: string } }>(
      'mutation{ createUser(username:"li.commander", password:"another long one", role: commander){ role } }',
      {},
      admin,
    );
    expect(created.data?.createUser.role).toBe('commander');
    const dup = await api.gql(
      'mutation{ createUser(username:"li.commander", password:"another long one", role: commander){ role } }',
      {},
      admin,
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('issues API tokens that act as their owner', async () => {
    const session = await api.tokenFor('analyst');
    const res = await api.gql<{ createApiToken: { token: string } }>(
      'mutation{ createApiToken(name:"script"){ token } }',
      {},
      session,
    );
    const me = await api.gql<{ me: { role: string } }>('{ me { role } }', {}, res.data!.createApiToken.token);
    expect(me.data?.me.role).toBe('analyst');
  });
});

const LOGIN = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }';
const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors?.[0]?.extensions?.code ?? 'OK';

describe('session tokens', () => {
  it('are accepted only exactly as signed: three segments of canonical base64url', async () => {
    const token = await api.tokenFor('analyst');
    const me = (t: string) => api.gql<{ me: { username: string } }>('{ me { username } }', {}, t);
    expect(codeOf(await me(token))).toBe('OK');
    const mac = token.split('.')[2]!;
    for (const bad of [
      `${token}.extra`,
      `${token}.`,
      `${token}.${mac}`,
      `${token}=`,
      token.replace(mac, `${mac.slice(0, 10)}!${mac.slice(10)}`),
      token.replace(mac, `${mac.slice(0, 10)}*${mac.slice(10)}`),
      `${token.split('.').slice(0, 2).join('.')}..${mac}`,
    ]) {
      expect(codeOf(await me(bad)), bad).toBe('UNAUTHENTICATED');
    }
  });
});

describe('passwords', () => {
  it('must be strong: the error names the field, what is expected and what to do', async () => {
    const admin = await api.tokenFor('admin');
    const res = await api.gql(
      'mutation{ createUser(username:"weak.user", password:"crimegraph-demo", role: analyst){ id } }',
      {},
      admin,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(
      /password: expected strength 3 of 4, got \d \(it contains the username or the service's name\); use a longer passphrase/,
    );
    const named = await api.gql(
      'mutation{ createUser(username:"zhang.san", password:"zhang.san.2024", role: analyst){ id } }',
      {},
      admin,
    );
    expect(named.errors?.[0]?.message).toMatch(/password: expected strength 3 of 4/);
  });

  it('the demo seeding alone may use the published demo password', async () => {
    await api.services.accounts().createUser('demo.seeded', 'crimegraph-demo', 'analyst', { demo: true });
    expect(codeOf(await api.gql(LOGIN, { u: 'demo.seeded', p: 'crimegraph-demo' }))).toBe('OK');
    await expect(
      api.services.accounts().createUser('demo.other', 'crimegraph-demo', 'analyst'),
    ).rejects.toThrow(/password: expected strength/);
  });

  it('count every byte, past bcrypt’s 72: a long Chinese passphrase with another ending is refused', async () => {
    const pass = '青铜器在夜里从古墓中被盗走了然后经过三个中间人卖到了海外市场';
    expect(Buffer.byteLength(pass)).toBe(90);
    const sameFirst72 = `${pass.slice(0, 24)}完全不同的结尾部分`;
    await api.services.accounts().createUser('chen.jing', pass, 'detective');
    expect(codeOf(await api.gql(LOGIN, { u: 'chen.jing', p: sameFirst72 }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(LOGIN, { u: 'chen.jing', p: pass }))).toBe('OK');
  });

  it('stored before pre-hashing still verify, and are re-hashed under the new scheme', async () => {
    const db = api.services.db();
    await api.services.accounts().createUser('old.account', 'an old but long passphrase', 'analyst');
    const [row] = await db.read('queries/auth/get-user-by-username', { username: 'old.account' });
    const legacy = await bcrypt.hash('an old but long passphrase', 10);
    await db.write('queries/auth/set-user-password-hash', {
      id: row!.id,
      old: row!.passwordHash,
      passwordHash: legacy,
    });
    expect(codeOf(await api.gql(LOGIN, { u: 'old.account', p: 'an old but long passphrase' }))).toBe('OK');
    const [after] = await db.read('queries/auth/get-user-by-username', { username: 'old.account' });
    expect(String(after!.passwordHash)).toMatch(/^sha256\+\$2b\$10\$/);
    expect(codeOf(await api.gql(LOGIN, { u: 'old.account', p: 'an old but long passphrase' }))).toBe('OK');
    expect(codeOf(await api.gql(LOGIN, { u: 'old.account', p: 'an old but wrong passphrase' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('an unknown username costs the same bcrypt work as a known one', async () => {
    const hasher = api.services.accounts().hasher;
    const before = hasher.stats.compares;
    expect(codeOf(await api.gql(LOGIN, { u: 'nobody.here', p: 'some guess or other' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(hasher.stats.compares - before).toBe(1);
    expect(codeOf(await api.gql(LOGIN, { u: 'chen.jing', p: 'some guess or other' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(hasher.stats.compares - before).toBe(2);
  });
});

describe('API tokens', () => {
  const MINE = '{ myApiTokens { items { id name createdAt expiresAt lastUsedAt user { username } } } }';
  type Info = { id: string; name: string; createdAt: number; expiresAt: number; lastUsedAt: number | null };

  it('expire by default, and never later than the maximum', async () => {
    const session = await api.tokenFor('analyst');
    const made = await api.gql<{ createApiToken: { expiresAt: number } }>(
      'mutation{ createApiToken(name:"nightly"){ expiresAt } }',
      {},
      session,
    );
    expect(made.data!.createApiToken.expiresAt - Date.now()).toBeGreaterThan(89.9 * 86_400_000);
    expect(made.data!.createApiToken.expiresAt - Date.now()).toBeLessThan(90.1 * 86_400_000);
    const tooLong = await api.gql(
      'mutation{ createApiToken(name:"forever", expiresInDays: 400){ id } }',
      {},
      session,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.message).toMatch(
      /expiresInDays: expected a whole number of days from 1 to 365/,
    );
  });

  it('made before expiry was required stop working after the maximum', async () => {
    const token = `cgt_${randomBytes(24).toString('base64url')}`;
    const session = await api.tokenFor('analyst');
    const me = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, session);
    await api.services.db().write('queries/testing/create-api-token-without-expiry', {
      userId: me.data!.me.id,
      id: randomUUID(),
      name: 'old script',
      hash: createHash('sha256').update(token).digest('hex'),
      createdAt: Date.now() - 366 * 86_400_000,
    });
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('are listed to their owner without the secret, with when they were last used', async () => {
    const session = await api.tokenFor('detective');
    const made = await api.gql<{ createApiToken: { id: string; token: string } }>(
      'mutation{ createApiToken(name:"listed", expiresInDays: 7){ id token } }',
      {},
      session,
    );
    const { id, token } = made.data!.createApiToken;
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('OK');
    let listed: Info | undefined;
    for (let i = 0; i < 50 && !listed?.lastUsedAt; i++) {
      const res = await api.gql<{ myApiTokens: { items: Info[] } }>(MINE, {}, session);
      listed = res.data!.myApiTokens.items.find((t) => t.id === id);
      if (!listed?.lastUsedAt) await new Promise((r) => setTimeout(r, 100));
    }
    expect(listed).toMatchObject({ id, name: 'listed', user: { username: expect.any(String) } });
    expect(listed!.expiresAt - listed!.createdAt).toBe(7 * 86_400_000);
    expect(listed!.lastUsedAt).toBeGreaterThanOrEqual(listed!.createdAt);
    const raw = JSON.stringify(await api.gql(MINE, {}, session));
    expect(raw).not.toContain(token);
    expect(raw).not.toContain(token.slice(4));
    // The listing's type has no field that could carry the secret or its hash.
    const type = await api.gql<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "ApiTokenInfo") { fields { name } } }',
      {},
      session,
    );
    expect(type.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'user'].sort(),
    );
  });

  it('are revoked by their owner at once, even while cached; others cannot revoke them', async () => {
    const owner = await api.tokenFor('analyst');
    const other = await api.tokenFor('analyst');
    const made = await api.gql<{ createApiToken: { id: string; token: string } }>(
      'mutation{ createApiToken(name:"to revoke"){ id token } }',
      {},
      owner,
    );
    const { id, token } = made.data!.createApiToken;
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('OK'); // now cached
    const REVOKE = 'mutation($id:ID!){ revokeApiToken(id:$id){ id name } }';
    expect(codeOf(await api.gql(REVOKE, { id }, other))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('OK');
    const revoked = await api.gql<{ revokeApiToken: { id: string; name: string } }>(REVOKE, { id }, owner);
    expect(revoked.data?.revokeApiToken).toEqual({ id, name: 'to revoke' });
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(REVOKE, { id }, owner))).toBe('NOT_FOUND');
    const left = await api.gql<{ myApiTokens: { items: Info[] } }>(MINE, {}, owner);
    expect(left.data!.myApiTokens.items.map((t) => t.id)).not.toContain(id);
  });

  it('of anyone are listed and revoked by admins', async () => {
    const admin = await api.tokenFor('admin');
    const analyst = await api.tokenFor('analyst');
    const made = await api.gql<{ createApiToken: { id: string; token: string } }>(
      'mutation{ createApiToken(name:"seized laptop"){ id token } }',
      {},
      analyst,
    );
    const { id, token } = made.data!.createApiToken;
    const all = await api.gql<{ apiTokens: { items: Array<{ id: string; user: { role: string } }> } }>(
      '{ apiTokens(first: 500) { items { id user { role } } } }',
      {},
      admin,
    );
    expect(all.data!.apiTokens.items.find((t) => t.id === id)?.user.role).toBe('analyst');
    expect(codeOf(await api.gql('{ apiTokens { items { id } } }', {}, analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('OK');
    expect(codeOf(await api.gql('mutation($id:ID!){ revokeApiToken(id:$id){ id } }', { id }, admin))).toBe(
      'OK',
    );
    expect(codeOf(await api.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });
});
