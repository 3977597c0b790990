// The search box: results as you type (debounced), arrow keys and Enter to open one.
import { search, type SearchResult } from '../api/investigation.ts';
import { typeColor } from '../sigma/style.ts';
import type { AppContext } from './context.ts';
import { clear, h, showError } from './dom.ts';

export function searchBox(ctx: AppContext): HTMLElement {
  const input = h('input', {
    id: 'search',
    type: 'search',
    placeholder: 'Search people, phones, plates, relics…  ( / )',
    'aria-label': 'Search',
    autocomplete: 'off',
    role: 'combobox',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
  let results: SearchResult[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const render = () => {
    clear(
      list,
      ...results.map((r, i) =>
        h(
          'li',
          {
            role: 'option',
            id: `search-opt-${i}`,
            class: i === active ? 'active' : '',
            'aria-selected': String(i === active),
            dataset: { id: r.id },
            onmousedown: (e: Event) => {
              e.preventDefault();
              void choose(i);
            },
          },
          h('span', { class: 'dot', style: `background:${typeColor(r.type)}` }),
          h('span', { class: 'hit-label' }, r.label),
          h('span', { class: 'muted' }, ` ${r.type}${r.exact ? ' · exact' : ''}`),
        ),
      ),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    input.setAttribute('aria-activedescendant', results.length ? `search-opt-${active}` : '');
  };

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    // One Han character is a name (王) or a surname: searched; one Latin letter is not.
    if (q.length < 2 && !/\p{Script=Han}/u.test(q)) {
      results = [];
      render();
      return;
    }
    try {
      const r = await search(ctx.api, q);
      if (mine !== seq) return;
      results = r;
      active = 0;
      render();
      ctx.status(`${r.length} result${r.length === 1 ? '' : 's'} for “${q}”`);
    } catch (err) {
      results = [];
      render();
      const box = h('div');
      showError(box, err);
      ctx.status(box.textContent ?? 'Search failed');
    }
  };

  const choose = async (i: number) => {
    const r = results[i];
    if (!r) return;
    results = [];
    render();
    await ctx.open([r.id]);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(results.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (results.length) void choose(active);
      else void run().then(() => choose(0));
      return;
    } else if (e.key === 'Escape') {
      results = [];
      render();
      input.blur();
      return;
    } else return;
    e.preventDefault();
    render();
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  return h('div', { class: 'search' }, input, list);
}
