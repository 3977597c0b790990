// Builds the Lucene query for the full-text index from what an investigator typed. Pure, so the
// escaping and the typo tolerance are unit-tested. Every term must match, exactly, as a prefix or
// within an edit distance (1 for terms of 3 to 6 characters, 2 for longer ones); the whole phrase and a digits-only
// form (for phone numbers and IMEIs typed with spaces) score higher.
import { phoneKey, plateKey, ENTITY_TYPES } from '../model/model.ts';
import { hasHan, toSimplified, toneless } from './chinese.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (t: string) => t.replace(SPECIAL, (c) => `\\${c}`);

export function tokens(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;|]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

export function buildLucene(query: string): string | null {
  const terms = tokens(query);
  if (terms.length === 0) return null;
  const groups = terms.map((t) => {
    const e = escape(t);
    const parts = [`${e}^4`];
    parts.push(`${e}*^2`);
    if (t.length >= 3 && !/^\d+$/.test(t)) parts.push(`${e}~${t.length >= 7 ? 2 : 1}`);
    return `(${parts.join(' OR ')})`;
  });
  const alternatives = [`(${groups.join(' AND ')})`];
  if (terms.length > 1) alternatives.push(`"${escape(terms.join(' '))}"^8`);
  const digits = query.replace(/\D/g, '');
  if (digits.length >= 5 && digits !== terms.join('')) alternatives.push(`${digits}^6`);
  return alternatives.join(' OR ');
}

export const STANDARD_INDEX = 'entity_search';
export const CJK_INDEX = 'entity_search_cjk';

export interface SearchPlan {
  /** The full-text index to ask: the CJK one when the query has a run of two Han characters. */
  index: typeof STANDARD_INDEX | typeof CJK_INDEX;
  lucene: string;
  /** A name starting with this (lower case) ranks higher: the query, when it is one Han word. */
  nameStart: string | null;
}

const HAN_PIECES = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const isHan = (t: string) => /^\p{Script=Han}+$/u.test(t);

/**
 * The search for what an investigator typed. Traditional characters become simplified (searchText
 * carries the simplified form of every Chinese text). Without Han characters, or with single Han
 * characters only, the standard index answers (one term per Han character; pinyin is in
 * searchText as words): `buildLucene`, plus the toneless form when the query has tone marks
 * ("wáng jūn" matches its own tones first, then "wang jun"). With a run of two or more Han
 * characters, the CJK index answers: each run must stand as it is (a phrase of its bigrams), a
 * single character as a term or a bigram's first character, Latin words as in `buildLucene`.
 */
export function planSearch(query: string): SearchPlan | null {
  const q = toSimplified(query.normalize('NFC'));
  if (!hasHan(q)) {
    const lucene = buildLucene(q);
    if (!lucene) return null;
    const plain = toneless(q);
    const alt = plain !== q ? buildLucene(plain) : null;
    return { index: STANDARD_INDEX, lucene: alt ? `(${lucene})^2 OR ${alt}` : lucene, nameStart: null };
  }
  const pieces = tokens(q).flatMap((t) => t.match(HAN_PIECES) ?? []);
  const words = tokens(pieces.join(' '));
  if (words.length === 0) return null;
  const trimmed = q.trim().toLowerCase();
  const nameStart = words.length === 1 && isHan(trimmed) ? trimmed : null;
  if (!words.some((w) => isHan(w) && w.length > 1)) {
    return { index: STANDARD_INDEX, lucene: buildLucene(words.join(' '))!, nameStart };
  }
  const groups = words.map((w) => {
    if (!isHan(w)) return buildLucene(w)!;
    if (w.length === 1) return `(${w}^4 OR ${w}*^2)`;
    return `"${w}"^4`;
  });
  return { index: CJK_INDEX, lucene: groups.map((g) => `(${g})`).join(' AND '), nameStart };
}

/** Forms of the query that would be an identifier exactly (lower case), for exact-first ranking. */
export function exactTexts(query: string): string[] {
  const q = query.trim().toLowerCase();
  const forms = new Set([q, q.replace(/\s+/g, ' ')]);
  if (hasHan(q)) forms.add(toSimplified(q).replace(/\s+/g, ' '));
  if (/\d/.test(q)) forms.add(phoneKey(q));
  forms.add(plateKey(q).toLowerCase());
  return [...forms].filter((f) => f.length > 0);
}

/** The uids the query would be if it were an entity's natural key. */
export function exactUids(query: string, types: readonly string[] | null): string[] {
  const q = query.trim();
  if (!q) return [];
  const out = new Set<string>();
  for (const type of ENTITY_TYPES) {
    if (types && !types.includes(type)) continue;
    out.add(`${type}:${q}`);
    if (type === 'Phone' && /\d/.test(q)) out.add(`Phone:${phoneKey(q)}`);
    if (type === 'Vehicle') out.add(`Vehicle:${plateKey(q)}`);
  }
  if (/^[A-Z][A-Za-z]+:.+/.test(q)) out.add(q); // an id pasted as it is
  return [...out];
}
