// The network at gang level before and after a takedown, as two graphology graphs on one layout:
// one disc per gang of the latest run (area ∝ members), the run's links between gangs, and in the
// "before" picture the targets as small red discs beside their gangs. "After" drops the targets
// and shrinks their gangs by as many members. Built from the community graph and the takedown's
// targets only: no person data beyond the targets' names the role may read.
import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import * as noverlapModule from 'graphology-layout-noverlap';
import { COMMUNITY_COLORS } from '../../config.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { GangGraph, StrategyGroup } from './data.ts';
import { gangName } from './data.ts';

type Fa2 = {
  assign(g: UndirectedGraph, o: Record<string, unknown>): void;
  inferSettings(g: UndirectedGraph): Record<string, unknown>;
};
type Noverlap = { assign(g: UndirectedGraph, o: Record<string, unknown>): void };
const fa2 = ((fa2Module as { default?: unknown }).default ?? fa2Module) as Fa2;
const noverlap = ((noverlapModule as { default?: unknown }).default ?? noverlapModule) as Noverlap;

export const TARGET_COLOR = '#d62728';
const LINK_COLOR = '#b8c0ca';
/** Gangs drawn: the largest, plus every gang a strategy takes people from and a few neighbours. */
const MAX_GANGS = 30;
const MAX_NEIGHBOURS = 10;
/** Links drawn: the heaviest, plus every link of a gang that loses people. */
const MAX_LINKS = 60;

export const gangColor = (index: number): string => COMMUNITY_COLORS[index % COMMUNITY_COLORS.length]!;
const radius = (members: number) => 1.5 + Math.sqrt(Math.max(members, 0)) * 1.1;

export interface GangLayout {
  /** Gang index → position and members, for the gangs drawn. */
  gangs: Map<number, { x: number; y: number; size: number }>;
  links: GangGraph['edges'];
  /** Gangs not drawn (smaller, not touched by any strategy). */
  hiddenGangs: number;
}

/** One layout for every strategy of a comparison, so switching strategies does not move the gangs. */
export function layoutGangs(graph: GangGraph, groups: StrategyGroup[]): GangLayout {
  const hit = new Set(
    groups.flatMap((g) => g.targets.map((t) => t.gang)).filter((x): x is number => x !== null),
  );
  const keep = new Set<number>(graph.nodes.slice(0, MAX_GANGS).map((n) => n.index));
  for (const h of hit) keep.add(h);
  let added = 0;
  for (const e of graph.edges) {
    if (added >= MAX_NEIGHBOURS) break;
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const)
      if (hit.has(a) && !keep.has(b)) {
        keep.add(b);
        added++;
      }
  }
  const nodes = graph.nodes.filter((n) => keep.has(n.index));
  // Edges come heaviest first.
  const links = graph.edges
    .filter((e) => keep.has(e.source) && keep.has(e.target))
    .filter((e, i) => i < MAX_LINKS || hit.has(e.source) || hit.has(e.target));
  const g = new UndirectedGraph();
  nodes.forEach((n, i) => {
    // A phyllotaxis start: large gangs in the middle, deterministic.
    const a = i * 2.399963;
    const r = 6 * Math.sqrt(i + 1);
    g.addNode(String(n.index), { x: r * Math.cos(a), y: r * Math.sin(a), size: radius(n.size) + 2 });
  });
  const maxW = Math.max(1, ...links.map((e) => e.weight));
  for (const e of links)
    g.mergeEdge(String(e.source), String(e.target), { weight: 0.2 + (2 * e.weight) / maxW });
  if (g.order > 1) {
    fa2.assign(g, {
      iterations: 300,
      getEdgeWeight: 'weight',
      settings: {
        ...fa2.inferSettings(g),
        adjustSizes: true,
        strongGravityMode: true,
        gravity: 0.6,
        scalingRatio: 8,
      },
    });
    noverlap.assign(g, { maxIterations: 200, settings: { margin: 3, ratio: 1.1 } });
  }
  const out = new Map<number, { x: number; y: number; size: number }>();
  for (const n of nodes) {
    const a = g.getNodeAttributes(String(n.index)) as { x: number; y: number };
    out.set(n.index, { x: a.x, y: a.y, size: n.size });
  }
  return { gangs: out, links, hiddenGangs: Math.max(0, graph.totalCommunities - nodes.length) };
}

