// One selected entity: its caption and type, the facts a detective reads (dates, money, places,
// confidence), aliases, the parties and neighbours that matter for its type, the relics a person
// handled, where its records came from, notes, and — collapsed — its identifiers.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DetailsRelicsHandledQuery,
  DetailsRelicsHandledQueryVariables,
} from '../../api/__generated__/operations.ts';
import { expand } from '../../app/actions.ts';
import { api } from '../../app/api.ts';
import { useCanvas, useCan, useWorkspace } from '../../app/store.ts';
import { typeName } from '../../graph/captions.ts';
import { typeOfUid } from '../../graph/types.ts';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../i18n/format.ts';
import { typeColor } from '../../sigma/style.ts';
import {
  DOC,
  canvasCaption,
  entityCaption,
  fetchEntity,
  fetchRelated,
  isEntityId,
  propsOf,
  relatedEntries,
  relatedParties,
  type Ent,
  type RelatedEntry,
} from './data.ts';
import { factsOf, identifiersOf, valueName } from './facts.ts';
import { WatchButton } from '../alerts/WatchButton.tsx';
import { Notes } from './Notes.tsx';
import {
  EntityLink,
  ErrorLine,
  Facts,
  Identifiers,
  Loading,
  Section,
  SourceList,
  useAsync,
} from './parts.tsx';

/** Fields the caption already says. */
const IN_CAPTION: Record<string, string[]> = {
  Person: ['name', 'surname', 'fullName', 'nameZh'],
  Phone: ['number'],
  Vehicle: ['plate'],
  Site: ['name'],
  Case: ['title'],
};

export function NodeDetails({ id }: { id: string }): ReactNode {
  if (!isEntityId(id)) return <AggregateDetails id={id} />;
  return <EntityDetails id={id} />;
}

function EntityDetails({ id }: { id: string }): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  useWorkspace((s) => s.graphVersion);
  const canAnnotate = useCan('annotate');
  const attrs = canvas?.graph.hasNode(id) ? canvas.graph.getNodeAttributes(id) : null;
  const type = attrs?.entityType ?? typeOfUid(id);
  const ent = useAsync(`entity:${id}`, () => fetchEntity(id));
  const rel = useAsync(`related:${id}`, () => fetchRelated(id, type));
  const e = ent.data;
  const parties = e ? relatedParties(e, rel.data ?? null) : null;
  const title = e ? entityCaption(e, parties) : canvasCaption(canvas, id);
  const props = e ? propsOf(e) : (attrs?.properties ?? {});
  const facts = factsOf(props, type, IN_CAPTION[type] ?? []);
  const confidence = e?.confidence ?? attrs?.confidence ?? null;
  const sources = e?.sources ?? (attrs?.properties.sources as string[] | undefined) ?? [];
  const aliases = type === 'Person' && Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  const related = relatedEntries(id, type, rel.data ?? null);

  return (
    <div className="details" data-kind="entity" data-type={type}>
      <header className="details-head">
        <h2 id="details-title">{title}</h2>
        <p className="type-line">
          <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />
          <span id="details-type">{typeName(type)}</span>
          {confidence !== null && (
            <span className="confidence">
              {t('field.confidence')} {formatPercent(confidence)}
            </span>
          )}
        </p>
        <div className="details-actions">
          <button type="button" id="details-expand" onClick={() => void expand([id])}>
            {t('action.expand')}
          </button>
          <WatchButton id={id} type={type} />
        </div>
      </header>
      <ErrorLine text={ent.error} />
      {!e && !ent.error && <Loading />}
      <Facts facts={facts} id="details-facts" />
      {aliases.length > 0 && (
        <Section title={t('section.aliases')} id="details-aliases">
          <ul className="chips">
            {aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </Section>
      )}
      <RelatedSection entries={related} loading={rel.loading} error={rel.error} />
      {type === 'Person' && <RelicsHandled personId={id} />}
      <Section title={t('section.provenance')} id="details-provenance" count={sources.length}>
        <SourceList sources={sources} />
        {e?.ingestedAt != null && (
          <p className="muted small">{t('provenance.ingested', { date: formatDateTime(e.ingestedAt) })}</p>
        )}
      </Section>
      {canAnnotate && <Notes entityId={id} />}
      <Identifiers rows={identifiersOf(id, props)} sources={sources} />
    </div>
  );
}

