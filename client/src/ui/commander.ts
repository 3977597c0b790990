// Commander views: the briefing (gangs, key players, recent activity, a picture of the network;
// PDF and PNG) and the takedown simulator.
import { openBriefing } from './briefing.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';
import { takedownPanel } from './takedown.ts';

export function commanderPanel(ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-label': 'Commander' },
    h('h2', {}, 'Briefing'),
    h(
      'button',
      { type: 'button', id: 'open-briefing', class: 'primary', onclick: () => void openBriefing(ctx) },
      'Open briefing',
    ),
    takedownPanel(ctx),
  );
}
