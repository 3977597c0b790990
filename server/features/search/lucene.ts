// Builds the Lucene query for the full-text index from what an investigator typed. Pure, so the
// escaping and the typo tolerance are unit-tested. Every term must match, exactly, as a prefix or
// within an edit distance (1 for terms of 3 to 6 characters, 2 for longer ones); the whole phrase and a digits-only
// form (for phone numbers and IMEIs typed with spaces) score higher.
import { phoneKey, plateKey, ENTITY_TYPES } from '../model/model.ts';

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

/** Forms of the query that would be an identifier exactly (lower case), for exact-first ranking. */
export function exactTexts(query: string): string[] {
  const q = query.trim().toLowerCase();
  const forms = new Set([q, q.replace(/\s+/g, ' ')]);
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
