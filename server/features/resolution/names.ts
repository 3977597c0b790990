// Chinese names and resident identity numbers as entity-resolution facts: a name in characters is
// compared in its simplified form (traditional 陳 = simplified 陈) and by its toneless pinyin
// ("wangjun"), which alone only says the names sound alike (王军 / 汪军 are homophones, not one
// name); an identity number (GB 11643) carries a birth date and sex that count when a record
// states none.
import { checkIdNumber } from '../model/identifiers.ts';
import { hasHan, toSimplified, toneless } from '../search/chinese.ts';
import { pinyin } from 'pinyin-pro';
import { normaliseName } from './similarity.ts';
import type { PersonFacts } from './types.ts';

export { hasHan };

const MAX_CACHE = 50_000;
const simplifiedCache = new Map<string, string>();
const pinyinCache = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** A name normalised and, when it has Han characters, in simplified characters. */
export const simplifiedName = (name: string): string =>
  cached(simplifiedCache, name, () => normaliseName(hasHan(name) ? toSimplified(name) : name));

/** The toneless pinyin of a name in characters, joined ("王军" → "wangjun"); "" without Han. */
export const namePinyin = (name: string): string =>
  hasHan(name)
    ? cached(pinyinCache, name, () =>
        normaliseName(
          pinyin(toSimplified(name), { toneType: 'none', type: 'array', surname: 'head', v: false })
            .map(toneless)
            .join(''),
        ).replace(/ /g, ''),
      )
    : '';

export interface IdentityFacts {
  /** The identity number as a key (18 characters, upper case), or null. */
  idNumber: string | null;
  /** The record's birth date, else the one its identity number gives. */
  birthDate: string | null;
  /** The record's sex, else the one its identity number gives. */
  sex: string | null;
}

export function identityFacts(p: PersonFacts): IdentityFacts {
  const raw = p.idNumber?.trim() || null;
  const checked = raw ? checkIdNumber(raw, '9999-12-31') : null;
  const fromId = checked?.ok ? checked : null;
  return {
    idNumber: fromId ? fromId.value : raw ? raw.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '') || null : null,
    birthDate: p.birthDate ?? fromId?.birthDate ?? null,
    sex: p.sex?.trim().toLowerCase() || fromId?.sex || null,
  };
}
