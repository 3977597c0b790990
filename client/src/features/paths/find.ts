// The path finder's actions: check the question, ask the API, lay the paths out beside what is on
// the canvas (graph/path-layout.ts), draw the current one over the rest and step through them.
import i18next from 'i18next';
import { createElement } from 'react';
import type {
  PathInput,
  PathsFindQuery,
  PathsFindQueryVariables,
  PathsTimeFindQuery,
  PathsTimeFindQueryVariables,
  PathsVocabularyQuery,
  TimePathInput,
} from '../../api/__generated__/operations.ts';
import { toSubgraph, type ApiEntity, type ApiSubgraph } from '../../api/mapping.ts';
import { api } from '../../app/api.ts';
import { errorCode, errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import type { CaptionInput } from '../../graph/captions.ts';
import { layoutPaths } from '../../graph/path-layout.ts';
import { afterResize, allInView, emphasise, fitNodes } from './on-canvas.ts';
import PATHS from './paths.graphql?raw';
import {
  LIMITS,
  maxPaths,
  usePaths,
  type FoundPath,
  type Link,
  type PathsAnswer,
  type Problem,
} from './state.ts';

/** More paths than this are listed in the drawer's table; the panel shows the current one. */
export const LONG_LIST = 5;
export const DRAWER_TAB = 'paths';

/** Links of the analysis (a run's communities), not between records: never on a path. */
const NOT_RECORD_LINKS = new Set(['FOUND', 'LINKED_TO', 'MEMBER_OF']);

let vocabulary: Promise<string[]> | null = null;

/** The link types of the graph (graphVocabulary), once per session. */
export function linkTypes(): Promise<string[]> {
  vocabulary ??= api
    .request<PathsVocabularyQuery>(PATHS, {}, 'PathsVocabulary')
    .then((d) => d.graphVocabulary.relationshipTypes.filter((t) => !NOT_RECORD_LINKS.has(t)))
    .catch((err) => {
      vocabulary = null;
      throw err;
    });
  return vocabulary;
}

/** What is wrong with the question before it is sent; null when nothing. */
export function check(s: ReturnType<typeof usePaths.getState>): Problem | null {
  if (!s.from && !s.to) return { key: 'check.noEnds' };
  if (!s.from) return { key: 'check.noFrom' };
  if (!s.to) return { key: 'check.noTo' };
  if (s.from.id === s.to.id) return { key: 'check.same' };
  if (s.maxHops < 1 || s.maxHops > LIMITS.maxHops)
    return { key: 'check.hops', params: { max: LIMITS.maxHops } };
  const most = maxPaths(s.mode, s.maxHops);
  if (s.mode !== 'SHORTEST' && (s.k < 1 || s.k > most))
    return { key: 'check.paths', params: { max: most, hops: s.maxHops } };
  return null;
}

function entitiesOf(sub: ApiSubgraph): Record<string, CaptionInput> {
  const out: Record<string, CaptionInput> = {};
  for (const n of sub.nodes) {
    const e: Partial<ApiEntity> = n.entity ?? {};
    out[n.id] = {
      id: n.id,
      type: n.type,
      label: n.label,
      at: e.at ?? null,
      price: e.price ?? null,
      currency: e.currency ?? null,
      properties: e.properties ?? {},
    };
  }
  return out;
}

function linksOf(sub: ApiSubgraph): Record<string, Link> {
  const out: Record<string, Link> = {};
  for (const e of sub.edges)
    out[e.id] = { type: e.type, source: e.source, target: e.target, firstAt: e.firstAt, lastAt: e.lastAt };
  return out;
}

export async function findPaths(): Promise<void> {
  const s = usePaths.getState();
  const wrong = check(s);
  if (wrong) {
    s.set({ problem: wrong });
    return;
  }
  const from = s.from!.id;
  const to = s.to!.id;
  const relTypes = s.relTypes.length ? [...s.relTypes] : null;
  s.set({ busy: true, problem: null });
  const { setBusy } = useWorkspace.getState();
  setBusy({ text: i18next.t('paths:finding'), progress: null });
  try {
    let paths: FoundPath[];
    let sub: ApiSubgraph;
    if (s.mode === 'TIME') {
      const input: TimePathInput = { from, to, maxHops: s.maxHops, k: s.k, relTypes };
      const d = await api.request<PathsTimeFindQuery, PathsTimeFindQueryVariables>(
        PATHS,
        { input },
        'PathsTimeFind',
      );
      paths = d.timePaths.paths.map((p) => ({ ...p }));
      sub = d.timePaths.subgraph as unknown as ApiSubgraph;
    } else {
      const input: PathInput = {
        from,
        to,
        mode: s.mode,
        maxHops: s.maxHops,
        relTypes,
        minConfidence: s.minConfidence,
        ...(s.mode === 'SHORTEST' ? {} : { k: s.k }),
      };
      const d = await api.request<PathsFindQuery, PathsFindQueryVariables>(PATHS, { input }, 'PathsFind');
      paths = d.paths.paths.map((p) => ({ ...p }));
      sub = d.paths.subgraph as unknown as ApiSubgraph;
    }
    const answer: PathsAnswer = {
      mode: s.mode,
      k: s.mode === 'SHORTEST' ? 1 : s.k,
      maxHops: s.maxHops,
      relTypes: relTypes ?? [],
      minConfidence: s.minConfidence,
      paths,
      entities: entitiesOf(sub),
      links: linksOf(sub),
      truncated: sub.truncated,
    };
    usePaths.getState().set({ answer, current: 0, busy: false });
    draw(answer, sub);
  } catch (err) {
    errorMessage(err); // logs what the server said, for whoever debugs
    usePaths.getState().set({ busy: false, problem: { code: errorCode(err) } });
  } finally {
    setBusy(null);
  }
}

/** Puts the answer on the canvas: new nodes laid out beside what is there, the first path drawn over the rest. */
function draw(answer: PathsAnswer, apiSub: ApiSubgraph): void {
  const { canvas, closeDrawerTab, drawerTabs } = useWorkspace.getState();
  if (drawerTabs.some((t) => t.id === DRAWER_TAB)) closeDrawerTab(DRAWER_TAB);
  if (!canvas) return;
  if (!answer.paths.length) {
    emphasise(canvas, null);
    return;
  }
  const sub = toSubgraph(apiSub);
  const placed = layoutPaths(
    canvas.graph,
    answer.paths.map((p) => p.nodeIds),
  );
  for (const n of sub.nodes) {
    const p = placed.get(n.id);
    if (p) Object.assign(n, p);
  }
  canvas.add(sub);
  const all = [...new Set(answer.paths.flatMap((p) => p.nodeIds))];
  showPath(0, { fit: false });
  // A long list opens the drawer, which takes room from the canvas: fit once it has its new size.
  if (answer.paths.length > LONG_LIST) void openTable().then(() => afterResize(() => fitNodes(canvas, all)));
  else fitNodes(canvas, all);
}

/** Shows path `i` of the answer: drawn over the rest, in view. */
export function showPath(i: number, opts: { fit?: boolean } = {}): void {
  const { answer } = usePaths.getState();
  if (!answer?.paths.length) return;
  const n = answer.paths.length;
  const current = ((i % n) + n) % n;
  usePaths.getState().set({ current });
  const canvas = useWorkspace.getState().canvas;
  if (!canvas) return;
  const p = answer.paths[current]!;
  // A path is a few nodes on a line: labels on a box, not on its links.
  emphasise(canvas, { nodes: p.nodeIds, edges: p.edgeIds, boxed: true });
  if (opts.fit !== false && !allInView(canvas, p.nodeIds)) fitNodes(canvas, p.nodeIds);
}

export const stepPath = (by: 1 | -1) => showPath(usePaths.getState().current + by);

export function clearPaths(): void {
  const canvas = useWorkspace.getState().canvas;
  if (canvas) emphasise(canvas, null);
  usePaths.getState().set({ answer: null, current: 0, problem: null });
  useWorkspace.getState().closeDrawerTab(DRAWER_TAB);
}

const tableTitle = () => {
  const n = usePaths.getState().answer?.paths.length ?? 0;
  return i18next.t('paths:table.title', { count: n });
};

/** The list of paths as a table in the drawer. */
export function openTable(): Promise<void> {
  return import('./PathsTable.tsx').then(({ PathsTable }) =>
    useWorkspace.getState().openDrawer({
      id: DRAWER_TAB,
      title: tableTitle,
      render: () => createElement(PathsTable),
    }),
  );
}

/** The catalogue text of a problem, in the reader's language. */
export function problemText(p: Problem, ns = 'paths'): string {
  if ('key' in p) return i18next.t(`${ns}:${p.key}`, p.params ?? {});
  const key = `error.${p.code}`;
  return i18next.exists(key) ? i18next.t(key) : i18next.t('error.unknown', { code: p.code });
}
