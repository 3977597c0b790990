// "Why are these linked?": every evidence item between two entities (why(a, b)), direct links
// first, then links through one intermediary, page by page; a long answer also opens as a table
// in the drawer.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { errorMessage } from '../../app/errors.ts';
import { useCanvas, useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { relName, typeName } from '../../graph/captions.ts';
import { formatPercent } from '../../i18n/format.ts';
import { DataTable } from '../tables/DataTable.tsx';
import { canvasCaption, entityCaption, fetchWhy, type WhyItem } from './data.ts';
import { isDerived } from './evidence.ts';
import { sourceText } from './facts.ts';
import { ErrorLine, Loading } from './parts.tsx';
import { itemSpan, itemSteps, itemTitle, WhyItemView } from './Records.tsx';

/** Items shown in the panel; more go to the drawer's table. */
const IN_PANEL = 8;
const PAGE = 50;

interface State {
  items: WhyItem[];
  cursor: string | null;
  loading: boolean;
  error: string | null;
  done: boolean;
}

export function WhyLinked({ a, b, auto = false }: { a: string; b: string; auto?: boolean }): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  useWorkspace((s) => s.graphVersion);
  const [s, setS] = useState<State>({ items: [], cursor: null, loading: false, error: null, done: false });
  const [started, setStarted] = useState(false);
  const captionOf = (id: string) => canvasCaption(canvas, id);

  const load = async (after: string | null) => {
    setS((x) => ({ ...x, loading: true, error: null }));
    try {
      const page = await fetchWhy(a, b, after, PAGE);
      const items = after ? [...s.items, ...page.items] : page.items;
      setS({ items, cursor: page.nextCursor, loading: false, error: null, done: true });
      if (items.length > IN_PANEL) openTable(canvas, a, b, items);
    } catch (err) {
      setS((x) => ({ ...x, loading: false, error: errorMessage(err) }));
    }
  };

  useEffect(() => {
    if (!auto) return;
    setStarted(true);
    void load(null);
    // Once, when shown with `auto`.
  }, []);

  return (
    <section className="details-section why" id="why-panel">
      {!auto && (
        <button
          type="button"
          className="primary"
          id="why-linked"
          onClick={() => {
            setStarted(true);
            void load(null);
          }}
          disabled={s.loading}
        >
          {t('why.button')}
        </button>
      )}
      {started && (
        <>
          <h3>
            {t('why.title', { a: captionOf(a), b: captionOf(b) })}
            {s.done && <span className="count">{s.items.length}</span>}
          </h3>
          {s.loading && <Loading />}
          <ErrorLine text={s.error} />
          {s.done && !s.items.length && <p className="muted">{t('why.none')}</p>}
          <div className="records" id="why-items">
            {s.items.slice(0, IN_PANEL).map((item, i) => (
              <WhyItemView key={i} item={item} index={i} captionOf={captionOf} />
            ))}
          </div>
          {s.items.length > IN_PANEL && (
            <p className="muted small">
              {t('why.inTable', { shown: IN_PANEL, count: s.items.length })}{' '}
              <button type="button" className="link" onClick={() => openTable(canvas, a, b, s.items)}>
                {t('why.openTable')}
              </button>
            </p>
          )}
          {s.cursor && (
            <button type="button" id="why-more" onClick={() => void load(s.cursor)} disabled={s.loading}>
              {t('why.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

interface Row {
  n: number;
  item: WhyItem;
}

/** The evidence between a and b as a table in the drawer. */
function openTable(canvas: Canvas | null, a: string, b: string, items: WhyItem[]): void {
  const t = (k: string, o?: Record<string, unknown>) => i18next.t(`details:${k}`, o);
  const captionOf = (id: string) => canvasCaption(canvas, id);
  const rows: Row[] = items.map((item, i) => ({ n: i + 1, item }));
  const refs = (r: Row) => r.item.sources.filter((x) => !isDerived(x));
  useWorkspace.getState().openDrawer({
    id: `why:${a}|${b}`,
    title: () => t('why.tableTitle', { a: captionOf(a), b: captionOf(b) }),
    render: () => (
      <DataTable<Row>
        name="why-linked"
        rows={rows}
        rowKey={(r) => String(r.n)}
        pageSize={25}
        columns={[
          { id: 'n', header: t('why.col.n'), value: (r) => r.n, numeric: true },
          { id: 'how', header: t('why.col.how'), value: (r) => itemTitle(r.item) },
          {
            id: 'via',
            header: t('why.col.via'),
            value: (r) =>
              r.item.via ? `${typeName(r.item.via.type)} ${entityCaption(r.item.via)}` : t('why.directShort'),
          },
          {
            id: 'links',
            header: t('why.col.links'),
            value: (r) => itemSteps(r.item, captionOf).join(i18next.t('details:listSeparator')),
          },
          {
            id: 'types',
            header: t('why.col.types'),
            value: (r) => r.item.edges.map((e) => relName(e.type)).join(' · '),
          },
          { id: 'span', header: t('field.span'), value: (r) => itemSpan(r.item) },
          { id: 'confidence', header: t('field.confidence'), value: (r) => formatPercent(r.item.confidence) },
          {
            id: 'sources',
            header: t('section.records'),
            value: (r) => refs(r).map(sourceText).join(i18next.t('details:listSeparator')),
          },
        ]}
      />
    ),
  });
}
