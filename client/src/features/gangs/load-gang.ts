// A gang's picture: ALL its members (paged through the run's ranking) and ALL the ties between
// them that the API has, laid out in one piece.
//
// The ties are what the community detection weighs (docs/analysis.md): two members linked
// directly (associates, family), or through one entity both are linked to (a shared phone or
// vehicle, a case, a sale between them), or through a call between their phones. So the picture
// is the members, the entities of those kinds next to them, and the links among all these, less
// the entities that tie no two of them together. The neighbourhood API takes 50 starting entities,
// so members go in batches of 50 (one hop, people / phones / vehicles / cases / sales); a second
// round asks the phones and vehicles found for their calls and case involvements, which join two
// entities that are one hop from different batches.
import { fetchNeighbourhood } from '../../app/actions.ts';
import { layoutGang, type LayoutNode } from '../../graph/gang-layout.ts';
import type { EdgeRecord, NodeRecord, Subgraph } from '../../graph/types.ts';
import { allMembers, type Ranked } from './data.ts';

/** Entity types that tie two members together, one hop from each. */
export const TIE_TYPES = ['Person', 'Phone', 'Vehicle', 'Case', 'Sale'];
/** Links between two such entities (not people): calls between phones, vehicles in cases. */
export const ENTITY_LINKS = ['CALLS', 'INVOLVED_IN'];
const BATCH = 50;
const PARALLEL = 2;

export interface GangProgress {
  phase: 'members' | 'ties' | 'layout';
  /** 0..1 over the whole load. */
  fraction: number;
  members: number;
  size: number;
  batches: number;
  batchesDone: number;
}

export interface GangPicture {
  sub: Subgraph;
  members: Ranked[];
  /** Whether the service cut any neighbourhood at its size limit (then some ties may be missing). */
  truncated: boolean;
}

export interface LoadOptions {
  /** Load the ties (needs read:entities); without, the members alone, by name. */
  withTies: boolean;
  /** Entities already on the canvas: kept as anchors, never pruned, their links kept. */
  onCanvas?: ReadonlySet<string>;
  width?: number;
  height?: number;
  onProgress?: (p: GangProgress) => void;
  signal?: AbortSignal;
}

/** Runs `work` over `items` in chunks, `PARALLEL` at a time. */
async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (chunk: T[]) => Promise<void>,
  onDone: () => void,
  signal?: AbortSignal,
): Promise<void> {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      if (signal?.aborted) return;
      const chunk = chunks[next++]!;
      await work(chunk);
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, chunks.length) }, worker));
}

