// Every input format lands in the model with provenance; loading anything twice changes nothing;
// a file with malformed rows lands every valid row and reports every bad one; a file that is not
// what it claims is refused as a whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { graphFingerprint } from '../../server/features/ingest/fingerprint.ts';
import { ingestPath, parseCdrMapping } from '../../server/features/ingest/index.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const FIX = path.join(ROOT, 'tests/fixtures/ingest');
const VAST = path.resolve(ROOT, '../shared/datasets/vast2008-cdr/cdr.csv');
const LAYOUT_FILES = [
  'persons',
  'phones',
  'vehicles',
  'sites',
  'relics',
  'cases',
  'sales',
  'calls',
  'sightings',
  'links',
].map((l) => path.join(FIX, 'layouts', `${l}.csv`));

let db: Db;
let tmp: string;
beforeAll(async () => {
  db = await openTestDb();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-files-'));
});
beforeEach(() => resetData(db));
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const counts = async (name: string, key: string) =>
  Object.fromEntries((await db.read(`queries/ingest/checks/${name}`)).map((r) => [r[key], r.count]));

describe('CSV layouts', () => {
  it('load every record type into the model, with the records behind every link', async () => {
    const s = await ingestPath(db, LAYOUT_FILES);
    expect(s.files.map((f) => [f.file, f.rejected, f.refused])).toEqual(
      LAYOUT_FILES.map((f) => [path.basename(f), 0, undefined]),
    );
    expect(s.accepted).toBe(4 + 3 + 2 + 3 + 2 + 2 + 2 + 3 + 2 + 6);
    expect(await counts('count-labels', 'label')).toEqual({
      Person: 4,
      Phone: 3,
      Vehicle: 2,
      Site: 3,
      Relic: 2,
      Case: 2,
      Sale: 2,
      Call: 3,
      Sighting: 2,
    });
    expect(await counts('count-relationship-types', 'type')).toEqual({
      USES: 3,
      OWNS: 1,
      DRIVES: 2,
      TAKEN_FROM: 2,
      AT: 2,
      CONCERNS: 2,
      SOLD: 2,
      BOUGHT: 2,
      OF: 2,
      SOLD_AT: 1,
      FROM: 3,
      TO: 3,
      CALLS: 2,
      SIGHTED: 2,
      NEAR: 1,
      ASSOCIATE_OF: 2,
      PARTY_TO: 3,
      INVOLVED_IN: 1,
    });
    expect((await db.read('queries/ingest/checks/calls-summary'))[0]).toEqual({
      pairs: 2,
      calls: 3,
      seconds: 465,
    });
    const links = await db.read('queries/ingest/checks/links-between', {
      a: 'Person:P-001',
      b: 'Person:P-002',
    });
    expect(links).toEqual([
      expect.objectContaining({
        type: 'ASSOCIATE_OF',
        kind: 'family',
        sources: ['links.csv#2'],
        confidence: 1,
      }),
    ]);
    // A vehicle is keyed by its normalised plate, whatever the spelling of the record.
    const seen = await db.read('queries/ingest/checks/links-between', {
      a: 'Vehicle:SHAANA12345',
      b: 'Person:P-001',
    });
    expect(seen.map((l) => [l.type, l.sources])).toEqual([['OWNS', ['vehicles.csv#2']]]);
  });

  it('loading the same files twice changes nothing', async () => {
    await ingestPath(db, LAYOUT_FILES, { batchSize: 3 });
    const before = await graphFingerprint(db);
    const again = await ingestPath(db, LAYOUT_FILES, { batchSize: 7 });
    expect([again.nodesCreated, again.relationshipsCreated]).toEqual([0, 0]);
    expect(await graphFingerprint(db)).toEqual(before);
    expect(before.nodes).toBe(23);
  });
});

