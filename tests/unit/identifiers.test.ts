// Chinese identifiers (server/features/model/identifiers.ts): valid numbers of real form, their
// check digits computed independently (ISO 7064 MOD 11-2, Luhn), and every malformed kind refused
// with a reason naming what was expected.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseFtm } from '../../server/features/ingest/ftm.ts';
import {
  checkIdNumber,
  checkImei,
  checkPhone,
  checkPlate,
  idCheckCharacter,
  luhnCheckDigit,
  phoneNumberKey,
} from '../../server/features/model/identifiers.ts';
import { phoneKey, plateKey } from '../../server/features/model/model.ts';

const TODAY = '2026-12-04';
const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('resident identity number (GB 11643)', () => {
  it('accepts 18-character numbers and derives region, birth date and sex', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      region: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
      upgraded: false,
    });
    expect(checkIdNumber('610103198511110047', TODAY)).toMatchObject({
      birthDate: '1985-11-11',
      sex: 'female',
    });
    expect(checkIdNumber('330102199201015678', TODAY)).toMatchObject({ region: '330102', sex: 'male' });
    // 29 February of a leap year; a lowercase x is stored as X; spaces are ignored.
    expect(checkIdNumber('510107200002290010', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(checkIdNumber(' 44030419900307123x ', TODAY)).toMatchObject({
      ok: true,
      value: '44030419900307123X',
    });
    expect(checkIdNumber('110101 19700307 0012', TODAY)).toMatchObject({ ok: true, sex: 'male' });
  });

  it('upgrades the 15-digit form to 18 with its check character', () => {
    expect(checkIdNumber('110105491231002', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      upgraded: true,
    });
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('refuses every malformed kind, naming what was expected', () => {
    expect(reason(checkIdNumber('110101197003070011', TODAY))).toBe(
      'check digit is 1, expected 2 (GB 11643 MOD 11-2)',
    );
    expect(reason(checkIdNumber('110101197002300012', TODAY))).toBe(
      'birth date 19700230 is not a date (yyyymmdd)',
    );
    expect(reason(checkIdNumber('510107200102290010', TODAY))).toMatch(/^birth date 20010229 is not a date/);
    expect(reason(checkIdNumber('110101189912310012', TODAY))).toBe('birth date 1899-12-31 is before 1900');
    expect(reason(checkIdNumber('110101203001010012', TODAY))).toBe('birth date 2030-01-01 is in the future');
    expect(reason(checkIdNumber('991010197003070012', TODAY))).toMatch(/^region code 991010 does not begin/);
    expect(reason(checkIdNumber('11010119700307001', TODAY))).toMatch(/^expected 18 characters/);
    expect(reason(checkIdNumber('11010119700307001Y', TODAY))).toMatch(/^expected 18 characters/);
    expect(reason(checkIdNumber('110101700230001', TODAY))).toMatch(/is not a date/);
  });
});

describe('vehicle plates', () => {
  it('normalises mainland plates and tells their kind', () => {
    expect(checkPlate('京A·12345')).toEqual({
      ok: true,
      value: '京A12345',
      kind: 'ordinary',
      province: '京',
    });
    expect(checkPlate('陕 a-8b3c7')).toMatchObject({ ok: true, value: '陕A8B3C7', kind: 'ordinary' });
    expect(checkPlate('粤BD12345')).toMatchObject({ ok: true, kind: 'new-energy' });
    expect(checkPlate('沪A F02368')).toMatchObject({ ok: true, value: '沪AF02368', kind: 'new-energy' });
    expect(checkPlate('沪AF0236')).toMatchObject({ ok: true, kind: 'ordinary' });
    expect(checkPlate('京A12345D')).toMatchObject({ ok: true, kind: 'new-energy' });
    expect(checkPlate('粤Z.1234港')).toMatchObject({ ok: true, value: '粤Z1234港', kind: 'special' });
    expect(checkPlate('晋B1234学')).toMatchObject({ ok: true, kind: 'special' });
    expect(checkPlate('京Ａ１２３４５')).toMatchObject({ ok: true, value: '京A12345' });
  });

  it('keeps Hong Kong, Macau, foreign and romanised plates as given', () => {
    expect(checkPlate('ab 1234')).toEqual({ ok: true, value: 'AB1234', kind: 'other' });
    expect(checkPlate('MA-12-34')).toMatchObject({ ok: true, kind: 'other' });
    expect(checkPlate('Shaan A-12345')).toMatchObject({ ok: true, value: 'SHAANA12345', kind: 'other' });
  });

  it('refuses mainland plates of the wrong form', () => {
    expect(reason(checkPlate('京I12345'))).toMatch(/letter other than I and O after 京/);
    expect(reason(checkPlate('京112345'))).toMatch(/letter other than I and O/);
    expect(reason(checkPlate('京A1234'))).toMatch(/^a mainland plate is 京A and 5 digits/);
    expect(reason(checkPlate('京A12O45'))).toMatch(/without I and O/);
    expect(reason(checkPlate('京AX12345'))).toMatch(/new-energy/);
    expect(reason(checkPlate('京A1234567'))).toMatch(/got "京A1234567"/);
    expect(reason(checkPlate(' '))).toBe('expected a plate, got nothing');
  });

  it('is the plate key of every input', () => {
    expect(plateKey('京A·12345')).toBe('京A12345');
    expect(plateKey('ab-12 c')).toBe('AB12C');
  });
});

describe('phone numbers', () => {
  it('normalises +86 mobile and fixed-line numbers in every common writing to E.164', () => {
    for (const w of [
      '13800000001',
      '138 0000 0001',
      '138-0000-0001',
      '+86 138 0000 0001',
      '+86-138-0000-0001',
      '0086 138 0000 0001',
      '86 13800000001',
      '+86 (138) 0000 0001',
    ])
      expect([w, checkPhone(w)]).toEqual([w, { ok: true, value: '+8613800000001', kind: 'mobile' }]);
    for (const w of [
      '010-12345678',
      '(010) 1234 5678',
      '+86 10 1234 5678',
      '+86 (0)10 12345678',
      '0086 10 12345678',
    ])
      expect([w, checkPhone(w)]).toEqual([w, { ok: true, value: '+861012345678', kind: 'fixed' }]);
    expect(checkPhone('0755-8888888')).toEqual({ ok: true, value: '+867558888888', kind: 'fixed' });
    expect(checkPhone('029 8765 4321')).toEqual({ ok: true, value: '+862987654321', kind: 'fixed' });
  });

  it('keeps numbers with another country code as + and digits', () => {
    expect(checkPhone('+44 20 7946 0958')).toEqual({ ok: true, value: '+442079460958', kind: 'foreign' });
    expect(checkPhone('00852 9123 4567')).toEqual({ ok: true, value: '+85291234567', kind: 'foreign' });
  });

  it('refuses what is not a phone number', () => {
    expect(reason(checkPhone('12800000001'))).toMatch(/^expected a \+86 mobile number/);
    expect(reason(checkPhone('1380000001'))).toMatch(/got "1380000001"/);
    expect(reason(checkPhone('+86 138 0000'))).toMatch(/not a \+86 number/);
    expect(reason(checkPhone('call me'))).toMatch(/^expected/);
    expect(reason(checkPhone('+1 23'))).toMatch(/E\.164 has 7 to 15 digits/);
  });

  it('is the phone key of every input, leaving ids and other countries’ national forms alone', () => {
    expect(phoneKey('138 0000 0001')).toBe('+8613800000001');
    expect(phoneKey('+86 138 0000 0001')).toBe('+8613800000001');
    expect(phoneKey('010-12345678')).toBe('+861012345678');
    // VAST subscriber ids and POLE's numbers keep the key they always had.
    expect(phoneNumberKey('349')).toBe('349');
    expect(phoneNumberKey('1-(345)678-9012')).toBe('13456789012');
    expect(phoneNumberKey('0-(070)893-3322')).toBe('00708933322');
    expect(phoneNumberKey('+44 20 7946 0958')).toBe('+442079460958');
    expect(phoneNumberKey('00852 9123 4567')).toBe('+85291234567');
  });
});

describe('IMEI', () => {
  it('accepts 15 digits with their Luhn digit, separators removed', () => {
    expect(checkImei('356938035643809')).toEqual({ ok: true, value: '356938035643809' });
    expect(checkImei('49-015420-323751-8')).toEqual({ ok: true, value: '490154203237518' });
    expect(luhnCheckDigit('86012345678901')).toBe('4');
  });

  it('refuses a wrong check digit, a missing one and other lengths', () => {
    expect(reason(checkImei('356938035643808'))).toBe('check digit is 8, expected 9 (Luhn)');
    expect(reason(checkImei('35693803564380'))).toBe(
      'expected an IMEI of 15 digits, got 14 (the Luhn check digit, 9, is missing)',
    );
    expect(reason(checkImei('3569380356438091'))).toBe('expected an IMEI of 15 digits, got 16');
    expect(reason(checkImei('35693A035643809'))).toMatch(/^expected an IMEI of 15 digits, got "/);
  });
});

describe('FollowTheMoney persons', () => {
  it('take idNumber, idRegion, and the birth date and sex they do not state, from a valid Chinese idNumber', async () => {
    const lines = [
      { id: 'p1', schema: 'Person', properties: { name: ['王军'], idNumber: ['X-1', '330102199201015678'] } },
      { id: 'p2', schema: 'Person', properties: { name: ['李娜'], idNumber: ['110101197003070011'] } },
      {
        id: 'p3',
        schema: 'Person',
        properties: {
          name: ['赵敏'],
          idNumber: ['610103198511110047'],
          birthDate: ['1985-11-12'],
          gender: ['male'],
        },
      },
    ].map((l) => JSON.stringify(l));
    const out = [];
    for await (const p of parseFtm(Readable.from([lines.join('\n')]), 'e.jsonl', new Map())) out.push(p);
    const props = out.map((p) => p.nodes![0]!.props);
    expect(props[0]).toMatchObject({
      idNumber: '330102199201015678',
      idRegion: '330102',
      birthDate: '1992-01-01',
      sex: 'male',
      documentIds: ['X-1', '330102199201015678'],
    });
    // A number failing its check digit stays a document number only.
    expect(props[1]).toMatchObject({
      idNumber: undefined,
      sex: undefined,
      documentIds: ['110101197003070011'],
    });
    expect(props[2]).toMatchObject({ idNumber: '610103198511110047', birthDate: '1985-11-12', sex: 'male' });
  });
});
