// Parsers of the ingest pipeline, without a database: layouts, call-record mappings, FollowTheMoney
// lines and neo4j-admin headers turn records into model records or into precise rejects.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCdr, parseCdrMapping, timeParser } from '../../server/features/ingest/cdr.ts';
import { FileRefused } from '../../server/features/ingest/errors.ts';
import { parseIsoDate } from '../../server/features/ingest/fields.ts';
import { ftmSchemas, parseFtm } from '../../server/features/ingest/ftm.ts';
import { guardParsed } from '../../server/features/ingest/guard.ts';
import { AdminImport, parseAdminHeader, parseDayFirst } from '../../server/features/ingest/neo4j-admin.ts';
import { layoutColumns, parseLayout } from '../../server/features/ingest/parse-layout.ts';
import { layoutFromName } from '../../server/features/ingest/plan.ts';
import type { Parsed } from '../../server/features/ingest/types.ts';
import { ROOT } from '../support/process.ts';

const FIX = path.join(ROOT, 'tests/fixtures/ingest');
const text = (t: string) => Readable.from([t]);
async function all(it: AsyncIterable<Parsed>): Promise<Parsed[]> {
  const out: Parsed[] = [];
  for await (const p of it) out.push(p);
  return out;
}

describe('dates', () => {
  it('reads ISO 8601 dates and date-times, with or without a zone', () => {
    expect(parseIsoDate('2023-04-02')).toBe(Date.UTC(2023, 3, 2));
    expect(parseIsoDate('2023-04-02T02:30:00+08:00')).toBe(Date.UTC(2023, 3, 1, 18, 30));
    expect(parseIsoDate('2023-04-02 02:30')).toBe(Date.UTC(2023, 3, 2, 2, 30));
    expect(parseIsoDate('2023-02-30')).toBeUndefined();
    expect(parseIsoDate('02/04/2023')).toBeUndefined();
  });

  it('reads day-first dates as POLE writes them', () => {
    expect(parseDayFirst('24/08/2017')).toBe(Date.UTC(2017, 7, 24));
    expect(parseDayFirst('04/08/2017', '00:32')).toBe(Date.UTC(2017, 7, 4, 0, 32));
  });

  it('compiles call-record start formats, with a zone offset', () => {
    expect(timeParser('yyyyMMdd HHmm', 'UTC')('20060601 0008')).toBe(Date.UTC(2006, 5, 1, 0, 8));
    expect(timeParser('dd.MM.yyyy HH:mm:ss', '+02:00')('01.06.2006 10:00:00')).toBe(Date.UTC(2006, 5, 1, 8));
    expect(timeParser('yyyyMMdd HHmm', 'UTC')('2006-06-01')).toBeUndefined();
    expect(timeParser('epoch-s', 'UTC')('1149120480')).toBe(1149120480000);
  });
});

