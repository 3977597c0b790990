// The takedown comparison as the views show it: the job's figures, each target by name and gang
// (read from the latest gang run's ranked members, which `read:jobs` may read; never an id), the
// gangs of that run for the before/after picture, and strategies that picked the same people
// folded into one with the reason.
import i18next from 'i18next';
import type {
  TakedownComparisonQuery,
  TakedownComparisonQueryVariables,
  TakedownGangMembersQuery,
  TakedownGangMembersQueryVariables,
  TakedownGangsQuery,
  TakedownJobFieldsFragment,
  TakedownJobQuery,
  TakedownJobQueryVariables,
  TakedownJobsQuery,
  TakedownRankedQuery,
  TakedownRankedQueryVariables,
  TakedownStateFragment,
} from '../../api/__generated__/operations.ts';
import { api, ApiError } from '../../app/api.ts';
import { fetchEntities } from '../../app/actions.ts';
import { useWorkspace } from '../../app/store.ts';
import { caption } from '../../graph/captions.ts';
import DOC from './takedown.graphql?raw';

export type TakedownJob = TakedownJobFieldsFragment;
export type NetworkFigures = TakedownStateFragment;
export type Comparison = TakedownComparisonQuery['takedownComparison'];
export type GangGraph = TakedownGangsQuery['communityGraph'];
export type GangRun = TakedownGangsQuery['analysisRuns']['items'][number];

export const STRATEGIES = ['betweenness', 'brokers', 'degree', 'greedy'] as const;

/** A person removed by a strategy, as the reader's role may see them. */
export interface Target {
  /** Key for React lists only; never shown. */
  key: string;
  /** Their name, or null when the role may not read it. */
  name: string | null;
  /** Their gang's index in the latest gang run, when known. */
  gang: number | null;
}

/** One or more strategies that removed the same people, with the same figures. */
export interface StrategyGroup {
  key: string;
  strategies: string[];
  targets: Target[];
  before: NetworkFigures;
  after: NetworkFigures;
  /** How many people the strategies removed (for the reason they are one). */
  removedCount: number;
}

export interface LoadedComparison {
  job: TakedownJob;
  comparison: Comparison;
  groups: StrategyGroup[];
  /** People the job was asked to remove who are not in the network. */
  notInNetwork: Target[];
  run: GangRun | null;
  gangs: GangGraph | null;
}

export const gangName = (index: number): string => i18next.t('caption.gang', { n: index + 1 });

export async function listTakedownJobs(): Promise<TakedownJob[]> {
  const d = await api.request<TakedownJobsQuery>(DOC, {}, 'TakedownJobs');
  return d.jobs.items;
}

export async function getTakedownJob(id: string): Promise<TakedownJob> {
  const d = await api.request<TakedownJobQuery, TakedownJobQueryVariables>(DOC, { id }, 'TakedownJob');
  return d.job;
}

