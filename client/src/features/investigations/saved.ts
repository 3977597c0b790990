// Saved investigations: what is on the canvas (its entities, their positions, what is pinned or
// hidden, groups, the filters and the style) saved on the server, and opened again as it was. The
// list (mine and colleagues' shared ones, most recent first) and the investigation open now live
// in a small store that the saved panel and the start screen share.
import i18next from 'i18next';
import { create } from 'zustand';
import type {
  DeleteInvestigationMutation,
  DeleteInvestigationMutationVariables,
  InvestigationInput,
  InvestigationQuery,
  InvestigationQueryVariables,
  InvestigationsQuery,
  InvestigationsQueryVariables,
  InvestigationSummaryFragment,
  SaveInvestigationMutation,
  SaveInvestigationMutationVariables,
  SavedLinksQuery,
  SavedLinksQueryVariables,
  UpdateInvestigationMutation,
  UpdateInvestigationMutationVariables,
} from '../../api/__generated__/operations.ts';
import { toEdge, toNode, type ApiEdge, type ApiEntity } from '../../api/mapping.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { emptyFilters, type Filters } from '../../graph/filters.ts';
import type { EdgeRecord, NodeRecord } from '../../graph/types.ts';
import type { StyleSettings } from '../../sigma/style.ts';
import DOC from './investigations.graphql?raw';

export type Summary = InvestigationSummaryFragment;

/** The server's limits (server/graphql/schema/investigations.graphql). */
export const MAX_ENTITIES = 500;
const MAX_VIEW_BYTES = 20_000;
const CHUNK = 50;

interface SavedGroup {
  label: string;
  /** Indices into entityIds. */
  members: number[];
  x: number;
  y: number;
}

/** A combo (graph/combos.ts): its entity members, the combos folded in it, where it sits. */
interface SavedCombo {
  kind: string;
  name: string;
  community?: string;
  /** Indices into entityIds of the entities folded directly. */
  members: number[];
  combos: SavedCombo[];
  x: number;
  y: number;
}

/** What is saved besides the entity ids, in the investigation's `filters` (a JSON of ≤ 20 kB). */
export interface SavedView {
  version: 2;
  filters: Filters;
  style: StyleSettings;
  /** x0, y0, x1, y1, … in the order of entityIds (where each would be with its combo opened). */
  positions: number[];
  /** Indices into entityIds. */
  pinned: number[];
  hidden: number[];
  groups: SavedGroup[];
  combos: SavedCombo[];
}

/** Version 1 (the client before issue 16): positions by id. */
interface SavedViewV1 {
  version: 1;
  filters?: Filters;
  style?: StyleSettings;
  positions?: Record<string, [number, number]>;
  pinned?: string[];
}

const ENTITY = /^[A-Z][A-Za-z]*:/;
const FOLDED = /^(Group|Community|Combo):/;
const isEntity = (id: string) => ENTITY.test(id) && !FOLDED.test(id);
const round = (v: number) => Math.round(v * 1000) / 1000;

interface NodeSnap {
  key: string;
  attributes: Record<string, unknown> & { x: number; y: number; entityType?: string };
}
interface GroupData {
  nodes: NodeSnap[];
}
interface ComboData {
  kind: string;
  name: string;
  members: readonly NodeSnap[];
  centre: { x: number; y: number };
}

export type Snapshot =
  | { ok: true; entityIds: string[]; view: SavedView }
  | { ok: false; reason: 'empty' | 'tooMany' | 'tooLarge'; count: number };

interface Place {
  x: number;
  y: number;
  pinned: boolean;
  hidden: boolean;
}

