// Saved investigations: the canvas's entities, their positions and the filters and style, saved
// on the server and reopened as they were.
import {
  entities,
  getInvestigation,
  listInvestigations,
  neighbourhood,
  saveInvestigation,
} from '../api/investigation.ts';
import type { Filters } from '../graph/filters.ts';
import type { StyleSettings } from '../sigma/style.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, h, showError } from './dom.ts';

interface SavedView {
  version: 1;
  filters: Filters;
  style: StyleSettings;
  /** Rounded positions by entity id. */
  positions: Record<string, [number, number]>;
  pinned: string[];
}

const MAX_ENTITIES = 500;

export function investigationsPanel(ctx: AppContext): HTMLElement {
  const name = h('input', {
    id: 'inv-name',
    placeholder: 'Investigation name',
    'aria-label': 'Investigation name',
    required: true,
  });
  const shared = h('input', { id: 'inv-shared', type: 'checkbox' });
  const list = h('div', { id: 'inv-list' });
  const msg = h('div', { 'aria-live': 'polite' });
  let currentId: string | undefined;

  const save = async () => {
    const g = ctx.canvas.graph;
    const ids = g.filterNodes(
      (n) => /^[A-Z][A-Za-z]*:/.test(n) && !n.startsWith('Group:') && !n.startsWith('Community:'),
    );
    if (ids.length > MAX_ENTITIES)
      return showError(
        msg,
        new Error(
          `A saved investigation holds at most ${MAX_ENTITIES} entities; the canvas has ${ids.length}. Remove some first.`,
        ),
      );
    const positions: SavedView['positions'] = {};
    for (const id of ids)
      positions[id] = [
        Math.round(g.getNodeAttribute(id, 'x') * 100) / 100,
        Math.round(g.getNodeAttribute(id, 'y') * 100) / 100,
      ];
    const view: SavedView = {
      version: 1,
      filters: ctx.canvas.filters,
      style: ctx.canvas.style,
      positions,
      pinned: ids.filter((id) => g.getNodeAttribute(id, 'pinned')),
    };
    try {
      const inv = await saveInvestigation(
        ctx.api,
        { name: name.value.trim() || 'Untitled', entityIds: ids, filters: view, shared: shared.checked },
        currentId,
      );
      currentId = inv.id;
      clear(msg, h('p', {}, `Saved “${inv.name}” (${ids.length} entities).`));
      await refresh();
    } catch (err) {
      showError(msg, err);
    }
  };

  const open = async (id: string) => {
    try {
      const inv = await getInvestigation(ctx.api, id);
      const view = inv.filters as Partial<SavedView> | null;
      const nodes = await entities(ctx.api, inv.entityIds);
      // The links among the saved entities: their 1-hop neighbourhood, kept to the saved set.
      const around = inv.entityIds.length
        ? await neighbourhood(ctx.api, inv.entityIds.slice(0, 50), { hops: 1 })
        : { nodes: [], edges: [] };
      const keep = new Set(inv.entityIds);
      const sub = {
        nodes: nodes.nodes,
        edges: around.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
      };
      for (const n of sub.nodes) {
        const p = view?.positions?.[n.id];
        if (p) [n.x, n.y] = p;
      }
      ctx.canvas.replace(sub);
      if (view?.pinned?.length) ctx.canvas.setPinned(view.pinned, true);
      if (view?.style) ctx.canvas.setStyle(view.style);
      if (view?.filters) ctx.canvas.setFilters(view.filters);
      currentId = inv.id;
      name.value = inv.name;
      ctx.status(`Opened “${inv.name}”`);
    } catch (err) {
      showError(msg, err);
    }
  };

  const refresh = async () => {
    try {
      const items = await listInvestigations(ctx.api);
      clear(
        list,
        items.length
          ? h(
              'ul',
              { class: 'inv-list' },
              ...items.map((i) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'link', onclick: () => void open(i.id) }, i.name),
                  h(
                    'small',
                    { class: 'muted' },
                    ` ${i.owner} · ${fmtDate(i.updatedAt)}${i.shared ? ' · shared' : ''}`,
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, 'No saved investigations yet.'),
      );
    } catch (err) {
      showError(list, err);
    }
  };

  const panel = h(
    'section',
    { class: 'panel', 'aria-label': 'Saved investigations' },
    h('h2', {}, 'Save this canvas'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void save()) },
      name,
      h('label', { for: 'inv-shared' }, shared, ' share with colleagues'),
      h('button', { type: 'submit', id: 'inv-save', class: 'primary' }, 'Save'),
    ),
    msg,
    h('h2', {}, 'Open'),
    h('button', { type: 'button', onclick: () => void refresh() }, 'Refresh list'),
    list,
  );
  void refresh();
  return panel;
}
