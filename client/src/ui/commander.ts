// Commander views: the briefing and the takedown simulator. Filled in against the analysis API.
import type { AppContext } from './context.ts';
import { h } from './dom.ts';

export function commanderPanel(_ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-label': 'Commander' },
    h('h2', {}, 'Briefing'),
    h('p', { class: 'notice' }, 'The analysis API is not available on this server yet.'),
  );
}
