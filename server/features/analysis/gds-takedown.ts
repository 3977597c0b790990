// Takedown simulation on Neo4j Graph Data Science. One projection of the association network
// (gds-graph.ts) serves the whole job: Louvain membership, the degree and betweenness rankings
// (gds.degree / gds.betweenness, sampled with a seed above `betweennessSamples` nodes), and for the
// network before and after each removal, what is left is projected inside the database
// (cypher/gds/project-remaining.cypher: no second trip of the edge list) and measured with WCC
// on all ties (components) and on ties within communities (communities broken). The per-node WCC
// labels come back and the state is summed here in O(n): the same definitions as the in-process
// engine (server/analysis/takedown.ts), so both engines report the same numbers on the same data.
import type { Db } from '../../db/db.ts';
import { relabelBySize } from '../../analysis/louvain.ts';
import { topIndices } from '../../analysis/measures.ts';
import type {
  NetworkState,
  TakedownReport,
  TakedownRoles,
  TakedownStrategy,
} from '../../analysis/takedown.ts';
import type { Progress, TakedownInput, TakedownOutput } from '../../analysis/tasks.ts';
import { isolatedOwnCommunities, louvainOn } from './gds-communities.ts';
import {
  checkAborted,
  dropGraph,
  graphName,
  streamNodeValues,
  withEdgeGraph,
  type InWorker,
} from './gds-graph.ts';
import type { GdsTakedownTargetsInput } from './gds-tasks.ts';
import { gdsRun } from './gds.ts';

export interface Rankings {
  degree: Float64Array;
  betweenness: Float64Array;
  /** Sources GDS sampled for betweenness (the node count when exact). */
  betweennessSources: number;
  betweennessExact: boolean;
}

/** Degree and (sampled) betweenness of every node, from GDS; 0 for people without ties. */
export async function gdsRankings(
  db: Db,
  graph: string | null,
  n: number,
  opts: { betweenness: boolean; samples: number; seed: number },
): Promise<Rankings> {
  const degree = new Float64Array(n);
  const betweenness = new Float64Array(n);
  // Exact up to `samples` people, as in-process; GDS samples among the people in its graph.
  const exact = n <= opts.samples;
  const sources = exact ? n : opts.samples;
  if (graph) {
    await streamNodeValues(db, 'degree-stream', { graph }, 'score', degree);
    if (opts.betweenness) {
      await streamNodeValues(
        db,
        'betweenness-stream',
        { graph, samplingSize: exact ? n : opts.samples, samplingSeed: opts.seed },
        'score',
        betweenness,
      );
    }
  }
  return { degree, betweenness, betweennessSources: sources, betweennessExact: exact };
}

/** Per-node WCC labels of what is left of the network: on all ties, and on ties within communities. */
export interface RemainingLabels {
  /** Component id per node index; -1 when removed or left without ties. */
  all: Int32Array;
  /** Component id per node index over ties within communities; -1 as above. */
  intra: Int32Array;
}

/** Projects the network without `removed` inside GDS, runs WCC twice, drops it. */
export async function gdsRemaining(
  db: Db,
  graph: string | null,
  membership: Int32Array,
  removed: readonly number[],
): Promise<RemainingLabels> {
  const n = membership.length;
  const all = new Int32Array(n).fill(-1);
  const intra = new Int32Array(n).fill(-1);
  if (!graph) return { all, intra };
  const sub = graphName('takedown');
  try {
    let rels = 0;
    let intraTies = 0;
    await gdsRun(
      db,
      'project-remaining',
      { graph, sub, removed: [...removed], community: Array.from(membership) },
      (r) => {
        rels = Number(r.relationshipCount ?? 0);
        intraTies = Number(r.intraTies ?? 0);
      },
    );
    if (rels === 0) return { all, intra };
    await streamNodeValues(db, 'wcc-stream', { graph: sub, relationshipTypes: ['*'] }, 'componentId', all);
    // WCC refuses a relationship type the graph does not have: ask for INTRA only when some remain.
    // (A person whose ties are all INTER gets a component of their own: alone in their community.)
    if (intraTies > 0) {
      await streamNodeValues(
        db,
        'wcc-stream',
        { graph: sub, relationshipTypes: ['INTRA'] },
        'componentId',
        intra,
      );
    }
    return { all, intra };
  } finally {
    await dropGraph(db, sub);
  }
}

/**
 * Whether each community (with ≥ 2 members) is still one connected group of its remaining members,
 * given the WCC labels over ties within communities. People with no such tie are groups of one.
 */
export function connectedCommunitiesFrom(
  intra: Int32Array,
  membership: Int32Array,
  gone: Uint8Array,
): Map<number, boolean> {
  const sizes = new Map<number, number>();
  const groups = new Map<number, Set<number>>();
  let solo = -1;
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i]!;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
    if (gone[i]) continue;
    let set = groups.get(c);
    if (!set) groups.set(c, (set = new Set()));
    set.add(intra[i]! >= 0 ? intra[i]! : solo--);
  }
  const out = new Map<number, boolean>();
  for (const [c, size] of sizes) if (size >= 2) out.set(c, (groups.get(c)?.size ?? 0) === 1);
  return out;
}