describe('CSV layouts', () => {
  it('knows a layout by the file name', () => {
    expect(layoutFromName('persons.csv')).toBe('persons');
    expect(layoutFromName('/x/2024-05-phones.csv')).toBe('phones');
    expect(layoutFromName('vehicle_export.csv')).toBe('vehicles');
    expect(layoutFromName('notes.csv')).toBeUndefined();
  });

  it('refuses a file with missing or unknown columns as a whole, naming them', () => {
    expect(() => layoutColumns('persons', ['id', 'fullname'], 'persons.csv')).toThrow(FileRefused);
    expect(() => layoutColumns('persons', ['id', 'fullname'], 'persons.csv')).toThrow(
      /refused persons\.csv: it is not a persons file: missing column name; unknown column fullname/,
    );
    expect(layoutColumns('persons', ['ID', 'Name', 'birth_date'], 'p.csv')).toEqual([
      'id',
      'name',
      'birthDate',
    ]);
  });

  it('maps the persons fixture, quoting and lists included', async () => {
    const out = await all(
      parseLayout(fs.createReadStream(path.join(FIX, 'layouts/persons.csv')), 'persons', 'persons.csv'),
    );
    expect(out.every((p) => p.accepted)).toBe(true);
    const zhao = out[2]!.nodes![0]!;
    expect(zhao).toMatchObject({ type: 'Person', key: 'P-003', source: 'persons.csv#4', confidence: 0.7 });
    expect(zhao.props).toMatchObject({
      name: 'Zhao, Min',
      aliases: ['Little Zhao'],
      notes: 'fence; sells "antiques" online',
    });
  });

  it('rejects bad rows with line, field and what was expected, and keeps the good ones', async () => {
    const csv = [
      'id,name,birthDate,confidence',
      'A,Good One,1990-01-01,',
      'B,,1990-13-01,2',
      'C,Short row',
      'D,Good Two,,0.5',
    ].join('\n');
    const out = await all(parseLayout(text(csv), 'persons', 'p.csv'));
    expect(out.filter((p) => p.accepted).map((p) => p.nodes![0]!.key)).toEqual(['A', 'D']);
    expect(out.flatMap((p) => p.rejects ?? [])).toEqual([
      {
        file: 'p.csv',
        line: 3,
        field: 'name',
        code: 'field.required',
        params: {},
        reason: 'is required and was empty',
      },
      {
        file: 'p.csv',
        line: 3,
        field: 'birthDate',
        code: 'day.invalid',
        params: { got: '1990-13-01' },
        reason: 'expected a date as yyyy-mm-dd, got "1990-13-01"',
      },
      {
        file: 'p.csv',
        line: 3,
        field: 'confidence',
        code: 'number.out-of-range',
        params: { int: 0, min: 0, max: 1, got: '2' },
        reason: 'expected a number from 0 to 1, got 2',
      },
      {
        file: 'p.csv',
        line: 4,
        field: '(record)',
        code: 'record.width',
        params: { expected: 4, got: 2 },
        reason: 'expected 4 fields, got 2',
      },
    ]);
  });

  it('links: normalises types and qualifiers, keys by the endpoint type, and rejects unknown types', async () => {
    const csv = [
      'type,from,to,qualifier',
      'associate of,P1,P2,Known Associate',
      'involved_in,ab-12 c,C1,',
      'LOVES,P1,P2,',
    ].join('\n');
    const out = await all(parseLayout(text(csv), 'links', 'links.csv'));
    expect(out[0]!.rels![0]).toMatchObject({ type: 'ASSOCIATE_OF', qualifier: 'known-associate' });
    expect(out[1]!.rels![0]).toMatchObject({ type: 'INVOLVED_IN', from: { type: 'Vehicle', key: 'AB12C' } });
    expect(out[2]!.rejects![0]).toMatchObject({ line: 4, field: 'type' });
    expect(out[2]!.rejects![0]!.reason).toMatch(/expected one of USES, OWNS, .*got "LOVES"/);
  });
});

describe('call-detail records with a mapping', () => {
  const mapping = parseCdrMapping(
    JSON.parse(fs.readFileSync(path.join(FIX, 'vast2008-mapping.json'), 'utf8')),
  );

  it('validates the mapping, naming the field', () => {
    expect(() => parseCdrMapping({ to: 'B', start: 'C' })).toThrow(/mapping: from: /);
    expect(() => parseCdrMapping({ from: 'A', to: 'B', start: 'C', timezone: 'Mars' })).toThrow(
      /timezone: expected UTC/,
    );
  });

  it('reads calls and keeps a call with a negative duration, reporting the field', async () => {
    const csv = [
      'From,To,Datetime,Duration(seconds),Cell Tower',
      '349,23,20060601 0008,1634,1',
      '1,2,20060601 0010,-2,3',
      '1,2,June 1st,5,3',
    ].join('\n');
    const out = await all(parseCdr(text(csv), mapping, 'cdr.csv'));
    expect(out[0]!.nodes![0]!.props).toMatchObject({
      at: Date.UTC(2006, 5, 1, 0, 8),
      durationSeconds: 1634,
      cellSite: '1',
      start: '2006-06-01T00:08:00.000Z',
    });
    expect(out[0]!.rels!.map((r) => [r.type, r.to.key])).toEqual([
      ['FROM', '349'],
      ['TO', '23'],
    ]);
    expect(out[1]!.accepted).toBe(true);
    expect(out[1]!.rejects![0]).toMatchObject({ line: 3, field: 'Duration(seconds)' });
    expect(out[2]!.accepted).toBeFalsy();
    expect(out[2]!.rejects![0]).toMatchObject({
      line: 4,
      field: 'Datetime',
      reason: 'expected a time as yyyyMMdd HHmm, got "June 1st"',
    });
  });

  it('refuses a file without the mapped columns', async () => {
    await expect(all(parseCdr(text('caller,callee,when\n1,2,3'), mapping, 'x.csv'))).rejects.toThrow(
      /missing columns "From", "To"/,
    );
  });
});

