// The analysis jobs: project the evidence from Neo4j (streamed, on this thread: it is I/O), run the
// analysis in a worker thread, write the results back. Each reports which engine ran it.
import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../audit/audit.ts';
import type { Principal } from '../auth/types.ts';
import type { Db } from '../db/db.ts';
import { repeatOffenders } from '../analysis/repeat-offenders.ts';
import { reappearances } from '../analysis/repeat-offenders.ts';
import { slidingWindows } from '../analysis/evolution.ts';
import {
  communityRunParams,
  evolutionParams,
  repeatOffendersParams,
  takedownParams,
} from '../features/analysis/params.ts';
import { badInput } from '../errors.ts';
import { gdsVersion } from '../features/analysis/gds.ts';
import { gdsCommunities } from '../features/analysis/gds-communities.ts';
import { consensusSeeds } from '../analysis/consensus.ts';
import { recordRunChecks } from '../features/analysis/run-checks.ts';
import { gdsEvolutionWindows } from '../features/analysis/gds-evolution.ts';
import { gdsTakedown } from '../features/analysis/gds-takedown.ts';
import { projectNetwork } from '../features/analysis/projection.ts';
import { writeCommunities } from '../features/analysis/write-back.ts';
import { runInWorker, type TaskInput, type TaskOutput, type WorkerTaskName } from './run-in-worker.ts';
import type { Job, JobContext, JobHandler } from './types.ts';

export const ENGINE = 'graphology (worker thread)';

/** Engines a caller may ask for (communities, takedown, evolution). */
export const ANALYSIS_ENGINES = ['AUTO', 'GRAPHOLOGY', 'GDS'] as const;
export type AnalysisEngine = (typeof ANALYSIS_ENGINES)[number];
/** The job kinds that take an engine. */
export type EngineJobKind = 'communities' | 'takedown' | 'evolution';
export const COMMUNITY_ENGINES = ANALYSIS_ENGINES;
export type CommunityEngine = AnalysisEngine;

/**
 * AUTO runs on GDS when it is installed, resolution is 1 (GDS Louvain has no resolution) and the
 * projected network has at least this many ties. Measured (docs/analysis.md, "Where in-process
 * ends"): shipping the edge list to GDS alone takes longer than the whole in-process Louvain at
 * every size up to 20M ties, so GDS pays off for memory (Louvain's ~80 bytes a tie leave the
 * service's process), not time: from about 10M ties (~0.8 GB in process).
 */
export const GDS_AUTO_MIN_TIES = 10_000_000;

/** The `engine` parameter of a job of this kind, normalised (default AUTO). */
export function analysisEngine(kind: EngineJobKind, o: Record<string, unknown>): AnalysisEngine {
  const v = o.engine ?? 'AUTO';
  const up = typeof v === 'string' ? v.toUpperCase() : v;
  if (!(ANALYSIS_ENGINES as readonly unknown[]).includes(up)) {
    throw badInput(`${kind}.engine: expected one of ${ANALYSIS_ENGINES.join(', ')}, got ${String(v)}.`);
  }
  return up as AnalysisEngine;
}

/**
 * Checks that the requested engine can run here: GDS must be installed, and (GDS Louvain having
 * no resolution parameter) resolution must be 1. Returns the installed GDS version or null.
 */
export async function checkEngine(
  db: Db,
  kind: EngineJobKind,
  params: Record<string, unknown>,
): Promise<string | null> {
  const engine = analysisEngine(kind, params);
  const gds = await gdsVersion(db);
  const leiden = kind === 'communities' && String(params.algorithm ?? '').toUpperCase() === 'LEIDEN';
  if (leiden && (engine === 'GRAPHOLOGY' || !gds)) {
    throw badInput(
      `${kind}.algorithm: LEIDEN runs on Neo4j Graph Data Science (gds.leiden)${gds ? '' : ', which is not installed on this database'}; use engine GDS or AUTO${gds ? '' : ', or algorithm LOUVAIN'}.`,
    );
  }
  if (engine === 'GDS' && !leiden) {
    if (!gds) {
      throw badInput(
        `${kind}.engine: GDS was requested but Neo4j Graph Data Science is not installed on this database; use AUTO or GRAPHOLOGY (or start the service with NEO4J_GDS=true).`,
      );
    }
    const resolution = params.resolution ?? 1;
    if (resolution !== 1) {
      throw badInput(
        `${kind}.resolution: engine GDS runs standard modularity (resolution 1), got ${String(resolution)}; use GRAPHOLOGY for other resolutions.`,
      );
    }
  }
  return gds;
}

