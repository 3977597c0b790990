// Small pieces of the details panel: facts as a definition list, the identifiers section (collapsed
// by default, the only place ids and record references show), source records, entity links and a
// hook for the panel's reads.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openEntities } from '../../app/actions.ts';
import { errorMessage } from '../../app/errors.ts';
import { typeColor } from '../../sigma/style.ts';
import type { Fact } from './facts.ts';
import { sourceText } from './facts.ts';

/** Runs `run` when `key` changes; the answer of an older key is dropped. */
export function useAsync<T>(
  key: string | null,
  run: () => Promise<T>,
): { data: T | undefined; error: string | null; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ key: string | null; data?: T; error: string | null }>({
    key: null,
    error: null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    run()
      .then((data) => live && setState({ key, data, error: null }))
      .catch((err: unknown) => live && setState({ key, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // `run` is a new closure each render; `key` says when to run again.
  }, [key, tick]);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload: () => setTick((n) => n + 1),
  };
}

export function Facts({ facts, id }: { facts: Fact[]; id?: string }): ReactNode {
  if (!facts.length) return null;
  return (
    <dl className="facts" id={id}>
      {facts.map((f) => (
        <div key={f.key} className="fact" data-field={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Section({
  title,
  children,
  id,
  count,
}: {
  title: string;
  children: ReactNode;
  id?: string;
  count?: number;
}): ReactNode {
  return (
    <section className="details-section" id={id}>
      <h3>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

export interface IdentifierItem {
  label: string;
  values: string[];
}

/**
 * The identifiers of what is shown: ids, keys, document numbers, record references. Collapsed by
 * default; marked `data-identifiers` (the one place such text may appear).
 */
export function Identifiers({ rows, sources }: { rows: IdentifierItem[]; sources?: string[] }): ReactNode {
  const { t } = useTranslation('details');
  return (
    <details className="identifiers" data-identifiers="" id="details-identifiers">
      <summary>{t('identifiers.title')}</summary>
      <dl className="facts">
        {rows.map((r) => (
          <div key={r.label} className="fact">
            <dt>{r.label}</dt>
            <dd>
              {r.values.map((v) => (
                <code key={v} className="ident">
                  {v}
                </code>
              ))}
            </dd>
          </div>
        ))}
        {sources && sources.length > 0 && (
          <div className="fact">
            <dt>{t('identifiers.sources')}</dt>
            <dd>
              {sources.map((s) => (
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

/** Where each source record is, in words ("demo data (seed 42), line 13163"). */
export function SourceList({ sources }: { sources: string[] }): ReactNode {
  const { t } = useTranslation('details');
  if (!sources.length) return <p className="muted">{t('provenance.none')}</p>;
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s} data-source={s}>
          {sourceText(s)}
        </li>
      ))}
    </ul>
  );
}

/** A caption that opens its entity on the canvas. */
export function EntityLink({ id, type, text }: { id: string; type: string; text: string }): ReactNode {
  const { t } = useTranslation('details');
  return (
    <button
      type="button"
      className="entity-link"
      title={t('openOnCanvas')}
      onClick={() => void openEntities([id])}
      data-entity={id}
    >
      <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />
      {text}
    </button>
  );
}

export function Loading(): ReactNode {
  const { t } = useTranslation('details');
  return <p className="muted loading-line">{t('loading')}</p>;
}

export function ErrorLine({ text }: { text: string | null }): ReactNode {
  return text ? (
    <p className="error" role="alert">
      {text}
    </p>
  ) : null;
}