describe('FollowTheMoney JSON lines', () => {
  it('maps persons, vehicles, payments, calls, associates, family, ownership and court cases', async () => {
    const file = path.join(FIX, 'entities.ftm.jsonl');
    const schemas = await ftmSchemas(fs.createReadStream(file), 'entities.ftm.jsonl');
    const out = await all(parseFtm(fs.createReadStream(file), 'entities.ftm.jsonl', schemas));
    const rels = out.flatMap((p) => p.rels ?? []);
    const byType = (t: string) =>
      rels.filter((r) => r.type === t).map((r) => `${r.from.key}>${r.to.key}:${r.qualifier ?? ''}`);
    expect(byType('OWNS')).toEqual(['ftm-p1>ftm-v1:']);
    expect(byType('BOUGHT')).toEqual(['ftm-p2>ftm-pay1:']);
    expect(byType('SOLD')).toEqual(['ftm-p1>ftm-pay1:']);
    expect(byType('ASSOCIATE_OF')).toEqual(['ftm-p1>ftm-p3:known-associate', 'ftm-p2>ftm-p3:family']);
    expect(byType('PARTY_TO')).toEqual(['ftm-p1>ftm-case1:charged', 'ftm-p3>ftm-case1:witness']);
    expect(byType('FROM')).toEqual(['ftm-call1>+8613511112222:']);
    const nodes = out.flatMap((p) => p.nodes ?? []);
    expect(nodes.find((n) => n.key === 'ftm-case1')!.props).toMatchObject({
      kind: 'tomb-looting',
      at: Date.UTC(2023, 9, 1),
    });
    expect(nodes.find((n) => n.key === 'ftm-p1')!.props).toMatchObject({
      aliases: ['Yang Liu', 'The Digger'],
    });
    expect(out.flatMap((p) => p.rejects ?? [])).toEqual([
      expect.objectContaining({
        line: 13,
        field: 'schema',
        reason: expect.stringMatching(/schema Company has no place/),
      }),
    ]);
  });

  it('refuses input with no FollowTheMoney entity in it', async () => {
    await expect(ftmSchemas(text('{"a":1}\nnot json\n'), 'x.jsonl')).rejects.toThrow(
      /not FollowTheMoney JSON lines/,
    );
  });
});

describe('neo4j-admin headers', () => {
  it('tells node files from relationship files and reads typed columns', () => {
    const n = parseAdminHeader([':ID', 'latitude:double', 'tags:string[]', ':LABEL'], 'n.csv');
    expect(n.kind).toBe('nodes');
    expect(n.columns[1]).toMatchObject({ name: 'latitude', role: 'prop', type: 'double' });
    expect(n.columns[2]).toMatchObject({ name: 'tags', array: true });
    expect(parseAdminHeader([':START_ID(Person)', ':END_ID', ':TYPE'], 'r.csv').kind).toBe('relationships');
    expect(() => parseAdminHeader(['id', 'name'], 'x.csv')).toThrow(/not a neo4j-admin import file/);
  });
});

