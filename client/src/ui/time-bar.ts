// The time bar: activity over time on the canvas (dated events and links) and a range that
// filters the canvas to a time window.
import { activityHistogram } from '../graph/filters.ts';
import type { AppContext } from './context.ts';
import { clear, fmtDate, h } from './dom.ts';

export function timeBar(ctx: AppContext): { el: HTMLElement; refresh: () => void } {
  const bars = h('div', { class: 'time-bars', 'aria-hidden': 'true' });
  const from = h('input', {
    type: 'range',
    id: 'time-from',
    min: 0,
    max: 1000,
    value: 0,
    'aria-label': 'From date',
  });
  const to = h('input', {
    type: 'range',
    id: 'time-to',
    min: 0,
    max: 1000,
    value: 1000,
    'aria-label': 'To date',
  });
  const label = h('output', { id: 'time-label' }, 'no dated activity');
  let hist: ReturnType<typeof activityHistogram> = null;
  const at = (v: number) => (hist ? hist.min + ((hist.max - hist.min) * v) / 1000 : 0);
  const apply = () => {
    if (!hist) return;
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    label.textContent = `${fmtDate(at(a))} – ${fmtDate(at(b))}`;
    const full = a === 0 && b === 1000;
    ctx.canvas.setFilters({ from: full ? null : at(a), to: full ? null : at(b) });
    bars.querySelectorAll<HTMLElement>('span').forEach((s, i, all) => {
      const mid = ((i + 0.5) / all.length) * 1000;
      s.classList.toggle('out', mid < a || mid > b);
    });
  };
  from.addEventListener('input', apply);
  to.addEventListener('input', apply);
  const refresh = () => {
    hist = activityHistogram(ctx.canvas.shown);
    if (!hist) {
      clear(bars);
      label.textContent = 'no dated activity';
      return;
    }
    const max = Math.max(...hist.counts);
    clear(
      bars,
      ...hist.counts.map((c) =>
        h('span', { style: `height:${Math.max(2, (c / max) * 100)}%`, title: String(c) }),
      ),
    );
    label.textContent = `${fmtDate(hist.min)} – ${fmtDate(hist.max)}`;
  };
  const el = h(
    'div',
    { class: 'time-bar', role: 'group', 'aria-label': 'Time range' },
    bars,
    h('div', { class: 'time-ranges' }, from, to),
    label,
  );
  return { el, refresh };
}
