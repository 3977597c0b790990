// Operations of the analysis API: jobs (community detection, takedown, evolution, repeat
// offenders), their progress, and their results.
import type { Api } from './client.ts';
import { ApiError } from './client.ts';

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  message: string | null;
  engine: string | null;
  error: string | null;
  runId: string | null;
  result: unknown;
}

const JOB = 'id kind status progress message engine error runId result';

export async function getJob(api: Api, id: string): Promise<Job> {
  return (await api.gql<{ job: Job }>(`query($id: ID!) { job(id: $id) { ${JOB} } }`, { id })).job;
}

/** Polls a job until it ends, reporting progress; throws when it fails or is cancelled. */
export async function waitForJob(
  api: Api,
  job: Job,
  onProgress: (j: Job) => void,
  intervalMs = 500,
): Promise<Job> {
  let j = job;
  onProgress(j);
  while (j.status === 'queued' || j.status === 'running') {
    await new Promise((r) => setTimeout(r, intervalMs));
    j = await getJob(api, j.id);
    onProgress(j);
  }
  if (j.status !== 'succeeded')
    throw new ApiError(
      'JOB_' + j.status.toUpperCase(),
      `The ${j.kind} job ${j.status}: ${j.error ?? j.message ?? 'no reason given'}`,
    );
  return j;
}

export interface CommunitiesParams {
  resolution?: number;
  seed?: number;
}

export async function detectCommunities(api: Api, p: CommunitiesParams): Promise<Job> {
  await api.need('Mutation.detectCommunities', 'community detection');
  return (
    await api.gql<{ detectCommunities: Job }>(
      `mutation($input: CommunitiesInput) { detectCommunities(input: $input) { ${JOB} } }`,
      { input: p },
    )
  ).detectCommunities;
}

export interface Community {
  runId: string;
  index: number;
  size: number;
  density: number;
  keyPlayers: string[];
  cases: number | null;
  sales: number | null;
  relics: number | null;
  firstAt: number | null;
  lastAt: number | null;
}

export async function communities(api: Api, runId?: string | null): Promise<Community[]> {
  await api.need('Query.communities', 'communities');
  const d = await api.gql<{ communities: { items: Community[] } }>(
    `query($run: ID) { communities(runId: $run, first: 500) { items { runId index size density keyPlayers cases sales relics firstAt lastAt } } }`,
    { run: runId ?? null },
  );
  return d.communities.items;
}

export interface CommunityLink {
  source: number;
  target: number;
  weight: number;
  links: number;
}

export interface CommunityGraph {
  runId: string;
  nodes: Community[];
  edges: CommunityLink[];
  totalCommunities: number;
  totalLinks: number;
  capped: boolean;
}

/**
 * A run's community graph (one node per gang, weighted links between gangs), or null when the
 * server does not offer it yet (callers fall back to `communities`, without links).
 */
export async function communityGraph(
  api: Api,
  runId?: string | null,
  first = 500,
): Promise<CommunityGraph | null> {
  if (!(await api.has('Query.communityGraph'))) return null;
  const d = await api.gql<{ communityGraph: CommunityGraph }>(
    `query($run: ID, $first: Int) { communityGraph(runId: $run, first: $first) { runId nodes { runId index size density keyPlayers cases sales relics firstAt lastAt } edges { source target weight links } totalCommunities totalLinks capped } }`,
    { run: runId ?? null, first },
  );
  return d.communityGraph;
}

export interface KeyPlayer {
  id: string;
  name: string | null;
  community: number;
  degree: number;
  betweenness: number;
  pagerank: number;
  broker: number;
}

export async function keyPlayers(
  api: Api,
  runId: string | null,
  community: number | null,
  first = 20,
  by = 'pagerank',
): Promise<KeyPlayer[]> {
  await api.need('Query.keyPlayers', 'key players');
  const d = await api.gql<{ keyPlayers: KeyPlayer[] }>(
    `query($run: ID, $c: Int, $by: KeyPlayerMeasure, $first: Int) { keyPlayers(runId: $run, community: $c, by: $by, first: $first) { id name community degree betweenness pagerank broker } }`,
    { run: runId, c: community, by, first },
  );
  return d.keyPlayers;
}

