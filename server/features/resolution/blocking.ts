// Blocking: instead of comparing every pair of persons (n² / 2), group them by cheap keys that
// duplicates are likely to share — a document number, a phone, an IMEI, a vehicle, a phonetic
// key of the whole name or of one name token, a birth date — and compare only within groups.
// Groups larger than maxBlockSize are skipped: a key shared by hundreds of people (a switchboard
// number, the family name "Wang") says nothing about any one pair, and would make this quadratic.
import { birthDateKey, documentKey } from './scoring.ts';
import { nameTokens, soundex } from './similarity.ts';
import type { PersonFacts } from './types.ts';

/** The blocking keys of one person; prefixed by kind so keys of different kinds never meet. */
export function blockingKeys(p: PersonFacts): string[] {
  const keys = new Set<string>();
  for (const d of p.documentIds) {
    const k = documentKey(d);
    if (k !== '') keys.add(`d:${k}`);
  }
  for (const ph of p.phones) keys.add(`p:${ph}`);
  for (const imei of p.imeis.keys()) keys.add(`i:${imei}`);
  for (const v of p.vehicles) keys.add(`v:${v}`);
  if (p.birthDate) keys.add(`b:${birthDateKey(p.birthDate)}`);
  for (const name of [p.name, ...p.aliases]) {
    if (!name) continue;
    const tokens = nameTokens(name);
    if (tokens.length === 0) continue;
    // Whole name, order-insensitive: "Wang Lei", "Lei Wang" and "Wnag Lei" share W520 L000.
    keys.add(`n:${tokens.map(soundex).sort().join(' ')}`);
    // Whole name without spaces, for "Wanglei" vs "Wang Lei".
    keys.add(`j:${soundex(tokens.join(''))}`);
    for (const t of tokens) {
      if (t.length >= 3) keys.add(`t:${soundex(t)}`);
      // Soundex keeps the first letter: a typo there ("Yongbo" / "Rongbo") needs its own key.
      if (t.length >= 4) keys.add(`r:${t.slice(1)}`);
    }
  }
  return [...keys];
}

export interface Blocks {
  /** Index pairs [i, j] with i < j into the persons array, each once. */
  pairs: Array<[number, number]>;
  skippedBlocks: number;
}

export function candidatePairs(persons: readonly PersonFacts[], maxBlockSize: number): Blocks {
  const blocks = new Map<string, number[]>();
  persons.forEach((p, i) => {
    for (const k of blockingKeys(p)) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = persons.length;
  let skippedBlocks = 0;
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length > maxBlockSize) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = Math.min(members[x]!, members[y]!);
        const j = Math.max(members[x]!, members[y]!);
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return { pairs, skippedBlocks };
}
