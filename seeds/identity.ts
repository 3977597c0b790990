// Identifiers and names of the demo network: +86 mobile numbers, IMEIs (Luhn), plates of the
// province (the 8-character new-energy form too), resident ID numbers (GB 11643: a real county
// code, the birth date, a sequence whose parity is the sex, the MOD 11-2 check), and names in
// characters with their pinyin. Each identifier is a bijection of a serial number, so two people
// never share one unless the generator plants it.
import { idCheckCharacter, luhnCheckDigit } from '../server/features/model/identifiers.ts';
import { mix32, scramble, type Rng } from './random.ts';
import {
  ALIAS_FORMS,
  DIGGER_NICKNAMES,
  FEMALE_GIVEN,
  FOREIGN_ALIASES,
  FOREIGN_COUNTRIES,
  FOREIGN_FEMALE,
  FOREIGN_MALE,
  FOREIGN_NICKNAMES,
  FOREIGN_SURNAMES,
  HOMOPHONES,
  IMEI_TACS,
  MALE_GIVEN,
  MOBILE_PREFIXES,
  NICKNAMES,
  SURNAMES,
  type HanChar,
  type Province,
} from './vocab.ts';

export function phoneNumber(seed: number, serial: number): string {
  const body = scramble(serial, 100_000_000, seed + 11);
  const prefix = MOBILE_PREFIXES[(body * 7 + serial) % MOBILE_PREFIXES.length]!;
  const digits = String(body).padStart(8, '0');
  return `+86 ${prefix} ${digits.slice(0, 4)} ${digits.slice(4)}`;
}

export function imei(seed: number, serial: number): string {
  const v = scramble(serial, IMEI_TACS.length * 1_000_000, seed + 13);
  const body = `${IMEI_TACS[Math.floor(v / 1_000_000)]!}${String(v % 1_000_000).padStart(6, '0')}`;
  return body + luhnCheckDigit(body);
}

/** Letters of plates: no I and O (they read as 1 and 0). */
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** One vehicle in this many has the green new-energy plate. */
const NEW_ENERGY_SHARE = 0.15;

/** True when the vehicle of this serial is a new-energy one (8-character plate). */
export function isNewEnergy(seed: number, serial: number): boolean {
  return mix32(serial * 31 + seed * 7 + 5) / 4_294_967_296 < NEW_ENERGY_SHARE;
}

/**
 * A Chinese plate: the province's character, an office letter, then five letters or digits
 * ("陕A·3K7Q2"); for a new-energy vehicle the 8-character form: D (electric) or F (hybrid), a
 * letter or digit and four digits ("豫C·DK5208").
 */
