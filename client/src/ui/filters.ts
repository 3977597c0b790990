// The Filters & style tab: entity and relationship types, minimum confidence, community, colour
// and size; the time bar is in time-bar.ts.
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../config.ts';
import { COLOR_MODES, SIZE_MEASURES, typeColor, type ColorMode, type SizeMeasure } from '../sigma/style.ts';
import type { AppContext } from './context.ts';
import { clear, h } from './dom.ts';

function checkboxes(
  name: string,
  values: readonly string[],
  onChange: (checked: string[]) => void,
  color?: (v: string) => string,
): HTMLElement {
  const box = h('fieldset', { class: 'checks' }, h('legend', {}, name));
  for (const v of values) {
    const id = `f-${name}-${v}`.replace(/\W/g, '-');
    box.append(
      h(
        'label',
        { for: id },
        h('input', { id, type: 'checkbox', value: v, onchange: () => onChange(checked()) }),
        color ? h('span', { class: 'dot', style: `background:${color(v)}` }) : null,
        v,
      ),
    );
  }
  const checked = () => [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  return box;
}

export function filtersPanel(ctx: AppContext): HTMLElement {
  const { canvas } = ctx;
  const colorBy = h(
    'select',
    { id: 'color-by', onchange: () => canvas.setStyle({ colorBy: colorBy.value as ColorMode }) },
    ...COLOR_MODES.map((m) => h('option', { value: m }, m === 'type' ? 'entity type' : 'community')),
  );
  colorBy.value = canvas.style.colorBy;
  const sizeBy = h(
    'select',
    { id: 'size-by', onchange: () => canvas.setStyle({ sizeBy: sizeBy.value as SizeMeasure }) },
    ...SIZE_MEASURES.map((m) => h('option', { value: m }, m)),
  );
  sizeBy.value = canvas.style.sizeBy;
  const conf = h('input', { id: 'min-confidence', type: 'range', min: 0, max: 1, step: 0.05, value: 0 });
  const confOut = h('output', { for: 'min-confidence' }, '0.00');
  conf.addEventListener('input', () => {
    confOut.textContent = Number(conf.value).toFixed(2);
    canvas.setFilters({ minConfidence: Number(conf.value) });
  });
  const community = h('select', {
    id: 'community-filter',
    onchange: () => canvas.setFilters({ community: community.value || null }),
  });
  const fillCommunities = () => {
    const cs = new Set<string>();
    canvas.graph.forEachNode((_n, a) => a.community !== undefined && cs.add(a.community));
    const cur = community.value;
    clear(
      community,
      h('option', { value: '' }, 'all communities'),
      ...[...cs]
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((c) => h('option', { value: c }, `community ${c}`)),
    );
    community.value = cs.has(cur) ? cur : '';
  };
  fillCommunities();
  const panel = h(
    'section',
    { class: 'panel', 'aria-label': 'Filters and style' },
    h('h2', {}, 'Style'),
    h('label', { for: 'color-by' }, 'Colour by '),
    colorBy,
    h('label', { for: 'size-by' }, 'Size by '),
    sizeBy,
    h('h2', {}, 'Filters'),
    checkboxes('Entity types', ENTITY_TYPES, (v) => canvas.setFilters({ nodeTypes: v }), typeColor),
    checkboxes('Relationship types', RELATIONSHIP_TYPES, (v) => canvas.setFilters({ relTypes: v })),
    h('label', { for: 'min-confidence' }, 'Minimum confidence '),
    conf,
    confOut,
    h('label', { for: 'community-filter' }, 'Community '),
    community,
    h('p', { class: 'muted' }, 'Filters apply to the canvas and to expansions.'),
  );
  (panel as HTMLElement & { refresh?: () => void }).refresh = fillCommunities;
  return panel;
}
