// The canvas filters: entity types and link types present on the canvas (with counts), minimum
// confidence and gang. They hide what does not match and narrow what expansions bring.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { gangName } from '../../graph/collapse.ts';
import { relName, typeName } from '../../graph/captions.ts';
import { isActive } from '../../graph/filters.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { typeColor } from '../../sigma/style.ts';

function counts(values: string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** How many filters are on: shown on the toolbar button. */
export function activeFilterCount(canvas: Canvas): number {
  const f = canvas.filters;
  return (
    (f.nodeTypes.length ? 1 : 0) +
    (f.relTypes.length ? 1 : 0) +
    (f.minConfidence > 0 ? 1 : 0) +
    (f.community !== null ? 1 : 0) +
    (f.from !== null || f.to !== null ? 1 : 0)
  );
}

export function FiltersPanel({ canvas }: { canvas: Canvas }): ReactNode {
  const { t } = useTranslation('canvas-tools');
  useWorkspace((s) => s.graphVersion);
  const g = canvas.shown;
  const f = canvas.filters;
  const types = counts(g.mapNodes((_n, a) => a.entityType));
  const rels = counts(g.mapEdges((_e, a) => a.relType));
  const communities = [
    ...new Set(g.mapNodes((_n, a) => a.community).filter((c): c is string => c !== undefined)),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  /** Checked = shown. An empty list means every type; unchecking one lists the others. */
  const toggle = (list: string[], all: string[], value: string, on: boolean): string[] => {
    const current = list.length ? list : all;
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    return all.every((v) => next.includes(v)) ? [] : next;
  };

  return (
    <div className="tool-panel-body filters-panel">
      {types.length === 0 && <p className="muted">{t('panel.noTypes')}</p>}
      {types.length > 0 && (
        <fieldset className="checks">
          <legend>{t('panel.types')}</legend>
          {types.map(([type, n]) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                data-filter-type={type}
                checked={f.nodeTypes.length === 0 || f.nodeTypes.includes(type)}
                onChange={(e) =>
                  canvas.setFilters({
                    nodeTypes: toggle(
                      f.nodeTypes,
                      types.map(([x]) => x),
                      type,
                      e.target.checked,
                    ),
                  })
                }
              />
              <span className="dot" style={{ background: typeColor(type) }} aria-hidden="true" />
              {typeName(type)} <span className="muted">{formatNumber(n)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {rels.length > 0 && (
        <fieldset className="checks">
          <legend>{t('panel.relTypes')}</legend>
          {rels.map(([rel, n]) => (
            <label key={rel} className="check">
              <input
                type="checkbox"
                data-filter-rel={rel}
                checked={f.relTypes.length === 0 || f.relTypes.includes(rel)}
                onChange={(e) =>
                  canvas.setFilters({
                    relTypes: toggle(
                      f.relTypes,
                      rels.map(([x]) => x),
                      rel,
                      e.target.checked,
                    ),
                  })
                }
              />
              {relName(rel)} <span className="muted">{formatNumber(n)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="range">
        <span>
          {t('panel.confidence')} <output>{formatPercent(f.minConfidence)}</output>
        </span>
        <input
          id="min-confidence"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={f.minConfidence}
          onChange={(e) => canvas.setFilters({ minConfidence: Number(e.target.value) })}
        />
      </label>
      {communities.length > 0 && (
        <label className="range">
          <span>{t('panel.community')}</span>
          <select
            id="community-filter"
            value={f.community ?? ''}
            onChange={(e) => canvas.setFilters({ community: e.target.value || null })}
          >
            <option value="">{t('panel.allCommunities')}</option>
            {communities.map((c) => (
              <option key={c} value={c}>
                {gangName(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted small">{t('panel.note')}</p>
      <button
        type="button"
        disabled={!isActive(f)}
        onClick={() =>
          canvas.setFilters({
            nodeTypes: [],
            relTypes: [],
            minConfidence: 0,
            community: null,
            from: null,
            to: null,
          })
        }
      >
        {t('panel.reset')}
      </button>
    </div>
  );
}
