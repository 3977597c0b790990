// The first step, over the empty canvas, chosen by what the account may do (me.permissions), not
// by its role's name: whoever may read entities starts with a search prompt (and examples that
// work), whoever may save investigations sees their recent ones and colleagues' shared ones, whoever
// may read analyses sees the latest run and its largest gangs (first, for those who run analyses),
// and whoever may read briefings but not entities (a commander) sees the latest briefing: the
// takedown feature's CommanderStart when it is there, else the latest run's gangs in brief.
import {
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  StartGangsQuery,
  StartGangsQueryVariables,
  StartRunsQuery,
  StartRunsQueryVariables,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { gangName } from '../../graph/collapse.ts';
import { formatDate, formatNumber, formatSpan } from '../../i18n/format.ts';
import { InvestigationList } from '../investigations/InvestigationList.tsx';
import { splitByOwner, useSaved } from '../investigations/saved.ts';
import START from './start.graphql?raw';
import './start.css';

// The takedown feature's briefing for commanders, when that file exists (it is optional here).
const commanderModules = import.meta.glob<{ default: ComponentType }>('../takedown/CommanderStart.tsx');
const commanderLoader = Object.values(commanderModules)[0];
const CommanderStart: LazyExoticComponent<ComponentType> | null = commanderLoader
  ? lazy(commanderLoader)
  : null;

/** Queries of each kind the search takes (characters, pinyin, a kind of relic, a place). */
const EXAMPLES = [
  { kind: 'name', query: '张' },
  { kind: 'pinyin', query: 'zhang' },
  { kind: 'relic', query: '青铜' },
  { kind: 'site', query: '洛阳' },
] as const;

/** "A, B and C" in the reader's language. */
const listOf = (names: string[]) =>
  new Intl.ListFormat(i18next.language || 'en', { type: 'conjunction', style: 'long' }).format(names);

/** Types `q` into the header's search box (a controlled React input) and focuses it. */
function searchFor(q?: string): void {
  const input = document.getElementById('search') as HTMLInputElement | null;
  if (!input) return;
  input.focus();
  if (q === undefined) return;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, q);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export default function StartScreen(): ReactNode {
  const { t } = useTranslation('start');
  const user = useWorkspace((s) => s.user);
  const canRead = useCan('read:entities');
  const canSave = useCan('save:investigation');
  const canJobs = useCan('read:jobs');
  const canRun = useCan('run:jobs');
  const canBrief = useCan('read:briefing');
  if (!user) return null;

  const cards: Array<{ id: string; node: ReactNode }> = [];
  const search = canRead ? { id: 'search', node: <SearchCard /> } : null;
  const saved = canSave ? { id: 'saved', node: <SavedCard /> } : null;
  const analysis = canJobs ? { id: 'analysis', node: <AnalysisCard lead={canRun} /> } : null;
  if (!canRead && canBrief) {
    cards.push({
      id: 'briefing',
      node: CommanderStart ? (
        <Suspense fallback={<p className="muted">{t('analysis.loading')}</p>}>
          <section className="start-card start-lead" id="start-briefing">
            <CommanderStart />
          </section>
        </Suspense>
      ) : (
        <AnalysisCard lead briefing />
      ),
    });
  } else if (canRun) {
    for (const c of [analysis, search, saved]) if (c) cards.push(c);
  } else {
    for (const c of [search, saved, analysis]) if (c) cards.push(c);
  }
  return (
    <div className="start-screen" id="start-screen" role="region" aria-labelledby="start-title">
      <div className="start-inner">
        <h1 id="start-title" className="start-title">
          {t('welcome', { name: user.username })}
          <span className="muted"> · {t('title')}</span>
        </h1>
        <div className="start-cards">
          {cards.map((c) => (
            <div key={c.id} className="start-slot">
              {c.node}
            </div>
          ))}
        </div>
        {canRead && <p className="muted start-keys">{t('keyboard')}</p>}
      </div>
    </div>
  );
}

function SearchCard(): ReactNode {
  const { t } = useTranslation('start');
  return (
    <section className="start-card" id="start-search" aria-labelledby="start-search-title">
      <h2 id="start-search-title">{t('search.title')}</h2>
      <p>{t('search.text')}</p>
      <div className="start-row">
        <button type="button" className="primary" id="start-search-button" onClick={() => searchFor()}>
          {t('search.button')}
        </button>
        <span className="muted">{t('search.shortcut')}</span>
      </div>
      <div className="start-row start-examples">
        <span className="muted">{t('search.examples')}</span>
        {EXAMPLES.map((x) => (
          <button
            key={x.kind}
            type="button"
            className="chip"
            data-example={x.query}
            onClick={() => searchFor(x.query)}
          >
            <span lang="zh-Latn">{x.query}</span>{' '}
            <span className="muted">{t(`search.example.${x.kind}`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

function SavedCard(): ReactNode {
  const { t } = useTranslation('start');
  const userId = useWorkspace((s) => s.user?.id);
  const { items, error, refresh } = useSaved();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const { mine, shared } = splitByOwner(items ?? [], userId);
  return (
    <section className="start-card" id="start-investigations" aria-labelledby="start-inv-title">
      <h2 id="start-inv-title">{t('investigations.title')}</h2>
      {error && <p className="error">{error}</p>}
      {items && <InvestigationList id="start-mine" items={mine} empty={t('investigations.none')} limit={4} />}
      <h3>{t('investigations.shared')}</h3>
      {items && (
        <InvestigationList
          id="start-shared"
          items={shared}
          empty={t('investigations.noneShared')}
          showOwner
          limit={4}
        />
      )}
      {(items?.length ?? 0) > 0 && (
        <button type="button" className="link" onClick={() => useWorkspace.getState().setTask('saved')}>
          {t('investigations.all')}
        </button>
      )}
    </section>
  );
}

type Run = StartRunsQuery['analysisRuns']['items'][number];
type Gangs = StartGangsQuery;

function AnalysisCard({ lead = false, briefing = false }: { lead?: boolean; briefing?: boolean }): ReactNode {
  const { t } = useTranslation('start');
  const canRun = useCan('run:jobs');
  const hasGangsTask = useCan('read:jobs');
  const [runs, setRuns] = useState<Run[] | null>(null);
  const [gangs, setGangs] = useState<Gangs | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const r = await api.request<StartRunsQuery, StartRunsQueryVariables>(
          START,
          { first: 4 },
          'StartRuns',
        );
        if (!live) return;
        setRuns(r.analysisRuns.items);
        const latest = r.analysisRuns.items[0];
        if (!latest) return;
        const g = await api.request<StartGangsQuery, StartGangsQueryVariables>(
          START,
          { runId: latest.id, first: briefing ? 3 : 5 },
          'StartGangs',
        );
        if (live) setGangs(g);
      } catch (err) {
        if (live) setError(errorMessage(err));
      }
    })();
    return () => {
      live = false;
    };
  }, [briefing]);
  const latest = runs?.[0];
  const names = new Map((gangs?.keyPlayers ?? []).map((k) => [k.id, k.name]));
  return (
    <section
      className={`start-card${lead ? ' start-lead' : ''}`}
      id={briefing ? 'start-briefing' : 'start-analysis'}
      aria-labelledby="start-analysis-title"
    >
      <h2 id="start-analysis-title">{briefing ? t('analysis.briefing') : t('analysis.title')}</h2>
      {error && <p className="error">{error}</p>}
      {!error && runs === null && <p className="muted">{t('analysis.loading')}</p>}
      {runs && !latest && <p className="muted">{canRun ? t('analysis.noneRun') : t('analysis.none')}</p>}
      {latest && (
        <>
          <p className="start-run" id="start-run">
            {briefing ? (
              <strong className="start-figure">
                {t('analysis.gangs', { n: formatNumber(latest.communityCount) })}
              </strong>
            ) : null}
            {t('analysis.run', {
              date: formatDate(latest.createdAt),
              gangs: formatNumber(latest.communityCount),
              people: formatNumber(latest.nodeCount),
              ties: formatNumber(latest.edgeCount),
            })}
          </p>
          {gangs && (
            <ol className="start-gangs" id="start-gangs">
              {gangs.communities.items.map((c) => {
                const key = c.keyPlayers
                  .map((id) => names.get(id))
                  .filter((n): n is string => !!n)
                  .slice(0, 3);
                return (
                  <li key={c.index}>
                    <strong>{gangName(c.index)}</strong>
                    <span> · {t('analysis.members', { n: formatNumber(c.size) })}</span>
                    {key.length > 0 && (
                      <span className="muted"> · {t('analysis.keyPlayers', { names: listOf(key) })}</span>
                    )}
                    {(c.firstAt || c.lastAt) && (
                      <span className="muted">
                        {' · '}
                        <span className="nowrap">
                          {t('analysis.activity', { span: formatSpan(c.firstAt, c.lastAt) })}
                        </span>
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {!briefing && runs && runs.length > 1 && (
            <details className="start-earlier">
              <summary>{t('analysis.earlier')}</summary>
              <ul>
                {runs.slice(1).map((r) => (
                  <li key={r.id}>
                    {t('analysis.earlierRun', {
                      date: formatDate(r.createdAt),
                      gangs: formatNumber(r.communityCount),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {hasGangsTask && (latest || canRun) && (
        <button
          type="button"
          className={lead ? 'primary' : undefined}
          id="start-open-gangs"
          title={t('analysis.openTitle')}
          onClick={() => useWorkspace.getState().setTask('gangs')}
        >
          {t('analysis.open')}
        </button>
      )}
    </section>
  );
}
