// Several selected entities: how many of each type, who they are (each one a click away), and for
// two of them "why are these linked?".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { expand } from '../../app/actions.ts';
import { useCanvas, useWorkspace } from '../../app/store.ts';
import { typeName } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import { typeColor } from '../../sigma/style.ts';
import { canvasCaption, isEntityId } from './data.ts';
import { WhyLinked } from './WhyLinked.tsx';

const LISTED = 40;

export function SelectionSummary({ ids }: { ids: string[] }): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  useWorkspace((s) => s.graphVersion);
  if (!canvas) return null;
  const g = canvas.shown;
  const present = ids.filter((id) => g.hasNode(id));
  const byType = new Map<string, string[]>();
  for (const id of present) {
    const type = g.getNodeAttribute(id, 'entityType');
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const types = [...byType].sort((a, b) => b[1].length - a[1].length);
  const entities = present.filter(isEntityId);
  const pair = entities.length === 2 && present.length === 2 ? (entities as [string, string]) : null;
  return (
    <div className="details" data-kind="selection">
      <header className="details-head">
        <h2 id="details-title">{t('selection.title', { count: present.length })}</h2>
      </header>
      <ul className="type-counts" id="selection-counts">
        {types.map(([type, list]) => (
          <li key={type} data-type={type}>
            <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />
            {typeName(type)} <strong>{formatNumber(list.length)}</strong>
          </li>
        ))}
      </ul>
      <div className="details-actions">
        {entities.length > 0 && (
          <button type="button" id="details-expand" onClick={() => void expand(entities)}>
            {t('action.expandAll', { count: entities.length })}
          </button>
        )}
      </div>
      <ul className="plain-list selection-list">
        {present.slice(0, LISTED).map((id) => (
          <li key={id}>
            <button
              type="button"
              className="entity-link"
              onClick={() => {
                canvas.select([id]);
                canvas.focus(id);
              }}
            >
              <span
                className="type-dot"
                style={{ background: typeColor(g.getNodeAttribute(id, 'entityType')) }}
                aria-hidden="true"
              />
              {canvasCaption(canvas, id)}
            </button>
          </li>
        ))}
      </ul>
      {present.length > LISTED && (
        <p className="muted small">{t('selection.more', { count: present.length - LISTED })}</p>
      )}
      {pair && <WhyLinked key={pair.join('|')} a={pair[0]} b={pair[1]} />}
      {!pair && present.length > 2 && <p className="muted small">{t('selection.pairHint')}</p>}
    </div>
  );
}
