// Chinese investigators' files (issue 18): a GBK export with Chinese headers loads, its identity
// numbers giving birth date, sex and region; twenty malformed identifiers (identity numbers, phones,
// IMEIs, plates) are each rejected with file, line, field and reason while the valid rows of the
// same files land.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
let tmp: string;
beforeAll(async () => {
  db = await openTestDb();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-chinese-'));
});
beforeEach(() => resetData(db));
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const entities = async (label: string) =>
  Object.fromEntries(
    (await db.read('queries/ingest/checks/entities-of-type', { label })).map((r) => [
      r.key as string,
      r.props as Record<string, unknown>,
    ]),
  );

function write(dir: string, name: string, lines: string[], encoding = 'utf8'): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, encoding));
  return file;
}

describe('a GBK export with Chinese headers', () => {
  it('is detected as GB18030, maps its headers and derives birth date, sex and region from the ID', async () => {
    const dir = path.join(tmp, 'gbk');
    const persons = write(
      dir,
      'persons.csv',
      [
        '编号,姓名,别名,身份证号,出生日期,性别,国籍,备注',
        'P-CN-1,王军,老王;军哥,330102199201015678,,,CN,夜里盗掘古墓',
        'P-CN-2,李娜,,11010519491231002x,1949-12-31,女,CN,',
        'P-CN-3,张伟,,440304900307123,,男,CN,身份证为旧版十五位',
      ],
      'gbk',
    );
    const phones = write(
      dir,
      'phones.csv',
      ['手机号,串号,机主', '138 0000 0001,356938035643809,P-CN-1', '(029) 8765 4321,,P-CN-2'],
      'gbk',
    );
    // Really GBK: not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(persons))).toThrow();
    const s = await ingestPath(db, [persons, phones]);
    expect(s.files.map((f) => [f.file, f.refused, f.accepted, f.rejected])).toEqual([
      ['persons.csv', undefined, 3, 0],
      ['phones.csv', undefined, 2, 0],
    ]);
    const p = await entities('Person');
    expect(Object.keys(p)).toEqual(['P-CN-1', 'P-CN-2', 'P-CN-3']);
    expect(p['P-CN-1']).toMatchObject({
      name: '王军',
      aliases: ['老王', '军哥'],
      idNumber: '330102199201015678',
      idRegion: '330102',
      birthDate: '1992-01-01',
      sex: 'male',
      documentIds: ['330102199201015678'],
      notes: '夜里盗掘古墓',
    });
    expect(p['P-CN-2']).toMatchObject({
      idNumber: '11010519491231002X',
      sex: 'female',
      birthDate: '1949-12-31',
    });
    // The 15-digit form, upgraded with its check character.
    expect(p['P-CN-3']).toMatchObject({
      idNumber: '44030419900307123X',
      birthDate: '1990-03-07',
      sex: 'male',
    });
    const ph = await entities('Phone');
    expect(Object.keys(ph)).toEqual(['+8613800000001', '+862987654321']);
    expect(ph['+8613800000001']).toMatchObject({ number: '+8613800000001', imei: '356938035643809' });
  });

  it('is refused when declared UTF-8, and a file neither UTF-8 nor GB18030 is refused as a whole', async () => {
    const dir = path.join(tmp, 'declared');
    const gbk = write(dir, 'persons.csv', ['编号,姓名', 'P-1,王军'], 'gbk');
    const broken = path.join(dir, 'broken-persons.csv');
    fs.writeFileSync(
      broken,
      Buffer.concat([Buffer.from('id,name\nX1,Jos'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const s = await ingestPath(db, [gbk], { encoding: 'utf-8' });
    expect(s.files[0]!.refused).toMatch(/refused persons\.csv: it is not valid UTF-8 text/);
    const t = await ingestPath(db, [broken]);
    expect(t.files[0]!.refused).toMatch(/it is not valid UTF-8 text \(.*\), nor GB18030\/GBK \(/);
    const u = await ingestPath(db, [gbk], { encoding: 'gb18030' });
    expect(u.accepted).toBe(1);
    expect(Object.keys(await entities('Person'))).toEqual(['P-1']);
  });
});

describe('malformed identifiers', () => {
  it('reject each record with file, line, field and reason; the valid rows of the same files land', async () => {
    const dir = path.join(tmp, 'bad');
    write(dir, 'persons.csv', [
      '编号,姓名,身份证号,出生日期,性别',
      'OK-1,王军,330102199201015678,1992-01-01,男',
      'B-01,甲,110101197003070011,,', // 3: bad check digit
      'B-02,乙,110101197002300012,,', // 4: 30 February
      'B-03,丙,110101203001010012,,', // 5: born in the future
      'B-04,丁,110101189912310012,,', // 6: before 1900
      'B-05,戊,991010197003070012,,', // 7: no such province
      'B-06,己,11010119700307001,,', // 8: 17 characters
      'OK-2,李娜,11010519491231002X,,', // 9
      'B-07,庚,11010119700307001Y,,', // 10: not a digit or X last
      'B-08,辛,110101701301001,,', // 11: 15 digits, month 13
      'B-09,壬,330102199201015678,1992-01-02,', // 12: birth date against the ID
      'B-10,癸,330102199201015678,,女', // 13: sex against the ID
      'OK-3,张伟,,1980-05-05,', // 14
    ]);
    write(dir, 'phones.csv', [
      'number,imei,owner',
      '+86 138 0000 0001,356938035643809,OK-1',
      '12800000001,,', // 3: no such mobile prefix
      '1380000001,,', // 4: ten digits
      '+86 138 0000,,', // 5: too short for +86
      '+86 139 0000 0002,356938035643808,', // 6: IMEI Luhn
      '+86 137 0000 0003,35693803564380,', // 7: IMEI without its check digit
      '+44 20 7946 0958,490154203237518,OK-2',
    ]);
    write(dir, 'vehicles.csv', [
      '车牌号,品牌,车主',
      '京A 12345,Volkswagen,OK-1',
      '京I12345,,', // 3: I after the province
      '京A1234,,', // 4: too short
      '粤BD12345,BYD,OK-2',
      '京AX12345,,', // 6: eight characters, not new-energy
      'AB 1234,Toyota,', // Hong Kong: kept as given
    ]);
    write(dir, 'sightings.csv', [
      'plate,camera,time',
      '京A·12345,CAM-1,2024-05-01T03:00:00+08:00',
      '粤112345,CAM-2,2024-05-01T03:05:00+08:00', // 3: a digit after the province
      '沪A12O45,CAM-3,2024-05-01T03:10:00+08:00', // 4: O in the serial
    ]);
    const s = await ingestPath(db, dir);
    expect(s.files.map((f) => [f.file, f.refused, f.accepted, f.rejected])).toEqual([
      ['persons.csv', undefined, 3, 10],
      ['phones.csv', undefined, 2, 5],
      ['sightings.csv', undefined, 1, 2],
      ['vehicles.csv', undefined, 3, 3],
    ]);
    const expected: Array<[string, number, string, RegExp]> = [
      ['persons.csv', 3, 'idNumber', /^check digit is 1, expected 2 \(GB 11643 MOD 11-2\)$/],
      ['persons.csv', 4, 'idNumber', /^birth date 19700230 is not a date/],
      ['persons.csv', 5, 'idNumber', /^birth date 2030-01-01 is in the future$/],
      ['persons.csv', 6, 'idNumber', /^birth date 1899-12-31 is before 1900$/],
      ['persons.csv', 7, 'idNumber', /^region code 991010 does not begin with a province code/],
      ['persons.csv', 8, 'idNumber', /^expected 18 characters .* got "11010119700307001"$/],
      ['persons.csv', 10, 'idNumber', /^expected 18 characters/],
      ['persons.csv', 11, 'idNumber', /^birth date 19701301 is not a date/],
      ['persons.csv', 12, 'birthDate', /^is 1992-01-02, but idNumber 330102199201015678 says 1992-01-01$/],
      ['persons.csv', 13, 'sex', /^is female, but idNumber 330102199201015678 says male$/],
      ['phones.csv', 3, 'number', /^expected a \+86 mobile number .* got "12800000001"$/],
      ['phones.csv', 4, 'number', /^expected a \+86 mobile number .* got "1380000001"$/],
      ['phones.csv', 5, 'number', /not a \+86 number/],
      ['phones.csv', 6, 'imei', /^check digit is 8, expected 9 \(Luhn\)$/],
      [
        'phones.csv',
        7,
        'imei',
        /^expected an IMEI of 15 digits, got 14 \(the Luhn check digit, 9, is missing\)$/,
      ],
      ['sightings.csv', 3, 'plate', /^a mainland plate has a letter other than I and O after 粤/],
      ['sightings.csv', 4, 'plate', /^a mainland plate is 沪A and 5 digits or letters without I and O/],
      ['vehicles.csv', 3, 'plate', /^a mainland plate has a letter other than I and O after 京, got "I"$/],
      ['vehicles.csv', 4, 'plate', /^a mainland plate is 京A and 5 digits .* got "京A1234"$/],
      ['vehicles.csv', 6, 'plate', /new-energy form .* got "京AX12345"$/],
    ];
    expect(expected).toHaveLength(20);
    expect(s.rejects.map((r) => [r.file, r.line, r.field])).toEqual(expected.map(([f, l, c]) => [f, l, c]));
    s.rejects.forEach((r, i) => expect(r.reason).toMatch(expected[i]![3]));

    expect(Object.keys(await entities('Person')).sort()).toEqual(['OK-1', 'OK-2', 'OK-3']);
    expect(Object.keys(await entities('Phone'))).toEqual(['+442079460958', '+8613800000001']);
    const v = await entities('Vehicle');
    expect(Object.keys(v)).toEqual(['AB1234', '京A12345', '粤BD12345']);
    expect(v['AB1234']).toMatchObject({ plate: 'AB 1234', plateKind: 'other' });
    expect(v['粤BD12345']).toMatchObject({ plate: '粤BD12345', plateKind: 'new-energy' });
    // The sighting of 京A·12345 is of the vehicle written 京A 12345.
    const seen = await entities('Sighting');
    expect(Object.values(seen).map((x) => x.plate)).toEqual(['京A12345']);
  });
});
