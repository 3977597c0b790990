// Duplicate detection: blocking + scoring against scoring every pair (the reference), on a seeded
// synthetic population with planted duplicates (misspelt, reordered or transliterated names,
// aliases, shared ID numbers, the same IMEI on another phone record). In memory, no Neo4j: this
// measures the part that must scale; the Cypher around it streams rows once.
import seedrandom from 'seedrandom';
import { candidatePairs } from '../../server/features/resolution/blocking.ts';
import { scorePair } from '../../server/features/resolution/scoring.ts';
import type { PersonFacts } from '../../server/features/resolution/types.ts';
import type { BenchResult, BenchSuite } from '../types.ts';

const FAMILY = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Gao',
  'Lin',
  'Luo',
  'Petrov',
  'Ivanov',
  'Smith',
  'Garcia',
  'Muller',
];
const SYLL = [
  'an',
  'bo',
  'chen',
  'da',
  'fang',
  'gang',
  'hui',
  'jian',
  'jun',
  'kai',
  'lei',
  'li',
  'ming',
  'na',
  'ping',
  'qiang',
  'rong',
  'shan',
  'tao',
  'wei',
  'xin',
  'yan',
  'yong',
  'zhi',
  'hong',
  'hua',
  'lan',
  'mei',
  'qing',
  'xia',
];

function misspell(name: string, rng: () => number): string {
  const chars = [...name];
  const i = 1 + Math.floor(rng() * (chars.length - 2));
  if (chars[i] === ' ' || chars[i + 1] === ' ') return name.split(' ').reverse().join(' ');
  [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  return chars.join('');
}

export function population(n: number, seed: string): { persons: PersonFacts[]; planted: Set<string> } {
  const rng = seedrandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const persons: PersonFacts[] = [];
  const planted = new Set<string>();
  const mk = (i: number): PersonFacts => {
    const given = pick(SYLL) + (rng() < 0.6 ? pick(SYLL) : '');
    const name = `${pick(FAMILY)} ${given[0]!.toUpperCase()}${given.slice(1)}`;
    const y = 1950 + Math.floor(rng() * 50);
    return {
      uid: `Person:${String(i).padStart(7, '0')}`,
      name,
      aliases: [],
      documentIds: rng() < 0.5 ? [`D${Math.floor(rng() * 1e9)}`] : [],
      birthDate: rng() < 0.7 ? `${y}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}` : null,
      phones: new Set(rng() < 0.8 ? [`Phone:${Math.floor(rng() * n * 2)}`] : []),
      imeis: new Map(),
      vehicles: new Set(rng() < 0.3 ? [`Vehicle:${Math.floor(rng() * n)}`] : []),
    };
  };
  let i = 0;
  while (persons.length < n) {
    const p = mk(i++);
    persons.push(p);
    if (rng() < 0.05 && persons.length < n) {
      const d = mk(i++);
      const kind = Math.floor(rng() * 4);
      if (kind === 0) {
        d.name = misspell(p.name!, rng);
        d.birthDate = p.birthDate;
      } else if (kind === 1) d.aliases = [p.name!];
      else if (kind === 2) d.documentIds = [...p.documentIds, `X${i}`].slice(0, 1);
      else {
        const imei = String(350000000000000 + i);
        p.imeis.set(imei.slice(0, 14), new Set([`Phone:a${i}`]));
        d.imeis.set(imei.slice(0, 14), new Set([`Phone:b${i}`]));
      }
      if (kind === 2 && p.documentIds.length === 0) p.documentIds = d.documentIds;
      // A duplicate record's birth date is the same or missing (a typo'd one is rarer).
      if (kind !== 0) d.birthDate = rng() < 0.5 ? p.birthDate : null;
      persons.push(d);
      planted.add(`${p.uid}|${d.uid}`);
    }
  }
  return { persons, planted };
}

function detect(persons: PersonFacts[], pairs: Array<[number, number]>, minScore: number): Set<string> {
  const found = new Set<string>();
  for (const [i, j] of pairs) {
    const s = scorePair(persons[i]!, persons[j]!);
    if (s.score >= minScore) found.add(`${s.a}|${s.b}`);
  }
  return found;
}

const suite: BenchSuite = {
  prefix: 'resolution',
  description: 'Duplicate detection: blocking + scoring vs scoring all pairs',
  async run(ctx) {
    const n = Number(process.env.RESOLUTION_BENCH_N ?? 2000);
    const { persons, planted } = population(n, 'resolution-bench');
    ctx.log(`resolution: ${persons.length} persons, ${planted.size} planted duplicates`);
    let t = performance.now();
    const blocks = candidatePairs(persons, 50);
    const blocked = detect(persons, blocks.pairs, 0.6);
    const blockedMs = performance.now() - t;
    t = performance.now();
    const all: Array<[number, number]> = [];
    for (let i = 0; i < persons.length; i++) for (let j = i + 1; j < persons.length; j++) all.push([i, j]);
    const brute = detect(persons, all, 0.6);
    const bruteMs = performance.now() - t;
    const recall = (found: Set<string>) => [...planted].filter((p) => found.has(p)).length / planted.size;
    const missed = [...brute].filter((p) => !blocked.has(p)).length;
    const detail = {
      persons: persons.length,
      planted: planted.size,
      blockedPairs: blocks.pairs.length,
      allPairs: all.length,
      skippedBlocks: blocks.skippedBlocks,
      blockedMs: Math.round(blockedMs),
      allPairsMs: Math.round(bruteMs),
      recallBlocked: recall(blocked),
      recallAllPairs: recall(brute),
      foundBlocked: blocked.size,
      foundAllPairs: brute.size,
      allPairsCandidatesMissedByBlocking: missed,
    };
    const results: BenchResult[] = [
      {
        id: 'resolution.speedup-vs-all-pairs',
        value: bruteMs / blockedMs,
        unit: 'x',
        target: 10,
        better: 'higher',
        reference: 'scoring every pair of the same population in the same run',
        detail,
      },
      {
        id: 'resolution.recall-vs-all-pairs',
        value: brute.size === 0 ? 1 : (brute.size - missed) / brute.size,
        unit: 'ratio',
        target: 0.95,
        better: 'higher',
        reference: 'candidates (score ≥ 0.6) found by scoring every pair',
        detail,
      },
    ];
    return results;
  },
};
export default suite;
