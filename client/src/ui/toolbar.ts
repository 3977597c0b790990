// The toolbar: undo/redo, node actions, layouts, level of detail and exports.
import { edgesCsv, gexf, nodesCsv, download } from '../graph/export.ts';
import { canvasToPngBlob, snapshotCanvas } from '../sigma/png.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';

export function exportPng(ctx: AppContext): Promise<void> {
  return canvasToPngBlob(snapshotCanvas(ctx.canvas.renderer, 2)).then((b) =>
    download('crimegraph-canvas.png', b, 'image/png'),
  );
}

export function toolbar(ctx: AppContext): HTMLElement {
  const c = ctx.canvas;
  const btn = (label: string, title: string, onclick: () => unknown, id?: string) =>
    h('button', { type: 'button', title, 'aria-label': title, id, onclick: () => void onclick() }, label);
  const layoutBtn = btn(
    'Layout ▶',
    'Start or stop ForceAtlas2 (L)',
    () => toggleLayout(ctx),
    'layout-toggle',
  );
  const refreshLayoutLabel = () => (layoutBtn.textContent = c.layout.running ? 'Layout ■' : 'Layout ▶');
  const bar = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Canvas actions' },
    btn('↶', 'Undo (Ctrl+Z)', () => c.undo(), 'undo'),
    btn('↷', 'Redo (Ctrl+Y)', () => c.redo(), 'redo'),
    h('span', { class: 'sep' }),
    btn(
      'Expand',
      'Expand the selected nodes (E)',
      () => Promise.all(c.selected.map((id) => ctx.expand(id))),
      'expand',
    ),
    btn('Pin', 'Pin or unpin the selected nodes (P)', () => togglePin(ctx), 'pin'),
    btn('Hide', 'Hide the selected nodes (H)', () => c.setHidden(c.selected, true), 'hide'),
    btn('Show all', 'Show hidden nodes', () => c.unhideAll(), 'unhide'),
    btn('Group', 'Group the selected nodes (G)', () => c.group(c.selected), 'group'),
    btn('Remove', 'Remove the selected nodes (Delete)', () => c.remove(c.selected), 'remove'),
    h('span', { class: 'sep' }),
    layoutBtn,
    btn('Timeline', 'Time-ordered left-to-right layout (T)', () => c.timeLayout(), 'time-layout'),
    btn('Gangs', 'Collapse communities into one node each', () => c.collapse(), 'collapse'),
    btn('All', 'Show every node', () => c.expandAll(), 'expand-all'),
    h('span', { class: 'sep' }),
    btn('PNG', 'Export the canvas as PNG', () => exportPng(ctx), 'export-png'),
    btn(
      'CSV',
      'Export nodes and edges as CSV',
      () => {
        download('crimegraph-nodes.csv', nodesCsv(c.shown), 'text/csv');
        download('crimegraph-edges.csv', edgesCsv(c.shown), 'text/csv');
      },
      'export-csv',
    ),
    btn(
      'GEXF',
      'Export for Gephi',
      () => download('crimegraph.gexf', gexf(c.shown), 'application/xml'),
      'export-gexf',
    ),
  );
  (bar as HTMLElement & { refresh?: () => void }).refresh = refreshLayoutLabel;
  return bar;
}

export function toggleLayout(ctx: AppContext): void {
  if (ctx.canvas.layout.running) ctx.canvas.stopLayout();
  else ctx.canvas.startLayout();
  ctx.status(ctx.canvas.layout.running ? 'ForceAtlas2 running (in a worker)' : 'Layout stopped');
}

export function togglePin(ctx: AppContext): void {
  const sel = ctx.canvas.selected;
  const allPinned = sel.every(
    (id) => ctx.canvas.graph.hasNode(id) && ctx.canvas.graph.getNodeAttribute(id, 'pinned'),
  );
  ctx.canvas.setPinned(sel, !allPinned);
}
