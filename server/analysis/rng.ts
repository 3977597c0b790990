// A small seeded PRNG (mulberry32) so every randomised analysis is reproducible from its seed.
// Kept here rather than importing seedrandom: server/analysis/ imports only graphology.

export type Rng = () => number;

/** A deterministic generator of floats in [0, 1) from a 32-bit seed. */
export function seededRng(seed: number): Rng {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export const randInt = (rng: Rng, n: number) => Math.floor(rng() * n);