export async function loadGang(
  runId: string,
  gang: { index: number; size: number },
  o: LoadOptions,
): Promise<GangPicture> {
  const community = String(gang.index);
  const progress: GangProgress = {
    phase: 'members',
    fraction: 0,
    members: 0,
    size: gang.size,
    batches: 0,
    batchesDone: 0,
  };
  const report = () => o.onProgress?.({ ...progress });
  report();
  const members = await allMembers(runId, gang.index, gang.size, (n) => {
    progress.members = n;
    progress.fraction = 0.1 * Math.min(1, n / Math.max(1, gang.size));
    report();
  });
  const memberIds = new Set(members.map((m) => m.id));
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  let truncated = false;
  for (const m of members)
    nodes.set(m.id, {
      id: m.id,
      type: 'Person',
      label: m.name ?? '',
      community,
      properties: { name: m.name ?? undefined },
    });

  if (o.withTies && members.length) {
    const memberList = members.map((m) => m.id);
    progress.phase = 'ties';
    progress.batches = Math.ceil(memberList.length / BATCH);
    report();
    const batchDone = () => {
      progress.batchesDone++;
      progress.fraction = 0.1 + 0.7 * (progress.batchesDone / Math.max(1, progress.batches));
      report();
    };
    const take = (sub: Subgraph) => {
      if (sub.truncated) truncated = true;
      for (const n of sub.nodes) {
        // People outside the gang are not part of its picture (unless already on the canvas).
        if (n.type === 'Person' && !memberIds.has(n.id) && !o.onCanvas?.has(n.id)) continue;
        const known = nodes.get(n.id);
        nodes.set(n.id, known ? { ...n, community: known.community } : n);
      }
      for (const e of sub.edges) edges.set(e.id ?? `${e.source}-${e.type}-${e.target}`, e);
    };
    // Round 1: every member's links to people and to the entities that may tie them.
    await inBatches(
      memberList,
      BATCH,
      async (ids) => take(await fetchNeighbourhood({ ids, hops: 1, nodeTypes: TIE_TYPES })),
      batchDone,
      o.signal,
    );
    // Round 2: calls between the members' phones, vehicles in the members' cases. Beside a canvas
    // that holds something already, every linking entity is asked for all its links, so that a
    // sale, case or phone shared with someone on the canvas ties the gang to them.
    const beside = !!o.onCanvas?.size;
    const entities = [...nodes.values()]
      .filter((n) => !memberIds.has(n.id) && n.type !== 'Person')
      .filter((n) => beside || n.type === 'Phone' || n.type === 'Vehicle')
      .map((n) => n.id);
    progress.batches += Math.ceil(entities.length / BATCH);
    report();
    await inBatches(
      entities,
      BATCH,
      async (ids) => {
        const sub = await fetchNeighbourhood(
          beside ? { ids, hops: 1, nodeTypes: TIE_TYPES } : { ids, hops: 1, relTypes: ENTITY_LINKS },
        );
        if (sub.truncated) truncated = true;
        // Only links between entities of the picture (or the canvas): no new nodes from this round.
        for (const e of sub.edges) edges.set(e.id ?? `${e.source}-${e.type}-${e.target}`, e);
      },
      batchDone,
      o.signal,
    );
  }
  if (o.signal?.aborted) throw new DOMException('aborted', 'AbortError');

  // Keep the links between entities of the picture (or the canvas), then drop, again and again,
  // the entities that tie fewer than two others: what is left ties members together.
  const inPicture = (id: string) => nodes.has(id) || !!o.onCanvas?.has(id);
  let links = [...edges.values()].filter(
    (e) => e.source !== e.target && inPicture(e.source) && inPicture(e.target),
  );
  for (;;) {
    const neighbours = new Map<string, Set<string>>();
    const add = (a: string, b: string) => {
      let s = neighbours.get(a);
      if (!s) neighbours.set(a, (s = new Set()));
      s.add(b);
    };
    for (const e of links) {
      add(e.source, e.target);
      add(e.target, e.source);
    }
    const drop = [...nodes.keys()].filter(
      (id) => !memberIds.has(id) && !o.onCanvas?.has(id) && (neighbours.get(id)?.size ?? 0) < 2,
    );
    if (!drop.length) break;
    for (const id of drop) nodes.delete(id);
    links = links.filter((e) => inPicture(e.source) && inPicture(e.target));
  }

  progress.phase = 'layout';
  progress.fraction = 0.8;
  report();
  const list = [...nodes.values()];
  const degree = new Map<string, number>();
  for (const e of links) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const maxDegree = Math.max(1, ...degree.values());
  // The radius the canvas will draw each node with (sized by degree, sigma/style.ts).
  const layoutNodes: LayoutNode[] = list.map((n) => ({
    id: n.id,
    radius: 3 + 15 * Math.sqrt((degree.get(n.id) ?? 0) / maxDegree),
  }));
  await layoutGang(
    layoutNodes,
    links.filter((e) => nodes.has(e.source) && nodes.has(e.target)),
    {
      width: o.width,
      height: o.height,
      onProgress: (f) => {
        progress.fraction = 0.8 + 0.2 * f;
        report();
      },
    },
  );
  const at = new Map(layoutNodes.map((n) => [n.id, n]));
  for (const n of list) {
    const p = at.get(n.id)!;
    n.x = p.x;
    n.y = p.y;
  }
  return { sub: { nodes: list, edges: links, truncated }, members, truncated };
}
