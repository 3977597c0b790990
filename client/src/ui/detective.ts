// Detective views: the path finder between two entities and a relic's resale chain in time order.
import { paths, resaleChains } from '../api/investigation.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, fmtMoney, h, showError, table } from './dom.ts';

export function detectivePanel(ctx: AppContext): HTMLElement {
  const from = h('input', {
    id: 'path-from',
    placeholder: 'Person:… (or select two nodes)',
    'aria-label': 'Path from',
  });
  const to = h('input', { id: 'path-to', placeholder: 'Person:…', 'aria-label': 'Path to' });
  const pathOut = h('div', { id: 'path-result', 'aria-live': 'polite' });
  const relic = h('input', {
    id: 'relic-id',
    placeholder: 'Relic:… (or select a relic)',
    'aria-label': 'Relic',
  });
  const chainOut = h('div', { id: 'chain-result', 'aria-live': 'polite' });

  const findPath = async () => {
    const sel = ctx.canvas.selected;
    const a = from.value.trim() || sel[0];
    const b = to.value.trim() || sel[1];
    if (!a || !b)
      return showError(pathOut, new Error('Select two entities on the canvas, or give both ids.'));
    clear(pathOut, 'Searching…');
    try {
      const r = await paths(ctx.api, a, b);
      if (r.paths.length === 0) return clear(pathOut, h('p', {}, 'No path within 6 hops.'));
      ctx.canvas.add(r.subgraph, a);
      const best = r.paths[0]!;
      ctx.canvas.select(best.nodeIds);
      const label = (id: string) =>
        ctx.canvas.graph.hasNode(id) ? ctx.canvas.graph.getNodeAttribute(id, 'label') : id;
      clear(
        pathOut,
        h('p', {}, `${r.paths.length} path(s); shortest has ${best.length} hop(s).`),
        h('ol', { class: 'path' }, ...best.nodeIds.map((id) => h('li', {}, label(id)))),
      );
      ctx.status(`Path found: ${best.length} hops`);
    } catch (err) {
      showError(pathOut, err);
    }
  };

  const openChain = async () => {
    const sel = ctx.canvas.selected.find((id) => id.startsWith('Relic:'));
    const id = relic.value.trim() || sel;
    if (!id) return showError(chainOut, new Error('Select a relic on the canvas, or give its id.'));
    clear(chainOut, 'Loading…');
    try {
      const r = await resaleChains(ctx.api, id);
      if (r.chains.length === 0)
        return clear(chainOut, h('p', {}, `No resale of ${r.relic.label} is recorded.`));
      ctx.canvas.add(r.subgraph, id);
      ctx.canvas.timeLayout();
      const chain = r.chains[0]!;
      ctx.canvas.select(chain.steps.map((s) => s.saleId));
      const names = (ps: Array<{ label: string }>) => ps.map((p) => p.label).join(', ');
      clear(
        chainOut,
        h('h3', {}, r.relic.label),
        h(
          'p',
          { class: 'muted' },
          `Taken from ${r.origin?.label ?? 'unknown'} · ${r.chains.length} chain(s) · ${fmtDate(chain.startAt)} – ${fmtDate(chain.endAt)}`,
        ),
        table(
          ['Date', 'Seller', 'Buyer', 'Price', 'Where'],
          chain.steps.map((s) => [
            fmtDate(s.at),
            names(s.sellers),
            names(s.buyers),
            fmtMoney(s.price, s.currency),
            s.soldAt?.label ?? '—',
          ]),
          { class: 'chain', id: 'chain-table' },
        ),
      );
      ctx.status(`Resale chain of ${r.relic.label}: ${chain.steps.length} sales`);
    } catch (err) {
      showError(chainOut, err);
    }
  };

  return h(
    'section',
    { class: 'panel', 'aria-label': 'Detective' },
    h('h2', {}, 'Path finder'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void findPath()) },
      from,
      to,
      h('button', { type: 'submit', id: 'find-path', class: 'primary' }, 'Find path'),
    ),
    pathOut,
    h('h2', {}, 'Resale chain'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void openChain()) },
      relic,
      h('button', { type: 'submit', id: 'open-chain', class: 'primary' }, 'Open chain'),
    ),
    chainOut,
  );
}
