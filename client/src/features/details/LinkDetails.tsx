// One selected link: its type, direction (from → to, by caption), time span, weight, confidence,
// and each source record it came from with the fields it was ingested with, read from the evidence
// API for its two ends (a call summary lists the calls that make it up).
import i18next from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvas, useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { relName } from '../../graph/captions.ts';
import { formatDate, formatNumber, formatPercent, formatSpan } from '../../i18n/format.ts';
import { canvasCaption, fetchWhy, isEntityId, type WhyItem } from './data.ts';
import { linkEvidence, summaryFacts, type LinkRef } from './evidence.ts';
import { ErrorLine, Facts, Loading, Section, useAsync } from './parts.tsx';
import { RecordCardView } from './Records.tsx';
import { WhyLinked } from './WhyLinked.tsx';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The link as the canvas holds it. */
export function canvasLink(canvas: Canvas, edge: string): LinkRef | null {
  const g = canvas.shown;
  if (!g.hasEdge(edge)) return null;
  const a = g.getEdgeAttributes(edge);
  const [source, target] = g.extremities(edge);
  const p = a.properties ?? {};
  return {
    // A link folded into a group keeps its own id before the "@".
    id: edge.includes('@') ? edge.slice(0, edge.indexOf('@')) : edge,
    type: a.relType,
    source,
    target,
    directed: p.directed !== false,
    properties: p,
    sources: Array.isArray(p.sources) ? (p.sources as string[]) : [],
    confidence: num(a.confidence),
    ingestedAt: num(p.ingestedAt),
  };
}

/** "since 3 Mar 2021", "until …", "3 Mar 2021 – 9 Jun 2022". */
export function spanText(from: number | null, to: number | null): string {
  if (from !== null && to === null) return i18next.t('details:span.since', { date: formatDate(from) });
  if (from === null && to !== null) return i18next.t('details:span.until', { date: formatDate(to) });
  if (from === null && to === null) return i18next.t('details:span.none');
  return formatSpan(from, to);
}

export function linkSpan(link: LinkRef): { from: number | null; to: number | null } {
  const p = link.properties;
  return {
    from: num(p.firstAt) ?? num(p.from) ?? num(p.at),
    to: num(p.lastAt) ?? num(p.to) ?? num(p.at),
  };
}

export function LinkDetails({ edge }: { edge: string }): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  useWorkspace((s) => s.graphVersion);
  const link = canvas ? canvasLink(canvas, edge) : null;
  const real = !!link && isEntityId(link.source) && isEntityId(link.target);
  const [more, setMore] = useState<{ items: WhyItem[]; cursor: string | null; loading: boolean }>({
    items: [],
    cursor: null,
    loading: false,
  });
  const [showWhy, setShowWhy] = useState(false);
  const why = useAsync(real && link ? `why:${link.source}|${link.target}` : null, () =>
    fetchWhy(link!.source, link!.target, null, 100),
  );
  if (!canvas || !link) return null;
  const items = [...(why.data?.items ?? []), ...more.items];
  const cursor = more.cursor ?? why.data?.nextCursor ?? null;
  const ev = linkEvidence(link, real && why.data ? items : []);
  const shown = ev.link;
  const { from, to } = linkSpan({ ...shown, properties: { ...link.properties, ...shown.properties } });
  const a = canvasCaption(canvas, link.source);
  const b = canvasCaption(canvas, link.target);
  const weightLabel = shown.type === 'CALLS' ? t('field.calls') : t('field.weight');
  const weight = num(link.properties.count) ?? num(canvas.shown.getEdgeAttribute(edge, 'weight')) ?? 1;

  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await fetchWhy(link.source, link.target, cursor, 100);
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.nextCursor, loading: false }));
    } catch {
      setMore((m) => ({ ...m, loading: false }));
    }
  };

  return (
    <div className="details" data-kind="link" data-edge={edge}>
      <header className="details-head">
        <h2 id="details-title">{relName(shown.type)}</h2>
        <p className="type-line">
          <span className="link-mark" aria-hidden="true" />
          <span id="details-type">{t('link.kind')}</span>
        </p>
        <p className="direction" id="details-direction">
          <button type="button" className="entity-link" onClick={() => focus(canvas, link.source)}>
            {a}
          </button>
          <span className="arrow" aria-label={shown.directed ? t('link.to') : t('link.with')}>
            {shown.directed ? ' → ' : ' — '}
          </span>
          <button type="button" className="entity-link" onClick={() => focus(canvas, link.target)}>
            {b}
          </button>
        </p>
      </header>
      <dl className="facts" id="details-facts">
        <div className="fact" data-field="span">
          <dt>{t('field.span')}</dt>
          <dd>{spanText(from, to)}</dd>
        </div>
        <div className="fact" data-field="weight">
          <dt>{weightLabel}</dt>
          <dd>{formatNumber(weight)}</dd>
        </div>
        <div className="fact" data-field="confidence">
          <dt>{t('field.confidence')}</dt>
          <dd>{formatPercent(shown.confidence ?? 1)}</dd>
        </div>
      </dl>
      <Facts facts={summaryFacts(shown).filter((f) => f.key !== 'count')} />
      <Section
        title={t('section.records')}
        id="details-records"
        count={real && why.data ? ev.cards.length : undefined}
      >
        {real && why.loading && <Loading />}
        <ErrorLine text={why.error} />
        {ev.derived && <p className="muted small">{t('record.derivedCalls')}</p>}
        {(!real || why.data) && !ev.cards.length && <p className="muted">{t('record.none')}</p>}
        <div className="records">
          {ev.cards.map((c, i) => (
            <RecordCardView key={c.key} card={c} index={i} captionOf={(id) => canvasCaption(canvas, id)} />
          ))}
        </div>
        {cursor && ev.derived && (
          <button type="button" onClick={() => void loadMore()} disabled={more.loading}>
            {t('record.more')}
          </button>
        )}
      </Section>
      {real && (
        <div className="details-actions">
          <button type="button" id="link-why" onClick={() => setShowWhy((v) => !v)} aria-expanded={showWhy}>
            {t('why.allBetween')}
          </button>
        </div>
      )}
      {real && showWhy && <WhyLinked a={link.source} b={link.target} auto />}
    </div>
  );
}

function focus(canvas: Canvas, id: string): void {
  canvas.select([id]);
  canvas.focus(id);
}
