// The canvas as tables, for screen readers and the keyboard: every entity drawn (name, type, links,
// gang, selected) and every link drawn (from, link, to, when, weight, confidence). A name selects
// the entity on the canvas and puts the keyboard there; a link selects the link. Kept current with
// the canvas (it subscribes to the graph's version).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../app/store.ts';
import { DataTable } from '../features/tables/DataTable.tsx';
import { gangName } from '../graph/collapse.ts';
import { relName, typeName } from '../graph/captions.ts';
import { formatNumber, formatPercent, formatSpan } from '../i18n/format.ts';

interface EntityRow {
  id: string;
  caption: string;
  type: string;
  links: number;
  gang: string;
  selected: boolean;
}

interface LinkRow {
  id: string;
  from: string;
  relation: string;
  to: string;
  first: number | null;
  last: number | null;
  weight: number;
  confidence: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function CanvasTable(): ReactNode {
  const { t } = useTranslation('canvas-tools');
  const canvas = useWorkspace((s) => s.canvas);
  useWorkspace((s) => s.graphVersion);
  const selected = useWorkspace((s) => s.selectedNodes);
  const selectedEdge = useWorkspace((s) => s.selectedEdge);
  if (!canvas) return null;
  const g = canvas.shown;
  const drawn = canvas.visibleNodes();
  const shown = new Set(drawn);
  const sel = new Set(selected);
  const label = (id: string) => String(g.getNodeAttribute(id, 'label') ?? '');
  const entities: EntityRow[] = drawn.map((id) => {
    const a = g.getNodeAttributes(id);
    return {
      id,
      caption: label(id),
      type: typeName(a.entityType),
      links: g.degree(id),
      gang: a.community ?? '',
      selected: sel.has(id),
    };
  });
  const edgeOk = canvas.view.edgeFilter;
  const links: LinkRow[] = [];
  g.forEachEdge((e, a, s, tg) => {
    if (!shown.has(s) || !shown.has(tg) || (edgeOk && !edgeOk(e))) return;
    const first = num(a.properties.firstAt) ?? num(a.at);
    links.push({
      id: e,
      from: label(s),
      relation: relName(a.relType),
      to: label(tg),
      first,
      last: num(a.properties.lastAt) ?? first,
      weight: a.weight,
      confidence: a.confidence,
    });
  });
  const hiddenCount = g.order - drawn.length;
  const pick = (id: string) => {
    canvas.select([id]);
    canvas.setFocused(id);
  };
  return (
    <div className="canvas-table" id="canvas-table">
      <section aria-labelledby="canvas-table-entities">
        <h3 id="canvas-table-entities">{t('table.entities', { n: formatNumber(entities.length) })}</h3>
        {hiddenCount > 0 && <p className="muted">{t('table.hidden', { count: hiddenCount })}</p>}
        <DataTable
          name="canvas-entities"
          caption={t('table.entities', { n: formatNumber(entities.length) })}
          rows={entities}
          rowKey={(r) => r.id}
          isActive={(r) => sel.has(r.id)}
          pageSize={50}
          columns={[
            {
              id: 'caption',
              header: t('table.caption'),
              value: (r) => r.caption,
              cell: (r) => (
                <button type="button" className="link" data-node={r.id} onClick={() => pick(r.id)}>
                  {r.caption}
                </button>
              ),
            },
            { id: 'type', header: t('table.type'), value: (r) => r.type },
            {
              id: 'links',
              header: t('table.links_'),
              value: (r) => r.links,
              cell: (r) => formatNumber(r.links),
              numeric: true,
            },
            {
              id: 'gang',
              header: t('table.gang'),
              value: (r) => r.gang,
              cell: (r) => (r.gang ? gangName(r.gang) : '—'),
            },
            {
              id: 'selected',
              header: t('table.selected'),
              value: (r) => (r.selected ? t('common:common.yes') : ''),
            },
          ]}
        />
      </section>
      <section aria-labelledby="canvas-table-links">
        <h3 id="canvas-table-links">{t('table.links', { n: formatNumber(links.length) })}</h3>
        <DataTable
          name="canvas-links"
          caption={t('table.links', { n: formatNumber(links.length) })}
          rows={links}
          rowKey={(r) => r.id}
          isActive={(r) => r.id === selectedEdge}
          pageSize={50}
          columns={[
            {
              id: 'from',
              header: t('table.from'),
              value: (r) => r.from,
              cell: (r) => (
                <button
                  type="button"
                  className="link"
                  data-edge={r.id}
                  onClick={() => canvas.selectEdge(r.id)}
                >
                  {r.from}
                </button>
              ),
            },
            { id: 'relation', header: t('table.relation'), value: (r) => r.relation },
            { id: 'to', header: t('table.to'), value: (r) => r.to },
            {
              id: 'when',
              header: t('table.when'),
              value: (r) => r.first,
              cell: (r) => formatSpan(r.first, r.last),
            },
            {
              id: 'weight',
              header: t('table.weight'),
              value: (r) => r.weight,
              cell: (r) => formatNumber(r.weight, 1),
              numeric: true,
            },
            {
              id: 'confidence',
              header: t('table.confidence'),
              value: (r) => r.confidence,
              cell: (r) => formatPercent(r.confidence),
              numeric: true,
            },
          ]}
        />
      </section>
    </div>
  );
}