/** The canvas as it would be saved: every entity on it, inside groups and combos too. */
export function snapshot(canvas: Canvas): Snapshot {
  const g = canvas.graph;
  const ids: string[] = [];
  const at = new Map<string, Place>();
  const entity = (id: string, a: NodeSnap['attributes'], dx = 0, dy = 0): boolean => {
    if (!isEntity(id)) return false;
    if (!at.has(id)) {
      ids.push(id);
      at.set(id, { x: a.x + dx, y: a.y + dy, pinned: !!a.pinned, hidden: !!a.hidden });
    }
    return true;
  };
  const groups: Array<{ label: string; members: string[]; x: number; y: number }> = [];
  type Fold = {
    kind: string;
    name: string;
    community?: string;
    members: string[];
    combos: Fold[];
    x: number;
    y: number;
  };
  // A combo's members come back moved by how far the combo moved since it was folded.
  const fold = (a: NodeSnap['attributes'], dx: number, dy: number): Fold | null => {
    const data = a.combo as ComboData | undefined;
    if (!data || !Array.isArray(data.members)) return null;
    const ddx = dx + a.x - (data.centre?.x ?? a.x);
    const ddy = dy + a.y - (data.centre?.y ?? a.y);
    const out: Fold = {
      kind: data.kind,
      name: data.name,
      community: typeof a.community === 'string' ? a.community : undefined,
      members: [],
      combos: [],
      x: a.x + dx,
      y: a.y + dy,
    };
    for (const m of data.members) {
      const inner = m.attributes.entityType === 'Combo' ? fold(m.attributes, ddx, ddy) : null;
      if (inner) out.combos.push(inner);
      else if (entity(m.key, m.attributes, ddx, ddy)) out.members.push(m.key);
    }
    return out;
  };
  const combos: Fold[] = [];
  g.forEachNode((id, a) => {
    const attrs = a as NodeSnap['attributes'];
    if (a.entityType === 'Combo') {
      const c = fold(attrs, 0, 0);
      if (c) combos.push(c);
      return;
    }
    const data = a.groupData as GroupData | undefined;
    if (data && Array.isArray(data.nodes)) {
      const members = data.nodes.filter((m) => entity(m.key, m.attributes)).map((m) => m.key);
      if (members.length >= 2) groups.push({ label: a.label, members, x: a.x, y: a.y });
      return;
    }
    entity(id, attrs);
  });
  if (ids.length === 0) return { ok: false, reason: 'empty', count: 0 };
  if (ids.length > MAX_ENTITIES) return { ok: false, reason: 'tooMany', count: ids.length };
  const index = new Map(ids.map((id, i) => [id, i]));
  const saveCombo = (c: Fold): SavedCombo => ({
    kind: c.kind,
    name: c.name,
    ...(c.community !== undefined ? { community: c.community } : {}),
    members: c.members.map((m) => index.get(m)!),
    combos: c.combos.map(saveCombo),
    x: round(c.x),
    y: round(c.y),
  });
  const view: SavedView = {
    version: 2,
    filters: canvas.filters,
    style: canvas.style,
    positions: ids.flatMap((id) => [round(at.get(id)!.x), round(at.get(id)!.y)]),
    pinned: ids.flatMap((id, i) => (at.get(id)!.pinned ? [i] : [])),
    hidden: ids.flatMap((id, i) => (at.get(id)!.hidden ? [i] : [])),
    groups: groups.map((gr) => ({
      label: gr.label,
      members: gr.members.map((m) => index.get(m)!),
      x: round(gr.x),
      y: round(gr.y),
    })),
    combos: combos.map(saveCombo),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(view)).length;
  if (bytes > MAX_VIEW_BYTES) return { ok: false, reason: 'tooLarge', count: ids.length };
  return { ok: true, entityIds: ids, view };
}

/** A saved view of either version, read against its entity ids. */
function readView(raw: unknown, ids: string[]) {
  const v = (raw && typeof raw === 'object' ? raw : {}) as Partial<SavedView> | SavedViewV1;
  const position = (i: number): [number, number] | null => {
    if (v.version === 1) return v.positions?.[ids[i]!] ?? null;
    const p = (v as Partial<SavedView>).positions;
    const x = p?.[2 * i];
    const y = p?.[2 * i + 1];
    return typeof x === 'number' && typeof y === 'number' ? [x, y] : null;
  };
  const byIndex = (list: unknown): string[] =>
    Array.isArray(list) ? list.flatMap((i) => (typeof i === 'number' && ids[i] ? [ids[i]] : [])) : [];
  return {
    position,
    filters: { ...emptyFilters(), ...(v.filters ?? {}) } as Filters,
    style: v.style,
    pinned: v.version === 1 ? (v.pinned ?? []) : byIndex((v as Partial<SavedView>).pinned),
    hidden: v.version === 1 ? [] : byIndex((v as Partial<SavedView>).hidden),
    groups:
      v.version === 1
        ? []
        : ((v as Partial<SavedView>).groups ?? []).map((gr) => ({
            label: gr.label,
            members: byIndex(gr.members),
            x: gr.x,
            y: gr.y,
          })),
    combos:
      v.version === 1
        ? []
        : ((v as Partial<SavedView>).combos ?? []).map(function read(c): RestoredCombo {
            return {
              kind: c.kind,
              name: c.name,
              community: c.community,
              members: byIndex(c.members),
              combos: (c.combos ?? []).map(read),
              x: c.x,
              y: c.y,
            };
          }),
  };
}

