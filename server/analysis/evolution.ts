// Gang evolution: communities detected on successive time windows are matched by member overlap
// (Jaccard); the matches give each gang a lineage and the events births, deaths, merges and splits;
// each lineage's persistent core is the people in it for most of its life.

export interface WindowCommunities {
  /** Window label, e.g. its start as ISO date. */
  label: string;
  start: number;
  end: number;
  /** Each community's member ids. */
  communities: ReadonlyArray<readonly string[]>;
}

export type EvolutionEventKind = 'birth' | 'death' | 'continue' | 'merge' | 'split';

export interface EvolutionEvent {
  kind: EvolutionEventKind;
  /** Index of the window in which the event is seen (the later window for matches). */
  window: number;
  gang: number;
  /** Gangs involved: predecessors of a merge, successors of a split, the continued gang. */
  related: number[];
  jaccard?: number;
}

export interface Gang {
  id: number;
  /** Community index in each window it exists in (window → community). */
  windows: Array<{ window: number; community: number; size: number }>;
  /** People present in at least coreShare of the gang's windows. */
  core: string[];
  parent?: number;
}

export interface EvolutionReport {
  gangs: Gang[];
  events: EvolutionEvent[];
  /** gang id of community c in window w: gangOf[w][c]. */
  gangOf: number[][];
}

export interface EvolutionOptions {
  /** Minimum Jaccard overlap for two communities to be the same gang (default 0.3). */
  threshold?: number;
  /** Share of its windows a member must be present in to be in the gang's core (default 0.75). */
  coreShare?: number;
  /** Communities smaller than this are ignored (default 3). */
  minSize?: number;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

export function trackEvolution(
  windows: readonly WindowCommunities[],
  opts: EvolutionOptions = {},
): EvolutionReport {
  const threshold = opts.threshold ?? 0.3;
  const coreShare = opts.coreShare ?? 0.75;
  const minSize = opts.minSize ?? 3;
  const sets = windows.map((w) => w.communities.map((c) => new Set(c)));
  const gangs: Gang[] = [];
  const events: EvolutionEvent[] = [];
  const gangOf: number[][] = windows.map((w) => w.communities.map(() => -1));
  const newGang = (w: number, c: number, parent?: number) => {
    const g: Gang = {
      id: gangs.length,
      windows: [{ window: w, community: c, size: sets[w]![c]!.size }],
      core: [],
    };
    if (parent !== undefined) g.parent = parent;
    gangs.push(g);
    gangOf[w]![c] = g.id;
    return g.id;
  };
  const big = (w: number, c: number) => sets[w]![c]!.size >= minSize;

  windows.forEach((_, w) => {
    if (w === 0) {
      sets[0]!.forEach((_, c) => {
        if (big(0, c)) events.push({ kind: 'birth', window: 0, gang: newGang(0, c), related: [] });
      });
      return;
    }
    // Inverted index of the previous window's members, so matching costs O(members), not O(C²).
    const prevOf = new Map<string, number>();
    sets[w - 1]!.forEach((s, c) => {
      if (big(w - 1, c)) for (const x of s) prevOf.set(x, c);
    });
    const matches: Array<{ p: number; c: number; j: number }> = [];
    sets[w]!.forEach((s, c) => {
      if (!big(w, c)) return;
      const cand = new Set<number>();
      for (const x of s) {
        const p = prevOf.get(x);
        if (p !== undefined) cand.add(p);
      }
      for (const p of cand) {
        const j = jaccard(sets[w - 1]![p]!, s);
        if (j >= threshold) matches.push({ p, c, j });
      }
    });
    const preds = new Map<number, typeof matches>();
    const succs = new Map<number, typeof matches>();
    for (const m of matches) {
      preds.set(m.c, [...(preds.get(m.c) ?? []), m]);
      succs.set(m.p, [...(succs.get(m.p) ?? []), m]);
    }
    // Each previous gang continues into its best-overlapping successor; other successors split off.
    const claimed = new Map<number, number>();
    for (const [p, list] of succs) {
      list.sort((a, b) => b.j - a.j);
      const best = list[0]!;
      const gang = gangOf[w - 1]![p]!;
      if (
        !claimed.has(best.c) ||
        (preds.get(best.c) ?? []).find((m) => m.p === p)!.j > claimed.get(best.c)!
      ) {
        claimed.set(best.c, best.j);
        gangOf[w]![best.c] = gang;
      }
    }
    sets[w]!.forEach((s, c) => {
      if (!big(w, c)) return;
      const ps = (preds.get(c) ?? []).sort((a, b) => b.j - a.j);
      let gang = gangOf[w]![c]!;
      if (gang < 0) {
        const parent = ps[0] ? gangOf[w - 1]![ps[0].p] : undefined;
        gang = newGang(w, c, parent);
        if (ps.length === 0) events.push({ kind: 'birth', window: w, gang, related: [] });
      } else {
        gangs[gang]!.windows.push({ window: w, community: c, size: s.size });
      }
      if (ps.length > 1) {
        events.push({ kind: 'merge', window: w, gang, related: ps.map((m) => gangOf[w - 1]![m.p]!) });
      } else if (ps.length === 1 && gangOf[w - 1]![ps[0]!.p] === gang) {
        events.push({ kind: 'continue', window: w, gang, related: [gang], jaccard: ps[0]!.j });
      }
    });
    for (const [p, list] of succs) {
      if (list.length > 1) {
        events.push({
          kind: 'split',
          window: w,
          gang: gangOf[w - 1]![p]!,
          related: list.map((m) => gangOf[w]![m.c]!),
        });
      }
    }
    sets[w - 1]!.forEach((_, p) => {
      if (big(w - 1, p) && !succs.has(p))
        events.push({ kind: 'death', window: w, gang: gangOf[w - 1]![p]!, related: [] });
    });
  });

  for (const g of gangs) {
    const seen = new Map<string, number>();
    for (const { window, community } of g.windows) {
      for (const x of sets[window]![community]!) seen.set(x, (seen.get(x) ?? 0) + 1);
    }
    const need = Math.max(1, Math.ceil(coreShare * g.windows.length));
    g.core = [...seen]
      .filter(([, k]) => k >= need)
      .map(([x]) => x)
      .sort();
  }
  return { gangs, events, gangOf };
}

export interface WindowSpec {
  start: number;
  end: number;
  label: string;
}

/** Sliding windows of `size` ms every `step` ms covering [from, to). */
export function slidingWindows(from: number, to: number, size: number, step: number): WindowSpec[] {
  if (!(size > 0) || !(step > 0)) throw new RangeError('slidingWindows: size and step must be > 0.');
  const out: WindowSpec[] = [];
  for (let s = from; s < to; s += step) {
    out.push({ start: s, end: Math.min(s + size, to), label: new Date(s).toISOString().slice(0, 10) });
    if (s + size >= to) break;
  }
  return out;
}
