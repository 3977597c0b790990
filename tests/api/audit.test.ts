// The audit trail through the API and the CLI: logins and admin changes recorded, the admin query
// with filters and paging, verification by GraphQL and by `npm run audit:verify` (with an exported
// head), and reads of person data refused while the audit spool cannot be written.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetData, testConnection } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { ROOT } from '../support/process.ts';

let api: TestApi;
let admin = '';
beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await api.services.accounts().createUser('audit.admin', 'audit admin passphrase', 'admin');
  admin = (await api.services.accounts().login('audit.admin', 'audit admin passphrase')).token;
});
afterAll(() => api?.close());

interface Entry {
  seq: number;
  username: string | null;
  operation: string;
  kind: string;
  entityIds: string[];
  count: number;
  details: Record<string, unknown>;
}
const ENTRIES = `query($user:String,$operation:String,$entityId:String,$from:Float,$to:Float,$first:Int,$after:String){
  auditEntries(user:$user, operation:$operation, entityId:$entityId, from:$from, to:$to, first:$first, after:$after){
    items { seq at username role operation kind entityIds count details hash prevHash } nextCursor } }`;
const entries = async (vars: Record<string, unknown>) => {
  const res = await api.gql<{ auditEntries: { items: Entry[]; nextCursor: string | null } }>(
    ENTRIES,
    vars,
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.auditEntries;
};

function auditVerifyCli(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; out: string }> {
  const n = testConnection();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/audit.ts', 'verify', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      CRIMEGRAPH_DATA_DIR: n.dataDir,
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('audit trail through the API', () => {
  it('records logins, failed logins and admin changes, and filters them', async () => {
    const login = 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }';
    await api.gql(login, { u: 'audit.admin', p: 'audit admin passphrase' });
    await api.gql(login, { u: 'audit.admin', p: 'wrong password!' });
    const created = await api.gql<{ createUser: { id: string } }>(
      'mutation{ createUser(username:"audit.analyst", password:"analyst passphrase", role: analyst){ id } }',
      {},
      admin,
    );
    const userId = created.data!.createUser.id;

    const logins = await entries({ operation: 'login' });
    expect(logins.items).toHaveLength(1);
    expect(logins.items[0]).toMatchObject({ username: 'audit.admin', kind: 'auth', count: 1 });
    const failed = await entries({ operation: 'login-failed' });
    expect(failed.items[0]).toMatchObject({
      username: null,
      kind: 'auth',
      details: { username: 'audit.admin' },
    });
    const byEntity = await entries({ entityId: `User:${userId}` });
    expect(byEntity.items.map((e) => e.operation)).toEqual(['createUser']);
    expect(byEntity.items[0]).toMatchObject({
      username: 'audit.admin',
      kind: 'change',
      details: { role: 'analyst' },
    });
    const byUser = await entries({ user: 'audit.admin' });
    expect(byUser.items.map((e) => e.operation)).toEqual(['createUser', 'login']);
    expect((await entries({ from: Date.now() + 60_000 })).items).toEqual([]);
  });

  it('pages newest first with a cursor and refuses a forged cursor', async () => {
    for (let i = 0; i < 7; i++) await api.gql('{ users { items { id } } }', {}, admin);
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: { items: Entry[]; nextCursor: string | null } = await entries({
        operation: 'users',
        first: 3,
        after,
      });
      seen.push(...page.items.map((e) => e.seq));
      after = page.nextCursor;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const bad = await api.gql(ENTRIES, { after: 'not-a-cursor' }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('verifies the chain by GraphQL and by npm run audit:verify, naming the tampered entry', async () => {
    const verify = '{ verifyAudit { ok checked firstBrokenSeq reason } }';
    const ok = await api.gql<{ verifyAudit: { ok: boolean; checked: number } }>(verify, {}, admin);
    expect(ok.data?.verifyAudit.ok).toBe(true);
    const total = ok.data!.verifyAudit.checked;
    expect(total).toBeGreaterThan(8);

    const cliEnv = { CRIMEGRAPH_USER: 'audit.admin', CRIMEGRAPH_PASSWORD: 'audit admin passphrase' };
    const good = await auditVerifyCli(cliEnv);
    expect(good.out).toMatch(/Audit trail OK/);
    expect(good.code).toBe(0);
    // The head it prints verifies later, with more entries after it.
    const head = /Head: (\d+:[0-9a-f]{64})/.exec(good.out)![1]!;
    const later = await auditVerifyCli(cliEnv, ['--expect-head', head]);
    expect(later.out).toMatch(/Audit trail OK/);
    expect(later.code).toBe(0);
    const wrong = await auditVerifyCli(cliEnv, ['--expect-head', `${head.split(':')[0]}:${'f'.repeat(64)}`]);
    expect(wrong.out).toMatch(/BROKEN at seq \d+: entry \d+'s hash is not the exported head's/);
    expect(wrong.code).toBe(1);

    const target = Math.ceil(total / 2);
    await api.services.db().write('tests/audit/tamper-entry', { seq: target, count: 12345 });
    const broken = await api.gql<{ verifyAudit: { ok: boolean; firstBrokenSeq: number } }>(verify, {}, admin);
    expect(broken.data?.verifyAudit).toMatchObject({ ok: false, firstBrokenSeq: target });
    const cli = await auditVerifyCli(cliEnv);
    expect(cli.out).toMatch(new RegExp(`BROKEN at seq ${target}:`));
    expect(cli.code).toBe(1);

    const denied = await auditVerifyCli({
      CRIMEGRAPH_USER: 'audit.analyst',
      CRIMEGRAPH_PASSWORD: 'analyst passphrase',
    });
    expect(denied.out).toMatch(/may not do this/);
    expect(denied.code).toBe(1);
  });
});

describe('reads of person data while the audit spool cannot be written', () => {
  it('answers AUDIT_UNAVAILABLE without the data, answers other requests, and recovers by itself', async () => {
    await new GraphWriter(api.services.db()).write(
      [
        { type: 'Person', key: 'spool-p', props: { name: 'Spool Person' }, source: 'p#1' },
        { type: 'Relic', key: 'spool-r', props: { name: 'Spool Relic' }, source: 'r#1' },
      ],
      [],
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-unavailable-'));
    // The spool's directory is a regular file: the spool can be neither created nor written.
    const spool = path.join(dataDir, 'audit-spool');
    fs.writeFileSync(spool, '');
    const broken = await startTestApi({ CRIMEGRAPH_DATA_DIR: dataDir });
    try {
      const token = await broken.tokenFor('detective');
      const person = '{ entity(id: "Person:spool-p") { id label } }';
      const refused = await fetch(broken.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: person }),
      });
      const body = await refused.text();
      expect(refused.status).toBe(503);
      expect(JSON.parse(body).errors[0].extensions.code).toBe('AUDIT_UNAVAILABLE');
      expect(body).not.toMatch(/Spool Person|Person:spool-p/);
      // Twice: the second request of an operation runs on graphql-jit.
      expect((await broken.gql(person, {}, token)).errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
      expect((await broken.gql('{ health { status } }')).data).toEqual({ health: { status: 'OK' } });
      const relic = await broken.gql('{ entity(id: "Relic:spool-r") { label } }', {}, token);
      expect(relic).toEqual({ data: { entity: { label: 'Spool Relic' } } });

      fs.rmSync(spool);
      const again = await broken.gql<{ entity: { label: string } }>(person, {}, token);
      expect(again.errors).toBeUndefined();
      expect(again.data!.entity.label).toBe('Spool Person');
      const recorded = await broken.services.audit.list({ entityId: 'Person:spool-p' }, null, 10);
      expect(recorded.map((e) => e.operation)).toEqual(['entity']);
    } finally {
      await broken.close();
    }
  });
});
