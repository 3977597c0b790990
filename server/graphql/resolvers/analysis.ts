// Analysis jobs and their results. Starting and cancelling needs run:jobs, results read:jobs,
// the takedown comparison (a commander's briefing) read:briefing. The people they return are
// recorded in the audit trail by audit-reads.ts.
import { requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { noteRead } from '../audit-reads.ts';
import { AppError } from '../../errors.ts';
import { checkEngine, jobStartAudit } from '../../jobs/analysis-jobs.ts';
import {
  communityGraph,
  listCommunities,
  listRuns,
  rankedMembers,
  resolveRunId,
} from '../../features/analysis/results.ts';
import type { Job } from '../../jobs/types.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { pageArgs, toPage } from '../../features/paging.ts';

/** Queues a job and audits who started it (the CLI records the same entry, server/cli/job.ts). */
async function startJob(
  services: Context['services'],
  principal: Principal,
  operation: string,
  kind: string,
  params: Record<string, unknown>,
): Promise<never> {
  const job = await services.jobs().submit(kind, params, principal.username);
  await services.audit.record(jobStartAudit(principal, operation, job, 'graphql'));
  return job as never;
}

/** A finished job of the given kind, or a clear error saying why its result is not there. */
async function finishedJob(ctx: Context, id: string, kind: string): Promise<Job> {
  const job = await ctx.services.jobs().get(id);
  if (job.kind !== kind)
    throw new AppError('BAD_USER_INPUT', `jobId: job ${id} is a ${job.kind} job, not ${kind}.`);
  if (job.status !== 'succeeded') {
    throw new AppError(
      'CONFLICT',
      `Job ${id} has no result: it is ${job.status}${job.error ? ` (${job.error})` : ''}.`,
    );
  }
  return job;
}

// GraphQL passes omitted optional fields as null; job parameters treat absent as "use the default".
const clean = (o: unknown) =>
  JSON.parse(JSON.stringify(o ?? {}, (_k, v: unknown) => (v === null ? undefined : v))) as Record<
    string,
    unknown
  >;

type R = Record<string, unknown>;

/** A run property stored as JSON text (older runs: absent). */
const jsonOf = (v: unknown): unknown => {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return null;
  }
};