export function plate(seed: number, serial: number, province: Province): string {
  if (isNewEnergy(seed, serial)) {
    // A bijection of the serial onto (letter, D/F, letter-or-digit, 4 digits).
    const v = scramble(serial, PLATE_LETTERS.length * 2 * 34 * 10_000, seed + 23);
    const letter = PLATE_LETTERS[v % PLATE_LETTERS.length]!;
    let rest = Math.floor(v / PLATE_LETTERS.length);
    const kind = rest % 2 === 0 ? 'D' : 'F';
    rest = Math.floor(rest / 2);
    const c = rest % 34;
    const second = c < 10 ? String(c) : PLATE_LETTERS[c - 10]!;
    const digits = String(Math.floor(rest / 34)).padStart(4, '0');
    return `${province.plate}${letter}·${kind}${second}${digits}`;
  }
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

/** Birth dates of the people: 1950-01-01 .. 1997-12-31, so everyone is an adult from 2015 on. */
export const BIRTH_FROM = '1950-01-01';
export const BIRTH_TO = '1997-12-31';
const BIRTH_DAYS = (Date.UTC(1997, 11, 31) - Date.UTC(1950, 0, 1)) / 86_400_000 + 1;
/** Sequence numbers per sex and day: 2s+3 (odd, men) or 2s+2 (even, women), s < 499: 002..999. */
const SEQUENCES = 499;

/**
 * An 18-digit resident ID number: the county's GB/T 2260 code, birth date, sequence (odd for
 * men), ISO 7064 MOD 11-2 check. The birth date and sequence come from the person's serial, so
 * numbers are unique whatever the county; the birth date is returned too.
 */
export function residentId(
  seed: number,
  person: number,
  county: string,
  sex: 'male' | 'female',
): { id: string; birthDate: string } {
  const v = scramble(person, BIRTH_DAYS * SEQUENCES, seed + 19);
  const day = Math.floor(v / SEQUENCES);
  const s = v % SEQUENCES;
  const seq = sex === 'male' ? 2 * s + 3 : 2 * s + 2;
  const ymd = new Date(Date.UTC(1950, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const body = `${county}${ymd.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return { id: body + idCheckCharacter(body), birthDate: ymd };
}

/** Ways a clerk writes an identity number: with spaces, a lowercase x, the old 15 digits. */
export function idWrittenDifferently(id: string, r: Rng): string {
  const forms = [`${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, id.slice(0, 6) + id.slice(8, 17)];
  if (id.endsWith('X')) forms.push(id.slice(0, 17) + 'x');
  return r.pick(forms);
}

// ---- names

export interface PersonName {
  /** In characters (simplified), or an English name for a foreigner. */
  name: string;
  /** Surname: one character, or the English surname. */
  surname: string;
  given: string;
}

const PINYIN = new Map<string, string>();
const TRADITIONAL = new Map<string, string>();
for (const table of [SURNAMES, MALE_GIVEN, FEMALE_GIVEN, Object.values(HOMOPHONES)]) {
  for (const [han, py, trad] of table) {
    PINYIN.set(han, py);
    if (trad) {
      PINYIN.set(trad, py);
      TRADITIONAL.set(han, trad);
    }
  }
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The toneless pinyin syllables of a name the generator wrote, character by character. */
export function pinyinOf(name: string): string[] {
  return [...name].map((c) => {
    const py = PINYIN.get(c);
    if (py === undefined) throw new Error(`seeds: no pinyin for ${c} in ${name}`);
    return py;
  });
}

/** "王建国" → "Wang Jianguo": surname, space, the given name's syllables joined. */
export function romanise(name: string): string {
  const [s, ...g] = pinyinOf(name);
  return g.length > 0 ? `${cap(s!)} ${cap(g.join(''))}` : cap(s!);
}

/** The name in traditional characters (陈建国 → 陳建國); characters without one stay. */
export const traditional = (name: string): string => [...name].map((c) => TRADITIONAL.get(c) ?? c).join('');

export function chineseName(rng: Rng, sex: 'male' | 'female', surname?: string): PersonName {
  const s = surname ?? rng.pick(SURNAMES)[0];
  const pool: readonly HanChar[] = sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  const given = rng.chance(0.7) ? rng.pick(pool)[0] + rng.pick(pool)[0] : rng.pick(pool)[0];
  const name = s + given;
  return { name, surname: s, given };
}

/** The name with one given-name character swapped for a homophone (王建军 → 王建君), or undefined. */
export function homophoneOf(name: string, r: Rng): string | undefined {
  const chars = [...name];
  const at = chars.map((c, i) => (i > 0 && HOMOPHONES[c] ? i : -1)).filter((i) => i > 0);
  if (at.length === 0) return undefined;
  const i = r.pick(at);
  chars[i] = HOMOPHONES[chars[i]!]![0];
  return chars.join('');
}

/** 老王, 王哥, 阿军, or an underworld 绰号 (刀疤; tomb robbers' own for diggers). */
export function nickname(rng: Rng, n: PersonName, digger = false): string {
  if (digger && rng.chance(0.5)) return rng.pick(DIGGER_NICKNAMES);
  if (rng.chance(0.3)) return rng.pick(NICKNAMES);
  const g = n.given.slice(-1);
  return rng.pick(ALIAS_FORMS).replace('{s}', n.surname).replace('{g}', g);
}

export interface ForeignIdentity extends PersonName {
  nationality: string;
  passport: string;
  /** 英国伦敦. */
  place: string;
  alias: string;
}

/** A foreign buyer: an English name, their country, a passport number unique to the person. */
export function foreignIdentity(
  rng: Rng,
  seed: number,
  person: number,
  sex: 'male' | 'female',
): ForeignIdentity {
  const given = rng.pick(sex === 'male' ? FOREIGN_MALE : FOREIGN_FEMALE);
  const surname = rng.pick(FOREIGN_SURNAMES);
  const country = rng.pick(FOREIGN_COUNTRIES);
  let serial = scramble(person, 100_000_000, seed + 29);
  let passport = '';
  for (const c of [...country.passport].reverse()) {
    if (c === '9') {
      passport = String(serial % 10) + passport;
      serial = Math.floor(serial / 10);
    } else {
      passport = PASSPORT_LETTERS[serial % PASSPORT_LETTERS.length]! + passport;
      serial = Math.floor(serial / PASSPORT_LETTERS.length);
    }
  }
  const name = `${given} ${surname}`;
  return {
    name,
    surname,
    given,
    nationality: country.code,
    passport,
    place: `${country.name}${country.city}`,
    alias: rng.chance(0.6) ? FOREIGN_ALIASES[given]! : rng.pick(FOREIGN_NICKNAMES),
  };
}
const PASSPORT_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