describe('the guard against service names (guard.ts)', () => {
  const source = 'seized.nodes.User.csv#2';

  it('leaves a clean record as it is', () => {
    const p: Parsed = {
      nodes: [{ type: 'Person', key: 'P-1', props: { name: 'Chen Bo' }, source }],
      accepted: true,
    };
    expect(guardParsed(p)).toEqual(p);
  });

  it('keeps service labels, types and properties in the data namespace, uids with them, noting each', () => {
    const g = guardParsed({
      rawNodes: [
        {
          uid: 'User:seized/1',
          key: 'seized/1',
          labels: ['User', 'Job'],
          props: { role: 'admin', uid: 'x' },
          source,
        },
      ],
      rawRels: [{ type: 'MERGED_INTO', from: 'User:seized/1', to: 'Person:seized/2', props: {}, source }],
      accepted: true,
    });
    expect(g.accepted).toBe(true);
    expect(g.rawNodes).toEqual([
      {
        uid: 'Src_User:seized/1',
        key: 'seized/1',
        labels: ['Src_User', 'Src_Job'],
        props: { src_role: 'admin', src_uid: 'x' },
        source,
      },
    ]);
    expect(g.rawRels).toEqual([
      { type: 'SRC_MERGED_INTO', from: 'Src_User:seized/1', to: 'Person:seized/2', props: {}, source },
    ]);
    expect(g.rejects?.map((r) => [r.file, r.line, r.field])).toEqual([
      ['seized.nodes.User.csv', 2, ':LABEL'],
      ['seized.nodes.User.csv', 2, ':LABEL'],
      ['seized.nodes.User.csv', 2, 'role'],
      ['seized.nodes.User.csv', 2, 'uid'],
      ['seized.nodes.User.csv', 2, ':TYPE'],
    ]);
    expect(g.rejects?.[0]?.reason).toBe('User is a label the service uses (accounts); kept as Src_User');
  });

  it('refuses a model relationship the service derives, and records that reach a merged person', () => {
    const calls = guardParsed({
      rels: [
        // A parser that forgot the rule: the guard is the backstop.
        {
          type: 'CALLS' as 'USES',
          from: { type: 'Phone', key: '1' },
          to: { type: 'Phone', key: '2' },
          source,
        },
      ],
      accepted: true,
    });
    expect(calls).toEqual({
      rejects: [
        {
          file: 'seized.nodes.User.csv',
          line: 2,
          field: 'type',
          code: 'guard.type-reserved',
          params: expect.objectContaining({ name: 'CALLS' }),
          reason: expect.stringMatching(/^CALLS is a relationship type the service uses/),
        },
      ],
      accepted: false,
    });
    const merged = guardParsed({
      nodes: [{ type: 'Person', key: 'merged-0123456789abcdef', props: {}, source: 'p.jsonl#3' }],
      rels: [
        {
          type: 'USES',
          from: { type: 'Person', key: 'merged-0123456789abcdef' },
          to: { type: 'Phone', key: '1' },
          source: 'p.jsonl#3',
        },
      ],
      accepted: true,
    });
    expect(merged.accepted).toBe(false);
    expect(merged.nodes).toBeUndefined();
    expect(merged.rejects?.map((r) => r.field)).toEqual(['id', 'from']);
    const raw = guardParsed({
      rawRels: [
        { type: 'KNOWS', from: 'Officer:x/1', to: 'Person:merged-0123456789abcdef', props: {}, source },
      ],
      accepted: true,
    });
    expect(raw.rejects?.map((r) => [r.field, r.reason.includes('merged person')])).toEqual([
      [':END_ID', true],
    ]);
  });

  it("is what neo4j-admin imports pass through: CALLS between phones stays the dataset's", async () => {
    const imp = new AdminImport('seized');
    const nodes = await all(
      imp.parse(text('id:ID,phoneNo\nph1,+8613800000001\nph2,+8613800000002\n'), 'seized.nodes.Phone.csv'),
    );
    expect(nodes.every((p) => p.accepted)).toBe(true);
    const [r] = await all(
      imp.parse(text(':START_ID,:END_ID,:TYPE\nph1,ph2,CALLS\n'), 'seized.relationships.CALLS.csv'),
    );
    expect(r?.rels).toBeUndefined();
    expect(guardParsed(r!).rawRels?.[0]).toMatchObject({ type: 'SRC_CALLS', from: 'Phone:+8613800000001' });
  });
});
