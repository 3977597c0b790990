// Which gangs matter most, and why; and what changed since the previous run. The order is stated
// in the document: gangs active in the last two years of the data first, then by relics involved
// (what is at stake), cases, and members. The reasons printed are the facts behind the place.
import { nmi } from '../../analysis/nmi.ts';
import type { CommunityProfile, GangMatch, Reason } from './types.ts';

export const RECENT_MS = 2 * 365.25 * 86_400_000;
/** Jaccard overlap for a gang to continue a community of the previous run (as gang evolution). */
export const CONTINUES_JACCARD = 0.3;

export function rankGangs(gangs: readonly CommunityProfile[], spanEnd: number | null): CommunityProfile[] {
  const recent = (g: CommunityProfile) =>
    spanEnd !== null && g.lastAt !== null && g.lastAt >= spanEnd - RECENT_MS ? 1 : 0;
  return [...gangs].sort(
    (a, b) =>
      recent(b) - recent(a) ||
      b.relics - a.relics ||
      b.cases - a.cases ||
      b.size - a.size ||
      a.index - b.index,
  );
}

/** The facts that put a gang where it is: where it leads the gangs, how recent, how it changed. */
export function reasonsFor(
  g: CommunityProfile,
  gangs: readonly CommunityProfile[],
  spanEnd: number | null,
  match: GangMatch | null | undefined,
  hasPrevious: boolean,
): Reason[] {
  const top3 = (f: (x: CommunityProfile) => number) =>
    f(g) > 0 && gangs.filter((x) => f(x) > f(g)).length < 3;
  const out: Reason[] = [];
  if (top3((x) => x.relics)) out.push({ kind: 'relics', value: g.relics });
  if (top3((x) => x.cases)) out.push({ kind: 'cases', value: g.cases });
  if (top3((x) => x.size)) out.push({ kind: 'size', value: g.size });
  if (spanEnd !== null && g.lastAt !== null && g.lastAt >= spanEnd - RECENT_MS)
    out.push({ kind: 'recent', at: g.lastAt });
  if (hasPrevious && !match) out.push({ kind: 'new' });
  else if (match && g.size >= match.size * 1.2 && g.size - match.size >= 3)
    out.push({ kind: 'grew', from: match.size, to: g.size });
  return out;
}

/**
 * Each community of this run matched to the previous run's community sharing most of its
 * members (Jaccard >= CONTINUES_JACCARD), and the NMI of the two partitions over the people in both.
 */
export function compareRuns(
  now: ReadonlyMap<string, number>,
  before: ReadonlyMap<string, number>,
): { matches: Map<number, GangMatch>; nmi: number; shared: number; matchedBefore: Set<number> } {
  const sizeNow = new Map<number, number>();
  const sizeBefore = new Map<number, number>();
  for (const c of now.values()) sizeNow.set(c, (sizeNow.get(c) ?? 0) + 1);
  for (const c of before.values()) sizeBefore.set(c, (sizeBefore.get(c) ?? 0) + 1);
  const overlap = new Map<number, Map<number, number>>();
  const a: number[] = [];
  const b: number[] = [];
  for (const [uid, c] of now) {
    const p = before.get(uid);
    if (p === undefined) continue;
    a.push(c);
    b.push(p);
    let row = overlap.get(c);
    if (!row) overlap.set(c, (row = new Map()));
    row.set(p, (row.get(p) ?? 0) + 1);
  }
  const matches = new Map<number, GangMatch>();
  const matchedBefore = new Set<number>();
  for (const [c, row] of overlap) {
    let best: GangMatch | null = null;
    for (const [p, shared] of row) {
      const jaccard = shared / (sizeNow.get(c)! + sizeBefore.get(p)! - shared);
      if (!best || jaccard > best.jaccard || (jaccard === best.jaccard && p < best.index))
        best = { index: p, size: sizeBefore.get(p)!, jaccard };
    }
    if (best && best.jaccard >= CONTINUES_JACCARD) {
      matches.set(c, best);
      matchedBefore.add(best.index);
    }
  }
  return { matches, nmi: a.length > 0 ? nmi(a, b) : 0, shared: a.length, matchedBefore };
}
