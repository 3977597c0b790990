// `npm run job` as a user runs it: the real CLI (node --import tsx server/cli/job.ts) against the
// suite's Neo4j, identified by CRIMEGRAPH_USER/PASSWORD. --engine picks the engine (GDS is refused
// before anything is queued on a database without it), and every job start is audited under the
// caller's account, as the GraphQL mutations audit theirs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { resetData, testConnection } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { ROOT } from '../support/process.ts';
import { bridgedGangs } from '../db/analysis-fixture.ts';

const USER = 'job-cli-analyst';
const PASSWORD = 'correct horse battery';
let api: TestApi;
let tmp: string;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const n = testConnection();
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('CRIMEGRAPH_')),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/job.ts', ...args], {
    cwd: ROOT,
    env: {
      ...clean,
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      CRIMEGRAPH_DATA_DIR: tmp,
      CRIMEGRAPH_USER: USER,
      CRIMEGRAPH_PASSWORD: PASSWORD,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'job-cli-'));
  api = await startTestApi();
  await resetData(api.services.db());
  const { nodes, rels } = bridgedGangs();
  await new GraphWriter(api.services.db()).write(nodes, rels);
  await api.services.accounts().createUser(USER, PASSWORD, 'analyst');
});
afterAll(async () => {
  await api?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const jobStarts = async (operation: string) =>
  api.services.audit
    .list({ operation }, null, 50)
    .then((entries) =>
      entries.map((e) => ({ ...e, details: JSON.parse(e.details) as Record<string, unknown> })),
    );

describe('npm run job', () => {
  it('runs a takedown on the engine asked for and audits the start under the caller', async () => {
    const out = await cli(['takedown', '--people', 'Person:x', '--engine', 'graphology']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toMatch(/engine: graphology \(worker thread\)/);
    const { id, result } = JSON.parse(out.stdout) as {
      id: string;
      result: {
        engineRequested: string;
        gdsVersion: string | null;
        reports: Array<{ after: { components: number } }>;
      };
    };
    expect(result.engineRequested).toBe('GRAPHOLOGY');
    expect(result.gdsVersion).toBeNull();
    expect(result.reports[0]!.after.components).toBe(2);
    const [entry] = (await jobStarts('job:takedown')).filter((e) => e.details.jobId === id);
    expect(entry).toBeDefined();
    expect(entry!.username).toBe(USER);
    expect(entry!.kind).toBe('change');
    expect(entry!.entityIds).toEqual(['Person:x', `Job:${id}`]);
    expect(entry!.details).toMatchObject({ kind: 'takedown', engine: 'GRAPHOLOGY', via: 'cli' });
    expect((await api.services.audit.verify()).ok).toBe(true);
  });

  it('refuses engine GDS on a database without it before queueing, and bad engine flags', async () => {
    const before = (await api.services.jobs().list({ skip: 0, limit: 1000 })).length;
    const gds = await cli(['evolution', '--from', '0', '--to', '86400000', '--engine', 'GDS']);
    expect(gds.code).toBe(1);
    expect(gds.stderr).toMatch(/evolution\.engine: GDS was requested/);
    const bad = await cli(['communities', '--engine', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--engine: expected one of AUTO, GRAPHOLOGY, GDS/);
    const wrongKind = await cli(['repeat-offenders', '--engine', 'GDS']);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toMatch(/--engine: only for communities, takedown, evolution/);
    expect((await api.services.jobs().list({ skip: 0, limit: 1000 })).length).toBe(before);
    expect(await jobStarts('job:evolution')).toEqual([]);
  });

  it('records the same entry for a job started through GraphQL', async () => {
    const token = await api.tokenFor('analyst');
    const res = await api.gql<{ detectCommunities: { id: string } }>(
      'mutation($i: CommunitiesInput!) { detectCommunities(input: $i) { id } }',
      { i: { engine: 'GRAPHOLOGY', seed: 3 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.detectCommunities.id;
    await api.services.jobs().wait(id);
    const [entry] = (await jobStarts('detectCommunities')).filter((e) => e.details.jobId === id);
    expect(entry!.kind).toBe('change');
    expect(entry!.entityIds).toEqual([`Job:${id}`]);
    expect(entry!.details).toMatchObject({ kind: 'communities', engine: 'GRAPHOLOGY', via: 'graphql' });
  });
});
