// The analysis jobs: project the evidence from Neo4j (streamed, on this thread: it is I/O), run the
// analysis in a worker thread, write the results back. Each reports which engine ran it.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import { repeatOffenders } from '../analysis/repeat-offenders.ts';
import { reappearances } from '../analysis/repeat-offenders.ts';
import { slidingWindows } from '../analysis/evolution.ts';
import {
  communitiesParams,
  evolutionParams,
  repeatOffendersParams,
  takedownParams,
} from '../features/analysis/params.ts';
import { badInput } from '../errors.ts';
import { gdsVersion } from '../features/analysis/gds.ts';
import { gdsCommunities } from '../features/analysis/gds-communities.ts';
import { projectNetwork } from '../features/analysis/projection.ts';
import { writeCommunities } from '../features/analysis/write-back.ts';
import { runInWorker } from './run-in-worker.ts';
import type { JobContext, JobHandler } from './types.ts';

export const ENGINE = 'graphology (worker thread)';

/** Community-detection engines a caller may ask for. */
export const COMMUNITY_ENGINES = ['AUTO', 'GRAPHOLOGY', 'GDS'] as const;
export type CommunityEngine = (typeof COMMUNITY_ENGINES)[number];

/**
 * AUTO runs on GDS when it is installed, resolution is 1 (GDS Louvain has no resolution) and the
 * projected network has at least this many ties; below it the in-process engine is faster (no
 * round trip of the edge list) and gives the same communities.
 */
export const GDS_AUTO_MIN_TIES = 100_000;

/** The `engine` parameter, normalised (default AUTO). */
export function communityEngine(o: Record<string, unknown>): CommunityEngine {
  const v = o.engine ?? 'AUTO';
  const up = typeof v === 'string' ? v.toUpperCase() : v;
  if (!(COMMUNITY_ENGINES as readonly unknown[]).includes(up)) {
    throw badInput(`communities.engine: expected one of ${COMMUNITY_ENGINES.join(', ')}, got ${String(v)}.`);
  }
  return up as CommunityEngine;
}

/**
 * Checks that the requested engine can run here: GDS must be installed, and (GDS Louvain having
 * no resolution parameter) resolution must be 1. Returns the installed GDS version or null.
 */
export async function checkCommunityEngine(db: Db, params: Record<string, unknown>): Promise<string | null> {
  const engine = communityEngine(params);
  const gds = await gdsVersion(db);
  if (engine === 'GDS') {
    if (!gds) {
      throw badInput(
        'communities.engine: GDS was requested but Neo4j Graph Data Science is not installed on this database; use AUTO or GRAPHOLOGY (or start the service with NEO4J_GDS=true).',
      );
    }
    const resolution = params.resolution ?? 1;
    if (resolution !== 1) {
      throw badInput(
        `communities.resolution: engine GDS runs standard modularity (resolution 1), got ${String(resolution)}; use GRAPHOLOGY for other resolutions.`,
      );
    }
  }
  return gds;
}

const scaled = (ctx: JobContext, from: number, to: number) => (f: number, m: string) =>
  ctx.progress(from + (to - from) * f, m);

