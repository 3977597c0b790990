// Gang evolution by persisting core and best match (server/analysis/evolution.ts), on a seeded
// generator written for the purpose (evolution-scenario.ts): an organisation whose members change
// by half every window stays one lineage, while a planted split and a planted merge are reported
// as such; the Jaccard rule it replaces cuts a fast-changing organisation into pieces.
import { describe, expect, it } from 'vitest';
import { seededRng, randInt } from '../../server/analysis/rng.ts';
import {
  trackEvolution,
  type EvolutionOptions,
  type WindowCommunities,
} from '../../server/analysis/evolution.ts';
import { evolutionScenario, type ScenarioWindow } from './evolution-scenario.ts';

/** The scenario as detected communities, in a shuffled order per window; index[w][name] = community. */
function asWindows(scenario: ScenarioWindow[], seed: number) {
  const rng = seededRng(seed);
  const index: Array<Record<string, number>> = [];
  const windows: WindowCommunities[] = scenario.map((s, w) => {
    const names = Object.keys(s.groups);
    for (let i = names.length - 1; i > 0; i--) {
      const j = randInt(rng, i + 1);
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
    index.push(Object.fromEntries(names.map((n, c) => [n, c])));
    return { label: `w${w}`, start: w, end: w + 1, communities: names.map((n) => s.groups[n]!) };
  });
  return { windows, index };
}

function run(seed: number, turnover: number, opts: EvolutionOptions = {}) {
  const scenario = evolutionScenario({ seed, windows: 10, turnover, eventAt: 5 });
  const { windows, index } = asWindows(scenario, seed + 100);
  const evo = trackEvolution(windows, opts);
  const gang = (w: number, name: string) => evo.gangOf[w]![index[w]![name]!]!;
  return { evo, gang, windows };
}

describe('evolution by persisting core and best match', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`keeps an organisation changing 50% a window as one lineage over 10 windows (seed ${seed})`, () => {
      const { evo, gang } = run(seed, 0.5);
      const o = gang(0, 'O');
      for (let w = 0; w < 10; w++) expect(gang(w, 'O'), `window ${w}`).toBe(o);
      expect(evo.gangs[o]!.windows).toHaveLength(10);
      // Nothing of O's is reported as a split, a merge, a death or a birth after the first window.
      const touching = evo.events.filter((e) => e.gang === o || e.related.includes(o));
      expect(
        touching.filter((e) => e.kind !== 'continue' && !(e.kind === 'birth' && e.window === 0)),
      ).toEqual([]);
      expect(touching.filter((e) => e.kind === 'continue')).toHaveLength(9);
    });

    it(`reports the planted split and the planted merge as such (seed ${seed})`, () => {
      const { evo, gang } = run(seed, 0.5);
      const splits = evo.events.filter((e) => e.kind === 'split');
      const merges = evo.events.filter((e) => e.kind === 'merge');
      expect(splits).toHaveLength(1);
      expect(splits[0]).toMatchObject({ window: 5, gang: gang(4, 'S') });
      expect(splits[0]!.related.slice().sort()).toEqual([gang(5, 'S1'), gang(5, 'S2')].sort());
      // S continues into one half; the other half is a new gang whose parent is S.
      const [s1, s2] = [gang(5, 'S1'), gang(5, 'S2')];
      expect([s1, s2]).toContain(gang(4, 'S'));
      const other = s1 === gang(4, 'S') ? s2 : s1;
      expect(evo.gangs[other]!.parent).toBe(gang(4, 'S'));
      expect(merges).toHaveLength(1);
      expect(merges[0]).toMatchObject({ window: 5, gang: gang(5, 'PQ') });
      expect(merges[0]!.related).toEqual([gang(4, 'P'), gang(4, 'Q')].sort((a, b) => a - b));
      expect([gang(4, 'P'), gang(4, 'Q')]).toContain(gang(5, 'PQ'));
      // The halves and the merged gang go on as one lineage each to the last window.
      for (let w = 6; w < 10; w++) {
        expect(gang(w, 'S1')).toBe(s1);
        expect(gang(w, 'S2')).toBe(s2);
        expect(gang(w, 'PQ')).toBe(gang(5, 'PQ'));
      }
      // The lineage that merged away is not also reported dead.
      const gone = gang(5, 'PQ') === gang(4, 'P') ? gang(4, 'Q') : gang(4, 'P');
      expect(evo.events.filter((e) => e.kind === 'death' && e.gang === gone)).toEqual([]);
    });
  }

  it('background groups of strangers are born and die, each its own gang', () => {
    const { evo, gang } = run(7, 0.5);
    const n0 = gang(3, 'n0');
    expect(evo.events.filter((e) => e.gang === n0).map((e) => [e.kind, e.window])).toEqual([
      ['birth', 3],
      ['death', 4],
    ]);
  });

  it('still holds at 60% turnover, where the Jaccard rule (threshold 0.3) cuts the organisation into pieces', () => {
    const core = run(11, 0.6);
    expect(new Set(Array.from({ length: 10 }, (_, w) => core.gang(w, 'O'))).size).toBe(1);
    const old = run(11, 0.6, { method: 'jaccard', threshold: 0.3 });
    expect(new Set(Array.from({ length: 10 }, (_, w) => old.gang(w, 'O'))).size).toBeGreaterThan(3);
  });

  it('a lineage unseen for one window resumes (maxGap 1), not with maxGap 0', () => {
    const { windows } = run(3, 0.3);
    const isO = (c: readonly string[]) => c.some((x) => x.startsWith('o'));
    const gap = windows.map((w, i) =>
      i === 4 ? { ...w, communities: w.communities.filter((c) => !isO(c)) } : w,
    );
    const oOf = (evo: ReturnType<typeof trackEvolution>, w: number) =>
      evo.gangOf[w]![gap[w]!.communities.findIndex(isO)]!;
    const evo = trackEvolution(gap);
    expect(new Set([0, 1, 2, 3, 5, 6, 7, 8, 9].map((w) => oOf(evo, w))).size).toBe(1);
    expect(evo.events.filter((e) => e.gang === oOf(evo, 0) && e.kind === 'death')).toEqual([]);
    const strict = trackEvolution(gap, { maxGap: 0 });
    expect(oOf(strict, 5)).not.toBe(oOf(strict, 3));
    expect(strict.events).toContainEqual({ kind: 'death', window: 4, gang: oOf(strict, 3), related: [] });
  });
});