/**
 * Which engine runs a network of `ties` ties: GDS when asked, or on AUTO when installed,
 * resolution 1 and the network large. Records it on the job and returns what its result says.
 */
function chooseEngine(
  ctx: JobContext,
  requested: AnalysisEngine,
  gds: string | null,
  resolution: number,
  ties: number,
) {
  const onGds =
    requested === 'GDS' ||
    (requested === 'AUTO' && gds !== null && resolution === 1 && ties >= GDS_AUTO_MIN_TIES);
  const report = {
    engineDetail: onGds ? `gds ${gds}` : ENGINE,
    engineRequested: requested,
    gdsVersion: onGds ? gds : null,
    gdsAvailable: gds,
  };
  ctx.setEngine(report.engineDetail);
  return { onGds, report };
}

/**
 * The audit entry for starting a job, the same whether it was started through GraphQL (operation:
 * the mutation) or the CLI (operation: `job:<kind>`): a change, naming the people a takedown
 * removes (persons first) and the job, with its kind and requested engine.
 */
export function jobStartAudit(
  principal: Principal,
  operation: string,
  job: Job,
  via: 'graphql' | 'cli',
): AuditEvent {
  const people = Array.isArray(job.params.people)
    ? job.params.people.filter((u): u is string => typeof u === 'string')
    : [];
  return {
    principal,
    operation,
    kind: 'change',
    entityIds: [...people, `Job:${job.id}`],
    count: 1,
    details: { jobId: job.id, kind: job.kind, engine: job.params.engine ?? null, via },
  };
}

/** A worker task as the GDS feature code takes it: input and progress in, the result out. */
const inWorker =
  <T extends WorkerTaskName>(task: T, signal: AbortSignal) =>
  (input: TaskInput<T>, progress: (f: number, m: string) => void): Promise<TaskOutput<T>> =>
    runInWorker(task, input, progress, signal);

const scaled = (ctx: JobContext, from: number, to: number) => (f: number, m: string) =>
  ctx.progress(from + (to - from) * f, m);

