// The gangs task's API calls: runs and jobs (with progress), a run's gangs, its community graph,
// ranked members (every member of a gang, page by page), brokers, repeat offenders and the names
// of people by id. Everything a person reads is built from these in the reader's language.
import type {
  GangBrokersQuery,
  GangBrokersQueryVariables,
  GangCancelJobMutation,
  GangCancelJobMutationVariables,
  GangDetectMutation,
  GangDetectMutationVariables,
  GangFindRepeatOffendersMutation,
  GangFindRepeatOffendersMutationVariables,
  GangJobFragment,
  GangJobStatusQuery,
  GangJobStatusQueryVariables,
  GangKeyPlayersQuery,
  GangKeyPlayersQueryVariables,
  GangLatestRepeatOffendersQuery,
  GangListQuery,
  GangListQueryVariables,
  GangOverviewQuery,
  GangOverviewQueryVariables,
  GangPeopleQuery,
  GangPeopleQueryVariables,
  GangRepeatOffendersQuery,
  GangRepeatOffendersQueryVariables,
  GangRunFragment,
  GangRunningJobsQuery,
  GangRunsQuery,
  GangRunsQueryVariables,
  GangSummaryFragment,
  KeyPlayerMeasure,
  RankedPersonFragment,
} from '../../api/__generated__/operations.ts';
import { api, ApiError } from '../../app/api.ts';
import { caption } from '../../graph/captions.ts';
import DOC from './gangs.graphql?raw';

export type Job = GangJobFragment;
export type Run = GangRunFragment;
export type Gang = GangSummaryFragment;
export type Ranked = RankedPersonFragment;
export type Overview = GangOverviewQuery['communityGraph'];
export type RepeatOffenders = GangRepeatOffendersQuery['repeatOffenders'];
export type Measure = KeyPlayerMeasure;

/** The measures a ranking may use, in the order the panel offers them. */
export const MEASURES: readonly Measure[] = ['pagerank', 'betweenness', 'degree', 'broker'];

/** Most a ranked list returns per call (the API's page limit). */
const PAGE = 500;

/**
 * keyPlayers returns a plain list (no nextCursor); the API's cursors are offsets (o:<n>,
 * base64url), the same for every list, so the next page of a ranking starts after this one.
 */
