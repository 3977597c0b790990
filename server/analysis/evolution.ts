// Gang evolution: communities detected on successive time windows are followed as lineages, and
// the events births, deaths, merges and splits are read off the matches.
//
// Method `core` (default): each community is matched to the earlier lineage that holds most of its
// persisting members, weighted by how persistently they were in it (a carried core: a person counts
// once for every one of the lineage's last `memory` windows they were in). A match needs
// `minShared` people and `minShare` of the smaller side. Each lineage continues into its best
// successor; a second successor that took at least `splitShare` of the lineage's persisting
// members is a split; a lineage with no successor whose persisting members went, at least
// `splitShare` of them, into one community merged into it. A lineage that finds no successor may
// resume up to `maxGap` windows later; after that it died (in the window after it was last seen).
// So an organisation with high turnover stays one lineage as long as each window keeps enough of
// its people, whatever the overlap ratio. Method `jaccard`: the earlier rule (two communities are
// the same gang when their Jaccard overlap is >= threshold), kept for comparison.
//
// Each lineage's persistent core (the report's `core`) is the people in it for at least coreShare
// of its windows.

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
  /** core: members the continued community shares with the lineage's remembered windows. */
  shared?: number;
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

export type EvolutionMethod = 'core' | 'jaccard';
export const EVOLUTION_METHODS: readonly EvolutionMethod[] = ['core', 'jaccard'];

export interface EvolutionOptions {
  /** How communities are matched across windows (default core; see the top of this file). */
  method?: EvolutionMethod;
  /** jaccard: minimum Jaccard overlap for two communities to be the same gang (default 0.3). */
  threshold?: number;
  /** Share of its windows a member must be present in to be in the gang's core (default 0.75). */
  coreShare?: number;
  /** Communities smaller than this are ignored (default 3). */
  minSize?: number;
  /** core: the lineage windows (most recent) whose members are carried forward (default 3). */
  memory?: number;
  /** core: people a community must share with a lineage to continue it (default 2). */
  minShared?: number;
  /** core: ...and at least this share of the smaller of the two (default 0.2). */
  minShare?: number;
  /** core: share of a lineage's persisting members a split part or a merge must take (default 0.3). */
  splitShare?: number;
  /** core: windows a lineage may go unseen and still resume (default 1). */
  maxGap?: number;
}

export const EVOLUTION_DEFAULTS = {
  method: 'core',
  threshold: 0.3,
  coreShare: 0.75,
  minSize: 3,
  memory: 3,
  minShared: 2,
  minShare: 0.2,
  splitShare: 0.3,
  maxGap: 1,
} as const satisfies Required<EvolutionOptions>;

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
  const report =
    (opts.method ?? EVOLUTION_DEFAULTS.method) === 'jaccard'
      ? byJaccard(windows, opts)
      : byCore(windows, opts);
  setCores(windows, report.gangs, opts.coreShare ?? EVOLUTION_DEFAULTS.coreShare);
  return report;
}

/** Each gang's persistent core: the people in at least coreShare of its windows. */
function setCores(windows: readonly WindowCommunities[], gangs: Gang[], coreShare: number): void {
  for (const g of gangs) {
    const seen = new Map<string, number>();
    for (const { window, community } of g.windows) {
      for (const x of windows[window]!.communities[community]!) seen.set(x, (seen.get(x) ?? 0) + 1);
    }
    const need = Math.max(1, Math.ceil(coreShare * g.windows.length));
    g.core = [...seen]
      .filter(([, k]) => k >= need)
      .map(([x]) => x)
      .sort();
  }
}

interface Lineage {
  /** Members in each of its most recent windows (at most `memory`), oldest first. */
  history: Array<Set<string>>;
  lastWindow: number;
  ended: boolean;
}

interface Candidate {
  gang: number;
  /** Persistence-weighted overlap: each member counts once per remembered window it was in. */
  score: number;
  /** Members shared with the lineage's remembered windows. */
  shared: number;
  /** Members shared with the lineage's last community. */
  sharedLast: number;
}

