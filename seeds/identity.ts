// Identifiers and names of the demo network: +86 mobile numbers, IMEIs, Chinese plates, resident
// ID numbers (with their real check digit) and pinyin names. Each identifier is a bijection of a
// serial number, so two people never share one unless the generator plants it.
import { rngOf, scramble, type Rng } from './random.ts';
import { ALIAS_FORMS, GIVEN, IMEI_TACS, MOBILE_PREFIXES, SURNAMES, type Province } from './vocab.ts';

export function phoneNumber(seed: number, serial: number): string {
  const body = scramble(serial, 100_000_000, seed + 11);
  const prefix = MOBILE_PREFIXES[(body * 7 + serial) % MOBILE_PREFIXES.length]!;
  const digits = String(body).padStart(8, '0');
  return `+86 ${prefix} ${digits.slice(0, 4)} ${digits.slice(4)}`;
}

export function imei(seed: number, serial: number): string {
  const v = scramble(serial, IMEI_TACS.length * 1_000_000, seed + 13);
  const body = `${IMEI_TACS[Math.floor(v / 1_000_000)]!}${String(v % 1_000_000).padStart(6, '0')}`;
  return body + luhn(body);
}

function luhn(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A Chinese plate such as "陕A·3K7Q2"; the province gives the first character. */
export function plate(seed: number, serial: number, province: Province): string {
  // A bijection of the serial onto (letter, 2 letters-or-digits, 3 digits), so plates never collide.
  const v = scramble(serial, PLATE_LETTERS.length * 34 * 34 * 1000, seed + 17);
  const letter = PLATE_LETTERS[v % PLATE_LETTERS.length]!;
  let rest = Math.floor(v / PLATE_LETTERS.length);
  const chars: string[] = [];
  for (let k = 0; k < 5; k++) {
    const base = k < 2 ? 34 : 10;
    const c = rest % base;
    rest = Math.floor(rest / base);
    chars.push(c < 10 ? String(c) : PLATE_LETTERS[c - 10]!);
  }
  return `${province.plate}${letter}·${chars.join('')}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * An 18-digit resident ID number: area, birth date, sequence, ISO 7064 check. The birth date and
 * sequence come from the person's serial, so numbers are unique; the birth date is returned too.
 */
export function residentId(
  seed: number,
  person: number,
  province: Province,
): { id: string; birthDate: string } {
  const span = 20_000; // days from 1955-01-01: birth years 1955..2009
  const v = scramble(person, span * 1000, seed + 19);
  const day = Math.floor(v / 1000);
  const seq = v % 1000;
  const birth = new Date(Date.UTC(1955, 0, 1) + day * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10);
  const body = `${province.idArea}${ymd.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return { id: body + ID_CHECK[sum % 11]!, birthDate: ymd };
}

export interface PersonName {
  surname: string;
  given: string;
  name: string;
}

export function personName(rng: Rng, surname?: string): PersonName {
  const s = surname ?? rng.pick(SURNAMES);
  const given = rng.chance(0.6) ? rng.pick(GIVEN) + rng.pick(GIVEN).toLowerCase() : rng.pick(GIVEN);
  return { surname: s, given, name: `${s} ${given}` };
}

export function nickname(rng: Rng, n: PersonName): string {
  return rng.pick(ALIAS_FORMS).replace('{s}', n.surname).replace('{g}', n.given);
}

/** A plausible misspelling of a pinyin name, as a duplicate record would carry. */
export function misspell(name: string, seed: string): string {
  const r = rngOf(seed);
  const swaps: Array<[RegExp, string]> = [
    [/Zh/, 'J'],
    [/x/, 'hs'],
    [/ng\b/, 'n'],
    [/Q/, 'Ch'],
    [/ui/, 'uei'],
    [/ao/, 'au'],
    [/ (\w)/, '$1'],
  ];
  const options = swaps.filter(([re]) => re.test(name));
  if (options.length === 0) return name.toUpperCase();
  const [re, to] = r.pick(options);
  return name.replace(re, to);
}
