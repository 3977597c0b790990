// Measures, brokers, takedown, evolution and repeat offenders on small graphs with known answers.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { brokers } from '../../server/analysis/brokers.ts';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { EdgeAccumulator } from '../../server/analysis/edge-list.ts';
import { trackEvolution } from '../../server/analysis/evolution.ts';
import { buildGraph } from '../../server/analysis/graph.ts';
import { louvain } from '../../server/analysis/louvain.ts';
import { betweenness, pagerank } from '../../server/analysis/measures.ts';
import { reappearances, repeatOffenders } from '../../server/analysis/repeat-offenders.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import { compareStrategies, simulateTakedown } from '../../server/analysis/takedown.ts';

const graphologyBetweenness = betweennessModule as unknown as (
  g: AbstractGraph,
  o?: { normalized?: boolean; getEdgeWeight?: null },
) => Record<string, number>;

/** Two dense gangs (a0..a9, b0..b9) whose only link runs through the bridge "x". */
function twoGangs(): CompactGraph {
  const acc = new EdgeAccumulator();
  const rng = seededRng(1);
  for (const g of ['a', 'b']) {
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++) if (rng() < 0.6 || j === i + 1) acc.add(`${g}${i}`, `${g}${j}`, 2);
  }
  acc.add('a0', 'x', 1);
  acc.add('x', 'b0', 1);
  return new CompactGraph(acc.toEdgeList());
}

function randomGraph(n: number, m: number, seed: number): CompactGraph {
  const acc = new EdgeAccumulator();
  const rng = seededRng(seed);
  for (let i = 0; i < n; i++) acc.node(`n${i}`);
  while (acc.edgeCount < m) acc.add(`n${Math.floor(rng() * n)}`, `n${Math.floor(rng() * n)}`, 1);
  return new CompactGraph(acc.toEdgeList());
}

describe('betweenness', () => {
  it('is exact on small graphs and equals graphology-metrics (normalised)', () => {
    const g = randomGraph(60, 150, 2);
    const ours = betweenness(g);
    expect(ours.exact).toBe(true);
    const ref = graphologyBetweenness(
      buildGraph({ ...g, weight: undefined, edgeCount: g.m }) as unknown as AbstractGraph,
      {
        normalized: true,
        getEdgeWeight: null,
      },
    );
    for (let i = 0; i < g.n; i++) expect(ours.score[i]).toBeCloseTo(ref[g.ids[i]!]!, 9);
  });

  it('estimates from sampled sources within its stated error', () => {
    const g = randomGraph(800, 2400, 3);
    const exact = betweenness(g, { samples: 10_000 });
    const est = betweenness(g, { samples: 200, seed: 9 });
    expect(est.exact).toBe(false);
    expect(est.topError).toBeGreaterThan(0);
    // The standard error is a normal approximation: it holds on average over the top-ranked people
    // (where rankings are read), not for every low-betweenness node.
    const top = [...exact.score.keys()].sort((a, b) => exact.score[b]! - exact.score[a]!).slice(0, 50);
    const meanAbsErr = top.reduce((s, i) => s + Math.abs(est.score[i]! - exact.score[i]!), 0) / top.length;
    const meanSe = top.reduce((s, i) => s + est.stdError[i]!, 0) / top.length;
    expect(meanAbsErr).toBeLessThan(2 * meanSe);
    const top10 = new Set(top.slice(0, 10));
    const estTop = [...est.score.keys()].sort((a, b) => est.score[b]! - est.score[a]!).slice(0, 10);
    expect(estTop.filter((i) => top10.has(i)).length).toBeGreaterThanOrEqual(6);
  });

  it('ranks the bridge first', () => {
    const g = twoGangs();
    const bc = betweenness(g);
    const top = [...bc.score.keys()].sort((a, b) => bc.score[b]! - bc.score[a]!)[0]!;
    expect(['x', 'a0', 'b0']).toContain(g.ids[top]);
    expect(bc.score[g.indexOf('x')!]).toBeGreaterThan(0.5);
  });
});