function byCore(windows: readonly WindowCommunities[], opts: EvolutionOptions): EvolutionReport {
  const o = { ...EVOLUTION_DEFAULTS, ...opts };
  const sets = windows.map((w) => w.communities.map((c) => new Set(c)));
  const gangs: Gang[] = [];
  const lines: Lineage[] = [];
  const events: EvolutionEvent[] = [];
  const gangOf: number[][] = windows.map((w) => w.communities.map(() => -1));
  const big = (w: number, c: number) => sets[w]![c]!.size >= o.minSize;
  const last = (g: number) => lines[g]!.history[lines[g]!.history.length - 1]!;
  const newGang = (w: number, c: number, parent?: number) => {
    const g: Gang = {
      id: gangs.length,
      windows: [{ window: w, community: c, size: sets[w]![c]!.size }],
      core: [],
    };
    if (parent !== undefined) g.parent = parent;
    gangs.push(g);
    lines.push({ history: [sets[w]![c]!], lastWindow: w, ended: false });
    gangOf[w]![c] = g.id;
    return g.id;
  };
  const extend = (g: number, w: number, c: number) => {
    gangs[g]!.windows.push({ window: w, community: c, size: sets[w]![c]!.size });
    const l = lines[g]!;
    l.history.push(sets[w]![c]!);
    if (l.history.length > o.memory) l.history.shift();
    l.lastWindow = w;
    gangOf[w]![c] = g;
  };
  const died = (g: number) => {
    lines[g]!.ended = true;
    events.push({ kind: 'death', window: lines[g]!.lastWindow + 1, gang: g, related: [] });
  };

  windows.forEach((_, w) => {
    // Lineages unseen for longer than maxGap died in the window after they were last seen.
    lines.forEach((l, g) => {
      if (!l.ended && w - l.lastWindow - 1 > o.maxGap) died(g);
    });
    const open = lines.flatMap((l, g) => (l.ended ? [] : [g]));
    // Carried core: person → lineage → windows of its memory the person was in.
    const weight = new Map<string, Map<number, number>>();
    for (const g of open) {
      for (const h of lines[g]!.history) {
        for (const x of h) {
          let m = weight.get(x);
          if (!m) weight.set(x, (m = new Map()));
          m.set(g, (m.get(g) ?? 0) + 1);
        }
      }
    }
    // Each community's best earlier lineage.
    const best: Array<Candidate | null> = sets[w]!.map((s, c) => {
      if (!big(w, c)) return null;
      const cand = new Map<number, Candidate>();
      for (const x of s) {
        for (const [g, k] of weight.get(x) ?? []) {
          let m = cand.get(g);
          if (!m) cand.set(g, (m = { gang: g, score: 0, shared: 0, sharedLast: 0 }));
          m.score += k;
          m.shared += 1;
          if (last(g).has(x)) m.sharedLast += 1;
        }
      }
      let top: Candidate | null = null;
      for (const m of cand.values()) {
        if (m.shared < o.minShared || m.shared < o.minShare * Math.min(s.size, last(m.gang).size)) continue;
        if (
          !top ||
          m.score > top.score ||
          (m.score === top.score && (m.shared > top.shared || (m.shared === top.shared && m.gang < top.gang)))
        )
          top = m;
      }
      return top;
    });
    // Persisting members of each open lineage: its last community's people still seen in window w.
    const present = new Set<string>();
    for (const s of sets[w]!) for (const x of s) present.add(x);
    const persisting = new Map<number, number>();
    for (const g of open) {
      let k = 0;
      for (const x of last(g)) if (present.has(x)) k++;
      persisting.set(g, k);
    }
    const succ = new Map<number, number[]>();
    best.forEach((m, c) => {
      if (m) succ.set(m.gang, [...(succ.get(m.gang) ?? []), c]);
    });
    // Merges: a lineage with no successor whose persisting people went into one community.
    const mergedInto = new Map<number, number[]>();
    for (const g of open) {
      if (succ.has(g) || !persisting.get(g)) continue;
      const into = new Map<number, number>();
      sets[w]!.forEach((s, c) => {
        if (!big(w, c)) return;
        let k = 0;
        for (const x of last(g)) if (s.has(x)) k++;
        if (k > 0) into.set(c, k);
      });
      let top = -1;
      let topK = 0;
      for (const [c, k] of into) if (k > topK || (k === topK && c < top)) [top, topK] = [c, k];
      const need = Math.max(
        o.minShared,
        o.splitShare * persisting.get(g)!,
        o.minShare * Math.min(last(g).size, sets[w]![top]?.size ?? 0),
      );
      if (top >= 0 && topK >= need) mergedInto.set(top, [...(mergedInto.get(top) ?? []), g]);
    }
    // Each lineage continues into its best successor; the others are new gangs it parents.
    const continued: Array<{ g: number; c: number; jaccard: number; shared: number }> = [];
    const splits: EvolutionEvent[] = [];
    const offshoots: Array<{ c: number; parent: number; part: boolean }> = [];
    for (const [g, cs] of succ) {
      cs.sort((a, b) => {
        const x = best[a]!;
        const y = best[b]!;
        return y.score - x.score || y.shared - x.shared || sets[w]![b]!.size - sets[w]![a]!.size || a - b;
      });
      const need = Math.max(o.minShared, o.splitShare * (persisting.get(g) ?? 0));
      const parts = cs.filter((c) => best[c]!.sharedLast >= need);
      continued.push({
        g,
        c: cs[0]!,
        jaccard: jaccard(last(g), sets[w]![cs[0]!]!),
        shared: best[cs[0]!]!.shared,
      });
      for (const c of cs.slice(1))
        offshoots.push({ c, parent: g, part: parts.length >= 2 && parts.includes(c) });
      if (parts.length >= 2)
        splits.push({
          kind: 'split',
          window: w,
          gang: g,
          related: [cs[0]!, ...parts.filter((c) => c !== cs[0])],
        });
    }
    // Apply: continuations first (they read the lineages' last communities), then the new gangs.
    for (const { g, c, jaccard: j, shared } of continued) {
      extend(g, w, c);
      if (!mergedInto.has(c))
        events.push({ kind: 'continue', window: w, gang: g, related: [g], jaccard: j, shared });
    }
    for (const { c, parent, part } of offshoots) {
      const g = newGang(w, c, parent);
      if (!part) events.push({ kind: 'birth', window: w, gang: g, related: [parent] });
    }
    sets[w]!.forEach((_, c) => {
      if (big(w, c) && gangOf[w]![c]! < 0) {
        const from = mergedInto.get(c);
        const g = newGang(w, c, from?.[0]);
        if (!from) events.push({ kind: 'birth', window: w, gang: g, related: [] });
      }
    });
    // A person carried by a lineage is dropped from it once they are seen in another gang, so after
    // a split each part carries only its own people.
    const owner = new Map<string, number>();
    sets[w]!.forEach((s, c) => {
      if (gangOf[w]![c]! >= 0) for (const x of s) owner.set(x, gangOf[w]![c]!);
    });
    lines.forEach((l, g) => {
      if (l.ended) return;
      l.history = l.history.map((h, i) =>
        l.lastWindow === w && i === l.history.length - 1
          ? h
          : new Set([...h].filter((x) => (owner.get(x) ?? g) === g)),
      );
    });
    for (const e of splits) events.push({ ...e, related: e.related.map((c) => gangOf[w]![c]!) });
    for (const [c, from] of mergedInto) {
      const g = gangOf[w]![c]!;
      for (const m of from) lines[m]!.ended = true;
      const pred = best[c] ? [best[c].gang] : [];
      events.push({
        kind: 'merge',
        window: w,
        gang: g,
        related: [...new Set([...pred, ...from])].sort((a, b) => a - b),
      });
    }
  });
  lines.forEach((l, g) => {
    if (!l.ended && l.lastWindow < windows.length - 1) died(g);
  });
  return { gangs, events, gangOf };
}

function byJaccard(windows: readonly WindowCommunities[], opts: EvolutionOptions): EvolutionReport {
  const threshold = opts.threshold ?? EVOLUTION_DEFAULTS.threshold;
  const minSize = opts.minSize ?? EVOLUTION_DEFAULTS.minSize;
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
