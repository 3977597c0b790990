// What the gangs task does: choose a run, run community detection (and repeat offenders) with
// progress and cancel, open a gang with all its members and ties, open every gang at once as the
// run's community graph (double-click or Enter drills in), fold and unfold combos. Talks to the
// API, changes the canvas and reports through the workspace's notices and busy indicator, in the
// reader's language.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { openEntities } from '../../app/actions.ts';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { COMMUNITY_PREFIX, gangLabel, gangName } from '../../graph/collapse.ts';
import {
  combine,
  combos,
  comboData,
  expandCombo,
  familyOf,
  gangOnCanvas,
  isCombo,
  relabelCombos,
  sharedCommunity,
  type ComboKind,
  type ComboLabels,
} from '../../graph/combos.ts';
import { layoutOverview } from '../../graph/gang-layout.ts';
import type { WorkGraph } from '../../graph/merge.ts';
import type { NodeRecord, Subgraph } from '../../graph/types.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import {
  cancelJob,
  latestRepeatOffendersJob,
  listGangs,
  listRuns,
  namesOf,
  overview as fetchOverview,
  ranked,
  rankedName,
  repeatOffenders,
  runningDetection,
  startDetection,
  startRepeatOffenders,
  waitForJob,
  type Gang,
  type Job,
} from './data.ts';
import { loadGang, type GangProgress } from './load-gang.ts';
import { useGangs, type OpenGang } from './state.ts';

const t = (key: string, o?: Record<string, unknown>) => i18next.t(key, { ns: 'gangs', ...o });
const can = (p: string) => useWorkspace.getState().user?.permissions.includes(p) ?? false;
const canvasOf = () => useWorkspace.getState().canvas;

// ---- runs -------------------------------------------------------------------------------------

/** Loads the runs; chooses the latest when none is chosen (or the chosen one is gone). */
export async function refreshRuns(select?: string): Promise<void> {
  try {
    const runs = await listRuns(20);
    const { runId } = useGangs.getState();
    useGangs.getState().set({ runs });
    const next = select ?? (runId && runs.some((r) => r.id === runId) ? runId : (runs[0]?.id ?? null));
    if (next && (next !== runId || !useGangs.getState().gangs)) await selectRun(next);
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
  }
}

/** The run's gangs, their key members' names and its community graph. */
export async function selectRun(runId: string): Promise<void> {
  useGangs.getState().set({ runId, gangs: null, overview: null });
  try {
    const [gangs, graph] = await Promise.all([listGangs(runId), fetchOverview(runId, 500)]);
    if (useGangs.getState().runId !== runId) return;
    useGangs.getState().set({ gangs, overview: graph });
    void loadKeyMemberNames(runId, gangs);
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
  }
}

/**
 * Names of every gang's key members: one lookup by id for roles that read entities; for the
 * others (commanders), each gang's top members from the ranking, which carries names.
 */
async function loadKeyMemberNames(runId: string, gangs: Gang[]): Promise<void> {
  const names = new Map(useGangs.getState().names);
  try {
    if (can('read:entities')) {
      const got = await namesOf(gangs.flatMap((g) => g.keyPlayers));
      for (const [k, v] of got) names.set(k, v);
    } else {
      let next = 0;
      const list = gangs.slice(0, 100);
      const worker = async () => {
        while (next < list.length) {
          const g = list[next++]!;
          for (const p of await ranked(runId, g.index, 'pagerank', 5)) names.set(p.id, rankedName(p));
        }
      };
      await Promise.all([worker(), worker(), worker()]);
    }
  } catch (err) {
    console.warn(err);
  }
  if (useGangs.getState().runId === runId) useGangs.getState().set({ names });
}

// ---- jobs -------------------------------------------------------------------------------------

let abort: AbortController | null = null;

function jobText(kind: 'communities' | 'repeat-offenders', j: Job): string {
  const what = t(kind === 'communities' ? 'detect.title' : 'repeat.title');
  const status = t(`job.${j.status}`);
  return j.status === 'running' ? `${what}: ${status} ${formatPercent(j.progress)}` : `${what}: ${status}`;
}

async function watch(kind: 'communities' | 'repeat-offenders', job: Job): Promise<Job | null> {
  const { setBusy, notify } = useWorkspace.getState();
  abort?.abort();
  const ctrl = new AbortController();
  abort = ctrl;
  try {
    return await waitForJob(
      job,
      (j) => {
        useGangs.getState().set({ running: { kind, job: j } });
        setBusy({ text: jobText(kind, j), progress: j.progress });
      },
      ctrl.signal,
    );
  } catch (err) {
    if (!ctrl.signal.aborted) notify('error', errorMessage(err));
    else notify('info', t('job.cancelledNotice'));
    return null;
  } finally {
    if (abort === ctrl) {
      abort = null;
      useGangs.getState().set({ running: null });
      setBusy(null);
    }
  }
}