interface RestoredCombo {
  kind: string;
  name: string;
  community?: string;
  members: string[];
  combos: RestoredCombo[];
  x: number;
  y: number;
}

/** Folds a saved combo again (inner ones first); returns its id. */
async function restoreCombo(canvas: Canvas, c: RestoredCombo): Promise<string | null> {
  const inner: string[] = [];
  for (const x of c.combos) {
    const id = await restoreCombo(canvas, x);
    if (id) inner.push(id);
  }
  const [{ combine }, { comboLabels }] = await Promise.all([
    import('../../graph/combos.ts'),
    import('../gangs/actions.ts'),
  ]);
  const ids = [...c.members.filter((m) => canvas.graph.hasNode(m)), ...inner];
  const id = canvas.graph.order
    ? combine(canvas.graph, ids, {
        kind: c.kind as 'gang' | 'family' | 'selection',
        name: c.name,
        community: c.community,
        labels: comboLabels,
      })
    : null;
  if (id && Number.isFinite(c.x) && Number.isFinite(c.y))
    canvas.graph.mergeNodeAttributes(id, { x: c.x, y: c.y });
  return id;
}

// ---- the list and the investigation open now ----------------------------------------------------

interface SavedState {
  items: Summary[] | null;
  error: string | null;
  loading: boolean;
  /** The investigation on the canvas now (opened or last saved). */
  current: Summary | null;
  refresh(): Promise<void>;
  setCurrent(s: Summary | null): void;
}

export const useSaved = create<SavedState>()((set) => ({
  items: null,
  error: null,
  loading: false,
  current: null,
  refresh: async () => {
    set({ loading: true });
    try {
      const d = await api.request<InvestigationsQuery, InvestigationsQueryVariables>(
        DOC,
        { first: 100 },
        'Investigations',
      );
      set({ items: d.investigations.items, error: null, loading: false });
    } catch (err) {
      set({ error: errorMessage(err), loading: false });
    }
  },
  setCurrent: (current) => set({ current }),
}));

/** Mine first, then colleagues' shared ones; each most recently updated first (as the server sends). */
export function splitByOwner(
  items: Summary[],
  userId: string | undefined,
): { mine: Summary[]; shared: Summary[] } {
  return {
    mine: items.filter((i) => i.ownerId === userId),
    shared: items.filter((i) => i.ownerId !== userId),
  };
}

// ---- save, open, delete -------------------------------------------------------------------------

const tr = (key: string, options?: Record<string, unknown>) =>
  i18next.t(key, { ns: 'investigations', ...options });

/** Saves the canvas: as a new investigation, or over `id`. Returns it, or null (with a notice). */
export async function saveCanvas(
  canvas: Canvas,
  fields: { name: string; description?: string; shared: boolean },
  id?: string,
): Promise<Summary | null> {
  const { notify } = useWorkspace.getState();
  const snap = snapshot(canvas);
  if (!snap.ok) {
    notify('error', tr(`error.${snap.reason}`, { count: snap.count, max: MAX_ENTITIES }));
    return null;
  }
  const input: InvestigationInput = {
    name: fields.name.trim().slice(0, 200) || tr('untitled'),
    description: fields.description?.trim() || null,
    entityIds: snap.entityIds,
    filters: snap.view,
    shared: fields.shared,
  };
  try {
    const saved = id
      ? (
          await api.request<UpdateInvestigationMutation, UpdateInvestigationMutationVariables>(
            DOC,
            { id, input },
            'UpdateInvestigation',
          )
        ).updateInvestigation
      : (
          await api.request<SaveInvestigationMutation, SaveInvestigationMutationVariables>(
            DOC,
            { input },
            'SaveInvestigation',
          )
        ).saveInvestigation;
    useSaved.getState().setCurrent(saved);
    notify('info', tr(id ? 'updated' : 'saved', { name: saved.name, count: snap.entityIds.length }));
    void useSaved.getState().refresh();
    return saved;
  } catch (err) {
    notify('error', errorMessage(err));
    return null;
  }
}