export function analysisJobs(db: Db): JobHandler[] {
  const communities: JobHandler = {
    kind: 'communities',
    validate: (p) => ({ ...communityRunParams(p), engine: analysisEngine('communities', p) }),
    run: async (ctx) => {
      const p = communityRunParams(ctx.job.params);
      const requested = analysisEngine('communities', ctx.job.params);
      const gds = await checkEngine(db, 'communities', ctx.job.params);
      // A run holds every actor: those without ties are communities of their own.
      const projection = await projectNetwork(
        db,
        { keepIsolated: true, ...p.projection },
        scaled(ctx, 0, 0.3),
        ctx.signal,
      );
      const leiden = p.algorithm === 'LEIDEN';
      const { onGds, report: engine } = chooseEngine(
        ctx,
        leiden ? 'GDS' : requested,
        gds,
        p.resolution,
        projection.edges.edgeCount,
      );
      const t0 = Date.now();
      const seeds = p.consensus > 1 ? consensusSeeds(p.seed, p.consensus - 1) : [];
      const input = { edges: projection.edges, seed: p.seed, betweennessSamples: p.betweennessSamples };
      const out = onGds
        ? await gdsCommunities(
            db,
            { ...input, algorithm: p.algorithm, resolution: p.resolution, consensusSeeds: seeds },
            scaled(ctx, 0.3, 0.8),
            ctx.signal,
            inWorker('gdsKeyPlayers', ctx.signal),
          )
        : await runInWorker(
            'communities',
            { ...input, resolution: p.resolution, consensusSeeds: seeds },
            scaled(ctx, 0.3, 0.8),
            ctx.signal,
          );
      const analysisMs = Date.now() - t0;
      const algorithm = `${leiden ? 'leiden' : 'louvain'}${onGds ? ' (gds)' : ''}`;
      const runId = randomUUID();
      await writeCommunities(
        db,
        {
          runId,
          jobId: ctx.job.id,
          kind: 'communities',
          engine: engine.engineDetail,
          params: { ...p, engine: requested },
          resolution: p.resolution,
          seed: p.seed,
        },
        projection,
        out,
        (f) => ctx.progress(0.8 + 0.2 * f, 'writing results'),
      );
      const checks = await recordRunChecks(db, runId, { projection, out, algorithm, seed: p.seed });
      const split = checks.connectivity?.disconnected ?? 0;
      ctx.progress(
        1,
        `${out.count} communities` +
          (split ? ` (${split} disconnected split into their parts)` : ', all connected') +
          (projection.unused.length
            ? `; evidence not used: ${projection.unused.map((u) => u.message).join('; ')}`
            : '; all evidence used'),
      );
      return {
        runId,
        result: {
          runId,
          engine: onGds ? 'gds' : 'graphology',
          ...engine,
          algorithm,
          subject: projection.params.subject,
          people: projection.edges.ids.length,
          isolated: projection.isolated,
          ties: projection.edges.edgeCount,
          evidence: projection.evidence,
          unusedEvidence: projection.unused,
          communities: out.count,
          connectivity: checks.connectivity,
          consensus: checks.consensus,
          modularity: out.modularity,
          betweenness: {
            exact: out.betweennessExact,
            sources: out.betweennessSources,
            topError: out.betweennessTopError,
          },
          timings: { ...out.timings, analysisMs },
        },
      };
    },
  };

  const takedown: JobHandler = {
    kind: 'takedown',
    validate: (p) => ({ ...takedownParams(p), engine: analysisEngine('takedown', p) }),
    run: async (ctx) => {
      const p = takedownParams(ctx.job.params);
      const requested = analysisEngine('takedown', ctx.job.params);
      const gds = await checkEngine(db, 'takedown', ctx.job.params);
      const projection = await projectNetwork(db, p.projection, scaled(ctx, 0, 0.3), ctx.signal);
      const { onGds, report: engine } = chooseEngine(
        ctx,
        requested,
        gds,
        p.resolution,
        projection.edges.edgeCount,
      );
      const ids = projection.edges.ids;
      const index = new Map(ids.map((id, i) => [id, i]));
      const missing = p.people.filter((u) => !index.has(u));
      const input = {
        edges: projection.edges,
        seed: p.seed,
        looters: projection.looters,
        buyers: projection.buyers,
        remove: p.people.length ? p.people.filter((u) => index.has(u)).map((u) => index.get(u)!) : undefined,
        strategies: p.strategies,
        k: p.k,
        betweennessSamples: p.betweennessSamples,
      };
      const t0 = Date.now();
      const out = onGds
        ? await gdsTakedown(
            db,
            input,
            scaled(ctx, 0.3, 1),
            ctx.signal,
            inWorker('gdsTakedownTargets', ctx.signal),
          )
        : await runInWorker(
            'takedown',
            { ...input, resolution: p.resolution },
            scaled(ctx, 0.3, 1),
            ctx.signal,
          );
      return {
        result: {
          engine: engine.engineDetail,
          ...engine,
          people: ids.length,
          ties: projection.edges.edgeCount,
          looters: projection.looters.length,
          buyers: projection.buyers.length,
          communities: out.communities,
          notInNetwork: missing,
          reports: out.reports.map((r) => ({ ...r, removed: r.removed.map((i) => ids[i]!) })),
          timings: { analysisMs: Date.now() - t0 },
        },
      };
    },
  };

  const evolution: JobHandler = {
    kind: 'evolution',
    validate: (p) => ({ ...evolutionParams(p), engine: analysisEngine('evolution', p) }),
    run: async (ctx) => {
      const p = evolutionParams(ctx.job.params);
      const requested = analysisEngine('evolution', ctx.job.params);
      const gds = await checkEngine(db, 'evolution', ctx.job.params);
      const specs = slidingWindows(p.from, p.to, p.windowDays * 86_400_000, p.stepDays * 86_400_000);
      const windows = [];
      for (let i = 0; i < specs.length; i++) {
        const s = specs[i]!;
        const proj = await projectNetwork(
          db,
          { ...p.projection, from: s.start, to: s.end },
          (f) => ctx.progress((0.5 * (i + f)) / specs.length, `projecting window ${s.label}`),
          ctx.signal,
        );
        windows.push({ label: s.label, start: s.start, end: s.end, edges: proj.edges });
      }
      // AUTO goes to GDS when the largest window is large enough to be worth it.
      const largest = windows.reduce((m, w) => Math.max(m, w.edges.edgeCount), 0);
      const { onGds, report: engine } = chooseEngine(ctx, requested, gds, p.resolution, largest);
      const matching = {
        method: p.method,
        memory: p.memory,
        minShared: p.minShared,
        minShare: p.minShare,
        splitShare: p.splitShare,
        maxGap: p.maxGap,
      };
      const input = { windows, threshold: p.threshold, coreShare: p.coreShare, minSize: p.minSize, matching };
      const t0 = Date.now();
      const out = onGds
        ? await gdsEvolutionWindows(
            db,
            input,
            scaled(ctx, 0.5, 1),
            ctx.signal,
            inWorker('gdsEvolution', ctx.signal),
          )
        : await runInWorker(
            'evolution',
            { ...input, resolution: p.resolution, seed: p.seed },
            scaled(ctx, 0.5, 1),
            ctx.signal,
          );
      const movers = reappearances(out.windows, out.report);
      const counts = (k: string) => out.report.events.filter((e) => e.kind === k).length;
      return {
        result: {
          engine: engine.engineDetail,
          ...engine,
          matching: { ...matching, threshold: p.threshold, coreShare: p.coreShare, minSize: p.minSize },
          windows: out.windows.map((w, i) => ({
            label: w.label,
            start: w.start,
            end: w.end,
            communities: w.communities.length,
            people: w.communities.reduce((s, c) => s + c.length, 0),
            modularity: out.modularity[i],
          })),
          summary: {
            births: counts('birth'),
            deaths: counts('death'),
            merges: counts('merge'),
            splits: counts('split'),
          },
          gangs: out.report.gangs,
          events: out.report.events,
          movers: movers.slice(0, 1000),
          timings: { analysisMs: Date.now() - t0 },
        },
      };
    },
  };

  const repeat: JobHandler = {
    kind: 'repeat-offenders',
    validate: (p) => ({ ...repeatOffendersParams(p) }),
    run: async (ctx) => {
      const p = repeatOffendersParams(ctx.job.params);
      ctx.setEngine('in-process');
      const proj = await projectNetwork(
        db,
        {
          ...p.projection,
          weights: {
            sharedPhone: 0,
            calls: 0,
            coOffending: 0,
            sharedVehicle: 0,
            coSighting: 0,
            sale: 0,
            associate: 0,
            family: 0,
            affiliation: 0,
          },
        },
        scaled(ctx, 0, 0.9),
        ctx.signal,
      );
      const list = repeatOffenders(proj.caseEvents, p.minCases);
      return {
        result: {
          engine: 'in-process',
          minCases: p.minCases,
          total: list.length,
          offenders: list.slice(0, p.limit),
        },
      };
    },
  };

  return [communities, takedown, evolution, repeat];
}
