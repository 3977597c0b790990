// Writes a community-detection run back to Neo4j: one (:AnalysisRun), its (:Community) nodes, a
// MEMBER_OF per person with their measures, then each community's summary (cases, sites, relics,
// active time span), and the links between communities (LINKED_TO: summed projected weight and
// number of person-person edges between their members). Earlier runs are kept, so runs stay
// comparable.
import type { Db } from '../../db/db.ts';
import { topIndices } from '../../analysis/measures.ts';
import type { CommunitiesOutput } from '../../analysis/tasks.ts';
import type { Projection } from './projection.ts';

export interface RunMeta {
  runId: string;
  jobId: string | null;
  kind: string;
  engine: string;
  params: Record<string, unknown>;
  resolution: number;
  seed: number;
}

const BATCH = 5_000;
const KEY_PLAYERS = 5;

export interface CommunityLink {
  source: number;
  target: number;
  weight: number;
  links: number;
}

/**
 * The links between communities: for every pair of communities (source < target) joined by at
 * least one projected edge, the total edge weight and the number of person-person edges.
 */
export function communityLinks(edges: Projection['edges'], membership: ArrayLike<number>): CommunityLink[] {
  const byPair = new Map<number, CommunityLink>();
  const { src, dst, weight } = edges;
  for (let e = 0; e < edges.edgeCount; e++) {
    const a = membership[src[e]!]!;
    const b = membership[dst[e]!]!;
    if (a === b) continue;
    const source = Math.min(a, b);
    const target = Math.max(a, b);
    const key = source * 2 ** 26 + target; // exact in a double for up to 67M communities
    let link = byPair.get(key);
    if (!link) byPair.set(key, (link = { source, target, weight: 0, links: 0 }));
    link.weight += weight ? weight[e]! : 1;
    link.links += 1;
  }
  return [...byPair.values()].sort((x, y) => x.source - y.source || x.target - y.target);
}

export async function writeCommunities(
  db: Db,
  meta: RunMeta,
  projection: Projection,
  out: CommunitiesOutput,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const ids = projection.edges.ids;
  const n = ids.length;
  const members: number[][] = Array.from({ length: out.count }, () => []);
  for (let i = 0; i < n; i++) members[out.membership[i]!]!.push(i);
  // Internal ties and weight per community, for density.
  const internal = new Float64Array(out.count);
  const internalW = new Float64Array(out.count);
  const { src, dst, weight } = projection.edges;
  for (let e = 0; e < projection.edges.edgeCount; e++) {
    const c = out.membership[src[e]!]!;
    if (c === out.membership[dst[e]!]) {
      internal[c] = internal[c]! + 1;
      internalW[c] = internalW[c]! + (weight ? weight[e]! : 1);
    }
  }
  const rank = new Int32Array(n);
  const communities = members.map((m, c) => {
    const ordered = m.slice().sort((a, b) => out.pagerank[b]! - out.pagerank[a]! || a - b);
    ordered.forEach((i, k) => (rank[i] = k + 1));
    const size = m.length;
    return {
      index: c,
      size,
      density: size > 1 ? internal[c]! / ((size * (size - 1)) / 2) : 0,
      internalWeight: internalW[c]!,
      keyPlayers: ordered.slice(0, KEY_PLAYERS).map((i) => ids[i]!),
    };
  });
  await db.write('queries/analysis/create-run', {
    run: {
      id: meta.runId,
      jobId: meta.jobId,
      kind: meta.kind,
      engine: meta.engine,
      params: JSON.stringify(meta.params),
      createdAt: Date.now(),
      nodeCount: n,
      edgeCount: projection.edges.edgeCount,
      communityCount: out.count,
      modularity: out.modularity,
      resolution: meta.resolution,
      seed: meta.seed,
      evidence: JSON.stringify(projection.evidence),
      betweennessExact: out.betweennessExact,
      betweennessSources: out.betweennessSources,
      betweennessError: out.betweennessTopError,
      topKeyPlayers: topIndices(out.pagerank, 10).map((i) => ids[i]!),
      topBrokers: topIndices(out.broker, 10, (i) => out.broker[i]! > 0).map((i) => ids[i]!),
    },
  });
  for (let i = 0; i < communities.length; i += BATCH) {
    await db.write('queries/analysis/write-communities', {
      runId: meta.runId,
      communities: communities.slice(i, i + BATCH),
    });
  }
  for (let start = 0; start < n; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + BATCH); i++) {
      rows.push({
        uid: ids[i]!,
        community: out.membership[i]!,
        degree: out.degree[i]!,
        strength: out.strength[i]!,
        betweenness: out.betweenness[i]!,
        pagerank: out.pagerank[i]!,
        participation: out.participation[i]!,
        broker: out.broker[i]!,
        rank: rank[i]!,
      });
    }
    await db.write('queries/analysis/write-members', { runId: meta.runId, rows });
    onProgress?.(Math.min(1, (start + BATCH) / n) * 0.8);
  }
  const links = communityLinks(projection.edges, out.membership);
  for (let i = 0; i < links.length; i += BATCH) {
    await db.write('queries/analysis/write-community-links', {
      runId: meta.runId,
      links: links.slice(i, i + BATCH),
    });
  }
  await db.autoCommit('queries/analysis/summarize-communities', { runId: meta.runId });
  onProgress?.(1);
}
