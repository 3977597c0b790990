// The details panel: an entity's properties, its cases, a timeline of its events; for a selected
// edge, the evidence records behind it; for several nodes, what they have in common.
import { neighbourhood, why } from '../api/investigation.ts';
import { COMMUNITY_PREFIX } from '../graph/collapse.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, h, showError, table } from './dom.ts';

// Bookkeeping, not evidence: the search index's folded text, and the demo seed's planted ground
// truth (kept for scoring community detection; an investigator must not be shown the answer).
const HIDDEN_PROPS = new Set(['sources', 'key', 'uid', 'searchText', 'ingestedAt']);
const HIDDEN_PREFIX = 'planted';

function propsTable(props: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(props)
    .filter(
      ([k, v]) =>
        !HIDDEN_PROPS.has(k) && !k.startsWith(HIDDEN_PREFIX) && v !== null && v !== undefined && v !== '',
    )
    .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  return table(['Property', 'Value'], rows, { class: 'props' });
}

export function renderDetails(ctx: AppContext, panel: HTMLElement): void {
  const { canvas } = ctx;
  const g = canvas.shown;
  const edge = canvas.view.selectedEdge;
  const sel = canvas.selected;
  if (edge && g.hasEdge(edge)) return edgeDetails(ctx, panel, edge);
  if (sel.length === 0) {
    clear(
      panel,
      h('h2', {}, 'Details'),
      h(
        'p',
        { class: 'muted' },
        'Select a node or a link. Double-click a node to expand it; shift-click to select several.',
      ),
      h('p', { class: 'muted' }, `${g.order} nodes, ${g.size} links on the canvas.`),
    );
    return;
  }
  if (sel.length > 1) {
    clear(
      panel,
      h('h2', {}, `${sel.length} selected`),
      h('ul', {}, ...sel.map((id) => h('li', {}, g.getNodeAttribute(id, 'label')))),
      h('p', { class: 'muted' }, 'Find a path between two selected entities in the Detective tab.'),
    );
    return;
  }
  const id = sel[0]!;
  const a = g.getNodeAttributes(id);
  const head = [
    h('h2', {}, a.label),
    h('p', { class: 'muted' }, `${a.entityType} · ${id}${a.community ? ` · community ${a.community}` : ''}`),
  ];
  if (id.startsWith(COMMUNITY_PREFIX) || a.entityType === 'Group') {
    clear(
      panel,
      ...head,
      propsTable(a.properties),
      h(
        'p',
        { class: 'muted' },
        id.startsWith(COMMUNITY_PREFIX) ? 'Double-click to open this community.' : 'Press U to ungroup.',
      ),
    );
    return;
  }
  const cases = h('div', {}, h('p', { class: 'muted' }, 'Loading cases and events…'));
  const sources = (a.properties.sources as string[] | undefined) ?? [];
  clear(
    panel,
    ...head,
    h('p', {}, `Confidence ${(a.confidence ?? 1).toFixed(2)}`),
    propsTable(a.properties),
    h('h3', {}, 'Sources'),
    sources.length
      ? h('ul', { class: 'sources' }, ...sources.map((s) => h('li', {}, s)))
      : h('p', { class: 'muted' }, 'none recorded'),
    cases,
  );
  void loadRelated(ctx, id, cases);
}

async function loadRelated(ctx: AppContext, id: string, box: HTMLElement): Promise<void> {
  try {
    const sub = await neighbourhood(ctx.api, [id], {
      hops: 1,
      nodeTypes: ['Case', 'Sale', 'Call', 'Sighting'],
    });
    if (ctx.canvas.selected[0] !== id) return;
    const cases = sub.nodes.filter((n) => n.type === 'Case');
    const events = sub.nodes.filter((n) => n.at !== undefined && n.id !== id).sort((x, y) => x.at! - y.at!);
    clear(
      box,
      h('h3', {}, `Cases (${cases.length})`),
      cases.length
        ? h(
            'ul',
            {},
            ...cases.map((c) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: '#', onclick: (e: Event) => (e.preventDefault(), void ctx.open([c.id])) },
                  c.label,
                ),
                ` ${fmtDate(c.at)}`,
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'none'),
      h('h3', {}, `Timeline (${events.length})`),
      events.length
        ? h(
            'ol',
            { class: 'timeline' },
            ...events
              .slice(0, 100)
              .map((ev) => h('li', {}, h('time', {}, fmtDate(ev.at)), ` ${ev.type}: ${ev.label}`)),
          )
        : h('p', { class: 'muted' }, 'no dated events'),
    );
  } catch (err) {
    showError(box, err);
  }
}

function edgeDetails(ctx: AppContext, panel: HTMLElement, edge: string): void {
  const g = ctx.canvas.shown;
  const a = g.getEdgeAttributes(edge);
  const [s, t] = g.extremities(edge);
  const sources = (a.properties.sources as string[] | undefined) ?? [];
  const more = h('div', {}, h('p', { class: 'muted' }, 'Loading the evidence…'));
  clear(
    panel,
    h('h2', {}, a.relType),
    h('p', {}, `${g.getNodeAttribute(s, 'label')} → ${g.getNodeAttribute(t, 'label')}`),
    h(
      'p',
      { class: 'muted' },
      `weight ${a.weight} · confidence ${(a.confidence ?? 1).toFixed(2)}${a.at ? ` · ${fmtDate(a.at)}` : ''}`,
    ),
    h('h3', {}, 'Evidence records'),
    h('ul', { class: 'sources evidence' }, ...sources.map((x) => h('li', {}, x))),
    more,
  );
  if (s.startsWith(COMMUNITY_PREFIX)) return clear(more);
  void why(ctx.api, s, t)
    .then((items) =>
      clear(
        more,
        h('h3', {}, `Why they are linked (${items.length})`),
        h(
          'ul',
          { class: 'evidence' },
          ...items.map((it) =>
            h(
              'li',
              {},
              it.via ? `via ${it.via.type} ${it.via.label}: ` : 'direct: ',
              it.edges.map((e) => e.type).join(' + '),
              h('br'),
              h('small', {}, it.sources.join(', ')),
            ),
          ),
        ),
      ),
    )
    .catch((err: unknown) => showError(more, err));
}
