// Blocking: instead of comparing every pair of persons (n² / 2), group them by cheap keys that
// duplicates are likely to share — a document number, a phone, an IMEI, a vehicle, a phonetic
// key of the whole name or of one name token, a birth date, an identity number, the simplified
// form and the pinyin of a name in characters — and compare only within groups.
// Groups larger than maxBlockSize are skipped: a key shared by hundreds of people (a switchboard
// number, the family name "Wang") says nothing about any one pair, and would make this quadratic.
import { identityFacts, namePinyin, simplifiedName } from './names.ts';
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
  const id = identityFacts(p);
  if (id.idNumber) keys.add(`c:${id.idNumber}`);
  if (id.birthDate) keys.add(`b:${birthDateKey(id.birthDate)}`);
  for (const name of [p.name, ...p.aliases]) {
    if (!name) continue;
    // Names in characters: simplified (so 陳 meets 陈) and by pinyin (homophones, romanisations).
    const py = namePinyin(name);
    if (py !== '') {
      keys.add(`y:${py}`);
      keys.add(`j:${soundex(py)}`);
    }
    const tokens = nameTokens(simplifiedName(name));
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

export interface BlockIndex {
  /** Blocks worth pairing (2 to maxBlockSize members): key → person indexes, ascending. */
  blocks: Map<string, number[]>;
  /** Each person's keys of those blocks, sorted, to find a pair's first shared block. */
  keysOf: string[][];
  skippedBlocks: number;
}

export function blockIndex(persons: readonly PersonFacts[], maxBlockSize: number): BlockIndex {
  const all = new Map<string, number[]>();
  const personKeys = persons.map((p, i) => {
    const keys = blockingKeys(p);
    for (const k of keys) {
      const list = all.get(k);
      if (list) list.push(i);
      else all.set(k, [i]);
    }
    return keys;
  });
  const blocks = new Map<string, number[]>();
  let skippedBlocks = 0;
  for (const [k, members] of all) {
    if (members.length < 2) continue;
    if (members.length > maxBlockSize) skippedBlocks++;
    else blocks.set(k, members);
  }
  const keysOf = personKeys.map((keys) => keys.filter((k) => blocks.has(k)).sort());
  return { blocks, keysOf, skippedBlocks };
}

/** The smallest key two sorted key lists share, or undefined. */
function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return a[i];
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return undefined;
}

/**
 * Yields every pair [i, j] (i < j) that shares a block, once: a pair is produced by the first
 * block (in key order) the two share, so no set of seen pairs has to be held in memory.
 */
export function* blockedPairs(index: BlockIndex): Generator<[number, number]> {
  for (const [key, members] of index.blocks) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (firstShared(index.keysOf[i]!, index.keysOf[j]!) === key) yield [i, j];
      }
    }
  }
}

export interface Blocks {
  /** Index pairs [i, j] with i < j into the persons array, each once. */
  pairs: Array<[number, number]>;
  skippedBlocks: number;
}

/** All blocked pairs at once (tests, benchmarks); the service streams blockedPairs instead. */
export function candidatePairs(persons: readonly PersonFacts[], maxBlockSize: number): Blocks {
  const index = blockIndex(persons, maxBlockSize);
  return { pairs: [...blockedPairs(index)], skippedBlocks: index.skippedBlocks };
}
