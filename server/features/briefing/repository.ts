// The briefing's reads: one .cypher file each (cypher/queries/briefing/), plain rows back.
import type { Db, Row } from '../../db/db.ts';
import { notFound } from '../../errors.ts';
import { LOOTING_CASE_KINDS, OFFENDING_ROLES } from '../analysis/projection.ts';
import { listCommunities } from '../analysis/results.ts';
import type { CommunityRow, MemberFacts } from './classify.ts';
import type { RunInfo, SourceCount, TargetRef } from './types.ts';

const roles = [...OFFENDING_ROLES];
const num = (v: unknown, d = 0) => (v === null || v === undefined ? d : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (typeof v === 'string' ? v : null);

const json = (v: unknown): Record<string, unknown> => {
  if (typeof v !== 'string') return (v as Record<string, unknown>) ?? {};
  try {
    return JSON.parse(v) as Record<string, unknown>;
  } catch {
    return {};
  }
};

function toRun(r: Record<string, unknown>): RunInfo {
  return {
    id: String(r.id),
    createdAt: num(r.createdAt),
    engine: String(r.engine ?? ''),
    modularity: num(r.modularity),
    resolution: num(r.resolution, 1),
    seed: num(r.seed),
    nodeCount: num(r.nodeCount),
    edgeCount: num(r.edgeCount),
    communityCount: num(r.communityCount),
    params: json(r.params),
    evidence: json(r.evidence) as Record<string, number>,
    betweennessExact: Boolean(r.betweennessExact),
    betweennessError: num(r.betweennessError),
  };
}

export async function getRun(db: Db, runId: string): Promise<RunInfo> {
  const row = (await db.read('queries/analysis/get-run', { runId }))[0];
  if (!row) throw notFound(`runId: analysis run ${runId} does not exist.`);
  return toRun(row.run as Record<string, unknown>);
}

export async function previousRun(db: Db, run: RunInfo): Promise<RunInfo | null> {
  const row = (
    await db.read('queries/briefing/previous-run', { kind: 'communities', before: run.createdAt })
  )[0];
  return row ? toRun(row.run as Record<string, unknown>) : null;
}

export async function communityRows(db: Db, run: RunInfo): Promise<CommunityRow[]> {
  const rows = await listCommunities(db, run.id, 0, Math.max(1, run.communityCount));
  return rows.map((c) => {
    const r = c as Record<string, unknown>;
    return {
      index: num(r.index),
      size: num(r.size),
      density: num(r.density),
      cases: num(r.cases),
      sales: num(r.sales),
      sites: num(r.sites),
      relics: num(r.relics),
      firstAt: numOrNull(r.firstAt),
      lastAt: numOrNull(r.lastAt),
      keyPlayers: (r.keyPlayers as string[]) ?? [],
    };
  });
}

export type MemberProfile = MemberFacts & {
  uid: string;
  name: string | null;
  community: number;
  degree: number;
  strength: number;
  betweenness: number;
  pagerank: number;
  participation: number;
  broker: number;
};

export async function memberProfiles(db: Db, runId: string): Promise<MemberProfile[]> {
  const out: MemberProfile[] = [];
  await db.stream(
    'queries/briefing/list-member-profiles',
    { runId, roles, lootingKinds: [...LOOTING_CASE_KINDS] },
    (r) =>
      out.push({
        uid: String(r.uid),
        name: str(r.name),
        community: num(r.community),
        degree: num(r.degree),
        strength: num(r.strength),
        betweenness: num(r.betweenness),
        pagerank: num(r.pagerank),
        participation: num(r.participation),
        broker: num(r.broker),
        offences: num(r.offences),
        lootings: num(r.lootings),
        sold: num(r.sold),
        bought: num(r.bought),
      }),
  );
  return out;
}

export async function coOffenders(db: Db, runId: string): Promise<Map<number, number>> {
  const rows = await db.read('queries/briefing/list-co-offenders', { runId, roles });
  return new Map(rows.map((r) => [num(r.community), num(r.coOffenders)]));
}

export async function trades(db: Db, runId: string) {
  const rows = await db.read('queries/briefing/list-community-trades', { runId });
  return rows.map((r) => ({ seller: num(r.seller), buyer: num(r.buyer), sales: num(r.sales) }));
}

export async function memberships(db: Db, runId: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await db.stream('queries/analysis/stream-members', { runId }, (r) =>
    out.set(String(r.uid), num(r.community)),
  );
  return out;
}

/** Direct evidence between members of the same community, for the given communities. */
export async function communityTies(db: Db, runId: string, indices: readonly number[]) {
  const rows = indices.length
    ? await db.read('queries/briefing/list-community-ties', { runId, indices, roles })
    : [];
  return rows.map((r) => ({
    community: num(r.community),
    a: String(r.a),
    b: String(r.b),
    kind: String(r.kind),
    count: num(r.count),
  }));
}

export interface CommunitySummary {
  community: number;
  caseKinds: Array<{ kind: string; count: number }>;
  caseTimes: number[];
  saleTimes: number[];
  salesValue: number;
  sites: Array<{ name: string; kind: string | null; place: string | null; cases: number }>;
  relics: Array<{
    description: string;
    period: string | null;
    value: number | null;
    currency: string | null;
  }>;
  relicValue: number;
}

export async function communitySummaries(
  db: Db,
  runId: string,
  indices: readonly number[],
): Promise<Map<number, CommunitySummary>> {
  const rows = indices.length
    ? await db.read('queries/briefing/summarize-communities', { runId, indices })
    : [];
  const list = (v: unknown) => (Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []);
  const times = (v: unknown) => (Array.isArray(v) ? v.map(Number) : []);
  return new Map(
    rows.map((r: Row) => [
      num(r.community),
      {
        community: num(r.community),
        caseKinds: list(r.caseKinds).map((k) => ({ kind: String(k.kind), count: num(k.count) })),
        caseTimes: times(r.caseTimes),
        saleTimes: times(r.saleTimes),
        salesValue: num(r.salesValue),
        sites: list(r.sites).map((s) => ({
          name: String(s.name ?? ''),
          kind: str(s.kind),
          place: str(s.place),
          cases: num(s.cases),
        })),
        relics: list(r.relics).map((x) => ({
          description: String(x.description ?? ''),
          period: str(x.period),
          value: numOrNull(x.value),
          currency: str(x.currency),
        })),
        relicValue: num(r.relicValue),
      },
    ]),
  );
}

/** People by uid with their place in the run; names dropped unless the reader may see them. */
export async function peopleInRun(
  db: Db,
  runId: string,
  uids: readonly string[],
  names: boolean,
): Promise<Map<string, TargetRef>> {
  const rows = uids.length ? await db.read('queries/briefing/list-people-in-run', { runId, uids }) : [];
  const out = new Map<string, TargetRef>();
  for (const r of rows) {
    out.set(String(r.uid), {
      uid: String(r.uid),
      name: names ? str(r.name) : null,
      community: numOrNull(r.community),
      rank: numOrNull(r.rank),
      betweenness: numOrNull(r.betweenness),
      broker: numOrNull(r.broker),
      participation: numOrNull(r.participation),
    });
  }
  return out;
}

export async function sourceCounts(db: Db): Promise<SourceCount[]> {
  const rows = await db.read('queries/briefing/count-records');
  return rows.map((r) => ({ source: String(r.source), type: String(r.type ?? ''), count: num(r.count) }));
}
