// Scores one pair of persons from everything known about both: each piece of evidence has a
// weight; positive weights combine as a noisy-OR (1 - Π(1 - w)), so independent clues add up but
// never pass 1; a conflict (two different birth dates, identity numbers or sexes) multiplies the
// result by (1 - |w|).
import { hasHan, identityFacts, namePinyin, simplifiedName } from './names.ts';
import { nameSimilarity } from './similarity.ts';
import type { Evidence, PersonFacts, ScoredPair } from './types.ts';

export const WEIGHTS = {
  sameIdNumber: 0.98,
  sharedDocument: 0.95,
  sameImei: 0.8,
  aliasMatch: 0.6,
  sameName: 0.5,
  sharedPhone: 0.45,
  similarName: 0.4,
  sameBirthDate: 0.35,
  sharedVehicle: 0.25,
  /** Two names in characters that read the same in pinyin (王军 / 汪军): a weak clue only. */
  samePinyin: 0.2,
  differentBirthDate: -0.6,
  differentSex: -0.8,
  differentIdNumber: -0.9,
} as const;

/** Names at least this similar count as "similar-name" (or "alias-match" for aliases). */
export const NAME_THRESHOLD = 0.92;
/** At most this many clues of one kind count (ten shared phones are not ten times the evidence). */
const MAX_PER_KIND = 3;

/** Upper case, letters and digits only: "ab-123 456" and "AB123456" are the same document. */
export const documentKey = (raw: string) => raw.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The first 14 digits (TAC + serial) of an IMEI, so IMEI, IMEI with check digit and IMEISV agree. */
export function imeiKey(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 14 ? digits.slice(0, 14) : null;
}

