// Reading analysis results back: runs, communities with their summaries, ranked members.
import type { Db, Row } from '../../db/db.ts';
import { badInput, notFound } from '../../errors.ts';

export const MEMBER_MEASURES = ['degree', 'strength', 'betweenness', 'pagerank', 'broker'] as const;
export type MemberMeasure = (typeof MEMBER_MEASURES)[number];

const parse = (v: unknown) => {
  if (typeof v !== 'string') return v ?? {};
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return {};
  }
};

function toRun(row: Row | undefined): Record<string, unknown> {
  const r = (row?.run ?? {}) as Record<string, unknown>;
  return {
    ...r,
    params: parse(r.params),
    evidence: parse(r.evidence),
    betweennessExact: Boolean(r.betweennessExact),
    betweennessError: Number(r.betweennessError ?? 0),
  };
}

export async function listRuns(db: Db, kind: string | null, skip: number, limit: number) {
  return (await db.read('queries/analysis/list-runs', { kind, skip, limit })).map(toRun);
}

/** The given run, or the latest community-detection run. */
export async function resolveRunId(db: Db, runId: string | null | undefined): Promise<string> {
  if (runId) {
    const row = (await db.read('queries/analysis/get-run', { runId }))[0];
    if (!row) throw notFound(`Analysis run ${runId} does not exist.`);
    return runId;
  }
  const row = (await db.read('queries/analysis/latest-run', { kind: 'communities' }))[0];
  if (!row) throw notFound('No community detection has run yet: start one with detectCommunities.');
  return String((row.run as Record<string, unknown>).id);
}

/** A (:Community) row as the API shows it: empty lists where a summary list was not written. */
function communityOf(r: Record<string, unknown>) {
  const c = r.community as Record<string, unknown>;
  return {
    ...c,
    caseIds: c.caseIds ?? [],
    siteIds: c.siteIds ?? [],
    relicIds: c.relicIds ?? [],
    keyPlayers: c.keyPlayers ?? [],
  };
}

export async function listCommunities(db: Db, runId: string, skip: number, limit: number) {
  const rows = await db.read('queries/analysis/list-communities', { runId, skip, limit });
  return rows.map(communityOf);
}

export async function rankedMembers(
  db: Db,
  runId: string,
  community: number | null,
  orderBy: MemberMeasure,
  skip: number,
  limit: number,
) {
  if (!MEMBER_MEASURES.includes(orderBy))
    throw badInput(`by: expected one of ${MEMBER_MEASURES.join(', ')}.`);
  const rows = await db.read('queries/analysis/list-members', { runId, community, orderBy, skip, limit });
  return rows.map((r) => ({
    id: String(r.uid),
    name: (r.name as string | null) ?? null,
    community: Number(r.community),
    degree: Number(r.degree ?? 0),
    strength: Number(r.strength ?? 0),
    betweenness: Number(r.betweenness ?? 0),
    pagerank: Number(r.pagerank ?? 0),
    participation: Number(r.participation ?? 0),
    broker: Number(r.broker ?? 0),
    stability: r.stability === null || r.stability === undefined ? null : Number(r.stability),
  }));
}

/** Most communities and links a community graph returns. */
export const COMMUNITY_GRAPH_MAX = 2_000;
export const COMMUNITY_LINKS_MAX = 20_000;

/**
 * A run's community graph: its largest communities (at most `first`) and the LINKED_TO links
 * between them of weight >= minWeight (heaviest first, at most COMMUNITY_LINKS_MAX), saying when
 * either was capped.
 */
export async function communityGraph(
  db: Db,
  runId: string,
  minWeight: number | null | undefined,
  first: number | null | undefined,
) {
  const limit = first ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > COMMUNITY_GRAPH_MAX)
    throw badInput(`first: expected a whole number from 1 to ${COMMUNITY_GRAPH_MAX}, got ${limit}.`);
  const min = minWeight ?? 0;
  if (!Number.isFinite(min) || min < 0) throw badInput(`minWeight: expected a number >= 0, got ${min}.`);
  const nodeRows = await db.read('queries/analysis/list-community-nodes', { runId, limit });
  const nodes = nodeRows.map(communityOf);
  const totalCommunities = Number(nodeRows[0]?.total ?? 0);
  const linkRows = await db.read('queries/analysis/list-community-links', {
    runId,
    indices: nodeRows.map((r) => Number((r.community as Record<string, unknown>).index)),
    minWeight: min,
    limit: COMMUNITY_LINKS_MAX,
  });
  const edges = linkRows.map((r) => ({
    source: Number(r.source),
    target: Number(r.target),
    weight: Number(r.weight),
    links: Number(r.links),
  }));
  const totalLinks = Number(linkRows[0]?.total ?? 0);
  return {
    runId,
    nodes,
    edges,
    totalCommunities,
    totalLinks,
    capped: nodes.length < totalCommunities || edges.length < totalLinks,
  };
}