describe('FollowTheMoney', () => {
  it('loads entities and links, rejects what has no place, and a second load changes nothing', async () => {
    const file = path.join(FIX, 'entities.ftm.jsonl');
    const s = await ingestPath(db, file);
    expect([s.records, s.accepted, s.rejected]).toEqual([13, 12, 1]);
    expect(s.rejects[0]).toMatchObject({ file: 'entities.ftm.jsonl', line: 13, field: 'schema' });
    expect(await counts('count-labels', 'label')).toEqual({
      Person: 3,
      Vehicle: 1,
      Sale: 1,
      Call: 1,
      Case: 1,
      Phone: 2,
    });
    const before = await graphFingerprint(db);
    await ingestPath(db, file);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('VAST 2008 call records', () => {
  it('load with a column mapping only: 400 phones, 9,834 calls; twice changes nothing', async () => {
    const mapping = parseCdrMapping(
      JSON.parse(fs.readFileSync(path.join(FIX, 'vast2008-mapping.json'), 'utf8')),
    );
    const s = await ingestPath(db, VAST, { mapping, reportDir: path.join(tmp, 'vast') });
    expect([s.records, s.accepted]).toEqual([9_834, 9_834]);
    const labels = await counts('count-labels', 'label');
    expect(labels).toEqual({ Phone: 400, Call: 9_834 });
    const calls = (await db.read('queries/ingest/checks/calls-summary'))[0]!;
    expect(calls.calls).toBe(9_834);
    // Four records carry negative durations: the calls land without them, and the field is reported.
    expect(s.rejects.map((r) => r.line)).toEqual([823, 4222, 6451, 7246]);
    expect(
      fs
        .readFileSync(path.join(tmp, 'vast', 'rejects.csv'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(5);
    const before = await graphFingerprint(db);
    const again = await ingestPath(db, VAST, { mapping });
    expect([again.nodesCreated, again.relationshipsCreated]).toEqual([0, 0]);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('bad input', () => {
  it('lands every valid row of a file with malformed rows and reports every bad one', async () => {
    const rng = seedrandom('ingest-bad-rows');
    const lines = ['id,name,birthDate,documentIds,confidence'];
    const valid: string[] = [];
    const bad: Array<{ line: number; field: string }> = [];
    for (let i = 0; i < 600; i++) {
      const id = `G-${i}`;
      const kind = Math.floor(rng() * 10);
      const line = lines.length + 1;
      if (kind === 0) {
        lines.push(`${id},,1980-01-01,,`);
        bad.push({ line, field: 'name' });
      } else if (kind === 1) {
        lines.push(`${id},Person ${i},1980-02-31,,`);
        bad.push({ line, field: 'birthDate' });
      } else if (kind === 2) {
        lines.push(`${id},Person ${i},,,1.5`);
        bad.push({ line, field: 'confidence' });
      } else if (kind === 3) {
        lines.push(`${id},Person ${i},1980-01-01,,,extra`);
        bad.push({ line, field: '(record)' });
      } else if (kind === 4) {
        lines.push(`${id},Per"son ${i},,,`);
        bad.push({ line, field: '(record)' });
      } else {
        lines.push(`${id},"Person ${i}, Jr",1980-01-0${1 + (i % 9)},DOC-${i};ALT-${i},0.${1 + (i % 9)}`);
        valid.push(id);
      }
    }
    const file = path.join(tmp, 'persons-mixed.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const reportDir = path.join(tmp, 'mixed-report');
    const s = await ingestPath(db, file, { reportDir, batchSize: 50 });
    expect(bad.length).toBeGreaterThan(100);
    expect(s.accepted).toBe(valid.length);
    expect(s.rejected).toBe(bad.length);
    expect(await counts('count-labels', 'label')).toEqual({ Person: valid.length });
    expect(s.rejects.map((r) => ({ line: r.line, field: r.field }))).toEqual(bad);
    // The report: a rejects CSV beside a summary JSON.
    const rejects = fs.readFileSync(path.join(reportDir, 'rejects.csv'), 'utf8').trim().split('\n');
    expect(rejects[0]).toBe('file,line,field,reason');
    expect(rejects).toHaveLength(bad.length + 1);
    expect(rejects[1]).toMatch(/^persons-mixed\.csv,\d+,/);
    const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ accepted: valid.length, rejected: bad.length });
  });

  it('refuses a file with the wrong columns, a binary file and a non-UTF-8 file as a whole', async () => {
    const wrong = path.join(tmp, 'wrong-persons.csv');
    fs.writeFileSync(wrong, 'number,imei\n+86 1,2\n');
    const binary = path.join(tmp, 'bin-phones.csv');
    fs.writeFileSync(
      binary,
      Buffer.concat([Buffer.from('number,imei\n+861380000\n'), Buffer.from([0, 1, 2, 255, 0])]),
    );
    const latin1 = path.join(tmp, 'latin1-persons.csv');
    fs.writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('id,name\nX1,Jos'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const good = path.join(FIX, 'layouts', 'sites.csv');
    const s = await ingestPath(db, [wrong, binary, latin1, good]);
    expect(s.files.map((f) => f.refused ?? 'ok')).toEqual([
      expect.stringMatching(
        /refused wrong-persons\.csv: it is not a persons file: missing columns id, name; unknown columns number, imei/,
      ),
      expect.stringMatching(/refused bin-phones\.csv: it is binary, not text/),
      expect.stringMatching(/refused latin1-persons\.csv: it is not valid UTF-8 text/),
      'ok',
    ]);
    expect(await counts('count-labels', 'label')).toEqual({ Site: 3 });
  });
});
