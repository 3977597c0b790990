// Seeded random helpers for the demo generator. Every stream is a seedrandom PRNG named by a
// string ("<seed>/gang/12"), so any part of the network can be regenerated on its own, in any
// order, and gives the same records.
import seedrandom from 'seedrandom';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** k distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], k: number): T[];
  /** Discrete power law on [min, max]: P(x) ∝ x^-alpha. */
  powerLaw(min: number, max: number, alpha: number): number;
}

export function rngOf(name: string): Rng {
  const prng = seedrandom(name);
  const next = () => prng.quick();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('seeds: pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    sample: (items, k) => {
      const copy = items.slice();
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
    powerLaw: (min, max, alpha) => {
      // Inverse transform of the continuous Pareto truncated to [min, max + 1), floored.
      const a = 1 - alpha;
      const lo = Math.pow(min, a);
      const hi = Math.pow(max + 1, a);
      const x = Math.pow(lo + (hi - lo) * next(), 1 / a);
      return Math.min(max, Math.max(min, Math.floor(x)));
    },
  };
}

/** A 32-bit mix of an integer (used for bijective, collision-free identifiers). */
export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A bijection of [0, m) onto itself, keyed by the seed: serial → scrambled serial. Multiplying by
 * a number coprime with m keeps distinct serials distinct, so identifiers never collide.
 */
export function scramble(serial: number, m: number, seed: number): number {
  const cacheKey = `${m}:${seed}`;
  let k = scrambleKeys.get(cacheKey);
  if (!k) {
    // Odd, and never through `| 1`: that made a mix32 above 2^31 a negative multiplier, so keys
    // of the 10^12 event space came out negative ("K42--941756116461").
    let mult = mix32(seed) % m;
    if (mult % 2 === 0) mult += 1;
    while (gcd(mult, m) !== 1) mult += 2;
    k = { mult: BigInt(mult), off: BigInt(mix32(seed ^ 0x9e3779b9) % m) };
    scrambleKeys.set(cacheKey, k);
  }
  return Number((BigInt(serial) * k.mult + k.off) % BigInt(m));
}
const scrambleKeys = new Map<string, { mult: bigint; off: bigint }>();

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