export interface NetworkState {
  nodes: number;
  largestComponent: number;
  components: number;
  communitiesBroken: number;
  buyersReachable: number;
  relicFlow: boolean;
}

export interface TakedownComparison {
  people: number;
  communities: number;
  notInNetwork: string[];
  results: Array<{ strategy: string; removed: string[]; before: NetworkState; after: NetworkState }>;
}

export async function simulateTakedown(
  api: Api,
  input: { people?: string[]; strategies?: string[]; k?: number },
): Promise<Job> {
  await api.need('Mutation.simulateTakedown', 'takedown simulation');
  return (
    await api.gql<{ simulateTakedown: Job }>(
      `mutation($input: TakedownInput!) { simulateTakedown(input: $input) { ${JOB} } }`,
      { input },
    )
  ).simulateTakedown;
}

export async function takedownComparison(api: Api, jobId: string): Promise<TakedownComparison> {
  const s = 'nodes largestComponent components communitiesBroken buyersReachable relicFlow';
  const d = await api.gql<{ takedownComparison: TakedownComparison }>(
    `query($id: ID!) { takedownComparison(jobId: $id) { people communities notInNetwork results { strategy removed before { ${s} } after { ${s} } } } }`,
    { id: jobId },
  );
  return d.takedownComparison;
}

export interface RepeatOffender {
  id: string;
  cases: number;
  first: number | null;
  last: number | null;
}

export async function repeatOffenders(
  api: Api,
  minCases: number,
  onProgress: (j: Job) => void,
): Promise<{ total: number; offenders: RepeatOffender[] }> {
  await api.need('Mutation.findRepeatOffenders', 'repeat offenders');
  const job = (
    await api.gql<{ findRepeatOffenders: Job }>(
      `mutation($input: RepeatOffendersInput) { findRepeatOffenders(input: $input) { ${JOB} } }`,
      { input: { minCases } },
    )
  ).findRepeatOffenders;
  const done = await waitForJob(api, job, onProgress);
  const d = await api.gql<{ repeatOffenders: { total: number; offenders: RepeatOffender[] } }>(
    `query($id: ID!) { repeatOffenders(jobId: $id) { total offenders { id cases first last } } }`,
    { id: done.id },
  );
  return d.repeatOffenders;
}

export interface EvolutionReport {
  windows: Array<{ label: string; start: number; end: number; communities: number; people: number }>;
  births: number;
  deaths: number;
  merges: number;
  splits: number;
  gangs: Array<{ id: number; parent: number | null; windows: number[]; sizes: number[]; core: string[] }>;
  events: Array<{ kind: string; window: number; gang: number; related: number[] }>;
}

export async function gangEvolution(
  api: Api,
  input: { from: number; to: number; windowDays: number; stepDays: number },
  onProgress: (j: Job) => void,
): Promise<EvolutionReport> {
  await api.need('Mutation.trackGangEvolution', 'gang evolution');
  const job = (
    await api.gql<{ trackGangEvolution: Job }>(
      `mutation($input: EvolutionInput!) { trackGangEvolution(input: $input) { ${JOB} } }`,
      { input },
    )
  ).trackGangEvolution;
  const done = await waitForJob(api, job, onProgress);
  const d = await api.gql<{ evolutionReport: EvolutionReport }>(
    `query($id: ID!) { evolutionReport(jobId: $id) { births deaths merges splits windows { label start end communities people }
      gangs { id parent windows sizes core } events { kind window gang related } } }`,
    { id: done.id },
  );
  return d.evolutionReport;
}

/**
 * The community of each given person in a run. The API has no membership lookup by person, so
 * this reads each community's members (largest communities first, four requests at a time) and
 * stops once every asked person is placed.
 */
export async function memberships(api: Api, ids: string[], runId: string): Promise<Map<string, number>> {
  const wanted = new Set(ids.filter((id) => id.startsWith('Person:')));
  const out = new Map<string, number>();
  const list = await communities(api, runId);
  for (let i = 0; i < list.length && out.size < wanted.size; i += 4) {
    const pages = await Promise.all(list.slice(i, i + 4).map((c) => keyPlayers(api, runId, c.index, 500)));
    for (const page of pages) for (const m of page) if (wanted.has(m.id)) out.set(m.id, m.community);
  }
  return out;
}
