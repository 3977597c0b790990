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

export async function listCommunities(db: Db, runId: string, skip: number, limit: number) {
  const rows = await db.read('queries/analysis/list-communities', { runId, skip, limit });
  return rows.map((r) => {
    const c = r.community as Record<string, unknown>;
    return {
      ...c,
      caseIds: c.caseIds ?? [],
      siteIds: c.siteIds ?? [],
      relicIds: c.relicIds ?? [],
      keyPlayers: c.keyPlayers ?? [],
    };
  });
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
  }));
}
