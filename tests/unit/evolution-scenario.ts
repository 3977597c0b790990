// A seeded generator of gangs over time windows, for the evolution tests (unit and through the job):
// an organisation whose members change by `turnover` every window, one that splits in two, two that
// merge, and short-lived background groups. Each group is a list of person keys per window.
import { randInt, seededRng, type Rng } from '../../server/analysis/rng.ts';

export interface ScenarioWindow {
  /** Named groups of this window: O (turnover), S or S1/S2 (split), P/Q or PQ (merge), n<i> noise. */
  groups: Record<string, string[]>;
}

export interface ScenarioOptions {
  seed?: number;
  windows?: number;
  /** Share of O's members replaced every window (default 0.5). */
  turnover?: number;
  /** Window in which S splits and P and Q merge (default half way). */
  eventAt?: number;
  /** O's size (default 12). */
  size?: number;
  /** Background groups per window (default 2). */
  noise?: number;
}

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randInt(rng, i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export function evolutionScenario(opts: ScenarioOptions = {}): ScenarioWindow[] {
  const rng = seededRng(opts.seed ?? 1);
  const n = opts.windows ?? 10;
  const turnover = opts.turnover ?? 0.5;
  const at = opts.eventAt ?? Math.floor(n / 2);
  const size = opts.size ?? 12;
  let next = 0;
  const fresh = (prefix: string, k: number) => Array.from({ length: k }, () => `${prefix}${next++}`);
  /** Keeps all but `share` of the members (chosen at random) and adds as many newcomers. */
  const turn = (prefix: string, members: string[], share: number) => {
    const leave = Math.round(members.length * share);
    const stay = shuffle(rng, members.slice()).slice(leave);
    return [...stay, ...fresh(prefix, leave)];
  };
  let o = fresh('o', size);
  let s = fresh('s', 16);
  let s1: string[] = [];
  let s2: string[] = [];
  let p = fresh('p', 10);
  let q = fresh('q', 10);
  let pq: string[] = [];
  const out: ScenarioWindow[] = [];
  for (let w = 0; w < n; w++) {
    if (w > 0) o = turn('o', o, turnover);
    const groups: Record<string, string[]> = { O: o };
    if (w < at) {
      if (w > 0) [s, p, q] = [turn('s', s, 0.25), turn('p', p, 0.2), turn('q', q, 0.2)];
      Object.assign(groups, { S: s, P: p, Q: q });
    } else if (w === at) {
      const halves = shuffle(rng, s.slice());
      [s1, s2] = [halves.slice(0, 8), halves.slice(8)];
      pq = [...p, ...q];
      Object.assign(groups, { S1: s1, S2: s2, PQ: pq });
    } else {
      [s1, s2, pq] = [turn('s', s1, 0.25), turn('s', s2, 0.25), turn('p', pq, 0.2)];
      Object.assign(groups, { S1: s1, S2: s2, PQ: pq });
    }
    for (let i = 0; i < (opts.noise ?? 2); i++) groups[`n${i}`] = fresh('n', 3 + randInt(rng, 3));
    out.push({ groups });
  }
  return out;
}
