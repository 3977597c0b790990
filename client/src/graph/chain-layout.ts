// A time-ordered left-to-right layout for chains (resale chains, call sequences): events are
// placed by date along x, one lane per entity type; the other entities sit above or below the
// mean date of the events they take part in.
import type { WorkGraph } from './merge.ts';

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

export function chainLayout(graph: WorkGraph, width = 100): void {
  const events = graph.filterNodes((_n, a) => typeof a.at === 'number');
  events.sort((a, b) => graph.getNodeAttribute(a, 'at')! - graph.getNodeAttribute(b, 'at')!);
  const step = width / Math.max(1, events.length);
  const xOf = new Map<string, number>();
  events.forEach((n, i) => xOf.set(n, i * step));
  // Entities: mean x of their events (two passes so that relics reach through their sales).
  for (let pass = 0; pass < 2; pass++) {
    graph.forEachNode((n) => {
      if (xOf.has(n) && events.includes(n)) return;
      const xs: number[] = [];
      graph.forEachNeighbor(n, (m) => {
        const x = xOf.get(m);
        if (x !== undefined) xs.push(x);
      });
      if (xs.length) xOf.set(n, xs.reduce((a, b) => a + b, 0) / xs.length);
    });
  }
  const laneCount = new Map<string, number>();
  graph.forEachNode((n, a) => {
    const x = xOf.get(n) ?? -step;
    const lane = LANES[a.entityType] ?? 3;
    // Spread entities that share a lane and a date a little so that they do not overlap.
    const slot = `${lane}@${Math.round(x / Math.max(step, 1e-9))}`;
    const k = laneCount.get(slot) ?? 0;
    laneCount.set(slot, k + 1);
    graph.mergeNodeAttributes(n, { x, y: -(lane * step * 1.5 + k * step * 0.6) });
  });
}
