// The catalogue of reject reasons (server/features/ingest/reasons.ts): every code has English and
// Chinese text; Chinese renders leave no English words but field names, the values the reason
// quotes and the names of standards; the English of the identifier checks is the catalogue's,
// word for word; and no ingest source builds a reject's reason by hand, outside the catalogue.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, checkImei, checkPhone, checkPlate } from '../../server/features/model/identifiers.ts';
import {
  FIELD_LABELS_ZH,
  localizeReject,
  REASONS,
  rejectReason,
  renderReason,
  reportLanguageOf,
  REPORT_LANGUAGES,
  why,
  type Param,
  type ReasonCode,
} from '../../server/features/ingest/reasons.ts';
import { LAYOUT_SPECS } from '../../server/features/ingest/layouts.ts';
import { ROOT } from '../support/process.ts';

const CODES = Object.keys(REASONS) as ReasonCode[];

/**
 * Latin words a Chinese reason may keep: column and property names of the inputs, the spellings
 * an input may use for a value, names of standards and formats, and FtM schema names.
 */
const KEPT_WORDS = new Set([
  ...Object.values(LAYOUT_SPECS).flatMap((s) => [...s.required, ...s.optional]),
  ...['ID', 'LABEL', 'TYPE', 'START_ID', 'END_ID', 'schema', 'properties', 'kind'],
  ...['directed', 'undirected', 'yes', 'no', 'true', 'false', 'male', 'female'],
  ...['ISO', 'GB', 'MOD', 'IMEI', 'Luhn', 'CSV', 'JSON', 'E.164', 'T', 'Z'],
  ...['Person', 'Asset', 'Thing'],
]);

const paramWords = (params: Readonly<Record<string, Param>>) =>
  Object.values(params).flatMap((v) => (Array.isArray(v) ? v : [String(v)]));

/** The Latin words of a text once the params' values and the kept words are taken out. */
function leftoverEnglish(text: string, params: Readonly<Record<string, Param>>): string[] {
  let rest = text;
  for (const v of paramWords(params).sort((a, b) => b.length - a.length))
    if (v) rest = rest.split(v).join(' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !KEPT_WORDS.has(w));
}

describe('the reason catalogue', () => {
  it('has English and Chinese text for every code, and a sample to render it with', () => {
    expect(CODES.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const code of CODES) {
      for (const lang of REPORT_LANGUAGES) {
        const text = renderReason(code, REASONS[code].sample, lang);
        if (typeof text !== 'string' || text.trim().length < 2) missing.push(`${code} (${lang})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('renders Chinese without English words, but field names, quoted values and standards', () => {
    const leftovers: Record<string, string[]> = {};
    for (const code of CODES) {
      const params = REASONS[code].sample;
      const zh = renderReason(code, params, 'zh-CN');
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, code).not.toBe(renderReason(code, params, 'en'));
      const left = leftoverEnglish(zh, params);
      if (left.length) leftovers[code] = left;
    }
    expect(leftovers).toEqual({});
    // The test is not blind: English is found.
    expect(
      leftoverEnglish(renderReason('id-number.check-digit', { got: '1', expected: '6' }, 'en'), {}),
    ).toContain('check');
  });

  it('renders a Chinese reject as one sentence naming the line, the field and what was expected', () => {
    const r = {
      file: 'persons.csv',
      line: 12,
      field: 'idNumber',
      ...why('id-number.check-digit', { got: '3', expected: 'X' }),
    };
    expect(r.reason).toBe('check digit is 3, expected X (GB 11643 MOD 11-2)');
    expect(rejectReason(r, 'zh-CN')).toBe(
      '第12行 字段「身份证号」校验位错误，应为 X，实际为 3（GB 11643 MOD 11-2）',
    );
    expect(localizeReject(r, 'en')).toBe(r);
    expect(localizeReject(r, 'zh-CN')).toMatchObject({
      code: 'id-number.check-digit',
      params: { expected: 'X' },
    });
    const whole = {
      file: 'p.csv',
      line: 4,
      field: '(record)',
      ...why('record.width', { expected: 4, got: 2 }),
    };
    expect(rejectReason(whole, 'zh-CN')).toBe('第4行 整条记录：应有 4 个字段，实际为 2 个');
    // A field without a Chinese label (a call-record column, a neo4j-admin property) keeps its name.
    const cdr = { file: 'c.csv', line: 2, field: 'Duration(seconds)', ...why('field.required') };
    expect(rejectReason(cdr, 'zh-CN')).toBe('第2行 字段「Duration(seconds)」为必填项，但为空');
    expect(FIELD_LABELS_ZH.number).toBe('手机号');
  });

  it('keeps the English of the identifier checks word for word', () => {
    const TODAY = '2026-01-01';
    const failures = [
      checkIdNumber('110101197003070011', TODAY),
      checkIdNumber('110101197002300012', TODAY),
      checkIdNumber('110101203001010012', TODAY),
      checkIdNumber('110101189912310012', TODAY),
      checkIdNumber('991010197003070012', TODAY),
      checkIdNumber('11010119700307001', TODAY),
      checkPlate(''),
      checkPlate('京I12345'),
      checkPlate('京A1234'),
      checkPhone('12800000001'),
      checkPhone('+86 138 0000'),
      checkPhone('+1 23'),
      checkPhone('abc'),
      checkImei('35693803564380'),
      checkImei('356938035643808'),
      checkImei('3569380356'),
      checkImei('imei?'),
    ];
    const codes = new Set<string>();
    for (const r of failures) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      codes.add(r.code);
      expect(why(r.code, r.params).reason).toBe(r.reason);
    }
    expect(codes.size).toBe(failures.length - 1); // phone.invalid twice
  });

  it('reads language tags as users and environments give them', () => {
    expect(reportLanguageOf('zh-CN')).toBe('zh-CN');
    expect(reportLanguageOf('zh_CN.UTF-8')).toBe('zh-CN');
    expect(reportLanguageOf('zh-Hans')).toBe('zh-CN');
    expect(reportLanguageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(reportLanguageOf('en_GB.UTF-8')).toBe('en');
    expect(reportLanguageOf('C.UTF-8')).toBe('en');
    expect(reportLanguageOf('C')).toBeUndefined();
    expect(reportLanguageOf('')).toBeUndefined();
    expect(reportLanguageOf(undefined)).toBeUndefined();
  });
});

describe('every reject of the ingest sources', () => {
  it('takes its reason from the catalogue (why), never from a string built at the call site', () => {
    const dir = path.join(ROOT, 'server/features/ingest');
    const offenders: string[] = [];
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'reasons.ts')) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/\breason:\s*[`'"]/.test(line) || /\.(fail|refuse|note)\([^)]*,\s*[`'"]/.test(line))
          offenders.push(`${name}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
    const source = fs.readFileSync(path.join(ROOT, 'server/features/model/identifiers.ts'), 'utf8');
    const used = [...source.matchAll(/'([a-z-]+\.[a-z-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(15);
    for (const code of used) expect(CODES, code).toContain(code);
  });
});
