// The takedown section from a takedown job's result: strategies that removed the same people are
// one (with the reason in the text), and one is recommended by a stated order of what matters:
// stopping relics reaching buyers, then gangs broken, then the largest group left, then buyers
// still reachable, then the number of groups.
import type { Basis, NetworkState, StrategyGroup, TargetRef } from './types.ts';

export interface TakedownReport {
  strategy: string;
  removed: string[];
  before: NetworkState;
  after: NetworkState;
}

/** Reports grouped by the set of people they remove, in the order strategies were asked. */
export function groupStrategies(
  reports: readonly TakedownReport[],
  target: (uid: string) => TargetRef,
): StrategyGroup[] {
  const byKey = new Map<string, StrategyGroup>();
  for (const r of reports) {
    const key = [...r.removed].sort().join('\u0000');
    const g = byKey.get(key);
    if (g) g.strategies.push(r.strategy);
    else {
      byKey.set(key, {
        strategies: [r.strategy],
        targets: r.removed.map(target),
        before: r.before,
        after: r.after,
      });
    }
  }
  return [...byKey.values()];
}

/** Criteria in order; each compares two after-states, negative when a is better. */
export const CRITERIA: ReadonlyArray<[Basis, (a: NetworkState, b: NetworkState) => number]> = [
  ['relicFlow', (a, b) => Number(a.relicFlow) - Number(b.relicFlow)],
  ['communitiesBroken', (a, b) => b.communitiesBroken - a.communitiesBroken],
  ['largestComponent', (a, b) => a.largestComponent - b.largestComponent],
  ['buyersReachable', (a, b) => a.buyersReachable - b.buyersReachable],
  ['components', (a, b) => b.components - a.components],
];

/** The best group and the first criterion that sets it apart from the runner-up; null if none does. */
export function recommend(groups: readonly StrategyGroup[]): { group: number; basis: Basis } | null {
  if (groups.length < 2) return null;
  const order = groups.map((_, i) => i);
  const cmp = (i: number, j: number) => {
    for (const [, f] of CRITERIA) {
      const d = f(groups[i]!.after, groups[j]!.after);
      if (d !== 0) return d;
    }
    return i - j;
  };
  order.sort(cmp);
  const best = order[0]!;
  const second = order[1]!;
  for (const [basis, f] of CRITERIA) {
    if (f(groups[best]!.after, groups[second]!.after) !== 0) return { group: best, basis };
  }
  return null;
}
