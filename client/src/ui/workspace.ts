// The workspace: header (search, user), tool bar, side tabs by role, the canvas with its time bar,
// the details panel and a status line. Keyboard: / search, E expand, P pin, H hide, G group,
// U ungroup, Delete remove, L layout, T timeline, Ctrl+Z / Ctrl+Y undo/redo, Esc deselect.
import type { Api } from '../api/client.ts';
import { entities, neighbourhood, type ExpandFilters } from '../api/investigation.ts';
import { Canvas } from '../canvas.ts';
import { analystPanel } from './analyst.ts';
import { commanderPanel } from './commander.ts';
import type { AppContext } from './context.ts';
import { renderDetails } from './details.ts';
import { detectivePanel } from './detective.ts';
import { h } from './dom.ts';
import { filtersPanel } from './filters.ts';
import { investigationsPanel } from './investigations.ts';
import { searchBox } from './search.ts';
import { timeBar } from './time-bar.ts';
import { toggleLayout, togglePin, toolbar } from './toolbar.ts';

type Refreshable = HTMLElement & { refresh?: () => void };

const TABS: Array<{ id: string; label: string; roles: string[]; make: (ctx: AppContext) => HTMLElement }> = [
  {
    id: 'filters',
    label: 'Filters',
    roles: ['admin', 'analyst', 'detective', 'commander'],
    make: filtersPanel,
  },
  { id: 'detective', label: 'Detective', roles: ['admin', 'analyst', 'detective'], make: detectivePanel },
  {
    id: 'analyst',
    label: 'Analyst',
    roles: ['admin', 'analyst', 'detective', 'commander'],
    make: analystPanel,
  },
  { id: 'commander', label: 'Commander', roles: ['admin', 'analyst', 'commander'], make: commanderPanel },
  { id: 'saved', label: 'Saved', roles: ['admin', 'detective'], make: investigationsPanel },
];