export function analysisJobs(db: Db): JobHandler[] {
  const communities: JobHandler = {
    kind: 'communities',
    validate: (p) => ({ ...communitiesParams(p), engine: communityEngine(p) }),
    run: async (ctx) => {
      const p = communitiesParams(ctx.job.params);
      const requested = communityEngine(ctx.job.params);
      const gds = await checkCommunityEngine(db, { ...ctx.job.params, engine: requested });
      const projection = await projectNetwork(db, p.projection, scaled(ctx, 0, 0.3), ctx.signal);
      const useGds =
        requested === 'GDS' ||
        (requested === 'AUTO' &&
          gds !== null &&
          p.resolution === 1 &&
          projection.edges.edgeCount >= GDS_AUTO_MIN_TIES);
      const engineLabel = useGds ? `gds ${gds}` : ENGINE;
      ctx.setEngine(engineLabel);
      const t0 = Date.now();
      const out = useGds
        ? await gdsCommunities(
            db,
            { edges: projection.edges, seed: p.seed, betweennessSamples: p.betweennessSamples },
            scaled(ctx, 0.3, 0.8),
            ctx.signal,
          )
        : await runInWorker(
            'communities',
            {
              edges: projection.edges,
              resolution: p.resolution,
              seed: p.seed,
              betweennessSamples: p.betweennessSamples,
            },
            scaled(ctx, 0.3, 0.8),
            ctx.signal,
          );
      const analysisMs = Date.now() - t0;
      const runId = randomUUID();
      await writeCommunities(
        db,
        {
          runId,
          jobId: ctx.job.id,
          kind: 'communities',
          engine: engineLabel,
          params: { ...p, engine: requested },
          resolution: p.resolution,
          seed: p.seed,
        },
        projection,
        out,
        (f) => ctx.progress(0.8 + 0.2 * f, 'writing results'),
      );
      return {
        runId,
        result: {
          runId,
          engine: useGds ? 'gds' : 'graphology',
          engineDetail: engineLabel,
          engineRequested: requested,
          gdsVersion: useGds ? gds : null,
          gdsAvailable: gds,
          people: projection.edges.ids.length,
          ties: projection.edges.edgeCount,
          evidence: projection.evidence,
          communities: out.count,
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
    validate: (p) => ({ ...takedownParams(p) }),
    run: async (ctx) => {
      const p = takedownParams(ctx.job.params);
      ctx.setEngine(ENGINE);
      const projection = await projectNetwork(db, p.projection, scaled(ctx, 0, 0.3), ctx.signal);
      const ids = projection.edges.ids;
      const index = new Map(ids.map((id, i) => [id, i]));
      const missing = p.people.filter((u) => !index.has(u));
      const out = await runInWorker(
        'takedown',
        {
          edges: projection.edges,
          resolution: p.resolution,
          seed: p.seed,
          looters: projection.looters,
          buyers: projection.buyers,
          remove: p.people.length
            ? p.people.filter((u) => index.has(u)).map((u) => index.get(u)!)
            : undefined,
          strategies: p.strategies,
          k: p.k,
          betweennessSamples: p.betweennessSamples,
        },
        scaled(ctx, 0.3, 1),
        ctx.signal,
      );
      return {
        result: {
          engine: ENGINE,
          people: ids.length,
          looters: projection.looters.length,
          buyers: projection.buyers.length,
          communities: out.communities,
          notInNetwork: missing,
          reports: out.reports.map((r) => ({ ...r, removed: r.removed.map((i) => ids[i]!) })),
        },
      };
    },
  };

  const evolution: JobHandler = {
    kind: 'evolution',
    validate: (p) => ({ ...evolutionParams(p) }),
    run: async (ctx) => {
      const p = evolutionParams(ctx.job.params);
      ctx.setEngine(ENGINE);
      const specs = slidingWindows(p.from, p.to, p.windowDays * 86_400_000, p.stepDays * 86_400_000);
      const windows = [];
      for (let i = 0; i < specs.length; i++) {
        const s = specs[i]!;
        const proj = await projectNetwork(
          db,
          { ...p.projection, from: s.start, to: s.end },
          (f) => ctx.progress((0.6 * (i + f)) / specs.length, `projecting window ${s.label}`),
          ctx.signal,
        );
        windows.push({ label: s.label, start: s.start, end: s.end, edges: proj.edges });
      }
      const out = await runInWorker(
        'evolution',
        {
          windows,
          resolution: p.resolution,
          seed: p.seed,
          threshold: p.threshold,
          coreShare: p.coreShare,
          minSize: p.minSize,
        },
        scaled(ctx, 0.6, 1),
        ctx.signal,
      );
      const movers = reappearances(out.windows, out.report);
      const counts = (k: string) => out.report.events.filter((e) => e.kind === k).length;
      return {
        result: {
          engine: ENGINE,
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
