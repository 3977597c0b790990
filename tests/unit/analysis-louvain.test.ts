// Louvain on the compact graph: agrees with graphology on a real Graph, is reproducible from its
// seed, and matches python3-igraph's multilevel on an LFR benchmark graph (mixing 0.3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import louvainModule from 'graphology-communities-louvain';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { EdgeAccumulator, parseEdgeList } from '../../server/analysis/edge-list.ts';
import { buildGraph } from '../../server/analysis/graph.ts';
import { louvain, modularity, relabelBySize } from '../../server/analysis/louvain.ts';
import { nmi } from '../../server/analysis/nmi.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import { IGRAPH_MULTILEVEL_SCRIPT, LFR_SCRIPT, pythonHas, runPython } from '../support/python.ts';

const lib = louvainModule as unknown as {
  detailed(g: AbstractGraph, o?: LouvainOptions): DetailedLouvainOutput;
};

/** k cliques of size s joined in a ring by single edges, plus seeded random noise edges. */
function ringOfCliques(k: number, s: number, seed: number): { list: EdgeAccumulator; truth: number[] } {
  const acc = new EdgeAccumulator();
  const rng = seededRng(seed);
  const truth: number[] = [];
  for (let c = 0; c < k; c++) for (let i = 0; i < s; i++) truth[acc.node(`p${c * s + i}`)] = c;
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < s; i++)
      for (let j = i + 1; j < s; j++) acc.add(`p${c * s + i}`, `p${c * s + j}`, 1 + rng());
    acc.add(`p${c * s}`, `p${((c + 1) % k) * s + 1}`, 1);
  }
  return { list: acc, truth };
}

describe('louvain', () => {
  it('finds planted cliques, and the compact graph gives exactly what a graphology Graph gives', () => {
    const { list, truth } = ringOfCliques(12, 8, 3);
    const el = list.toEdgeList();
    const g = new CompactGraph(el);
    const p = louvain(g, { seed: 5 });
    expect(nmi(p.membership, truth)).toBeGreaterThan(0.99);
    expect(p.count).toBe(12);
    expect(p.modularity).toBeCloseTo(modularity(g, p.membership), 6);

    const real = lib.detailed(buildGraph(el) as unknown as AbstractGraph, {
      rng: seededRng(5),
      getEdgeWeight: 'weight',
      randomWalk: true,
    });
    const realMembership = g.ids.map((id) => real.communities[id]!);
    expect(nmi(p.membership, realMembership)).toBe(1);
    expect(real.modularity).toBeCloseTo(p.modularity, 9);
  });

  it('gives the same communities for the same seed, and honours the resolution', () => {
    const { list } = ringOfCliques(30, 6, 11);
    const g = new CompactGraph(list.toEdgeList());
    const a = louvain(g, { seed: 42 });
    const b = louvain(g, { seed: 42 });
    expect([...a.membership]).toEqual([...b.membership]);
    expect(a.modularity).toBe(b.modularity);
    const coarse = louvain(g, { seed: 42, resolution: 0.05 });
    expect(coarse.count).toBeLessThan(a.count);
    expect(() => louvain(g, { resolution: 0 })).toThrow(/resolution/);
  });

  it.runIf(pythonHas('igraph', 'networkx'))(
    'is within 0.02 NMI of python3-igraph multilevel on an LFR graph with mixing 0.3',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lfr-'));
      try {
        const file = path.join(dir, 'lfr.el');
        const { truth } = runPython<{ truth: number[] }>(LFR_SCRIPT, ['1000', '0.3', '7', file]);
        const ig = runPython<{ membership: number[]; modularity: number }>(IGRAPH_MULTILEVEL_SCRIPT, [
          file,
          '1',
          'membership',
        ]);
        const g = new CompactGraph(parseEdgeList(fs.readFileSync(file)));
        expect(g.n).toBe(1000);
        const ours = louvain(g, { seed: 42 });
        const oursNmi = nmi(ours.membership, truth);
        const igNmi = nmi(ig.membership, truth);
        expect(oursNmi).toBeGreaterThan(0.8);
        expect(Math.abs(oursNmi - igNmi)).toBeLessThanOrEqual(0.02);
        expect(Math.abs(ours.modularity - ig.modularity)).toBeLessThan(0.02);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe('EdgeAccumulator', () => {
  it('sums evidence into one edge per unordered pair, in order of first appearance, across rehashes', () => {
    const rng = seededRng(9);
    const acc = new EdgeAccumulator();
    const ref = new Map<string, number>();
    const order: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const a = Math.floor(rng() * 400);
      const b = Math.floor(rng() * 400);
      const w = Math.floor(rng() * 5) - 1; // some 0 and -1: ignored
      acc.addIds(a, b, w);
      if (a === b || w <= 0) continue;
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (!ref.has(key)) order.push(key);
      ref.set(key, (ref.get(key) ?? 0) + w);
    }
    const el = acc.toEdgeList();
    expect(el.edgeCount).toBe(ref.size);
    expect(el.edgeCount).toBeGreaterThan(5000); // several table doublings
    for (let e = 0; e < el.edgeCount; e++) {
      expect(el.src[e]!).toBeLessThan(el.dst[e]!);
      expect(`${el.src[e]}-${el.dst[e]}`).toBe(order[e]);
      expect(el.weight![e]).toBe(ref.get(order[e]!));
    }
  });
});

describe('CompactGraph', () => {
  it('drops self-loops, and shares the edge arrays of a list that has none', () => {
    const ids = ['a', 'b', 'c'];
    const looped = new CompactGraph({
      ids,
      src: Int32Array.from([0, 1, 2]),
      dst: Int32Array.from([1, 1, 0]),
      weight: Float64Array.from([2, 5, 3]),
      edgeCount: 3,
    });
    expect(looped.m).toBe(2);
    expect([...looped.dst]).toEqual([1, 0]);
    expect([...looped.weight!]).toEqual([2, 3]);
    expect([looped.degree(0), looped.degree(1), looped.degree(2)]).toEqual([2, 1, 1]);
    expect(looped.strength(0)).toBe(5);
    const list = {
      ids,
      src: Int32Array.from([0, 1]),
      dst: Int32Array.from([1, 2]),
      weight: undefined,
      edgeCount: 2,
    };
    const plain = new CompactGraph(list);
    expect(plain.src).toBe(list.src);
    expect([...plain.adj]).toEqual([1, 0, 2, 1]);
  });
});

describe('relabelBySize', () => {
  it('numbers communities largest first, ties by first member, for dense and sparse ids alike', () => {
    const dense = relabelBySize(Int32Array.from([2, 0, 2, 1, 0, 2, -1]));
    expect([...dense.membership]).toEqual([0, 1, 0, 2, 1, 0, 3]);
    expect(dense.count).toBe(4);
    // Ids far apart (GDS node ids) take the Map path and give the same labels.
    const sparse = relabelBySize(Int32Array.from([9e8, 5, 9e8, -7e8, 5, 9e8, 3]));
    expect([...sparse.membership]).toEqual([0, 1, 0, 2, 1, 0, 3]);
    expect(relabelBySize(new Int32Array(0))).toEqual({ membership: new Int32Array(0), count: 0 });
  });
});

describe('nmi', () => {
  it('is 1 for relabelled equal partitions and low for unrelated ones', () => {
    expect(nmi([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBeCloseTo(1, 12);
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 1, 0, 1, 0, 1])).toBeLessThan(0.1);
  });
});
