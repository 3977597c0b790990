// Chinese identifiers, checked and normalised: the resident identity number (GB 11643-1999),
// mainland vehicle plates (GA 36, with the new-energy form), +86 phone numbers and IMEIs. Pure
// functions: each returns the normalised value and what it tells, or a reason naming what was
// expected (ingest puts the reason in its reject report, beside file, line and field).

/** Why a check failed: a stable code and its params (server/features/ingest/reasons.ts renders them). */
export type CheckCode =
  | 'id-number.form'
  | 'id-number.region'
  | 'id-number.birth-date-invalid'
  | 'id-number.birth-date-early'
  | 'id-number.birth-date-future'
  | 'id-number.check-digit'
  | 'plate.empty'
  | 'plate.office'
  | 'plate.serial'
  | 'phone.invalid'
  | 'phone.not-cn'
  | 'phone.length'
  | 'imei.not-digits'
  | 'imei.missing-check'
  | 'imei.length'
  | 'imei.check-digit';

export interface CheckFailure {
  ok: false;
  reason: string;
  code: CheckCode;
  params: Readonly<Record<string, string | number>>;
}

export type Checked<T extends object = object> = ({ ok: true; value: string } & T) | CheckFailure;

const bad = (
  reason: string,
  code: CheckCode,
  params: Readonly<Record<string, string | number>> = {},
): CheckFailure => ({ ok: false, reason, code, params });

// ---------------------------------------------------------------------------------------------
// Resident identity number

/** Province-level prefixes of GB/T 2260 (the first two digits of a region code). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82'],
]);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an identity number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export interface IdFacts {
  /** The 6-digit GB/T 2260 region code of the place of first registration. */
  region: string;
  /** yyyy-mm-dd. */
  birthDate: string;
  sex: 'male' | 'female';
  /** True when the input was the 15-digit form (1984-1999) and was upgraded to 18 characters. */
  upgraded: boolean;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Checks a resident identity number: 18 characters (6-digit region code, birth date yyyymmdd,
 * 3-digit sequence, odd for men, and the MOD 11-2 check character, X for 10), or the older 15-digit
 * form (yymmdd of the 1900s, no check character), which is upgraded to 18. Spaces are ignored and a
 * lowercase x is read as X. `today` (yyyy-mm-dd) bounds the birth date; it defaults to now.
 */
export function checkIdNumber(raw: string, today = new Date().toISOString().slice(0, 10)): Checked<IdFacts> {
  const text = raw.replace(/\s+/g, '').toUpperCase();
  let id: string;
  let upgraded = false;
  if (/^\d{15}$/.test(text)) {
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
    id = first17 + idCheckCharacter(first17);
    upgraded = true;
  } else if (/^\d{17}[\dX]$/.test(text)) {
    id = text;
  } else {
    return bad(
      `expected 18 characters (17 digits and a check digit or X) or the older 15 digits, got ${JSON.stringify(raw.trim())}`,
      'id-number.form',
      { got: raw.trim() },
    );
  }
  const region = id.slice(0, 6);
  if (!PROVINCE_CODES.has(region.slice(0, 2)))
    return bad(
      `region code ${region} does not begin with a province code (GB/T 2260: 11-82)`,
      'id-number.region',
      {
        region,
      },
    );
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!validDay(y, m, d))
    return bad(`birth date ${id.slice(6, 14)} is not a date (yyyymmdd)`, 'id-number.birth-date-invalid', {
      got: id.slice(6, 14),
    });
  if (y < 1900)
    return bad(`birth date ${birthDate} is before 1900`, 'id-number.birth-date-early', { got: birthDate });
  if (birthDate > today)
    return bad(`birth date ${birthDate} is in the future`, 'id-number.birth-date-future', { got: birthDate });
  if (!upgraded) {
    const want = idCheckCharacter(id.slice(0, 17));
    if (id[17] !== want)
      return bad(`check digit is ${id[17]}, expected ${want} (GB 11643 MOD 11-2)`, 'id-number.check-digit', {
        got: id[17]!,
        expected: want,
      });
  }
  const sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: id, region, birthDate, sex, upgraded };
}

// ---------------------------------------------------------------------------------------------
// Vehicle plates