/** The network state from the WCC labels: the same definitions as takedown.ts's networkState. */
export function stateFrom(
  labels: RemainingLabels,
  membership: Int32Array,
  roles: TakedownRoles,
  removed: readonly number[],
  connectedBefore?: Map<number, boolean>,
): { state: NetworkState; connected: Map<number, boolean> } {
  const n = membership.length;
  const gone = new Uint8Array(n);
  for (const i of removed) gone[i] = 1;
  // Dense component ids: GDS components first, then one per remaining person without ties.
  const dense = new Map<number, number>();
  const comp = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  let nodes = 0;
  for (let i = 0; i < n; i++) {
    if (gone[i]) continue;
    nodes++;
    let c: number;
    if (labels.all[i]! >= 0) {
      const known = dense.get(labels.all[i]!);
      c = known ?? sizes.length;
      if (known === undefined) dense.set(labels.all[i]!, c);
    } else c = sizes.length;
    if (c === sizes.length) sizes.push(0);
    sizes[c]!++;
    comp[i] = c;
  }
  const connected = connectedCommunitiesFrom(labels.intra, membership, gone);
  let broken = 0;
  if (connectedBefore) for (const [c, was] of connectedBefore) if (was && !connected.get(c)) broken++;
  const looterComponents = new Set<number>();
  for (const l of roles.looters) if (comp[l]! >= 0) looterComponents.add(comp[l]!);
  let buyersReachable = 0;
  for (const b of roles.buyers) {
    const c = comp[b]!;
    if (c < 0) continue;
    // A buyer who is also a looter trades with themselves: that is no flow through the network.
    if (looterComponents.has(c) && (sizes[c]! > 1 || !roles.looters.has(b))) buyersReachable++;
  }
  return {
    state: {
      nodes,
      largestComponent: sizes.reduce((m, x) => Math.max(m, x), 0),
      components: sizes.length,
      communitiesBroken: broken,
      buyersReachable,
      relicFlow: buyersReachable > 0,
    },
    connected,
  };
}

/**
 * Takedown on GDS: one projection; Louvain, degree and betweenness in GDS; brokers and greedy
 * targets in the worker; before/after states from WCC on what is left, projected in the database.
 */
export async function gdsTakedown(
  db: Db,
  input: Omit<TakedownInput, 'resolution'> & { strategies: TakedownStrategy[] },
  progress: Progress,
  signal: AbortSignal,
  pickTargets: InWorker<GdsTakedownTargetsInput, Partial<Record<TakedownStrategy, number[]>>>,
): Promise<TakedownOutput> {
  const { edges } = input;
  const n = edges.ids.length;
  return withEdgeGraph(db, 'takedown', edges, async (graph) => {
    progress(0.05, 'GDS: Louvain');
    const { membership, count } = relabelBySize(isolatedOwnCommunities(await louvainOn(db, graph, n)));
    checkAborted(signal);
    const strategies = input.strategies;
    progress(0.2, `${count} communities; GDS: rankings`);
    const ranks = await gdsRankings(db, graph, n, {
      betweenness: strategies.some((s) => s === 'betweenness' || s === 'brokers'),
      samples: input.betweennessSamples,
      seed: input.seed,
    });
    checkAborted(signal);
    const k = Math.min(input.k ?? 5, n);
    const targets: Partial<Record<TakedownStrategy, number[]>> = {};
    if (strategies.includes('degree')) targets.degree = topIndices(ranks.degree, k);
    if (strategies.includes('betweenness')) targets.betweenness = topIndices(ranks.betweenness, k);
    const inWorker = strategies.filter((s): s is 'brokers' | 'greedy' => s === 'brokers' || s === 'greedy');
    if (inWorker.length) {
      Object.assign(
        targets,
        await pickTargets(
          {
            edges,
            membership,
            betweenness: ranks.betweenness,
            strategies: inWorker,
            k,
            seed: input.seed,
            betweennessSamples: input.betweennessSamples,
          },
          (f, m) => progress(0.3 + 0.3 * f, m),
        ),
      );
    }
    const roles = { looters: new Set(input.looters), buyers: new Set(input.buyers) };
    progress(0.6, 'GDS: components before');
    const before = stateFrom(await gdsRemaining(db, graph, membership, []), membership, roles, [], undefined);
    const scenarios: Array<[TakedownReport['strategy'], number[]]> = [];
    if (input.remove) scenarios.push(['given', input.remove]);
    for (const s of strategies) scenarios.push([s, targets[s]!]);
    const reports: TakedownReport[] = [];
    for (const [strategy, removed] of scenarios) {
      checkAborted(signal);
      progress(0.6 + (0.4 * reports.length) / scenarios.length, `GDS: components without ${strategy}`);
      const labels = await gdsRemaining(db, graph, membership, removed);
      const after = stateFrom(labels, membership, roles, removed, before.connected).state;
      reports.push({ strategy, removed: [...removed], before: { ...before.state }, after });
    }
    return { communities: count, reports };
  });
}