/** Community detection (run:jobs): start, follow, then show the new run. */
export async function runDetection(resolution: number, seed: number): Promise<void> {
  try {
    const job = await startDetection(resolution, seed);
    const done = await watch('communities', job);
    if (!done) return;
    useWorkspace.getState().notify('info', t('detect.done'));
    await refreshRuns(done.runId ?? undefined);
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
  }
}

/** Picks up a detection job that was running when the panel opened. */
export async function resumeDetection(): Promise<void> {
  if (useGangs.getState().running || !can('read:jobs')) return;
  try {
    const job = await runningDetection();
    if (!job) return;
    const done = await watch('communities', job);
    if (done) await refreshRuns(done.runId ?? undefined);
  } catch (err) {
    console.warn(err);
  }
}

export async function cancelRunning(): Promise<void> {
  const running = useGangs.getState().running;
  if (!running) return;
  try {
    await cancelJob(running.job.id);
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
  }
  abort?.abort();
}

// ---- repeat offenders -------------------------------------------------------------------------

async function showRepeat(job: Job): Promise<void> {
  const data = await repeatOffenders(job.id);
  const names = await namesOf(data.offenders.map((o) => o.id));
  useGangs.getState().set({ repeat: { data, names, finishedAt: job.finishedAt } });
}

export async function runRepeatOffenders(minCases: number): Promise<boolean> {
  try {
    const job = await startRepeatOffenders(minCases);
    const done = await watch('repeat-offenders', job);
    if (!done) return false;
    await showRepeat(done);
    useGangs.getState().set({ latestRepeatJob: done });
    return true;
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
    return false;
  }
}

export async function loadLatestRepeat(): Promise<void> {
  try {
    useGangs.getState().set({ latestRepeatJob: await latestRepeatOffendersJob() });
  } catch (err) {
    console.warn(err);
  }
}

export async function showLatestRepeat(): Promise<boolean> {
  const job = useGangs.getState().latestRepeatJob;
  if (!job) return false;
  try {
    await showRepeat(job);
    return true;
  } catch (err) {
    useWorkspace.getState().notify('error', errorMessage(err));
    return false;
  }
}

// ---- a gang on the canvas ----------------------------------------------------------------------

function ready(canvas: Canvas): void {
  if (canvas.mode !== 'full') canvas.expandAll();
  // The pointer may rest where a node was: sigma sends no leaveNode when the graph changes under
  // it, and a hovered node that is gone would dim the whole new picture.
  canvas.view.hovered = null;
  setFrame(canvas, null);
}

function progressText(gang: OpenGang, p: GangProgress): string {
  const name = gangName(gang.index);
  if (p.phase === 'members')
    return t('load.members', { gang: name, done: formatNumber(p.members), total: formatNumber(p.size) });
  if (p.phase === 'ties')
    return t('load.ties', { gang: name, done: formatNumber(p.batchesDone), total: formatNumber(p.batches) });
  return t('load.layout', { gang: name });
}

let loadAbort: AbortController | null = null;

/**
 * Opens a gang: ALL its members and the ties between them, laid out in one piece. Replaces the
 * canvas (undo brings it back), or with `add` puts the gang beside what is there.
 */
export async function openGang(
  gang: { runId: string; index: number; size: number },
  options: { add?: boolean } = {},
): Promise<void> {
  const canvas = canvasOf();
  if (!canvas) return;
  const { setBusy, notify } = useWorkspace.getState();
  const open: OpenGang = { runId: gang.runId, index: gang.index, size: gang.size };
  loadAbort?.abort();
  const ctrl = new AbortController();
  loadAbort = ctrl;
  const withTies = can('read:entities');
  const onCanvas = options.add ? new Set(canvas.graph.nodes()) : undefined;
  const { width, height } = canvas.renderer.getDimensions();
  try {
    const picture = await loadGang(gang.runId, gang, {
      withTies,
      onCanvas,
      width,
      height,
      signal: ctrl.signal,
      onProgress: (p) => {
        useGangs.getState().set({ loading: { gang: open, progress: p } });
        setBusy({ text: progressText(open, p), progress: p.fraction });
      },
    });
    if (ctrl.signal.aborted) return;
    ready(canvas);
    if (options.add && canvas.graph.order) {
      placeBeside(canvas.graph, picture.sub);
      canvas.add(picture.sub);
    } else canvas.replace(picture.sub);
    const people = picture.sub.nodes.filter((n) => n.type === 'Person').length;
    useGangs.getState().set({ open });
    notify(
      'info',
      t(picture.truncated ? 'load.doneCut' : withTies ? 'load.done' : 'load.doneMembersOnly', {
        gang: gangName(gang.index),
        people: formatNumber(people),
        size: formatNumber(gang.size),
        ties: formatNumber(picture.sub.edges.length),
        entities: formatNumber(picture.sub.nodes.length - people),
      }),
    );
  } catch (err) {
    if (!ctrl.signal.aborted) notify('error', errorMessage(err));
  } finally {
    if (loadAbort === ctrl) {
      loadAbort = null;
      useGangs.getState().set({ loading: null });
      setBusy(null);
    }
  }
}