/** The one-character abbreviations of the mainland provinces, as plates begin. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Last characters of special-use plates: learner, police, Hong Kong/Macau cross-border, trailer, consulate, embassy. */
export const PLATE_SUFFIXES = '学警港澳挂领使';

const SEPARATORS = /[\s\-.·•・]/g;
/** A serial character: a digit or a capital letter other than I and O. */
const S = '[0-9A-HJ-NP-Z]';
/** New-energy letters (GA 36-2018 and the 2021 extension): D A B C E pure electric, F G H J K other. */
const NE = '[ABCDEFGHJK]';
const ORDINARY = new RegExp(`^${S}{5}$`);
const SPECIAL = new RegExp(`^${S}{4}[${PLATE_SUFFIXES}]$`);
const NEW_ENERGY_SMALL = new RegExp(`^${NE}${S}\\d{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^\\d{5}${NE}$`);

export interface PlateFacts {
  /** mainland: ordinary (7 characters), special (a use character last) or new-energy (8); other: not mainland. */
  kind: 'ordinary' | 'special' | 'new-energy' | 'other';
  province?: string;
}

/** The natural key of a plate: NFKC (full-width letters and digits to ASCII), upper case, no separators. */
export function plateText(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
}

/**
 * Checks a plate. A mainland plate (beginning with a province character) must be the province, a
 * letter other than I and O, then five digits or letters (no I/O), four and a use character
 * (学警港澳挂领使), or the six of the new-energy form: D/F (or A B C E G H J K) first, then a digit
 * or letter and four digits (small cars), or five digits then the letter (large vehicles).
 * Separators (space, dot, dash, ·) are removed and letters upper-cased. Anything else (Hong Kong,
 * Macau, foreign plates, romanised spellings) is kept as given with kind 'other', never refused.
 */
export function checkPlate(raw: string): Checked<PlateFacts> {
  const text = plateText(raw);
  if (!text) return bad('expected a plate, got nothing', 'plate.empty');
  const province = text[0]!;
  if (!PLATE_PROVINCES.includes(province)) return { ok: true, value: text, kind: 'other' };
  const office = text[1] ?? '';
  if (!/^[A-HJ-NP-Z]$/.test(office))
    return bad(
      `a mainland plate has a letter other than I and O after ${province}, got ${JSON.stringify(office || raw.trim())}`,
      'plate.office',
      { province, got: office || raw.trim() },
    );
  const serial = text.slice(2);
  if (ORDINARY.test(serial)) return { ok: true, value: text, kind: 'ordinary', province };
  if (SPECIAL.test(serial)) return { ok: true, value: text, kind: 'special', province };
  if (NEW_ENERGY_SMALL.test(serial) || NEW_ENERGY_LARGE.test(serial))
    return { ok: true, value: text, kind: 'new-energy', province };
  return bad(
    `a mainland plate is ${province}${office} and 5 digits or letters without I and O (e.g. ${province}${office}12345), ` +
      `4 and one of ${PLATE_SUFFIXES}, or the 6 of the new-energy form (D or F first or last, e.g. ${province}${office}D12345), ` +
      `got ${JSON.stringify(raw.trim())}`,
    'plate.serial',
    { province, office, suffixes: PLATE_SUFFIXES, got: raw.trim() },
  );
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

export interface PhoneFacts {
  kind: 'mobile' | 'fixed' | 'foreign';
}

const MOBILE = /^1[3-9]\d{9}$/;
/** 0, an area code (10, 2x, or three digits from 3xx to 9xx), then 7 or 8 digits. */
const FIXED_NATIONAL = /^(?:10|2\d|[3-9]\d\d)\d{7,8}$/;

function national(digits: string): Checked<PhoneFacts> | undefined {
  if (MOBILE.test(digits)) return { ok: true, value: `+86${digits}`, kind: 'mobile' };
  if (FIXED_NATIONAL.test(digits)) return { ok: true, value: `+86${digits}`, kind: 'fixed' };
  return undefined;
}

const PHONE_EXPECTED =
  'expected a +86 mobile number (11 digits from 13 to 19), a fixed-line number (0, an area code and 7 or 8 digits), ' +
  'or an international number with + and its country code';

/**
 * Checks a phone number and normalises it to E.164. Mainland mobile (1[3-9] and 11 digits) and
 * fixed-line numbers (0, area code, 7-8 digits) in every common writing: with +86, 0086 or 86
 * (before a mobile number), spaces, dashes, dots and parentheses, "(0)" after the country code.
 * Numbers with another country code (+ or 00) are kept as + and their digits.
 */
export function checkPhone(raw: string): Checked<PhoneFacts> {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s\-.()/]+$/.test(trimmed) || !/\d/.test(trimmed))
    return bad(`${PHONE_EXPECTED}, got ${JSON.stringify(trimmed)}`, 'phone.invalid', { got: trimmed });
  const digits = trimmed.replace(/\D/g, '');
  const plus = trimmed.startsWith('+');
  let international: string | undefined;
  if (plus) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  if (international !== undefined) {
    if (international.startsWith('86')) {
      const rest = international.slice(2).replace(/^0/, '');
      return (
        national(rest) ??
        bad(`${PHONE_EXPECTED}, got ${JSON.stringify(trimmed)} (not a +86 number)`, 'phone.not-cn', {
          got: trimmed,
        })
      );
    }
    if (international.length < 7 || international.length > 15)
      return bad(
        `${PHONE_EXPECTED}, got ${JSON.stringify(trimmed)} (E.164 has 7 to 15 digits)`,
        'phone.length',
        {
          got: trimmed,
        },
      );
    return { ok: true, value: `+${international}`, kind: 'foreign' };
  }
  if (digits.length === 13 && digits.startsWith('86') && MOBILE.test(digits.slice(2)))
    return { ok: true, value: `+${digits}`, kind: 'mobile' };
  if (digits.startsWith('0')) {
    const r = national(digits.slice(1));
    if (r?.ok && r.kind === 'fixed') return r;
  } else if (MOBILE.test(digits)) return { ok: true, value: `+86${digits}`, kind: 'mobile' };
  return bad(`${PHONE_EXPECTED}, got ${JSON.stringify(trimmed)}`, 'phone.invalid', { got: trimmed });
}

