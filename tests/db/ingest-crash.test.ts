// Crash safety: an ingest killed half-way (SIGKILL, from the CLI) and run again ends in exactly
// the same graph as one clean run: same counts and the same canonical fingerprint of every node
// and relationship (uids, labels, types, properties; not the ingestion times).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { graphFingerprint } from '../../server/features/ingest/fingerprint.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { openTestDb, resetData, testConnection } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const LONG = 900_000;
let db: Db;
let tmp: string;
let files: string[];

/** A generated investigation large enough for the CLI to be killed between batches. */
function generate(dir: string): string[] {
  const rng = seedrandom('ingest-crash');
  const pick = (n: number) => Math.floor(rng() * n);
  const persons = ['id,name,aliases'];
  for (let i = 0; i < 6_000; i++) persons.push(`K-${i},Person ${i},alias ${pick(500)}`);
  const phones = ['number,owner'];
  for (let i = 0; i < 1_500; i++) phones.push(`+4470${String(i).padStart(6, '0')},K-${pick(6_000)}`);
  const calls = ['from,to,start,durationSeconds,cell'];
  for (let i = 0; i < 9_000; i++) {
    const t = new Date(Date.UTC(2024, 0, 1) + pick(90 * 86_400) * 1000).toISOString();
    calls.push(
      `+4470${String(pick(1_500)).padStart(6, '0')},+4470${String(pick(1_500)).padStart(6, '0')},${t},${pick(900)},C${pick(40)}`,
    );
  }
  const kinds = ['family', 'lives-with', 'known-associate', 'social-network'];
  const links = ['type,from,to,qualifier,confidence'];
  for (let i = 0; i < 24_000; i++) {
    links.push(`ASSOCIATE_OF,K-${pick(6_000)},K-${pick(6_500)},${kinds[pick(4)]},0.${1 + pick(9)}`);
  }
  const out: string[] = [];
  for (const [name, lines] of Object.entries({ persons, phones, calls, links })) {
    const f = path.join(dir, `${name}.csv`);
    fs.writeFileSync(f, `${lines.join('\n')}\n`);
    out.push(f);
  }
  return out;
}

function cli(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('CRIMEGRAPH_')),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? -1 : code)),
  );
  return { child, exited, output: () => out };
}

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-crash-'));
  files = generate(tmp);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('kill and rerun', () => {
  it(
    'ends in the same graph as one clean run',
    async () => {
      const n = testConnection();
      await (await import('../support/api.ts')).startTestApi().then(async (api) => {
        await api.services.accounts().createUser('ingest-admin', 'correct horse battery', 'admin');
        await api.close();
      });
      const env = {
        NEO4J_URI: n.uri,
        NEO4J_USER: n.user,
        NEO4J_PASSWORD: n.password,
        CRIMEGRAPH_DATA_DIR: tmp,
        CRIMEGRAPH_USER: 'ingest-admin',
        CRIMEGRAPH_PASSWORD: 'correct horse battery',
        LOG_LEVEL: 'silent',
      };
      const args = [...files, '--batch-size', '1000'];

      // 1. Kill -9 after the second progress line: some batches are in, the rest is not.
      const killed = cli([...args, '--report-dir', path.join(tmp, 'r1')], env);
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if ((killed.output().match(/ingest progress:/g) ?? []).length >= 2) {
            clearInterval(timer);
            killed.child.kill('SIGKILL');
            resolve();
          }
        }, 20);
        void killed.exited.then((code) => {
          clearInterval(timer);
          if (code !== -1)
            reject(new Error(`the ingest ended (${code}) before it was killed:\n${killed.output()}`));
        });
      });
      expect(await killed.exited).toBe(-1);
      const partial = await graphFingerprint(db);
      expect(partial.nodes).toBeGreaterThan(0);

      // 2. Run it again to the end.
      const rerun = cli([...args, '--report-dir', path.join(tmp, 'r2')], env);
      expect(await rerun.exited, rerun.output()).toBe(0);
      expect(rerun.output()).toMatch(/Loaded 40500 of 40500 records/);
      const recovered = await graphFingerprint(db);
      expect(partial.nodes).toBeLessThan(recovered.nodes);

      // 3. One clean run into an emptied database.
      await resetData(db);
      const clean = await ingestPath(db, files, { batchSize: 5_000 });
      expect(clean.accepted).toBe(40_500);
      const reference = await graphFingerprint(db);
      expect(reference.relationships).toBeGreaterThan(30_000);
      expect(recovered).toEqual(reference);
    },
    LONG,
  );
});