function RelatedSection({
  entries,
  loading,
  error,
}: {
  entries: RelatedEntry[];
  loading: boolean;
  error: string | null;
}): ReactNode {
  const { t } = useTranslation('details');
  if (!loading && !error && !entries.length) return null;
  const roles = [...new Set(entries.map((e) => e.role))];
  return (
    <Section title={t('section.related')} id="details-related">
      {loading && <Loading />}
      <ErrorLine text={error} />
      <dl className="facts related">
        {roles.map((role) => {
          const list = entries.filter((e) => e.role === role);
          return (
            <div key={role} className="fact" data-role={role}>
              <dt>{t(`role.${role}`, { count: list.length })}</dt>
              <dd>
                {list.slice(0, 12).map((x) => (
                  <span key={`${x.entity.id}|${x.qualifier ?? ''}`} className="related-item">
                    <EntityLink id={x.entity.id} type={x.entity.type} text={entityCaption(x.entity)} />
                    {x.qualifier && (
                      <span className="muted"> ({valueName(x.qualifierField ?? 'role', x.qualifier)})</span>
                    )}
                  </span>
                ))}
                {list.length > 12 && (
                  <span className="muted">{t('related.more', { count: list.length - 12 })}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Section>
  );
}

type Handled = DetailsRelicsHandledQuery['relicsHandled'];

function RelicsHandled({ personId }: { personId: string }): ReactNode {
  const { t } = useTranslation('details');
  const q = useAsync(`handled:${personId}`, () =>
    api
      .request<DetailsRelicsHandledQuery, DetailsRelicsHandledQueryVariables>(
        DOC,
        { personId, first: 50 },
        'DetailsRelicsHandled',
      )
      .then((d): Handled => d.relicsHandled),
  );
  const items = q.data?.items ?? [];
  if (!q.loading && !q.error && !items.length) return null;
  return (
    <Section title={t('section.relicsHandled')} id="details-relics" count={q.data ? items.length : undefined}>
      {q.loading && <Loading />}
      <ErrorLine text={q.error} />
      <ul className="plain-list">
        {items.map((h) => (
          <li key={h.relic.id}>
            <EntityLink id={h.relic.id} type="Relic" text={entityCaption(h.relic as Ent)} />
            <span className="muted small">
              {' '}
              {t('handled.span', {
                from: formatDate(h.acquiredAt),
                to: formatDate(h.disposedAt),
              })}
              {' · '}
              {t('handled.steps', { count: h.steps.length })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A gang or a group the canvas made: what it stands for, no record behind it. */
function AggregateDetails({ id }: { id: string }): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  useWorkspace((s) => s.graphVersion);
  const g = canvas?.shown.hasNode(id) ? canvas.shown : canvas?.graph.hasNode(id) ? canvas.graph : null;
  if (!g || !canvas) return null;
  const a = g.getNodeAttributes(id);
  const type = a.entityType;
  const members =
    a.members ?? (Array.isArray(a.properties.members) ? a.properties.members.length : undefined);
  return (
    <div className="details" data-kind="aggregate" data-type={type}>
      <header className="details-head">
        <h2 id="details-title">{canvasCaption(canvas, id)}</h2>
        <p className="type-line">
          <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />
          <span id="details-type">{typeName(type)}</span>
        </p>
      </header>
      {members !== undefined && (
        <dl className="facts">
          <div className="fact">
            <dt>{t('aggregate.members')}</dt>
            <dd>{formatNumber(members)}</dd>
          </div>
        </dl>
      )}
      <p className="muted">{t(type === 'Community' ? 'aggregate.gangHint' : 'aggregate.groupHint')}</p>
    </div>
  );
}
