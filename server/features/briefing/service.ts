// Assembles a briefing's model from one analysis run (and optionally a takedown job and a saved
// investigation), at the reader's permission level, and renders it (render/pdf.ts).
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import { AppError, badInput } from '../../errors.ts';
import { resolveProjection, type EvidenceKind } from '../analysis/projection.ts';
import { resolveRunId } from '../analysis/results.ts';
import { profileCommunities, roleOf } from './classify.ts';
import { compareRuns, rankGangs, reasonsFor } from './importance.ts';
import { MARKING_LEVELS } from './markings.ts';
import * as repo from './repository.ts';
import { groupStrategies, recommend, type TakedownReport } from './takedown.ts';
import {
  BRIEFING_LANGUAGES,
  MEMBER_ROLES,
  PAPER_SIZES,
  type BriefingModel,
  type BriefingRequest,
  type Comparison,
  type CommunityProfile,
  type GangDetail,
  type GangMatch,
  type InvestigationSection,
  type Member,
  type MemberRole,
  type Reader,
  type RunInfo,
  type TakedownSection,
  type Tie,
} from './types.ts';

/** Most members drawn and listed per gang (the highest by PageRank). */
export const DRAWN_MEMBERS = 120;
export const MAX_GANG_SECTIONS = 40;
const KEY_PLAYERS = 5;
const BROKERS = 3;
const CHINA_OFFSET_MS = 8 * 3_600_000; // China Standard Time, no daylight saving

/** What a briefing reads of a job (a server/jobs Job): features do not import jobs/. */
export interface JobRecord {
  kind: string;
  status: string;
  result: unknown;
  createdAt: number;
  finishedAt: number | null;
}

export interface BriefingSources {
  db: Db;
  job: (id: string) => Promise<JobRecord>;
  /** The saved investigation as the reader may open it (throws NOT_FOUND / FORBIDDEN otherwise). */
  investigation: (id: string) => Promise<{
    name: string;
    description: string | null;
    owner: string;
    updatedAt: number;
    entityIds: string[];
  }>;
}

const text = (field: string, v: unknown, max: number, required: boolean): string | null => {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) {
    if (required) throw badInput(`exportBriefing.input.${field}: expected 1 to ${max} characters, got none.`);
    return null;
  }
  if (s.length > max || [...s].some((ch) => ch.charCodeAt(0) < 0x20)) {
    throw badInput(
      `exportBriefing.input.${field}: expected at most ${max} characters without control characters, got ${s.length}.`,
    );
  }
  return s;
};

/** Validates and normalises the request; names the field that is wrong. */
export function checkRequest(input: Record<string, unknown>): BriefingRequest {
  const language = input.language ?? 'zh-CN';
  if (!(BRIEFING_LANGUAGES as readonly unknown[]).includes(language))
    throw badInput(`exportBriefing.input.language: expected one of ${BRIEFING_LANGUAGES.join(', ')}.`);
  const paper = input.paper ?? 'A4';
  if (!(PAPER_SIZES as readonly unknown[]).includes(paper))
    throw badInput(`exportBriefing.input.paper: expected one of ${PAPER_SIZES.join(', ')}.`);
  const marking = input.marking ?? 'INTERNAL';
  if (!(MARKING_LEVELS as readonly unknown[]).includes(marking))
    throw badInput(`exportBriefing.input.marking: expected one of ${MARKING_LEVELS.join(', ')}.`);
  const maxGangs = input.maxGangs ?? 8;
  if (!Number.isInteger(maxGangs) || (maxGangs as number) < 0 || (maxGangs as number) > MAX_GANG_SECTIONS)
    throw badInput(`exportBriefing.input.maxGangs: expected a whole number from 0 to ${MAX_GANG_SECTIONS}.`);
  return {
    runId: text('runId', input.runId, 100, false),
    takedownJobId: text('takedownJobId', input.takedownJobId, 100, false),
    investigationId: text('investigationId', input.investigationId, 100, false),
    language: language as BriefingRequest['language'],
    paper: paper as BriefingRequest['paper'],
    marking: marking as BriefingRequest['marking'],
    caseReference: text('caseReference', input.caseReference, 100, true)!,
    unit: text('unit', input.unit, 200, true)!,
    title: text('title', input.title, 200, false),
    maxGangs: maxGangs as number,
  };
}