export function cancelLoading(): void {
  loadAbort?.abort();
}

/** Moves a new gang's positions to the free space right of what is on the canvas. */
function placeBeside(graph: WorkGraph, sub: Subgraph): void {
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id) && n.x !== undefined);
  if (!fresh.length || !Number.isFinite(maxX)) return;
  const xs = fresh.map((n) => n.x!);
  const ys = fresh.map((n) => n.y!);
  const width = Math.max(...xs) - Math.min(...xs);
  const gap = Math.max(1, 0.15 * Math.max(width, maxY - minY));
  const dx = maxX + gap - Math.min(...xs);
  const dy = (minY + maxY) / 2 - (Math.min(...ys) + Math.max(...ys)) / 2;
  for (const n of fresh) {
    n.x = n.x! + dx;
    n.y = n.y! + dy;
  }
}

// ---- the all-gangs overview --------------------------------------------------------------------

/** A canvas 2D context to measure labels as sigma draws them. */
let measureCtx: CanvasRenderingContext2D | null = null;
function measure(text: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 7;
  measureCtx.font = '12px "Noto Sans SC", system-ui, sans-serif';
  return measureCtx.measureText(text).width;
}

/**
 * Every gang of the run as one node (its true member count), with the links between gangs
 * (weight: the projected weight between their members; links: how many person-person ties), laid
 * out so that labels do not overlap. Double-click or Enter on a gang opens it.
 */
export async function openOverview(): Promise<void> {
  const canvas = canvasOf();
  const { runId } = useGangs.getState();
  if (!canvas || !runId) return;
  const { setBusy, notify } = useWorkspace.getState();
  setBusy({ text: t('overview.loading'), progress: null });
  try {
    const graph =
      useGangs.getState().overview?.runId === runId
        ? useGangs.getState().overview!
        : await fetchOverview(runId);
    ready(canvas);
    await document.fonts?.load(
      '12px "Noto Sans SC"',
      graph.nodes.map((n) => gangLabel(n.index, n.size)).join(''),
    );
    const { width, height } = canvas.renderer.getDimensions();
    const nodes = graph.nodes.map((n) => ({
      id: `${COMMUNITY_PREFIX}${n.index}`,
      members: n.size,
      label: gangLabel(n.index, n.size),
    }));
    const links = graph.edges.map((e) => ({
      source: `${COMMUNITY_PREFIX}${e.source}`,
      target: `${COMMUNITY_PREFIX}${e.target}`,
      links: e.links,
    }));
    const layout = layoutOverview(nodes, links, width, height, measure);
    const sub: Subgraph = {
      nodes: graph.nodes.map((n): NodeRecord => ({
        id: `${COMMUNITY_PREFIX}${n.index}`,
        type: 'Community',
        label: gangLabel(n.index, n.size),
        community: String(n.index),
        x: layout.positions.get(`${COMMUNITY_PREFIX}${n.index}`)!.x,
        y: layout.positions.get(`${COMMUNITY_PREFIX}${n.index}`)!.y,
        properties: {
          members: n.size,
          cases: n.cases,
          sales: n.sales,
          relics: n.relics,
          sites: n.sites,
          density: n.density,
          firstAt: n.firstAt,
          lastAt: n.lastAt,
        },
      })),
      edges: graph.edges.map((e) => ({
        id: `cc:${e.source}\u0000${e.target}`,
        source: `${COMMUNITY_PREFIX}${e.source}`,
        target: `${COMMUNITY_PREFIX}${e.target}`,
        type: 'LINKS',
        weight: e.weight,
        properties: { weight: e.weight, links: e.links },
      })),
    };
    setFrame(canvas, layout.frame);
    canvas.replace(sub);
    canvas.graph.updateEachNodeAttributes((id, a) =>
      a.entityType === 'Community'
        ? {
            ...a,
            members: a.properties.members as number,
            forceLabel: layout.labelled.has(id),
            gangOverview: { runId: graph.runId, frame: layout.frame },
          }
        : a,
    );
    // (replace() told the store, which saw a canvas not yet marked as the overview.)
    setFrame(canvas, layout.frame);
    canvas.restyle();
    canvas.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    notify(
      'info',
      t(graph.capped ? 'overview.doneCapped' : 'overview.done', {
        gangs: formatNumber(graph.nodes.length),
        total: formatNumber(graph.totalCommunities),
        links: formatNumber(graph.edges.length),
      }),
    );
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    setBusy(null);
  }
}

