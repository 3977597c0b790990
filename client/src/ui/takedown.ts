// The takedown simulator: pick people (the canvas selection) or strategies and k, run the
// simulation job, and see the network before and after side by side with the figures.
import type Sigma from 'sigma';
import {
  simulateTakedown,
  takedownComparison,
  waitForJob,
  type TakedownComparison,
} from '../api/analysis.ts';
import type { WorkGraph } from '../graph/merge.ts';
import { snapshotCanvas } from '../sigma/png.ts';
import { createRenderer } from '../sigma/renderer.ts';
import { applyStyle } from '../sigma/style.ts';
import { createViewState } from '../sigma/view-state.ts';
import type { AppContext } from './context.ts';
import { clear, h, showError, table } from './dom.ts';

const STRATEGIES = ['betweenness', 'brokers', 'degree', 'greedy'] as const;

interface TakedownView {
  before: WorkGraph | null;
  after: WorkGraph | null;
  renderers: Sigma[];
  /** Non-white pixels drawn by the before (0) or after (1) canvas (for browser tests). */
  drawn(i: number): number;
}
const view: TakedownView = {
  before: null,
  after: null,
  renderers: [],
  drawn(i) {
    const r = this.renderers[i];
    if (!r) return 0;
    const snap = snapshotCanvas(r);
    const d = snap.getContext('2d')!.getImageData(0, 0, snap.width, snap.height).data;
    let n = 0;
    for (let k = 0; k < d.length; k += 4) if (d[k]! < 240 || d[k + 1]! < 240 || d[k + 2]! < 240) n++;
    return n;
  },
};
(window as unknown as { __takedown: TakedownView }).__takedown = view;

function miniCanvas(el: HTMLElement, g: WorkGraph): Sigma {
  applyStyle(g, { colorBy: 'community', sizeBy: 'degree' });
  return createRenderer(el, g, createViewState());
}

export function takedownPanel(ctx: AppContext): HTMLElement {
  const checks = STRATEGIES.map((s) =>
    h(
      'label',
      {},
      h('input', { type: 'checkbox', value: s, checked: s === 'betweenness', class: 'strategy' }),
      ` ${s}`,
    ),
  );
  const k = h('input', { id: 'takedown-k', type: 'number', min: 1, max: 50, value: 3 });
  const useSelection = h('input', { id: 'takedown-selected', type: 'checkbox' });
  const out = h('div', { id: 'takedown-result', 'aria-live': 'polite' });
  const progress = h('p', { class: 'muted', id: 'takedown-progress' });

  const run = async () => {
    const people = useSelection.checked ? ctx.canvas.selected.filter((id) => id.startsWith('Person:')) : [];
    if (useSelection.checked && people.length === 0)
      return showError(out, new Error('Select one or more people on the canvas first.'));
    const strategies = checks
      .map((c) => c.querySelector('input')!)
      .filter((i) => i.checked)
      .map((i) => i.value);
    try {
      const job = await simulateTakedown(
        ctx.api,
        people.length ? { people } : { strategies, k: Number(k.value) },
      );
      const done = await waitForJob(
        ctx.api,
        job,
        (j) =>
          (progress.textContent = `${j.status} ${(j.progress * 100).toFixed(0)}%${j.message ? ` — ${j.message}` : ''}`),
      );
      render(await takedownComparison(ctx.api, done.id));
    } catch (err) {
      showError(out, err);
    }
  };

  const render = (cmp: TakedownComparison) => {
    for (const r of view.renderers) r.kill();
    view.renderers = [];
    const first = cmp.results[0];
    const fig = table(
      ['Strategy', 'Removed', 'Largest group', 'Groups', 'Gangs broken', 'Buyers reachable', 'Relic flow'],
      cmp.results.map((r) => [
        r.strategy,
        r.removed
          .map((id) =>
            ctx.canvas.graph.hasNode(id)
              ? ctx.canvas.graph.getNodeAttribute(id, 'label')
              : id.replace(/^Person:/, ''),
          )
          .join(', '),
        `${r.before.largestComponent} → ${r.after.largestComponent}`,
        `${r.before.components} → ${r.after.components}`,
        String(r.after.communitiesBroken),
        `${r.before.buyersReachable} → ${r.after.buyersReachable}`,
        `${r.before.relicFlow ? 'yes' : 'no'} → ${r.after.relicFlow ? 'yes' : 'no'}`,
      ]),
      { class: 'figures', id: 'takedown-figures' },
    );
    const left = h('div', { class: 'mini-stage', id: 'takedown-before' });
    const right = h('div', { class: 'mini-stage', id: 'takedown-after' });
    clear(
      out,
      h(
        'p',
        {},
        `${cmp.people} people in the network, ${cmp.communities} gangs.${cmp.notInNetwork.length ? ` Not in the network: ${cmp.notInNetwork.join(', ')}` : ''}`,
      ),
      fig,
      h(
        'div',
        { class: 'side-by-side' },
        h('div', {}, h('h3', {}, 'Before'), left),
        h('div', {}, h('h3', {}, `After (${first?.strategy ?? '—'})`), right),
      ),
    );
    const g = ctx.canvas.shown;
    if (!first || g.order === 0) {
      out.append(h('p', { class: 'notice' }, 'Open a gang on the canvas to see it before and after.'));
      return;
    }
    view.before = g.copy() as WorkGraph;
    view.after = g.copy() as WorkGraph;
    for (const id of first.removed) if (view.after.hasNode(id)) view.after.dropNode(id);
    view.renderers = [miniCanvas(left, view.before), miniCanvas(right, view.after)];
  };

  return h(
    'section',
    { class: 'panel', 'aria-label': 'Takedown simulator' },
    h('h2', {}, 'Takedown simulator'),
    h(
      'form',
      { onsubmit: (e: Event) => (e.preventDefault(), void run()) },
      h('label', { for: 'takedown-selected' }, useSelection, ' the people selected on the canvas'),
      h('fieldset', { class: 'checks' }, h('legend', {}, 'or strategies'), ...checks),
      h('label', { for: 'takedown-k' }, 'k (people per strategy)'),
      k,
      h('button', { type: 'submit', id: 'run-takedown', class: 'primary' }, 'Simulate'),
    ),
    progress,
    out,
  );
}
