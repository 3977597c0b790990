// A time-ordered left-to-right layout for chains (resale chains, call sequences): events are
// placed by date along x, one lane per entity type; the other entities sit above or below the
// mean date of the events they take part in. It lays out the chain's nodes only: given a set of
// nodes, those move (pinned ones excepted) into free space beside the rest of the canvas, which
// stays where it is; spaced in units of the canvas's own spacing, so the chain is neither squeezed
// into a corner nor blown up.
import type { WorkGraph } from './merge.ts';
import { besideBox, boxOf, nodePoints, spacingOf, type Point } from './path-layout.ts';

const LANES: Record<string, number> = {
  Site: -2,
  Relic: -1,
  Sale: 0,
  Call: 0,
  Case: 0,
  Sighting: 0,
  Person: 1.2,
  Phone: 2.2,
  Vehicle: 2.2,
};

/** Distance between consecutive events, in spacings (room for a sale's caption). */
const STEP = 4;
/** Distance between lanes, in spacings: the chain reads as a wide, low band. */
const LANE_HEIGHT = 1.4;
/** Least distance between two entities of one lane, in spacings. */
const LANE_GAP = 1.3;

export interface ChainLayoutOptions {
  /** Distance unit; the spacing of the nodes that stay (graph/path-layout.ts spacingOf) by default. */
  spacing?: number;
}

/**
 * Lays out `nodes` (every node of the graph by default) as a chain in time order. With a subset,
 * the chain goes beside the other nodes; with the whole graph, it stays centred where it was.
 * Returns the nodes moved.
 */
export function chainLayout(
  graph: WorkGraph,
  nodes?: Iterable<string>,
  options: ChainLayoutOptions = {},
): string[] {
  const members = new Set<string>();
  for (const n of nodes ?? graph.nodes()) if (graph.hasNode(n)) members.add(n);
  const movable = [...members].filter((n) => !graph.getNodeAttribute(n, 'pinned'));
  if (!movable.length) return [];
  const moving = new Set(movable);
  const stay = nodePoints(graph, moving);
  const s = options.spacing ?? (stay.length >= 2 ? spacingOf(stay) : 1);
  const step = s * STEP;

  const events = movable.filter((n) => typeof graph.getNodeAttribute(n, 'at') === 'number');
  events.sort(
    (a, b) =>
      graph.getNodeAttribute(a, 'at')! - graph.getNodeAttribute(b, 'at')! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const isEvent = new Set(events);
  const xOf = new Map<string, number>();
  events.forEach((n, i) => xOf.set(n, i * step));
  // Entities: mean x of their events in the chain (two passes so that relics reach through their sales).
  for (let pass = 0; pass < 2; pass++) {
    for (const n of movable) {
      if (isEvent.has(n)) continue;
      const xs: number[] = [];
      graph.forEachNeighbor(n, (m) => {
        const x = moving.has(m) ? xOf.get(m) : undefined;
        if (x !== undefined) xs.push(x);
      });
      if (xs.length) xOf.set(n, xs.reduce((a, b) => a + b, 0) / xs.length);
    }
  }
  // Entities of one lane keep LANE_GAP apart: in x order, each at least that far right of the one
  // before (a buyer who sells on sits between the two sales, which are only STEP apart).
  const lanes = new Map<number, string[]>();
  for (const n of movable) {
    if (isEvent.has(n)) continue;
    const lane = LANES[graph.getNodeAttribute(n, 'entityType')] ?? 3;
    const list = lanes.get(lane);
    if (list) list.push(n);
    else lanes.set(lane, [n]);
  }
  for (const list of lanes.values()) {
    const dated = list.filter((n) => xOf.has(n)).sort((a, b) => xOf.get(a)! - xOf.get(b)!);
    for (let i = 1; i < dated.length; i++) {
      const min = xOf.get(dated[i - 1]!)! + LANE_GAP * s;
      if (xOf.get(dated[i]!)! < min) xOf.set(dated[i]!, min);
    }
  }
  const laneCount = new Map<string, number>();
  const local = new Map<string, Point>();
  for (const n of movable) {
    const x = xOf.get(n) ?? -step;
    const lane = LANES[graph.getNodeAttribute(n, 'entityType')] ?? 3;
    // Entities without a date share a slot left of the chain: stacked so that they do not overlap.
    const slot = `${lane}@${Math.round(x / step)}`;
    const k = xOf.has(n) ? 0 : (laneCount.get(slot) ?? 0);
    if (!xOf.has(n)) laneCount.set(slot, k + 1);
    local.set(n, { x, y: -(lane * s * LANE_HEIGHT + k * s * LANE_GAP) });
  }

  const box = boxOf([...local.values()])!;
  let dx: number;
  let dy: number;
  if (stay.length) {
    // Beside what stays: the block's top-left corner where besideBox puts it.
    const corner = besideBox(boxOf(stay), box.maxX - box.minX, box.maxY - box.minY, 2 * s);
    dx = corner.x - box.minX;
    dy = corner.y - box.maxY;
  } else {
    // The whole canvas: centred where it was.
    const was = boxOf(movable.map((n) => graph.getNodeAttributes(n)))!;
    dx = (was.minX + was.maxX) / 2 - (box.minX + box.maxX) / 2;
    dy = (was.minY + was.maxY) / 2 - (box.minY + box.maxY) / 2;
  }
  for (const [n, p] of local) graph.mergeNodeAttributes(n, { x: p.x + dx, y: p.y + dy });
  return movable;
}