interface OverviewMark {
  runId: string;
  frame: { x: [number, number]; y: [number, number] };
}

/** The overview's mark when the canvas shows it (every node a gang of the overview). */
function overviewOn(canvas: Canvas): OverviewMark | null {
  const g = canvas.graph;
  if (canvas.mode !== 'full' || g.order === 0) return null;
  const first = g.getNodeAttribute(g.nodes()[0]!, 'gangOverview') as OverviewMark | undefined;
  if (!first) return null;
  return g.findNode((_n, a) => !a.gangOverview) === undefined ? first : null;
}

/** The overview is planned in a frame of canvas pixels (graph/gang-layout.ts); other content is not. */
function setFrame(canvas: Canvas, frame: OverviewMark['frame'] | null): void {
  const current = canvas.renderer.getCustomBBox();
  if (!frame && !current) return;
  if (frame && current && frame.x.join() === current.x.join() && frame.y.join() === current.y.join()) return;
  canvas.renderer.setCustomBBox(frame);
  canvas.renderer.refresh();
}

// ---- combos -------------------------------------------------------------------------------------

/** A combo's name in the reader's language: "Gang 3", "Family of Wang Wei", "Combo". */
export function comboName(kind: ComboKind, name: string): string {
  if (kind === 'gang') return gangName(name);
  if (kind === 'family') return t('combo.familyOf', { name });
  return t('combo.name');
}

export const comboLabels: ComboLabels = {
  node: (data, counts) => {
    const count = data.kind === 'selection' ? counts.members : counts.people;
    return t(data.kind === 'selection' ? 'combo.labelItems' : 'combo.label', {
      name: comboName(data.kind, data.name),
      count,
      n: formatNumber(count),
    });
  },
  link: (count) => t('combo.links', { count, n: formatNumber(count) }),
};

/**
 * One undoable change of the canvas's graph, made on a detached copy and swapped in whole: sigma
 * follows every event of the graph it draws, and folding a gang of a thousand entities one
 * dropNode at a time costs it seconds; a clear and an import cost it one pass.
 */
function edit<T>(canvas: Canvas, fn: (graph: WorkGraph) => T): T {
  return canvas.change((g) => {
    const copy = g.copy() as WorkGraph;
    const out = fn(copy);
    g.clear();
    g.import(copy.export());
    return out;
  });
}

function afterCombo(canvas: Canvas, select: string[]): void {
  // Summed links carry their counts as labels.
  canvas.renderer.setSetting('renderEdgeLabels', true);
  canvas.select(select.filter((id) => canvas.graph.hasNode(id)));
}

/** Folds a gang on the canvas (its people and the entities that link only to them) into a combo. */
export function combineGang(community: string): string | null {
  const canvas = canvasOf();
  if (!canvas) return null;
  ready(canvas);
  const ids = gangOnCanvas(canvas.graph, community);
  if (ids.length < 2) return null;
  const id = edit(canvas, (g) =>
    combine(g, ids, { kind: 'gang', name: community, community, labels: comboLabels }),
  );
  if (id) afterCombo(canvas, [id]);
  return id;
}

/** Folds the families of the selected people (everyone reached over family links) into a combo each. */
export function combineFamily(ids: string[]): string | null {
  const canvas = canvasOf();
  if (!canvas) return null;
  ready(canvas);
  const family = familyOf(canvas.graph, ids);
  if (family.length < 2) {
    useWorkspace.getState().notify('info', t('combo.noFamily'));
    return null;
  }
  const first = ids.find((id) => canvas.graph.hasNode(id)) ?? family[0]!;
  const name = String(canvas.graph.getNodeAttribute(first, 'label'));
  const community = sharedCommunity(canvas.graph, family);
  const id = edit(canvas, (g) =>
    combine(g, family, { kind: 'family', name, community, labels: comboLabels }),
  );
  if (id) afterCombo(canvas, [id]);
  return id;
}