export interface PictureNode {
  kind: 'gang' | 'target' | 'ring';
  gang: number;
  members: number;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** A gang that loses people to the takedown. */
  hit?: boolean;
  zIndex?: number;
}

/** The "before" or "after" picture of one strategy group on the shared layout. */
export function pictureGraph(
  layout: GangLayout,
  group: StrategyGroup | null,
  side: 'before' | 'after',
): UndirectedGraph {
  const g = new UndirectedGraph();
  const removed = new Map<number, number>();
  for (const t of group?.targets ?? [])
    if (t.gang !== null) removed.set(t.gang, (removed.get(t.gang) ?? 0) + 1);
  for (const [index, p] of layout.gangs) {
    const lost = removed.get(index) ?? 0;
    const members = side === 'after' ? Math.max(0, p.size - lost) : p.size;
    const label =
      side === 'after' && lost
        ? `${gangName(index)} · ${formatNumber(members)} (−${formatNumber(lost)})`
        : `${gangName(index)} · ${formatNumber(members)}`;
    g.addNode(`gang-${index}`, {
      kind: 'gang',
      gang: index,
      members,
      x: p.x,
      y: p.y,
      size: radius(members),
      color: gangColor(index),
      label,
      hit: lost > 0,
      zIndex: 1,
    } satisfies PictureNode);
  }
  if (side === 'after')
    // A red ring under each gang that lost people.
    for (const [index, lost] of removed) {
      const p = layout.gangs.get(index);
      if (!p) continue;
      g.addNode(`ring-${index}`, {
        kind: 'ring',
        gang: index,
        members: 0,
        x: p.x,
        y: p.y,
        size: radius(Math.max(0, p.size - lost)) + 1.4,
        color: TARGET_COLOR,
        label: '',
        zIndex: 0,
      });
    }
  const maxW = Math.max(1, ...layout.links.map((e) => e.weight));
  for (const e of layout.links)
    g.mergeEdge(`gang-${e.source}`, `gang-${e.target}`, {
      size: 0.5 + (2.5 * e.weight) / maxW,
      color: LINK_COLOR,
    });
  if (side === 'before' && group) {
    // Each gang's targets on a small arc beside it, away from the picture's centre.
    // Numbered as in the list of targets beside the picture (names do not fit on it).
    const byGang = new Map<number, string[]>();
    group.targets.forEach((t, i) => {
      if (t.gang !== null && layout.gangs.has(t.gang))
        byGang.set(t.gang, [...(byGang.get(t.gang) ?? []), formatNumber(i + 1)]);
    });
    let k = 0;
    for (const [index, names] of byGang) {
      const p = layout.gangs.get(index)!;
      const base = Math.atan2(p.y, p.x) || -Math.PI / 2;
      const r = radius(p.size) + 3;
      const spread = Math.min(0.6, 2.4 / Math.max(1, r / 3));
      names.forEach((name, i) => {
        const a = base + (i - (names.length - 1) / 2) * spread;
        const id = `target-${k++}`;
        g.addNode(id, {
          kind: 'target',
          gang: index,
          members: 1,
          x: p.x + r * Math.cos(a),
          y: p.y + r * Math.sin(a),
          size: 1.8,
          color: TARGET_COLOR,
          label: name,
          zIndex: 2,
        } satisfies PictureNode);
        g.addEdge(id, `gang-${index}`, { size: 1, color: TARGET_COLOR });
      });
    }
  }
  return g;
}
