// Gang evolution's data: the jobs, a job's report, and which gang of the latest gang run each
// band is. Windows find their own communities, so a band is matched to the run's gang that holds
// most of its persistent core (members are read by id for the matching only, never shown).
import type {
  EvolutionJobFieldsFragment,
  EvolutionJobQuery,
  EvolutionJobQueryVariables,
  EvolutionJobsQuery,
  EvolutionMembersQuery,
  EvolutionMembersQueryVariables,
  EvolutionReportQuery,
  EvolutionReportQueryVariables,
  EvolutionRunQuery,
} from '../../api/__generated__/operations.ts';
import { api, ApiError } from '../../app/api.ts';
import DOC from './evolution.graphql?raw';
import type { Report } from './layout.ts';

export type EvolutionJob = EvolutionJobFieldsFragment;
export type RunGang = EvolutionRunQuery['communities']['items'][number];
export type Run = EvolutionRunQuery['analysisRuns']['items'][number];

/** A band's gang in the latest run: its index, and how much of the band's core is in it. */
export interface Match {
  gang: number;
  /** Core members in that gang / core members. */
  share: number;
  core: number;
  /** Whether this band is the one that holds most of the gang (others are "now in" it). */
  primary: boolean;
}

export interface LoadedEvolution {
  job: EvolutionJob;
  report: Report;
  run: Run | null;
  gangs: Map<number, RunGang>;
  /** Band (lineage id) → its gang in the latest run. */
  matches: Map<number, Match>;
}

export async function listEvolutionJobs(): Promise<EvolutionJob[]> {
  return (await api.request<EvolutionJobsQuery>(DOC, {}, 'EvolutionJobs')).jobs.items;
}

export async function getEvolutionJob(id: string): Promise<EvolutionJob> {
  return (await api.request<EvolutionJobQuery, EvolutionJobQueryVariables>(DOC, { id }, 'EvolutionJob')).job;
}

/** Most gangs of the run read for matching (largest first, 500 members each). */
const MAX_GANGS_READ = 300;

/** The run gang of each of these people, reading gangs largest first until all are placed. */
async function membership(
  runId: string,
  gangs: RunGang[],
  wanted: Set<string>,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < gangs.length && i < MAX_GANGS_READ && out.size < wanted.size; i += 4) {
    const pages = await Promise.all(
      gangs
        .slice(i, i + 4)
        .map((g) =>
          api.request<EvolutionMembersQuery, EvolutionMembersQueryVariables>(
            DOC,
            { runId, community: g.index },
            'EvolutionMembers',
          ),
        ),
    );
    for (const p of pages) for (const m of p.keyPlayers) if (wanted.has(m.id)) out.set(m.id, m.community);
  }
  return out;
}

export function matchBands(report: Report, member: Map<string, number>): Map<number, Match> {
  const out = new Map<number, Match>();
  const best = new Map<number, { band: number; count: number }>();
  for (const g of report.gangs) {
    const counts = new Map<number, number>();
    for (const p of g.core) {
      const c = member.get(p);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let gang = -1;
    let count = 0;
    for (const [c, k] of counts) if (k > count || (k === count && c < gang)) [gang, count] = [c, k];
    if (gang < 0) continue;
    out.set(g.id, { gang, share: count / Math.max(1, g.core.length), core: g.core.length, primary: false });
    const b = best.get(gang);
    if (!b || count > b.count) best.set(gang, { band: g.id, count });
  }
  for (const { band } of best.values()) out.get(band)!.primary = true;
  return out;
}

const cache = new Map<string, Promise<LoadedEvolution>>();

export function loadEvolution(job: EvolutionJob): Promise<LoadedEvolution> {
  let p = cache.get(job.id);
  if (!p) {
    p = (async () => {
      const d = await api.request<EvolutionReportQuery, EvolutionReportQueryVariables>(
        DOC,
        { jobId: job.id },
        'EvolutionReport',
      );
      const report = d.evolutionReport;
      let run: Run | null = null;
      let list: RunGang[] = [];
      try {
        const r = await api.request<EvolutionRunQuery>(DOC, {}, 'EvolutionRun');
        run = r.analysisRuns.items[0] ?? null;
        list = r.communities.items;
      } catch (err) {
        if (!(err instanceof ApiError && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN'))) throw err;
      }
      let matches = new Map<number, Match>();
      if (run && list.length) {
        const wanted = new Set(report.gangs.flatMap((g) => g.core));
        matches = matchBands(report, await membership(run.id, list, wanted));
      }
      return { job, report, run, gangs: new Map(list.map((g) => [g.index, g])), matches };
    })();
    p.catch(() => cache.delete(job.id));
    cache.set(job.id, p);
  }
  return p;
}