export function combineSelection(ids: string[]): string | null {
  const canvas = canvasOf();
  if (!canvas) return null;
  ready(canvas);
  const community = sharedCommunity(canvas.graph, ids);
  const id = edit(canvas, (g) =>
    combine(g, ids, { kind: 'selection', name: '', community, labels: comboLabels }),
  );
  if (id) afterCombo(canvas, [id]);
  return id;
}

/** Expands combos (one level): their members come back where they were. */
export function expandCombos(ids: string[]): string[] {
  const canvas = canvasOf();
  if (!canvas) return [];
  const targets = ids.filter((id) => isCombo(canvas.graph, id));
  if (!targets.length) return [];
  const restored = edit(canvas, (g) => targets.flatMap((id) => expandCombo(g, id, comboLabels)));
  canvas.select(restored.filter((id) => canvas.graph.hasNode(id)));
  return restored;
}

export function expandAllCombos(): void {
  const canvas = canvasOf();
  if (!canvas) return;
  edit(canvas, (g) => {
    for (let guard = 0; guard < 1000; guard++) {
      const list = combos(g);
      if (!list.length) break;
      for (const id of list) expandCombo(g, id, comboLabels);
    }
  });
  canvas.select([]);
}

// ---- people ---------------------------------------------------------------------------------------

/** Selects a person on the canvas and brings them into view; opens them first when they are not there. */
export async function focusPerson(id: string): Promise<void> {
  const canvas = canvasOf();
  if (!canvas) return;
  if (canvas.shown.hasNode(id)) {
    canvas.select([id]);
    canvas.focus(id);
    return;
  }
  // Inside a combo: show the combo.
  const holder = combos(canvas.graph).find((c) => comboData(canvas.graph, c)?.leaves.includes(id));
  if (holder && canvas.shown.hasNode(holder)) {
    canvas.select([holder]);
    canvas.focus(holder);
    return;
  }
  if (can('read:entities')) await openEntities([id]);
}

// ---- drawer tabs ------------------------------------------------------------------------------------

export function openTab(id: string, title: () => string, render: () => ReactNode): void {
  useWorkspace.getState().openDrawer({ id, title, render });
}

// ---- the canvas's gang and combo nodes: double-click, Enter, language ------------------------------

const bound = new WeakSet<Canvas>();

function drillInto(canvas: Canvas, node: string): boolean {
  const mark = overviewOn(canvas);
  if (!mark || !node.startsWith(COMMUNITY_PREFIX)) return false;
  const index = Number(node.slice(COMMUNITY_PREFIX.length));
  const size = canvas.graph.getNodeAttribute(node, 'members') as number;
  void openGang({ runId: mark.runId, index, size });
  return true;
}

function activate(canvas: Canvas, node: string): boolean {
  if (isCombo(canvas.graph, node)) {
    expandCombos([node]);
    return true;
  }
  return drillInto(canvas, node);
}

function bind(canvas: Canvas): void {
  if (bound.has(canvas)) return;
  bound.add(canvas);
  canvas.doubleClickHandlers.push((node) => activate(canvas, node));
  canvas.container.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const sel = canvas.selected;
    const node = canvas.focused ?? (sel.length === 1 ? sel[0]! : null);
    if (node && sel.includes(node) && (overviewOn(canvas) || isCombo(canvas.graph, node))) {
      if (activate(canvas, node)) e.preventDefault();
    }
  });
}

function relabelGangNodes(): void {
  const canvas = canvasOf();
  if (!canvas) return;
  canvas.graph.updateEachNodeAttributes((_n, a) => {
    if (a.entityType !== 'Community' || !a.gangOverview) return a;
    const label = gangLabel(a.community ?? 'none', a.members ?? 0);
    return { ...a, label, apiLabel: label };
  });
  relabelCombos(canvas.graph, comboLabels);
  canvas.renderer.refresh();
}

let installed = false;
/** Binds the canvas's gang and combo nodes (once per canvas) and keeps the overview framed. */
export function install(): void {
  if (installed) return;
  installed = true;
  const sync = () => {
    const canvas = canvasOf();
    if (!canvas) return;
    bind(canvas);
    setFrame(canvas, overviewOn(canvas)?.frame ?? null);
  };
  sync();
  useWorkspace.subscribe((s, prev) => {
    if (s.canvas !== prev.canvas || s.graphVersion !== prev.graphVersion) sync();
  });
  i18next.on('languageChanged', () => {
    relabelGangNodes();
    useGangs.getState().set({ names: new Map(useGangs.getState().names) });
  });
}