/** A birth date as YYYY-MM-DD when it can be read as one, else its trimmed text. */
export function birthDateKey(raw: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(raw.trim());
  if (!m) return raw.trim();
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/**
 * Similarity of two names or aliases: traditional and simplified characters are one name; two
 * names in characters match only when they are the same characters (one character more or less is
 * another given name); otherwise nameSimilarity.
 */
function similarity(x: string, y: string): number {
  const sx = simplifiedName(x);
  const sy = simplifiedName(y);
  if (sx === sy) return 1;
  if (hasHan(sx) && hasHan(sy)) return 0;
  return nameSimilarity(sx, sy);
}

function nameEvidence(a: PersonFacts, b: PersonFacts): Evidence[] {
  const out: Evidence[] = [];
  if (a.name && b.name) {
    const s = similarity(a.name, b.name);
    if (s >= 1) {
      const detail = a.name === b.name ? a.name : `${a.name} = ${b.name}`;
      out.push({ kind: 'same-name', detail, weight: WEIGHTS.sameName });
    } else if (s >= NAME_THRESHOLD) {
      out.push({
        kind: 'similar-name',
        detail: `${a.name} ~ ${b.name} (${s.toFixed(2)})`,
        weight: WEIGHTS.similarName,
      });
    } else {
      const pa = namePinyin(a.name);
      const pb = namePinyin(b.name);
      const latin = (n: string) => simplifiedName(n).replace(/ /g, '');
      if (pa !== '' && pb !== '' && pa === pb) {
        // Homophones: same sound, different characters — a weak clue, never a match alone.
        out.push({
          kind: 'same-pinyin',
          detail: `${a.name} / ${b.name} (${pa})`,
          weight: WEIGHTS.samePinyin,
        });
      } else if (
        (pa !== '' && pb === '' && pa === latin(b.name)) ||
        (pb !== '' && pa === '' && pb === latin(a.name))
      ) {
        // A name in characters and its romanisation ("王军" / "Wang Jun").
        out.push({
          kind: 'similar-name',
          detail: `${a.name} ~ ${b.name} (pinyin)`,
          weight: WEIGHTS.similarName,
        });
      }
    }
  }
  // An alias of one that matches the name or an alias of the other.
  let best: { s: number; detail: string } | undefined;
  const consider = (x: string, y: string, detail: string) => {
    const s = similarity(x, y);
    if (s >= NAME_THRESHOLD && (!best || s > best.s)) best = { s, detail };
  };
  for (const al of a.aliases) {
    if (b.name) consider(al, b.name, `alias "${al}" of ${a.uid} ~ name "${b.name}" of ${b.uid}`);
    for (const bl of b.aliases) consider(al, bl, `alias "${al}" of ${a.uid} ~ alias "${bl}" of ${b.uid}`);
  }
  for (const bl of b.aliases) {
    if (a.name) consider(a.name, bl, `name "${a.name}" of ${a.uid} ~ alias "${bl}" of ${b.uid}`);
  }
  if (best) out.push({ kind: 'alias-match', detail: best.detail, weight: WEIGHTS.aliasMatch });
  return out;
}

function sharedEvidence(a: PersonFacts, b: PersonFacts): Evidence[] {
  const out: Evidence[] = [];
  const ia = identityFacts(a);
  const ib = identityFacts(b);
  if (ia.idNumber && ib.idNumber) {
    if (ia.idNumber === ib.idNumber) {
      out.push({ kind: 'same-id-number', detail: ia.idNumber, weight: WEIGHTS.sameIdNumber });
    } else {
      out.push({
        kind: 'different-id-number',
        detail: `${ia.idNumber} / ${ib.idNumber}`,
        weight: WEIGHTS.differentIdNumber,
      });
    }
  }
  if (ia.sex && ib.sex && ia.sex !== ib.sex) {
    out.push({ kind: 'different-sex', detail: `${ia.sex} / ${ib.sex}`, weight: WEIGHTS.differentSex });
  }
  // The identity number is among the documentIds too: counted once, as same-id-number.
  const docsB = new Set(b.documentIds.map(documentKey));
  const sameId = ia.idNumber === ib.idNumber ? ia.idNumber : null;
  const docs = [...new Set(a.documentIds.map(documentKey))].filter(
    (d) => d !== '' && docsB.has(d) && d !== sameId,
  );
  for (const d of docs.sort().slice(0, MAX_PER_KIND)) {
    out.push({ kind: 'shared-document', detail: d, weight: WEIGHTS.sharedDocument });
  }
  const phones = [...a.phones].filter((p) => b.phones.has(p)).sort();
  for (const p of phones.slice(0, MAX_PER_KIND)) {
    out.push({ kind: 'shared-phone', detail: p, weight: WEIGHTS.sharedPhone });
  }
  // The same handset (IMEI) on different phone records: a SIM swap, the classic burner pattern.
  const imeis: Evidence[] = [];
  for (const [imei, phonesA] of a.imeis) {
    const phonesB = b.imeis.get(imei);
    if (!phonesB) continue;
    const onlyA = [...phonesA].filter((p) => !phonesB.has(p)).sort();
    const onlyB = [...phonesB].filter((p) => !phonesA.has(p)).sort();
    if (onlyA.length === 0 && onlyB.length === 0) continue; // same record: already shared-phone
    const pa = onlyA[0] ?? [...phonesA].sort()[0]!;
    const pb = onlyB[0] ?? [...phonesB].sort()[0]!;
    imeis.push({ kind: 'same-imei', detail: `${imei} on ${pa} and ${pb}`, weight: WEIGHTS.sameImei });
  }
  out.push(...imeis.sort((x, y) => x.detail.localeCompare(y.detail)).slice(0, MAX_PER_KIND));
  const vehicles = [...a.vehicles].filter((v) => b.vehicles.has(v)).sort();
  for (const v of vehicles.slice(0, MAX_PER_KIND)) {
    out.push({ kind: 'shared-vehicle', detail: v, weight: WEIGHTS.sharedVehicle });
  }
  // A birth date the record does not state is the one its identity number gives.
  if (ia.birthDate && ib.birthDate) {
    const da = birthDateKey(ia.birthDate);
    const db = birthDateKey(ib.birthDate);
    if (da === db) out.push({ kind: 'same-birth-date', detail: da, weight: WEIGHTS.sameBirthDate });
    else {
      out.push({
        kind: 'different-birth-date',
        detail: `${da} / ${db}`,
        weight: WEIGHTS.differentBirthDate,
      });
    }
  }
  return out;
}

/** Combines evidence into a score in [0, 1], rounded to 3 decimals. */
export function combine(evidence: readonly Evidence[]): number {
  let miss = 1;
  let conflict = 1;
  let any = false;
  for (const e of evidence) {
    if (e.weight >= 0) {
      miss *= 1 - e.weight;
      any = true;
    } else conflict *= 1 + e.weight;
  }
  if (!any) return 0;
  return Math.round((1 - miss) * conflict * 1000) / 1000;
}

/** Scores a pair; the pair comes back ordered by uid with its evidence strongest first. */
export function scorePair(x: PersonFacts, y: PersonFacts): ScoredPair {
  const [a, b] = x.uid < y.uid ? [x, y] : [y, x];
  const evidence = [...sharedEvidence(a, b), ...nameEvidence(a, b)].sort(
    (e, f) => f.weight - e.weight || e.kind.localeCompare(f.kind) || e.detail.localeCompare(f.detail),
  );
  return { a: a.uid, b: b.uid, score: combine(evidence), evidence };
}
