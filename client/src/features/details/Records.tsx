// Evidence as a detective reads it: a source record card (what the record says, where it is), and
// one item of "why are these linked?" (a direct link, or two links through an intermediary).
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { relName, typeName } from '../../graph/captions.ts';
import { formatDateTime, formatPercent, formatSpan } from '../../i18n/format.ts';
import { entityCaption, isEntityId, type WhyItem } from './data.ts';
import type { RecordCard } from './evidence.ts';
import { isDerived } from './evidence.ts';
import { factsOf } from './facts.ts';
import { Facts, SourceList } from './parts.tsx';

/** The raw references of a record and its other identifiers, collapsed (`data-identifiers`). */
function RecordIdentifiers({
  refs,
  rows = [],
}: {
  refs: string[];
  rows?: Array<{ label: string; value: string }>;
}): ReactNode {
  const { t } = useTranslation('details');
  if (!refs.length && !rows.length) return null;
  return (
    <details className="identifiers record-identifiers" data-identifiers="">
      <summary>{t('identifiers.title')}</summary>
      <dl className="facts">
        {rows.map((r) => (
          <div key={r.label} className="fact">
            <dt>{r.label}</dt>
            <dd>
              <code className="ident">{r.value}</code>
            </dd>
          </div>
        ))}
        {refs.length > 0 && (
          <div className="fact">
            <dt>{t('identifiers.sources')}</dt>
            <dd>
              {refs.map((s) => (
                <code key={s} className="ident" data-source-ref={s}>
                  {s}
                </code>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </details>
  );
}

export function RecordCardView({
  card,
  index,
  captionOf,
}: {
  card: RecordCard;
  index: number;
  captionOf: (id: string) => string;
}): ReactNode {
  const { t } = useTranslation('details');
  return (
    <article className="record" data-record-kind={card.kind} data-refs={card.refs.join(' ')}>
      <h4>
        <span className="record-no">{index + 1}</span>
        {card.title}
        {card.at !== null && <span className="muted"> · {formatDateTime(card.at)}</span>}
      </h4>
      {card.parties?.from && card.parties.to && (
        <p className="record-parties">
          {t('record.parties', { from: captionOf(card.parties.from), to: captionOf(card.parties.to) })}
        </p>
      )}
      <Facts facts={card.facts} />
      <p className="record-meta muted small">
        {card.confidence !== null && t('record.confidence', { value: formatPercent(card.confidence) })}
        {card.confidence !== null && card.ingestedAt !== null && ' · '}
        {card.ingestedAt !== null && t('record.ingested', { date: formatDateTime(card.ingestedAt) })}
      </p>
      <SourceList sources={card.refs} />
      <RecordIdentifiers refs={card.refs} rows={card.identifiers} />
    </article>
  );
}

/** The time an evidence item covers: its edges' spans and its intermediary's time. */
export function itemSpan(item: WhyItem): string {
  const times: number[] = [];
  for (const e of item.edges) {
    if (e.firstAt !== null) times.push(e.firstAt);
    if (e.lastAt !== null) times.push(e.lastAt);
  }
  const at = (item.via as { at?: number | null } | null)?.at;
  if (typeof at === 'number') times.push(at);
  if (!times.length) return i18next.t('details:span.none');
  return formatSpan(Math.min(...times), Math.max(...times));
}

/** "direct: associate of" or "through the phone +86 138…". */
export function itemTitle(item: WhyItem): string {
  if (!item.via)
    return i18next.t('details:why.direct', { type: item.edges.map((e) => relName(e.type)).join(' · ') });
  return i18next.t('details:why.via', { type: typeName(item.via.type), caption: entityCaption(item.via) });
}

/** Each edge of the item as "A —uses→ B", with captions. */
export function itemSteps(item: WhyItem, captionOf: (id: string) => string): string[] {
  const name = (id: string) =>
    item.via && id === item.via.id ? entityCaption(item.via) : isEntityId(id) ? captionOf(id) : id;
  return item.edges.map((e) =>
    i18next.t(e.directed ? 'details:why.step' : 'details:why.stepBoth', {
      from: name(e.source),
      to: name(e.target),
      type: relName(e.type),
    }),
  );
}

export function WhyItemView({
  item,
  index,
  captionOf,
}: {
  item: WhyItem;
  index: number;
  captionOf: (id: string) => string;
}): ReactNode {
  const { t } = useTranslation('details');
  const refs = item.sources.filter((s) => !isDerived(s));
  return (
    <article className="record why-item" data-via={item.via ? item.via.type : ''} data-refs={refs.join(' ')}>
      <h4>
        <span className="record-no">{index + 1}</span>
        {itemTitle(item)}
      </h4>
      <ul className="steps">
        {itemSteps(item, captionOf).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      {!item.via &&
        item.edges.map((e) => (
          <Facts
            key={e.id}
            facts={factsOf((e.properties as Record<string, unknown> | null) ?? {}, `rel.${e.type}`, [
              'firstAt',
              'lastAt',
            ])}
          />
        ))}
      <dl className="facts">
        <div className="fact">
          <dt>{t('field.span')}</dt>
          <dd>{itemSpan(item)}</dd>
        </div>
        <div className="fact">
          <dt>{t('field.confidence')}</dt>
          <dd>{formatPercent(item.confidence)}</dd>
        </div>
      </dl>
      <SourceList sources={refs} />
      {item.sources.some(isDerived) && <p className="muted small">{t('record.derivedCalls')}</p>}
      <RecordIdentifiers refs={refs} />
    </article>
  );
}