/** The latest gang run and its gang graph, or nulls when none has run (or the role may not read it). */
export async function loadGangs(): Promise<{ run: GangRun | null; gangs: GangGraph | null }> {
  try {
    const d = await api.request<TakedownGangsQuery>(DOC, {}, 'TakedownGangs');
    return { run: d.analysisRuns.items[0] ?? null, gangs: d.communityGraph };
  } catch (err) {
    if (err instanceof ApiError && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN'))
      return { run: null, gangs: null };
    throw err;
  }
}

interface Member {
  id: string;
  name: string | null;
  community: number;
}

/**
 * Name and gang of each person, from the run's ranked members: the three rankings a strategy picks
 * from first, then gang by gang (largest first, four at a time) until everyone is placed.
 */
async function membersOf(
  ids: string[],
  runId: string,
  gangs: GangGraph | null,
): Promise<Map<string, Member>> {
  const out = new Map<string, Member>();
  const wanted = new Set(ids);
  if (!wanted.size) return out;
  const take = (list: Member[]) => {
    for (const m of list) if (wanted.has(m.id)) out.set(m.id, m);
  };
  const r = await api.request<TakedownRankedQuery, TakedownRankedQueryVariables>(
    DOC,
    { runId },
    'TakedownRanked',
  );
  take(r.byBetweenness);
  take(r.byDegree);
  take(r.byBroker);
  const order = (gangs?.nodes ?? []).map((n) => n.index);
  for (let i = 0; i < order.length && out.size < wanted.size && i < 200; i += 4) {
    const pages = await Promise.all(
      order
        .slice(i, i + 4)
        .map((community) =>
          api.request<TakedownGangMembersQuery, TakedownGangMembersQueryVariables>(
            DOC,
            { runId, community },
            'TakedownGangMembers',
          ),
        ),
    );
    for (const p of pages) take(p.keyPlayers);
  }
  return out;
}

/** Names and gangs of the given people, as far as the signed-in role may read them. */
async function targetsOf(
  ids: string[],
  run: GangRun | null,
  gangs: GangGraph | null,
): Promise<Map<string, Target>> {
  const out = new Map<string, Target>();
  let members = new Map<string, Member>();
  if (run) {
    try {
      members = await membersOf(ids, run.id, gangs);
    } catch (err) {
      if (!(err instanceof ApiError && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  const can = useWorkspace.getState().user?.permissions.includes('read:entities') ?? false;
  const unnamed = ids.filter((id) => !members.get(id)?.name);
  const captions = new Map<string, string>();
  if (can && unnamed.length) {
    try {
      const sub = await fetchEntities(unnamed.slice(0, 100));
      for (const n of sub.nodes) captions.set(n.id, caption(n));
    } catch {
      // Names stay unknown; the people are still counted.
    }
  }
  ids.forEach((id, i) => {
    const m = members.get(id);
    const name = m?.name
      ? caption({ id, type: 'Person', label: m.name, properties: { name: m.name } })
      : (captions.get(id) ?? null);
    out.set(id, { key: `t${i}`, name, gang: m ? m.community : null });
  });
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Why strategies that are different in name chose the same people (translated). */
export function sameTargetsReason(strategies: string[], count: number): string {
  const t = i18next.t.bind(i18next);
  const names = strategies.map((s) => t(`takedown:strategy.${s}`));
  const list = names.join(t('takedown:listSeparator'));
  const has = (...s: string[]) => s.every((x) => strategies.includes(x));
  let why = '';
  if (has('betweenness', 'brokers')) why = t('takedown:reason.betweennessBrokers');
  else if (has('degree', 'greedy')) why = t('takedown:reason.degreeGreedy');
  else if (has('betweenness', 'greedy')) why = t('takedown:reason.betweennessGreedy');
  return `${t('takedown:reason.same', { list, count })}${why ? ` ${why}` : ''}`;
}

/** Why a group's strategies are one, in the reader's language now; null for a single strategy. */
export function groupReason(g: Pick<StrategyGroup, 'strategies' | 'removedCount'>): string | null {
  return g.strategies.length > 1 ? sameTargetsReason(g.strategies, g.removedCount) : null;
}

/** Folds results that removed the same people into one group per set of targets. */
export function groupStrategies(comparison: Comparison, targets: Map<string, Target>): StrategyGroup[] {
  const groups: Array<StrategyGroup & { removed: string[] }> = [];
  for (const r of comparison.results) {
    const g = groups.find((x) => sameSet(x.removed, r.removed));
    if (g) g.strategies.push(r.strategy);
    else
      groups.push({
        key: `g${groups.length}`,
        strategies: [r.strategy],
        removed: r.removed,
        targets: r.removed.map((id, i) => targets.get(id) ?? { key: `u${i}`, name: null, gang: null }),
        before: r.before,
        after: r.after,
        removedCount: r.removed.length,
      });
  }
  return groups.map(({ removed: _removed, ...g }) => g);
}

const cache = new Map<string, Promise<LoadedComparison>>();

/** A takedown job's comparison with its targets named and the gangs to draw it on (cached). */
export function loadComparison(job: TakedownJob): Promise<LoadedComparison> {
  let p = cache.get(job.id);
  if (!p) {
    p = (async () => {
      const [d, g] = await Promise.all([
        api.request<TakedownComparisonQuery, TakedownComparisonQueryVariables>(
          DOC,
          { jobId: job.id },
          'TakedownComparison',
        ),
        loadGangs(),
      ]);
      const comparison = d.takedownComparison;
      const ids = [...new Set([...comparison.results.flatMap((r) => r.removed), ...comparison.notInNetwork])];
      const targets = await targetsOf(ids, g.run, g.gangs);
      return {
        job,
        comparison,
        groups: groupStrategies(comparison, targets),
        notInNetwork: comparison.notInNetwork.map(
          (id, i) => targets.get(id) ?? { key: `n${i}`, name: null, gang: null },
        ),
        run: g.run,
        gangs: g.gangs,
      };
    })();
    p.catch(() => cache.delete(job.id));
    cache.set(job.id, p);
  }
  return p;
}

/** The latest takedown job that has a result, or null. */
export async function latestTakedown(): Promise<TakedownJob | null> {
  return (await listTakedownJobs()).find((j) => j.status === 'succeeded') ?? null;
}

/** A target as a person reads it: their name, else who they are at gang level. */
export function targetText(t: Target): string {
  const tr = i18next.t.bind(i18next);
  if (t.name)
    return t.gang !== null ? tr('takedown:targetInGang', { name: t.name, gang: gangName(t.gang) }) : t.name;
  return t.gang !== null ? tr('takedown:memberOf', { gang: gangName(t.gang) }) : tr('takedown:unnamedPerson');
}

/** The group most effective at cutting the network: the smallest largest group left, then most groups. */
export function bestGroup(groups: StrategyGroup[]): StrategyGroup | null {
  return (
    [...groups].sort(
      (a, b) =>
        a.after.largestComponent - b.after.largestComponent ||
        b.after.communitiesBroken - a.after.communitiesBroken ||
        a.after.buyersReachable - b.after.buyersReachable ||
        b.after.components - a.after.components,
    )[0] ?? null
  );
}