describe('pagerank', () => {
  it('sums to 1 and favours hubs', () => {
    const acc = new EdgeAccumulator();
    for (let i = 0; i < 20; i++) acc.add('hub', `s${i}`, 1);
    acc.add('s0', 's1', 1);
    const g = new CompactGraph(acc.toEdgeList());
    const pr = pagerank(g);
    expect(pr.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    expect(pr[g.indexOf('hub')!]).toBeGreaterThan(pr[g.indexOf('s5')!]! * 5);
  });
});

describe('brokers and takedown', () => {
  it('the bridge is the top broker and removing it splits the network and stops relic flow', () => {
    const g = twoGangs();
    const p = louvain(g, { seed: 1 });
    const bc = betweenness(g);
    const b = brokers(g, p.membership, bc.score);
    const x = g.indexOf('x')!;
    expect(
      b.externalCommunities[x]! + (p.membership[x] === p.membership[g.indexOf('a0')!] ? 0 : 0),
    ).toBeGreaterThanOrEqual(1);
    const roles = { looters: new Set([g.indexOf('a3')!]), buyers: new Set([g.indexOf('b5')!]) };
    const report = simulateTakedown(g, p.membership, roles, [x]);
    expect(report.before.components).toBe(1);
    expect(report.before.relicFlow).toBe(true);
    expect(report.after.components).toBe(2);
    expect(report.after.largestComponent).toBe(10);
    expect(report.after.relicFlow).toBe(false);

    const none = simulateTakedown(g, p.membership, roles, [g.indexOf('a5')!]);
    expect(none.after.components).toBe(1);
    expect(none.after.relicFlow).toBe(true);
  });

  it('compares strategies side by side; greedy finds the bridge', () => {
    const g = twoGangs();
    const p = louvain(g, { seed: 1 });
    const roles = { looters: new Set([g.indexOf('a3')!]), buyers: new Set([g.indexOf('b5')!]) };
    const reports = compareStrategies(g, p.membership, roles, 1);
    expect(reports.map((r) => r.strategy)).toEqual(['betweenness', 'brokers', 'degree', 'greedy']);
    const greedy = reports.find((r) => r.strategy === 'greedy')!;
    expect(greedy.after.largestComponent).toBeLessThanOrEqual(11);
    expect(greedy.after.components).toBeGreaterThanOrEqual(2);
  });
});

describe('evolution', () => {
  const range = (p: string, a: number, b: number) => Array.from({ length: b - a }, (_, i) => `${p}${a + i}`);
  it('reports births, deaths, merges, splits and the persistent core', () => {
    const windows = [
      {
        label: 'w0',
        start: 0,
        end: 1,
        communities: [range('a', 0, 10), range('b', 0, 10), range('c', 0, 6)],
      },
      // a and b merge; c dies; d is born.
      {
        label: 'w1',
        start: 1,
        end: 2,
        communities: [[...range('a', 0, 10), ...range('b', 0, 9)], range('d', 0, 8)],
      },
      // the merged gang splits again.
      { label: 'w2', start: 2, end: 3, communities: [range('a', 0, 9), range('b', 0, 9), range('d', 0, 8)] },
    ];
    const evo = trackEvolution(windows, { threshold: 0.3 });
    const kinds = (k: string, w: number) => evo.events.filter((e) => e.kind === k && e.window === w);
    expect(kinds('birth', 0)).toHaveLength(3);
    expect(kinds('merge', 1)).toHaveLength(1);
    expect(kinds('merge', 1)[0]!.related.sort()).toEqual([evo.gangOf[0]![0], evo.gangOf[0]![1]].sort());
    expect(kinds('death', 1).map((e) => e.gang)).toEqual([evo.gangOf[0]![2]]);
    expect(kinds('birth', 1).map((e) => e.gang)).toEqual([evo.gangOf[1]![1]]);
    expect(kinds('split', 2)).toHaveLength(1);
    const aGang = evo.gangs[evo.gangOf[0]![0]!]!;
    expect(aGang.windows.map((w) => w.window)).toEqual([0, 1, 2]);
    expect(aGang.core).toEqual(range('a', 0, 9).sort());
    const movers = reappearances(windows, evo);
    expect(movers.some((m) => m.person === 'b0' && m.movedBetweenGangs)).toBe(true);
  });
});

describe('repeat offenders', () => {
  it('lists people party to at least the threshold of cases, with a time-ordered timeline', () => {
    const events = [
      { person: 'p1', caseId: 'c2', at: 200, role: 'suspect' },
      { person: 'p1', caseId: 'c1', at: 100, role: 'convicted' },
      { person: 'p1', caseId: 'c1', at: 100, role: 'suspect' },
      { person: 'p2', caseId: 'c1', at: 100, role: 'suspect' },
      { person: 'p3', caseId: 'c1', at: 100, role: 'suspect' },
      { person: 'p3', caseId: 'c3', at: null, role: 'suspect' },
      { person: 'p3', caseId: 'c4', at: 50, role: 'charged' },
    ];
    const out = repeatOffenders(events, 2);
    expect(out.map((o) => [o.person, o.cases])).toEqual([
      ['p3', 3],
      ['p1', 2],
    ]);
    expect(out[1]!.timeline.map((t) => t.caseId)).toEqual(['c1', 'c2']);
    expect(out[0]!.first).toBe(50);
    expect(repeatOffenders(events, 3).map((o) => o.person)).toEqual(['p3']);
  });
});
