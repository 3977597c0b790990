// Level of detail for large networks: one node per community (sized by its members, linked by
// the number of links between communities), with drill-down into one community's members. When
// the server's community graph is known (an overview), its sizes and links are used instead of
// what happens to be loaded on the canvas. Labels are in the reader's language: "Gang 3 (42)",
// numbered from 1 as everywhere in the workspace (the API's community index + 1).
import i18next from 'i18next';
import { formatNumber } from '../i18n/format.ts';
import type { WorkGraph } from './merge.ts';
import { createWorkGraph } from './merge.ts';

export const COMMUNITY_PREFIX = 'Community:';

/** A gang's name: "Gang 3" for community index 2; people in no gang for 'none'. */
export function gangName(community: string | number): string {
  const n = Number(community);
  return Number.isInteger(n) && String(community) !== ''
    ? i18next.t('caption.gang', { n: n + 1 })
    : i18next.t('gangs:noGang');
}

/** A gang node's label: its name and how many members it has ("Gang 3 (42)"). */
export function gangLabel(community: string | number, members: number): string {
  return i18next.t('gangs:overview.nodeLabel', {
    name: gangName(community),
    count: members,
    members: formatNumber(members),
  });
}

export function communityOf(graph: WorkGraph, node: string): string {
  return graph.getNodeAttribute(node, 'community') ?? 'none';
}

/** A link between two communities from the server: summed weight and person-person edges. */
export interface CommunityLinkInput {
  source: string;
  target: string;
  weight: number;
  links: number;
}

/** The server's view of a run's communities: true member counts and the links between them. */
export interface CommunityOverview {
  sizes: ReadonlyMap<string, number>;
  links: readonly CommunityLinkInput[];
}

/**
 * The community meta-graph of `graph`: positions are the members' centroid. With an overview,
 * node sizes are the communities' true member counts and edges are the overview's links (between
 * communities on the canvas); without one, both are counted from what is on the canvas.
 */
export function collapseCommunities(graph: WorkGraph, overview?: CommunityOverview | null): WorkGraph {
  const meta = createWorkGraph();
  const sums = new Map<string, { x: number; y: number; n: number; people: number }>();
  graph.forEachNode((_n, a) => {
    const c = a.community ?? 'none';
    const s = sums.get(c) ?? { x: 0, y: 0, n: 0, people: 0 };
    s.x += a.x;
    s.y += a.y;
    s.n++;
    if (a.entityType === 'Person') s.people++;
    sums.set(c, s);
  });
  for (const [c, s] of sums) {
    const members = overview?.sizes.get(c) ?? s.n;
    meta.addNode(COMMUNITY_PREFIX + c, {
      x: s.x / s.n,
      y: s.y / s.n,
      label: gangLabel(c, members),
      entityType: 'Community',
      community: c,
      confidence: 1,
      members,
      properties: { members, people: overview ? members : s.people, onCanvas: s.n },
    });
  }
  if (overview) {
    for (const l of overview.links) {
      const a = COMMUNITY_PREFIX + l.source;
      const b = COMMUNITY_PREFIX + l.target;
      if (!meta.hasNode(a) || !meta.hasNode(b) || l.source === l.target) continue;
      meta.addDirectedEdgeWithKey(`cc:${l.source}\u0000${l.target}`, a, b, {
        relType: 'LINKS',
        confidence: 1,
        weight: l.weight,
        properties: { weight: l.weight, links: l.links },
      });
    }
    return meta;
  }
  const weights = new Map<string, number>();
  graph.forEachEdge((_e, a, s, t) => {
    const cs = graph.getNodeAttribute(s, 'community') ?? 'none';
    const ct = graph.getNodeAttribute(t, 'community') ?? 'none';
    if (cs === ct) return;
    const k = cs < ct ? `${cs}\u0000${ct}` : `${ct}\u0000${cs}`;
    weights.set(k, (weights.get(k) ?? 0) + (a.weight ?? 1));
  });
  for (const [k, w] of weights) {
    const [a, b] = k.split('\u0000') as [string, string];
    meta.addDirectedEdgeWithKey(`cc:${k}`, COMMUNITY_PREFIX + a, COMMUNITY_PREFIX + b, {
      relType: 'LINKS',
      confidence: 1,
      weight: w,
      properties: { links: w },
    });
  }
  return meta;
}

/** The members of one community and the links among them. */
export function drillDown(graph: WorkGraph, community: string): WorkGraph {
  const sub = createWorkGraph();
  graph.forEachNode((n, a) => {
    if ((a.community ?? 'none') === community) sub.addNode(n, { ...a });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (sub.hasNode(s) && sub.hasNode(t)) sub.addDirectedEdgeWithKey(e, s, t, { ...a });
  });
  return sub;
}