export function startWorkspace(
  root: HTMLElement,
  api: Api,
  user: AppContext['user'],
  onSignOut: () => void,
): void {
  const stage = h('div', { id: 'stage', class: 'stage', tabindex: 0, 'aria-label': 'Network canvas' });
  const details = h('aside', {
    id: 'details',
    class: 'details',
    'aria-label': 'Details',
    'aria-live': 'polite',
  });
  const statusLine = h('div', { id: 'status', class: 'status', role: 'status' });
  const side = h('aside', { class: 'side' });
  root.replaceChildren(h('div', { class: 'loading' }, 'Loading…'));

  // The canvas needs its container in the document to size itself.
  const main = h('main', { class: 'workspace' });
  root.replaceChildren(main);
  const header = h('header', { class: 'top' });
  const centre = h('div', { class: 'centre' }, stage);
  main.append(header, h('div', { class: 'body' }, side, centre, details), statusLine);

  // Filled in below: the canvas's callbacks need the context and the context needs the canvas.
  const ctx = {} as AppContext;
  const canvas = new Canvas(stage, {
    select: () => ctx.showDetails(),
    expand: (id) => void ctx.expand(id),
    drill: (c) => void drillInto(ctx, c),
    change: () => {
      tb.refresh();
      (bar as Refreshable).refresh?.();
      for (const p of panels.values()) (p as Refreshable).refresh?.();
    },
  });
  Object.assign(ctx, {
    api,
    canvas,
    user,
    status: (m) => (statusLine.textContent = m),
    expandFilters: (): ExpandFilters => ({
      nodeTypes: canvas.filters.nodeTypes,
      relTypes: canvas.filters.relTypes,
      from: canvas.filters.from ?? undefined,
      to: canvas.filters.to ?? undefined,
      minConfidence: canvas.filters.minConfidence,
    }),
    expand: async (id) => {
      ctx.status(`Expanding ${id}…`);
      try {
        const sub = await neighbourhood(api, [id], ctx.expandFilters());
        const added = canvas.add(sub, id);
        ctx.status(
          `${added.length} new node(s) around ${id}${sub.truncated ? ` — cut: ${sub.note ?? 'too many'}` : ''}`,
        );
      } catch (err) {
        ctx.status((err as Error).message);
      }
    },
    open: async (ids) => {
      try {
        const missing = ids.filter((id) => !canvas.graph.hasNode(id));
        if (missing.length) canvas.add(await entities(api, missing));
        canvas.select(ids.slice(0, 1));
        canvas.focus(ids[0]!);
        ctx.status(`Opened ${ids.join(', ')}`);
      } catch (err) {
        ctx.status((err as Error).message);
      }
    },
    showDetails: () => renderDetails(ctx, details),
  } satisfies AppContext);

  const tb = toolbar(ctx) as Refreshable & { refresh: () => void };
  const tbar = timeBar(ctx);
  const bar = tbar.el;
  (bar as Refreshable).refresh = tbar.refresh;
  centre.append(bar);
  header.append(
    h('strong', { class: 'brand' }, 'Crimegraph'),
    searchBox(ctx),
    tb,
    h('span', { class: 'user' }, `${user.username} (${user.role})`),
    h(
      'button',
      { type: 'button', id: 'sign-out', onclick: () => (api.setToken(null), canvas.destroy(), onSignOut()) },
      'Sign out',
    ),
  );

  const tabs = TABS.filter((t) => t.roles.includes(user.role));
  const tabList = h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Views' });
  const panels = new Map<string, HTMLElement>();
  const body = h('div', { class: 'tab-body' });
  const show = (id: string) => {
    for (const b of tabList.querySelectorAll('button'))
      b.setAttribute('aria-selected', String(b.dataset.tab === id));
    let p = panels.get(id);
    if (!p) {
      p = tabs.find((t) => t.id === id)!.make(ctx);
      p.id = `tab-${id}`;
      p.setAttribute('role', 'tabpanel');
      panels.set(id, p);
    }
    body.replaceChildren(p);
  };
  for (const t of tabs)
    tabList.append(
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-btn-${t.id}`,
          dataset: { tab: t.id },
          onclick: () => show(t.id),
        },
        t.label,
      ),
    );
  side.append(tabList, body);
  show(tabs[0]!.id);
  ctx.showDetails();
  tbar.refresh();
  bindKeys(ctx);
}

/** Opens one community: loads the links among its members (up to 50 of them), then drills in. */
async function drillInto(ctx: AppContext, community: string): Promise<void> {
  const g = ctx.canvas.graph;
  const members = g.filterNodes((_n, a) => a.community === community);
  try {
    if (
      members.length > 1 &&
      g.filterEdges((_e, _a, s, t) => members.includes(s) || members.includes(t)).length === 0
    ) {
      const sub = await neighbourhood(ctx.api, members.slice(0, 50), { hops: 1, nodeTypes: ['Person'] });
      const keep = new Set(members);
      ctx.canvas.add({ nodes: [], edges: sub.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) });
    }
  } catch (err) {
    ctx.status((err as Error).message);
  }
  ctx.canvas.drill(community);
  ctx.status(`Gang ${community}: ${members.length} members. "Gangs" goes back to the overview.`);
}

function bindKeys(ctx: AppContext): void {
  const c = ctx.canvas;
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (t.matches('input, select, textarea')) return;
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === '/') {
      e.preventDefault();
      document.getElementById('search')?.focus();
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) c.redo();
      else c.undo();
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      c.redo();
    } else if (mod) return;
    else if (e.key === 'e') for (const id of c.selected) void ctx.expand(id);
    else if (e.key === 'p') togglePin(ctx);
    else if (e.key === 'h') c.setHidden(c.selected, true);
    else if (e.key === 'g') c.group(c.selected);
    else if (e.key === 'u') for (const id of c.selected) c.ungroup(id);
    else if (e.key === 'Delete' || e.key === 'Backspace') c.remove(c.selected);
    else if (e.key === 'l') toggleLayout(ctx);
    else if (e.key === 't') c.timeLayout();
    else if (e.key === 'Escape') c.select([]);
  });
}