/** BR-<yyyymmdd>-<8 hex>: printed on the document and recorded with its audit entry. */
export function auditReference(now: number): string {
  const day = new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return `BR-${day}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

const yearOf = (ms: number) => new Date(ms + CHINA_OFFSET_MS).getUTCFullYear();

function activity(caseTimes: number[], saleTimes: number[]) {
  const years = new Map<number, { year: number; cases: number; sales: number }>();
  const at = (y: number) => {
    let e = years.get(y);
    if (!e) years.set(y, (e = { year: y, cases: 0, sales: 0 }));
    return e;
  };
  for (const t of caseTimes) at(yearOf(t)).cases++;
  for (const t of saleTimes) at(yearOf(t)).sales++;
  const list = [...years.values()].sort((a, b) => a.year - b.year);
  if (list.length === 0) return [];
  // Every year between the first and the last, so quiet years show as gaps.
  const out = [];
  for (let y = list[0]!.year; y <= list[list.length - 1]!.year; y++) out.push(years.get(y) ?? at(y));
  return out;
}

function tiesOf(
  rows: ReadonlyArray<{ a: string; b: string; kind: string; count: number }>,
  drawn: ReadonlySet<string>,
  run: RunInfo,
): Tie[] {
  const projection = (run.params.projection ?? {}) as Parameters<typeof resolveProjection>[0];
  const weights = resolveProjection(projection ?? {}).weights;
  const byPair = new Map<string, Tie>();
  for (const r of rows) {
    const w = weights[r.kind as EvidenceKind] ?? 0;
    if (w <= 0 || !drawn.has(r.a) || !drawn.has(r.b)) continue;
    const key = `${r.a}\u0000${r.b}`;
    let t = byPair.get(key);
    if (!t) byPair.set(key, (t = { a: r.a, b: r.b, kinds: {}, weight: 0 }));
    t.kinds[r.kind] = (t.kinds[r.kind] ?? 0) + r.count;
    t.weight += w * r.count;
  }
  return [...byPair.values()];
}

const byRank = (a: repo.MemberProfile, b: repo.MemberProfile) =>
  b.pagerank - a.pagerank || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

function gangDetail(
  run: RunInfo,
  reader: Reader,
  g: CommunityProfile,
  members: readonly repo.MemberProfile[],
  ties: ReadonlyArray<{ a: string; b: string; kind: string; count: number }>,
  summary: repo.CommunitySummary | undefined,
  context: {
    gangs: CommunityProfile[];
    spanEnd: number | null;
    match: GangMatch | undefined;
    hasPrevious: boolean;
  },
): GangDetail {
  const ranked = [...members].sort(byRank);
  const drawn: Member[] = ranked.slice(0, DRAWN_MEMBERS).map((m) => ({
    uid: m.uid,
    name: reader.names ? m.name : null,
    role: roleOf(m),
    degree: m.degree,
    strength: m.strength,
    betweenness: m.betweenness,
    pagerank: m.pagerank,
    participation: m.participation,
    broker: m.broker,
    offences: m.offences,
    sold: m.sold,
    bought: m.bought,
  }));
  const roleCounts = Object.fromEntries(MEMBER_ROLES.map((r) => [r, 0])) as Record<MemberRole, number>;
  for (const m of members) roleCounts[roleOf(m)]++;
  return {
    profile: g,
    members: drawn,
    roleCounts,
    keyPlayers: drawn.slice(0, KEY_PLAYERS),
    brokers: drawn
      .filter((m) => m.broker > 0)
      .sort((a, b) => b.broker - a.broker || (a.uid < b.uid ? -1 : 1))
      .slice(0, BROKERS),
    ties: tiesOf(ties, new Set(drawn.map((m) => m.uid)), run),
    caseKinds: summary?.caseKinds ?? [],
    activity: activity(summary?.caseTimes ?? [], summary?.saleTimes ?? []),
    salesValue: summary?.salesValue ?? 0,
    sites: summary?.sites ?? [],
    relics: summary?.relics ?? [],
    relicValue: summary?.relicValue ?? 0,
    reasons: reasonsFor(g, context.gangs, context.spanEnd, context.match, context.hasPrevious),
    previous: context.match ?? null,
  };
}

async function takedownSection(
  src: BriefingSources,
  run: RunInfo,
  reader: Reader,
  jobId: string,
): Promise<TakedownSection> {
  const job = await src.job(jobId);
  if (job.kind !== 'takedown')
    throw badInput(`exportBriefing.input.takedownJobId: job ${jobId} is a ${job.kind} job, not takedown.`);
  if (job.status !== 'succeeded')
    throw new AppError('CONFLICT', `Job ${jobId} has no result: it is ${job.status}.`);
  const res = (job.result ?? {}) as Record<string, unknown>;
  const reports = (res.reports ?? []) as TakedownReport[];
  const uids = [...new Set(reports.flatMap((r) => r.removed))];
  const people = await repo.peopleInRun(src.db, run.id, uids, reader.names);
  const groups = groupStrategies(
    reports,
    (uid) =>
      people.get(uid) ?? {
        uid,
        name: null,
        community: null,
        rank: null,
        betweenness: null,
        broker: null,
        participation: null,
      },
  );
  return {
    jobId,
    at: job.finishedAt ?? job.createdAt,
    engine: typeof res.engine === 'string' ? res.engine : null,
    people: Number(res.people ?? 0),
    looters: Number(res.looters ?? 0),
    buyers: Number(res.buyers ?? 0),
    communities: Number(res.communities ?? 0),
    notInNetwork: Array.isArray(res.notInNetwork) ? res.notInNetwork.length : 0,
    groups,
    recommended: recommend(groups),
  };
}

async function investigationSection(
  src: BriefingSources,
  run: RunInfo,
  reader: Reader,
  id: string,
): Promise<InvestigationSection> {
  const inv = await src.investigation(id);
  const types = new Map<string, number>();
  for (const uid of inv.entityIds) {
    const type = uid.slice(0, Math.max(0, uid.indexOf(':'))) || 'Other';
    types.set(type, (types.get(type) ?? 0) + 1);
  }
  const personIds = inv.entityIds.filter((u) => u.startsWith('Person:')).slice(0, 40);
  const people = await repo.peopleInRun(src.db, run.id, personIds, reader.names);
  return {
    name: inv.name,
    description: inv.description,
    owner: inv.owner,
    updatedAt: inv.updatedAt,
    types: [...types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    people: personIds.map((u) => people.get(u)).filter((p) => p !== undefined),
  };
}

export async function buildBriefing(
  src: BriefingSources,
  reader: Reader,
  request: BriefingRequest,
  now = Date.now(),
): Promise<BriefingModel> {
  const { db } = src;
  const run = await repo.getRun(db, await resolveRunId(db, request.runId));
  const [rows, members, co, trades] = await Promise.all([
    repo.communityRows(db, run),
    repo.memberProfiles(db, run.id),
    repo.coOffenders(db, run.id),
    repo.trades(db, run.id),
  ]);
  const communities = profileCommunities(rows, members, co, trades);
  const times = rows.flatMap((r) => [r.firstAt, r.lastAt]).filter((t): t is number => t !== null);
  const span = {
    from: times.length ? Math.min(...times) : null,
    to: times.length ? Math.max(...times) : null,
  };

  const prev = await repo.previousRun(db, run);
  let matches = new Map<number, GangMatch>();
  let previous: Comparison | null = null;
  const gangs = communities.filter((c) => c.kind === 'gang');
  if (prev) {
    const now = new Map(members.map((m) => [m.uid, m.community]));
    const before = await repo.memberships(db, prev.id);
    const cmp = compareRuns(now, before);
    matches = cmp.matches;
    const sizesBefore = new Map<number, number>();
    for (const c of before.values()) sizesBefore.set(c, (sizesBefore.get(c) ?? 0) + 1);
    previous = {
      run: prev,
      nmi: cmp.nmi,
      shared: cmp.shared,
      continued: gangs.filter((g) => matches.has(g.index)).length,
      newGangs: gangs.filter((g) => !matches.has(g.index)).length,
      ended: [...sizesBefore].filter(([c, n]) => n >= 3 && !cmp.matchedBefore.has(c)).length,
    };
  }

  const ranked = rankGangs(gangs, span.to);
  const byCommunity = new Map<number, repo.MemberProfile[]>();
  for (const m of members) {
    let l = byCommunity.get(m.community);
    if (!l) byCommunity.set(m.community, (l = []));
    l.push(m);
  }
  const sections = ranked.slice(0, request.maxGangs);
  const indices = sections.map((g) => g.index);
  const [tieRows, summaries] = await Promise.all([
    repo.communityTies(db, run.id, indices),
    repo.communitySummaries(db, run.id, indices),
  ]);
  const tiesBy = new Map<number, typeof tieRows>();
  for (const t of tieRows) {
    let l = tiesBy.get(t.community);
    if (!l) tiesBy.set(t.community, (l = []));
    l.push(t);
  }
  const detailed = sections.map((g) =>
    gangDetail(
      run,
      reader,
      g,
      byCommunity.get(g.index) ?? [],
      tiesBy.get(g.index) ?? [],
      summaries.get(g.index),
      {
        gangs,
        spanEnd: span.to,
        match: matches.get(g.index),
        hasPrevious: prev !== null,
      },
    ),
  );
  return {
    request,
    reader,
    generatedAt: now,
    auditReference: auditReference(now),
    run,
    span,
    communities,
    gangs: detailed,
    otherGangs: ranked.slice(request.maxGangs),
    markets: communities
      .filter((c) => c.kind === 'market')
      .sort((a, b) => b.size - a.size || a.index - b.index),
    topGangs: Math.min(3, detailed.length),
    previous,
    takedown: request.takedownJobId ? await takedownSection(src, run, reader, request.takedownJobId) : null,
    investigation: request.investigationId
      ? await investigationSection(src, run, reader, request.investigationId)
      : null,
    sources: await repo.sourceCounts(db),
  };
}

/** Every person the document describes one by one (named or not), for its audit entry. */
export function describedPeople(m: BriefingModel): string[] {
  const out = new Set<string>();
  for (const g of m.gangs) for (const p of g.members) out.add(p.uid);
  for (const g of m.takedown?.groups ?? []) for (const t of g.targets) out.add(t.uid);
  for (const p of m.investigation?.people ?? []) out.add(p.uid);
  return [...out];
}