export const analysisResolvers: Resolvers = {
  AnalysisRun: {
    subject: (r) => String((r as R).subject ?? 'PERSON'),
    unusedEvidence: (r) => ((jsonOf((r as R).unusedEvidence) as never[] | null) ?? []) as never,
    connectivity: (r) => jsonOf((r as R).connectivity) as never,
    consensusRuns: (r) => Number((r as R).consensusRuns ?? 1),
    consensusSeeds: (r) => {
      const seeds = (r as R).consensusSeeds;
      return Array.isArray(seeds) ? seeds.map(Number) : [Number((r as R).seed ?? 0)];
    },
  },
  Query: {
    job: async (_r, { id }, { principal, services }) => {
      requirePermission(principal, 'read:jobs');
      return (await services.jobs().get(id)) as never;
    },
    jobs: async (_r, { status, kind, first, after }, { principal, services }) => {
      requirePermission(principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      return toPage(
        await services.jobs().list({ status, kind, skip, limit: limit + 1 }),
        skip,
        limit,
      ) as never;
    },
    analysisRuns: async (_r, { kind, first, after }, { principal, services }) => {
      requirePermission(principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      return toPage(await listRuns(services.db(), kind ?? null, skip, limit + 1), skip, limit) as never;
    },
    communities: async (_r, { runId, first, after }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      const db = ctx.services.db();
      const id = await resolveRunId(db, runId);
      const page = toPage(await listCommunities(db, id, skip, limit + 1), skip, limit);
      noteRead(ctx, info, { details: { runId: id } });
      return page as never;
    },
    communityGraph: async (_r, { runId, minWeight, first }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const db = ctx.services.db();
      const id = await resolveRunId(db, runId);
      const graph = await communityGraph(db, id, minWeight, first);
      noteRead(ctx, info, { details: { runId: id } });
      return graph as never;
    },
    keyPlayers: async (_r, { runId, community, by, first, after }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      const db = ctx.services.db();
      const id = await resolveRunId(db, runId);
      const rows = await rankedMembers(db, id, community ?? null, by ?? 'pagerank', skip, limit);
      noteRead(ctx, info, { details: { runId: id, community, by } });
      return rows;
    },
    keyPlayerPage: async (_r, { runId, community, by, first, after }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      const db = ctx.services.db();
      const id = await resolveRunId(db, runId);
      const rows = await rankedMembers(db, id, community ?? null, by ?? 'pagerank', skip, limit + 1);
      noteRead(ctx, info, { details: { runId: id, community, by } });
      return toPage(rows, skip, limit) as never;
    },
    brokers: async (_r, { runId, first, after }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const { skip, limit } = pageArgs(first, after);
      const db = ctx.services.db();
      const id = await resolveRunId(db, runId);
      const rows = (await rankedMembers(db, id, null, 'broker', skip, limit)).filter((r) => r.broker > 0);
      noteRead(ctx, info, { details: { runId: id } });
      return rows;
    },
    repeatOffenders: async (_r, { jobId }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const job = await finishedJob(ctx, jobId, 'repeat-offenders');
      const res = clean(job.result) as {
        minCases: number;
        total: number;
        offenders: Array<R & { person: string }>;
      };
      const offenders = res.offenders.map((o) => ({ ...o, id: o.person }));
      noteRead(ctx, info, { details: { jobId } });
      return { jobId, minCases: res.minCases, total: res.total, offenders } as never;
    },
    evolutionReport: async (_r, { jobId }, ctx, info) => {
      requirePermission(ctx.principal, 'read:jobs');
      const job = await finishedJob(ctx, jobId, 'evolution');
      const res = clean(job.result) as {
        windows: R[];
        summary: Record<string, number>;
        gangs: Array<{
          id: number;
          parent?: number;
          windows: Array<{ window: number; size: number }>;
          core: string[];
        }>;
        events: R[];
        movers: Array<R & { person: string }>;
      };
      const gangs = res.gangs.map((g) => ({
        id: g.id,
        parent: g.parent ?? null,
        windows: g.windows.map((w) => w.window),
        sizes: g.windows.map((w) => w.size),
        core: g.core,
      }));
      const movers = res.movers.map((m) => ({ ...m, id: m.person }));
      noteRead(ctx, info, { details: { jobId } });
      return {
        jobId,
        windows: res.windows,
        births: res.summary.births ?? 0,
        deaths: res.summary.deaths ?? 0,
        merges: res.summary.merges ?? 0,
        splits: res.summary.splits ?? 0,
        gangs,
        events: res.events,
        movers,
      } as never;
    },
    takedownComparison: async (_r, { jobId }, ctx, info) => {
      requirePermission(ctx.principal, 'read:briefing');
      const job = await finishedJob(ctx, jobId, 'takedown');
      const res = clean(job.result) as R & { reports: Array<R & { removed: string[] }> };
      noteRead(ctx, info, { details: { jobId } });
      return { ...res, jobId, results: res.reports } as never;
    },
  },
  Mutation: {
    detectCommunities: async (_r, { input }, { principal, services }) => {
      const p = requirePermission(principal, 'run:jobs');
      // engine GDS without GDS installed: BAD_USER_INPUT now, not a failed job later.
      await checkEngine(services.db(), 'communities', clean(input));
      return startJob(services, p, 'detectCommunities', 'communities', clean(input));
    },
    simulateTakedown: async (_r, { input }, { principal, services }) => {
      // Commanders compare takedown strategies themselves: a briefing permission, not run:jobs.
      const p = requirePermission(principal, 'read:briefing');
      await checkEngine(services.db(), 'takedown', clean(input));
      return startJob(services, p, 'simulateTakedown', 'takedown', clean(input));
    },
    trackGangEvolution: async (_r, { input }, { principal, services }) => {
      const p = requirePermission(principal, 'run:jobs');
      await checkEngine(services.db(), 'evolution', clean(input));
      return startJob(services, p, 'trackGangEvolution', 'evolution', clean(input));
    },
    findRepeatOffenders: async (_r, { input }, { principal, services }) => {
      const p = requirePermission(principal, 'run:jobs');
      return startJob(services, p, 'findRepeatOffenders', 'repeat-offenders', clean(input));
    },
    cancelJob: async (_r, { id }, { principal, services }) => {
      requirePermission(principal, 'run:jobs');
      return (await services.jobs().cancel(id)) as never;
    },
  },
};
