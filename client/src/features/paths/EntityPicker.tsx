// Picks an entity by typing its name (the typo-tolerant, Chinese-aware search of the header) in a
// combobox of its own: arrow keys move through the suggestions, Enter or a click takes one, Escape
// closes the list. The chosen entity shows by its caption, never its id; typing again starts over.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery, SearchQueryVariables } from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { TYPE_COLORS, OTHER_COLOR } from '../../config.ts';
import { caption, typeName, type CaptionInput } from '../../graph/captions.ts';
import { formatMoney } from '../../i18n/format.ts';
import { hitCaption, runSearch, type Hit } from '../search/SearchBox.tsx';
import SEARCH from '../search/search.graphql?raw';

/** A chosen entity: its id (never shown) and what its caption is made of. */
export interface Picked {
  id: string;
  entity: CaptionInput;
}

const searchable = (q: string) => /\p{Script=Han}/u.test(q) || q.trim().length >= 2;

async function search(query: string, types?: string[]): Promise<Hit[]> {
  if (!types?.length) return runSearch(query, 8);
  const d = await api.request<SearchQuery, SearchQueryVariables>(
    SEARCH,
    { query, types, first: 8 },
    'Search',
  );
  return d.search.items;
}

export const typeColor = (type: string) => TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? OTHER_COLOR;

export function TypeDot({ type }: { type: string }): ReactNode {
  return <span className="type-dot" style={{ background: typeColor(type) }} aria-hidden="true" />;
}

/** What tells two entities of one caption apart (two people of one name): place and year of birth, a value. */
export function entityHint(e: CaptionInput): string {
  const p = e.properties ?? {};
  const parts = [typeName(e.type)];
  if (e.type === 'Person') {
    if (typeof p.place === 'string' && p.place) parts.push(p.place);
    if (typeof p.birthDate === 'string' && /^\d{4}/.test(p.birthDate)) parts.push(p.birthDate.slice(0, 4));
  } else if (e.type === 'Relic' && typeof p.estimatedValue === 'number') {
    parts.push(formatMoney(p.estimatedValue, typeof p.currency === 'string' ? p.currency : null));
  }
  return parts.join(' · ');
}

export const hitEntity = (h: Hit): CaptionInput => h.entity as CaptionInput;

export function EntityPicker({
  id,
  label,
  value,
  onChange,
  types,
  placeholder,
}: {
  /** The input's id (tests and labels). */
  id: string;
  label: string;
  value: Picked | null;
  onChange: (p: Picked | null) => void;
  /** Only these entity types. */
  types?: string[];
  placeholder?: string;
}): ReactNode {
  const { t, i18n } = useTranslation('paths');
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const listId = `${id}-list`;
  const hintId = useId();

  // The input reads the chosen entity's caption (again after a language switch); when the choice
  // is taken away from outside (swapped, cleared), the caption goes with it, what was typed stays.
  const chosen = value ? caption(value.entity) : '';
  const shown = useRef('');
  useEffect(() => {
    if (value) {
      setQ(chosen);
      setOpen(false);
    } else setQ((typed) => (typed === shown.current ? '' : typed));
    shown.current = chosen;
  }, [value, chosen, i18n.language]);

  const typing = !value || q !== chosen;
  const typeKey = types?.join(',') ?? '';
  useEffect(() => {
    const query = q.trim();
    if (!typing || !searchable(query)) {
      setHits([]);
      setError(null);
      setLoading(false);
      return;
    }
    const mine = ++seq.current;
    setLoading(true);
    const timer = setTimeout(() => {
      search(query, typeKey ? typeKey.split(',') : undefined)
        .then((h) => {
          if (mine !== seq.current) return;
          setHits(h);
          setActive(0);
          setError(null);
        })
        .catch((err) => mine === seq.current && setError(errorMessage(err)))
        .finally(() => mine === seq.current && setLoading(false));
    }, 200);
    return () => clearTimeout(timer);
  }, [q, typing, typeKey]);

  const choose = (h: Hit) => {
    setOpen(false);
    setQ(hitCaption(h));
    onChange({ id: h.entity.id, entity: hitEntity(h) });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && open && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape' && open) setOpen(false);
    else return;
    e.preventDefault();
  };

  const showList = open && typing && searchable(q.trim());
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-field">
        <input
          id={id}
          type="text"
          value={q}
          placeholder={placeholder ?? t('picker.placeholder')}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-describedby={value ? hintId : undefined}
          aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
          data-picked={value ? 'true' : 'false'}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
            if (value) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {(value || q) && (
          <button
            type="button"
            className="icon"
            aria-label={t('picker.clear', { label })}
            title={t('picker.clear', { label })}
            onClick={() => {
              setQ('');
              onChange(null);
            }}
          >
            ×
          </button>
        )}
      </div>
      {value && (
        <span className="muted picker-hint" id={hintId}>
          <TypeDot type={value.entity.type} /> {entityHint(value.entity)}
        </span>
      )}
      {showList && (
        <ul id={listId} role="listbox" className="search-results picker-list" aria-label={label}>
          {error && <li className="error">{error}</li>}
          {!error && loading && hits.length === 0 && <li className="muted">{t('picker.searching')}</li>}
          {!error && !loading && hits.length === 0 && (
            <li className="muted">{t('picker.none', { query: q.trim() })}</li>
          )}
          {hits.map((h, i) => (
            <li
              key={h.entity.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={h.entity.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              <TypeDot type={h.entity.type} />
              <span className="hit-label">{hitCaption(h)}</span>
              <span className="muted hit-type">{entityHint(hitEntity(h))}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
