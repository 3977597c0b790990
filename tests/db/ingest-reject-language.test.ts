// Reject reports in the investigator's language (issue 18): a file with malformed identifiers
// ingested with language zh-CN gets, for each bad record, a Chinese reason naming the line, the
// field and what was expected, with its stable code and params; the rejects CSV is Chinese; the
// valid rows of the same file land. The GraphQL mutation takes `language` the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
let tmp: string;
beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-lang-'));
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const PERSONS = [
  '编号,姓名,身份证号,出生日期',
  'OK-1,王军,330102199201015678,1992-01-01',
  'B-1,甲,110101197003070011,', // 3: check digit
  'B-2,乙,110101197002300012,', // 4: 30 February
  'B-3,丙,991010197003070012,', // 5: no such province
  'B-4,丁,11010119700307001,', // 6: 17 characters
  'OK-2,李娜,11010519491231002X,',
];
const PHONES = [
  'number,imei,owner',
  '+86 138 0000 0001,356938035643809,OK-1',
  '12800000001,,', // 3: no such mobile prefix
  '+86 139 0000 0002,356938035643808,', // 4: IMEI Luhn
  '+86 137 0000 0003,35693803564380,', // 5: IMEI without its check digit
];
const VEHICLES = [
  '车牌号,品牌',
  '京A12345,Volkswagen',
  '京I12345,', // 3: I after the province
  '京A1234,', // 4: too short
];

const EXPECTED: Array<[string, number, string, string, RegExp]> = [
  [
    'persons.csv',
    3,
    'idNumber',
    'id-number.check-digit',
    /^第3行 字段「身份证号」校验位错误，应为 2，实际为 1/,
  ],
  [
    'persons.csv',
    4,
    'idNumber',
    'id-number.birth-date-invalid',
    /^第4行 字段「身份证号」出生日期 19700230 不是有效日期/,
  ],
  [
    'persons.csv',
    5,
    'idNumber',
    'id-number.region',
    /^第5行 字段「身份证号」行政区划代码 991010 的前两位不是省级代码/,
  ],
  [
    'persons.csv',
    6,
    'idNumber',
    'id-number.form',
    /^第6行 字段「身份证号」应为 18 位.*实际为“11010119700307001”/,
  ],
  ['phones.csv', 3, 'number', 'phone.invalid', /^第3行 字段「手机号」应为 \+86 手机号.*实际为“12800000001”/],
  [
    'phones.csv',
    4,
    'imei',
    'imei.check-digit',
    /^第4行 字段「串号（IMEI）」校验位错误，应为 9，实际为 8（Luhn 算法）/,
  ],
  ['phones.csv', 5, 'imei', 'imei.missing-check', /^第5行 字段「串号（IMEI）」.*缺少 Luhn 校验位，应为 9/],
  [
    'vehicles.csv',
    3,
    'plate',
    'plate.office',
    /^第3行 字段「车牌号」内地车牌在“京”之后应为发牌机关代号字母.*实际为“I”/,
  ],
  [
    'vehicles.csv',
    4,
    'plate',
    'plate.serial',
    /^第4行 字段「车牌号」内地车牌应为“京A”加 5 位.*实际为“京A1234”/,
  ],
];

function write(dir: string, name: string, lines: string[]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
}

describe('ingest with language zh-CN', () => {
  it('rejects each malformed identifier in Chinese naming line, field and what was expected; valid rows land', async () => {
    const dir = path.join(tmp, 'in');
    write(dir, 'persons.csv', PERSONS);
    write(dir, 'phones.csv', PHONES);
    write(dir, 'vehicles.csv', VEHICLES);
    const reportDir = path.join(tmp, 'report');
    const s = await ingestPath(db, dir, { language: 'zh-CN', reportDir });
    expect(s.language).toBe('zh-CN');
    expect(s.files.map((f) => [f.file, f.accepted, f.rejected])).toEqual([
      ['persons.csv', 2, 4],
      ['phones.csv', 1, 3],
      ['vehicles.csv', 1, 2],
    ]);
    expect(s.rejects.map((r) => [r.file, r.line, r.field, r.code])).toEqual(
      EXPECTED.map(([f, l, c, code]) => [f, l, c, code]),
    );
    s.rejects.forEach((r, i) => expect(r.reason).toMatch(EXPECTED[i]![4]));
    expect(s.rejects[0]!.params).toEqual({ got: '1', expected: '2' });
    const csv = fs.readFileSync(path.join(reportDir, 'rejects.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF文件,行号,字段,原因\n')).toBe(true);
    expect(csv).toContain('persons.csv,3,idNumber,第3行 字段「身份证号」校验位错误，应为 2');
    const summary = JSON.parse(fs.readFileSync(path.join(reportDir, 'summary.json'), 'utf8'));
    expect(summary.rejects[0]).toMatchObject({ code: 'id-number.check-digit', params: { expected: '2' } });
    const persons = await db.read('queries/ingest/checks/entities-of-type', { label: 'Person' });
    expect(persons.map((r) => r.key).sort()).toEqual(['OK-1', 'OK-2']);
  });
});

describe('the GraphQL ingest mutation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('returns reasons in the language asked for, with code and params; English by default', async () => {
    const token = await api.tokenFor('admin');
    const run = async (language?: string) => {
      const res = await api.gql<{
        ingest: {
          accepted: number;
          rejects: {
            line: number;
            field: string;
            reason: string;
            code: string;
            params: Record<string, unknown>;
          }[];
        };
      }>(
        'mutation($t: String!, $l: String) { ingest(format: persons, source: "api-persons", text: $t, language: $l) { accepted rejects { line field reason code params } } }',
        { t: PERSONS.join('\n'), l: language },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.ingest;
    };
    const zh = await run('zh-CN');
    expect(zh.accepted).toBe(2);
    expect(zh.rejects.map((r) => r.code)).toEqual(EXPECTED.slice(0, 4).map((e) => e[3]));
    zh.rejects.forEach((r, i) => expect(r.reason).toMatch(EXPECTED[i]![4]));
    expect(zh.rejects[0]!.params).toEqual({ got: '1', expected: '2' });
    const en = await run();
    expect(en.rejects[0]).toMatchObject({
      code: 'id-number.check-digit',
      reason: 'check digit is 1, expected 2 (GB 11643 MOD 11-2)',
    });
  });
});
