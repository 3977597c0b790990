// The header's search: typo-tolerant, Chinese-aware (characters, pinyin, initials), as you type.
// Arrow keys move through the suggestions, Enter opens one on the canvas, "all results" opens the
// full list as a table in the drawer. "/" anywhere focuses it.
import i18next from 'i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery, SearchQueryVariables } from '../../api/__generated__/operations.ts';
import { openEntities } from '../../app/actions.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import { caption, typeName } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import { DataTable } from '../tables/DataTable.tsx';
import SEARCH from './search.graphql?raw';

export type Hit = SearchQuery['search']['items'][number];

/** Han characters count double: one character is a whole word in Chinese. */
const searchable = (q: string) => /\p{Script=Han}/u.test(q) || q.trim().length >= 2;

export async function runSearch(query: string, first = 10): Promise<Hit[]> {
  const d = await api.request<SearchQuery, SearchQueryVariables>(SEARCH, { query, first });
  return d.search.items;
}

export const hitCaption = (h: Hit) => caption(h.entity as never);

export function SearchBox(): ReactNode {
  const { t } = useTranslation('search');
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !target.matches('input, textarea, select')) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const query = q.trim();
    if (!searchable(query)) {
      setHits([]);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      runSearch(query)
        .then((h) => {
          if (mine !== seq.current) return;
          setHits(h);
          setActive(0);
          setError(null);
        })
        .catch((err) => mine === seq.current && setError(errorMessage(err)));
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);

  const choose = (h: Hit) => {
    setOpen(false);
    void openEntities([h.entity.id]);
  };

  const showAll = async () => {
    setOpen(false);
    const query = q.trim();
    try {
      const all = await runSearch(query, 100);
      useWorkspace.getState().openDrawer({
        id: 'search-results',
        title: () => i18next.t('results', { ns: 'search', query }),
        render: () => <SearchResults hits={all} />,
      });
    } catch (err) {
      useWorkspace.getState().notify('error', errorMessage(err));
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  const showList = open && searchable(q.trim());
  return (
    <div className="search" role="search">
      <input
        id="search"
        ref={input}
        type="search"
        value={q}
        placeholder={t('placeholder')}
        aria-label={t('label')}
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && hits[active] ? `hit-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id="search-results" role="listbox" className="search-results">
          {error && <li className="error">{error}</li>}
          {!error && hits.length === 0 && <li className="muted">{t('none', { query: q.trim() })}</li>}
          {hits.map((h, i) => (
            <li
              key={h.entity.id}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={h.entity.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              <span className={`type-dot type-${h.entity.type}`} aria-hidden="true" />
              <span className="hit-label">{hitCaption(h)}</span>
              <span className="muted hit-type">{typeName(h.entity.type)}</span>
            </li>
          ))}
          {hits.length > 0 && (
            <li className="search-all">
              <button
                type="button"
                className="link"
                onMouseDown={(e) => (e.preventDefault(), void showAll())}
              >
                {t('all')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function SearchResults({ hits }: { hits: Hit[] }): ReactNode {
  const { t } = useTranslation('search');
  return (
    <DataTable
      name="search-results"
      rows={hits}
      rowKey={(h) => h.entity.id}
      onRowClick={(h) => void openEntities([h.entity.id])}
      columns={[
        { id: 'name', header: t('col.name'), value: hitCaption },
        { id: 'type', header: t('col.type'), value: (h) => typeName(h.entity.type) },
        {
          id: 'score',
          header: t('col.score'),
          value: (h) => h.score,
          cell: (h) => formatNumber(h.score, 2),
          numeric: true,
        },
      ]}
    />
  );
}