/**
 * The natural key of a phone number, for every input (the documented layouts, FollowTheMoney,
 * neo4j-admin imports, call records, search): E.164 when checkPhone reads it and it is written with
 * a + or with a first group of 3 digits or more (as 138 0000 0001, 0086 138…, (010) 1234 5678 and
 * 00852 9123 4567 are written), otherwise its digits with a leading + kept, as before. So POLE's
 * "1-(345)678-9012" stays 13456789012, and a VAST subscriber id stays itself.
 */
export function phoneNumberKey(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  const fallback = trimmed.startsWith('+') ? `+${digits}` : digits;
  const r = checkPhone(trimmed);
  if (!r.ok) return fallback;
  if (trimmed.startsWith('+')) return r.value;
  const firstGroup = /\d+/.exec(trimmed)?.[0] ?? '';
  return firstGroup.length >= 3 ? r.value : fallback;
}

// ---------------------------------------------------------------------------------------------
// IMEI

/** The Luhn check digit of a string of digits (the digit to append). */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * Checks an IMEI: 15 digits, the last the Luhn check digit of the first 14. Spaces, dashes, dots
 * and slashes are removed. 14 digits (an IMEI without its check digit) are refused, naming the
 * digit that would complete them: a missing digit may as well be a mistyped one.
 */
export function checkImei(raw: string): Checked {
  const digits = raw.trim().replace(/[\s\-./]/g, '');
  if (!/^\d+$/.test(digits))
    return bad(`expected an IMEI of 15 digits, got ${JSON.stringify(raw.trim())}`, 'imei.not-digits', {
      got: raw.trim(),
    });
  if (digits.length === 14)
    return bad(
      `expected an IMEI of 15 digits, got 14 (the Luhn check digit, ${luhnCheckDigit(digits)}, is missing)`,
      'imei.missing-check',
      { expected: luhnCheckDigit(digits) },
    );
  if (digits.length !== 15)
    return bad(`expected an IMEI of 15 digits, got ${digits.length}`, 'imei.length', {
      length: digits.length,
    });
  const want = luhnCheckDigit(digits.slice(0, 14));
  if (digits[14] !== want)
    return bad(`check digit is ${digits[14]}, expected ${want} (Luhn)`, 'imei.check-digit', {
      got: digits[14]!,
      expected: want,
    });
  return { ok: true, value: digits };
}
