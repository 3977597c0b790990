// Analyst views: run a community-detection job and watch it, the gangs, repeat offenders and gang
// evolution. Filled in against the analysis API (api/analysis.ts).
import type { AppContext } from './context.ts';
import { h } from './dom.ts';

export function analystPanel(_ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-label': 'Analyst' },
    h('h2', {}, 'Communities'),
    h('p', { class: 'notice' }, 'The analysis API is not available on this server yet.'),
  );
}
