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
