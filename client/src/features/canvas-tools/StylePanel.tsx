// Style that carries meaning: colour by entity type or by gang, size by a measure of the network
// (links, bridging, influence), with a legend of what the colours stand for.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { gangName } from '../../graph/collapse.ts';
import { typeName } from '../../graph/captions.ts';
import {
  COLOR_MODES,
  SIZE_MEASURES,
  communityColor,
  typeColor,
  type ColorMode,
  type SizeMeasure,
} from '../../sigma/style.ts';

export function StylePanel({ canvas }: { canvas: Canvas }): ReactNode {
  const { t } = useTranslation('canvas-tools');
  useWorkspace((s) => s.graphVersion);
  const [, rerender] = useState(0);
  const style = canvas.style;
  const set = (s: Partial<typeof style>) => {
    canvas.setStyle(s);
    rerender((n) => n + 1);
  };
  const g = canvas.shown;
  const legend =
    style.colorBy === 'type'
      ? [...new Set(g.mapNodes((_n, a) => a.entityType))].map((x) => ({
          key: x,
          label: typeName(x),
          color: typeColor(x),
        }))
      : [...new Set(g.mapNodes((_n, a) => a.community ?? 'none'))]
          .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
          .slice(0, 16)
          .map((c) => ({
            key: c,
            label: c === 'none' ? t('common:common.none') : gangName(c),
            color: communityColor(c),
          }));
  return (
    <div className="tool-panel-body style-panel">
      <label className="range">
        <span>{t('panel.colorBy')}</span>
        <select
          id="color-by"
          value={style.colorBy}
          onChange={(e) => set({ colorBy: e.target.value as ColorMode })}
        >
          {COLOR_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`panel.color.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="range">
        <span>{t('panel.sizeBy')}</span>
        <select
          id="size-by"
          value={style.sizeBy}
          onChange={(e) => set({ sizeBy: e.target.value as SizeMeasure })}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`panel.size.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {legend.length > 0 && (
        <div className="legend" role="list" aria-label={t('panel.legend')}>
          {legend.map((l) => (
            <span role="listitem" key={l.key} className="legend-item">
              <span className="dot" style={{ background: l.color }} aria-hidden="true" />
              {l.label}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