function offsetCursor(skip: number): string {
  return btoa(`o:${skip}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export async function listRuns(first = 20): Promise<Run[]> {
  const d = await api.request<GangRunsQuery, GangRunsQueryVariables>(DOC, { first }, 'GangRuns');
  return d.analysisRuns.items;
}

export async function getJob(id: string): Promise<Job> {
  const d = await api.request<GangJobStatusQuery, GangJobStatusQueryVariables>(DOC, { id }, 'GangJobStatus');
  return d.job;
}

export async function runningDetection(): Promise<Job | null> {
  const d = await api.request<GangRunningJobsQuery>(DOC, {}, 'GangRunningJobs');
  return d.jobs.items[0] ?? null;
}

export async function startDetection(resolution: number, seed: number): Promise<Job> {
  const d = await api.request<GangDetectMutation, GangDetectMutationVariables>(
    DOC,
    { input: { resolution, seed } },
    'GangDetect',
  );
  return d.detectCommunities;
}

export async function startRepeatOffenders(minCases: number): Promise<Job> {
  const d = await api.request<GangFindRepeatOffendersMutation, GangFindRepeatOffendersMutationVariables>(
    DOC,
    { input: { minCases } },
    'GangFindRepeatOffenders',
  );
  return d.findRepeatOffenders;
}

export async function latestRepeatOffendersJob(): Promise<Job | null> {
  const d = await api.request<GangLatestRepeatOffendersQuery>(DOC, {}, 'GangLatestRepeatOffenders');
  return d.jobs.items[0] ?? null;
}

export async function cancelJob(id: string): Promise<Job> {
  const d = await api.request<GangCancelJobMutation, GangCancelJobMutationVariables>(
    DOC,
    { id },
    'GangCancelJob',
  );
  return d.cancelJob;
}

/** Polls a job until it ends; throws JOB_FAILED / JOB_CANCELLED (errors.ts words) when it does not succeed. */
export async function waitForJob(
  job: Job,
  onProgress: (j: Job) => void,
  signal?: AbortSignal,
  intervalMs = 500,
): Promise<Job> {
  let j = job;
  onProgress(j);
  while (j.status === 'queued' || j.status === 'running') {
    await new Promise((r) => setTimeout(r, intervalMs));
    if (signal?.aborted) throw new ApiError('JOB_CANCELLED', 'cancelled');
    j = await getJob(j.id);
    onProgress(j);
  }
  if (j.status !== 'succeeded') throw new ApiError(`JOB_${j.status.toUpperCase()}`, `job ${j.status}`);
  return j;
}

/** Every gang of a run, largest first (paged through). */
export async function listGangs(runId: string): Promise<Gang[]> {
  const out: Gang[] = [];
  let after: string | null = null;
  do {
    const d: GangListQuery = await api.request<GangListQuery, GangListQueryVariables>(
      DOC,
      { runId, first: PAGE, after },
      'GangList',
    );
    out.push(...d.communities.items);
    after = d.communities.nextCursor;
  } while (after);
  return out;
}

/** A run's community graph: its largest gangs (up to 2,000) with their true sizes and the links between them. */
export async function overview(runId: string, first = 500): Promise<Overview> {
  const d = await api.request<GangOverviewQuery, GangOverviewQueryVariables>(
    DOC,
    { runId, first },
    'GangOverview',
  );
  return d.communityGraph;
}

/** The top of a ranking, for the run or one gang. */
export async function ranked(
  runId: string,
  community: number | null,
  by: Measure,
  first = 10,
): Promise<Ranked[]> {
  if (by === 'broker' && community === null) {
    const d = await api.request<GangBrokersQuery, GangBrokersQueryVariables>(
      DOC,
      { runId, first },
      'GangBrokers',
    );
    return d.brokers;
  }
  const d = await api.request<GangKeyPlayersQuery, GangKeyPlayersQueryVariables>(
    DOC,
    { runId, community, by, first },
    'GangKeyPlayers',
  );
  return by === 'broker' ? d.keyPlayers.filter((p) => p.broker > 0) : d.keyPlayers;
}

/**
 * Every member of a gang (by PageRank), page after page until the gang's size is reached or a
 * page comes back short.
 */
export async function allMembers(
  runId: string,
  community: number,
  size: number,
  onPage?: (loaded: number) => void,
): Promise<Ranked[]> {
  const out: Ranked[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const d = await api.request<GangKeyPlayersQuery, GangKeyPlayersQueryVariables>(
      DOC,
      { runId, community, by: 'pagerank', first: PAGE, after: skip ? offsetCursor(skip) : null },
      'GangKeyPlayers',
    );
    out.push(...d.keyPlayers);
    onPage?.(out.length);
    if (d.keyPlayers.length < PAGE || out.length >= size) break;
  }
  return out;
}

export async function repeatOffenders(jobId: string): Promise<RepeatOffenders> {
  const d = await api.request<GangRepeatOffendersQuery, GangRepeatOffendersQueryVariables>(
    DOC,
    { jobId },
    'GangRepeatOffenders',
  );
  return d.repeatOffenders;
}

/** Captions of people (or any entities) by id, 500 a request. Unknown ids are left out. */
export async function namesOf(ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += PAGE) {
    const d = await api.request<GangPeopleQuery, GangPeopleQueryVariables>(
      DOC,
      { ids: unique.slice(i, i + PAGE) },
      'GangPeople',
    );
    for (const e of d.entities) {
      if (!e) continue;
      const name = 'name' in e ? (e.name ?? undefined) : undefined;
      out.set(e.id, caption({ id: e.id, type: e.type, label: e.label, properties: { name } }));
    }
  }
  return out;
}

/** A ranked person's caption: their name, never their id. */
export function rankedName(p: Pick<Ranked, 'id' | 'name'>): string {
  return caption({ id: p.id, type: 'Person', label: p.name, properties: { name: p.name } });
}