/** The links among `ids`: each chunk's one-hop neighbourhood, kept to links inside the set. */
async function linksAmong(ids: string[], types: string[]): Promise<EdgeRecord[]> {
  const keep = new Set(ids);
  const out = new Map<string, EdgeRecord>();
  const { setBusy } = useWorkspace.getState();
  for (let i = 0; i < ids.length; i += CHUNK) {
    if (ids.length > CHUNK) setBusy({ text: tr('loading'), progress: i / ids.length });
    const d = await api.request<SavedLinksQuery, SavedLinksQueryVariables>(
      DOC,
      { input: { ids: ids.slice(i, i + CHUNK), hops: 1, nodeTypes: types } },
      'SavedLinks',
    );
    for (const e of d.neighbourhood.edges)
      if (keep.has(e.source) && keep.has(e.target)) out.set(e.id, toEdge(e as unknown as ApiEdge));
  }
  return [...out.values()];
}

/** Opens a saved investigation on the canvas, as it was saved (one undo step). */
export async function openInvestigation(id: string): Promise<boolean> {
  const { canvas, notify, setBusy } = useWorkspace.getState();
  if (!canvas) return false;
  setBusy({ text: tr('loading'), progress: null });
  try {
    const inv = (
      await api.request<InvestigationQuery, InvestigationQueryVariables>(DOC, { id }, 'Investigation')
    ).investigation;
    const view = readView(inv.filters, inv.entityIds);
    const nodes: NodeRecord[] = [];
    inv.entities.forEach((e, i) => {
      if (!e) return;
      const n = toNode({ ...(e as ApiEntity), entity: e as ApiEntity });
      const p = view.position(i);
      if (p) [n.x, n.y] = p;
      nodes.push(n);
    });
    const present = nodes.map((n) => n.id);
    const types = [...new Set(nodes.map((n) => n.type))];
    const edges = present.length ? await linksAmong(present, types) : [];
    canvas.batch(() => {
      canvas.replace({ nodes, edges });
      const has = (x: string) => canvas.graph.hasNode(x);
      if (view.pinned.some(has)) canvas.setPinned(view.pinned.filter(has), true);
      if (view.hidden.some(has)) canvas.setHidden(view.hidden.filter(has), true);
      for (const gr of view.groups) {
        const group = canvas.group(gr.members.filter(has), gr.label);
        if (group && typeof gr.x === 'number' && typeof gr.y === 'number')
          canvas.graph.mergeNodeAttributes(group, { x: gr.x, y: gr.y });
      }
      if (view.style) canvas.setStyle(view.style);
      canvas.setFilters(view.filters);
      canvas.select([]);
    });
    if (view.combos.length) {
      // Folded inside the same undo step: the graph is changed directly, then redrawn once.
      canvas.history.suspend();
      try {
        for (const c of view.combos) await restoreCombo(canvas, c);
        canvas.change(() => undefined);
      } finally {
        canvas.history.resume();
      }
    }
    canvas.fit(undefined, false);
    useSaved.getState().setCurrent(inv);
    const missing = inv.entityIds.length - nodes.length;
    notify(
      'info',
      missing > 0
        ? tr('openedMissing', { name: inv.name, count: missing })
        : tr('opened', { name: inv.name }),
    );
    return true;
  } catch (err) {
    notify('error', errorMessage(err));
    return false;
  } finally {
    setBusy(null);
  }
}

export async function deleteInvestigation(id: string): Promise<boolean> {
  const { notify } = useWorkspace.getState();
  try {
    await api.request<DeleteInvestigationMutation, DeleteInvestigationMutationVariables>(
      DOC,
      { id },
      'DeleteInvestigation',
    );
    const s = useSaved.getState();
    if (s.current?.id === id) s.setCurrent(null);
    await s.refresh();
    notify('info', tr('deleted'));
    return true;
  } catch (err) {
    notify('error', errorMessage(err));
    return false;
  }
}
