// The takedown task: simulate removing people from the network (strategies choosing k people
// each, or people chosen by search or on the canvas) and read the comparisons of earlier runs.
// Each part shows only when the account's permissions allow it: starting needs read:briefing (as
// the server asks), choosing people read:entities, the list of runs read:jobs.
import i18next from 'i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SearchQuery,
  SearchQueryVariables,
  StartTakedownMutation,
  StartTakedownMutationVariables,
  TakedownInput,
  TakedownStrategy,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { caption } from '../../graph/captions.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import SEARCH from '../search/search.graphql?raw';
import {
  bestGroup,
  getTakedownJob,
  listTakedownJobs,
  loadComparison,
  STRATEGIES,
  targetText,
  type LoadedComparison,
  type TakedownJob,
} from './data.ts';
import { figureChange, groupName } from './figures.ts';
import { jobStatusText, param, waitForJob } from './jobs.ts';
import { openBeforeAfter, openComparison } from './open.tsx';
import { useTakedown } from './state.ts';
import DOC from './takedown.graphql?raw';
import './takedown.css';

interface Person {
  id: string;
  caption: string;
}

export default function TakedownPanel(): ReactNode {
  const { t } = useTranslation('takedown');
  const canStart = useCan('read:briefing');
  const canList = useCan('read:jobs');
  return (
    <div className="panel-body takedown-panel" id="takedown-panel">
      <h2>{t('title')}</h2>
      {canStart && <StartForm />}
      {canList && <JobList />}
    </div>
  );
}

/** A job in words: its strategies and k, or how many chosen people. */
export function jobDescription(j: TakedownJob): string {
  const tr = (key: string, o?: Record<string, unknown>) => i18next.t(`takedown:${key}`, o);
  const strategies = param<string[]>(j.params, 'strategies') ?? [];
  const people = param<string[]>(j.params, 'people') ?? [];
  const k = param<number>(j.params, 'k');
  const parts: string[] = [];
  if (people.length) parts.push(tr('job.people', { count: people.length, n: formatNumber(people.length) }));
  if (strategies.length)
    parts.push(
      tr('job.strategies', {
        list: strategies.map((s) => tr(`strategy.${s}`)).join(tr('listSeparator')),
        k: formatNumber(k ?? 5),
      }),
    );
  return parts.join(' · ');
}

function StartForm(): ReactNode {
  const { t } = useTranslation('takedown');
  const canPick = useCan('read:entities');
  const running = useTakedown((s) => s.running);
  const [strategies, setStrategies] = useState<string[]>(['betweenness', 'brokers', 'degree', 'greedy']);
  const [k, setK] = useState(3);
  const [people, setPeople] = useState<Person[]>([]);
  const [error, setError] = useState<string | null>(null);

  const start = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!people.length && !strategies.length) return setError(t('needSomething'));
    const input: TakedownInput = {};
    if (people.length) input.people = people.map((p) => p.id);
    if (strategies.length) {
      input.strategies = strategies as TakedownStrategy[];
      input.k = k;
    }
    const { setRunning, select, setJobs } = useTakedown.getState();
    const { setBusy, notify } = useWorkspace.getState();
    try {
      const d = await api.request<StartTakedownMutation, StartTakedownMutationVariables>(
        DOC,
        { input },
        'StartTakedown',
      );
      setRunning(d.simulateTakedown);
      const done = await waitForJob(d.simulateTakedown, getTakedownJob, (j) => {
        setRunning(j);
        setBusy({ text: t('running'), progress: j.progress });
      });
      setBusy(null);
      setRunning(null);
      setJobs(await listTakedownJobs());
      select(done.id);
      const data = await loadComparison(done);
      openComparison(data);
      notify('info', t('done'));
    } catch (err) {
      setBusy(null);
      setRunning(null);
      setError(errorMessage(err));
    }
  };

  const fromCanvas = () => {
    const { canvas, selectedNodes } = useWorkspace.getState();
    if (!canvas) return;
    const picked = selectedNodes
      .filter(
        (id) => canvas.graph.hasNode(id) && canvas.graph.getNodeAttribute(id, 'entityType') === 'Person',
      )
      .map((id) => {
        const a = canvas.graph.getNodeAttributes(id);
        return { id, caption: caption({ id, type: 'Person', label: a.label, properties: a.properties }) };
      });
    if (!picked.length) return setError(t('noSelection'));
    setError(null);
    setPeople((p) => [...p, ...picked.filter((x) => !p.some((y) => y.id === x.id))]);
  };

  const progress = running;
  const busy = !!progress;
  return (
    <form onSubmit={(e) => void start(e)} className="panel-body" id="takedown-form">
      <fieldset>
        <legend>{t('strategies')}</legend>
        {STRATEGIES.map((s) => (
          <label key={s} className="inline" title={t(`strategyHelp.${s}`)}>
            <input
              type="checkbox"
              name="strategy"
              value={s}
              checked={strategies.includes(s)}
              onChange={(e) =>
                setStrategies((list) => (e.target.checked ? [...list, s] : list.filter((x) => x !== s)))
              }
            />
            {t(`strategy.${s}`)}
          </label>
        ))}
        <p className="muted hint">{t('strategiesHint')}</p>
      </fieldset>
      <label>
        {t('k')}
        <input
          id="takedown-k"
          type="number"
          min={1}
          max={50}
          value={k}
          onChange={(e) => setK(Math.max(1, Math.min(50, Math.round(Number(e.target.value) || 1))))}
        />
      </label>
      {canPick && (
        <fieldset>
          <legend>{t('people')}</legend>
          <PersonPicker
            onPick={(p) => setPeople((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]))}
          />
          <button type="button" id="takedown-from-canvas" onClick={fromCanvas}>
            {t('fromCanvas')}
          </button>
          {people.length > 0 && (
            <ul className="takedown-people" id="takedown-people">
              {people.map((p) => (
                <li key={p.id}>
                  {p.caption}
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('remove', { name: p.caption })}
                    onClick={() => setPeople((list) => list.filter((x) => x.id !== p.id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="muted hint">{t('peopleHint')}</p>
        </fieldset>
      )}
      <button type="submit" className="primary" id="run-takedown" disabled={busy}>
        {t('run')}
      </button>
      {progress && (
        <div className="takedown-progress" id="takedown-progress" role="status">
          <progress max={1} value={progress.progress} />
          <span className="muted">{jobStatusText(progress)}</span>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function PersonPicker({ onPick }: { onPick: (p: Person) => void }): ReactNode {
  const { t } = useTranslation('takedown');
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Person[]>([]);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const query = q.trim();
    if (!(/\p{Script=Han}/u.test(query) || query.length >= 2)) return setHits([]);
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api
        .request<SearchQuery, SearchQueryVariables>(SEARCH, { query, types: ['Person'], first: 8 }, 'Search')
        .then((d) => {
          if (mine !== seq.current) return;
          setHits(d.search.items.map((h) => ({ id: h.entity.id, caption: caption(h.entity as never) })));
        })
        .catch(() => mine === seq.current && setHits([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <div className="takedown-picker">
      <input
        id="takedown-search"
        type="search"
        value={q}
        placeholder={t('searchPeople')}
        aria-label={t('searchPeople')}
        autoComplete="off"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && hits.length > 0 && (
        <ul role="listbox" id="takedown-search-results">
          {hits.map((h) => (
            <li
              key={h.id}
              role="option"
              aria-selected={false}
              data-id={h.id}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(h);
                setQ('');
                setOpen(false);
              }}
            >
              {h.caption}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function JobList(): ReactNode {
  const { t } = useTranslation('takedown');
  const jobs = useTakedown((s) => s.jobs);
  const selected = useTakedown((s) => s.selected);
  const running = useTakedown((s) => s.running);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listTakedownJobs()
      .then((list) => {
        if (!live) return;
        const s = useTakedown.getState();
        s.setJobs(list);
        if (!s.selected) s.select(list.find((j) => j.status === 'succeeded')?.id ?? null);
      })
      .catch((err) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [running?.id]);
  const job = jobs?.find((j) => j.id === selected) ?? null;
  return (
    <section className="panel-body" aria-labelledby="takedown-runs">
      <h3 id="takedown-runs">{t('runs')}</h3>
      {error && <p className="error">{error}</p>}
      {jobs && jobs.length === 0 && <p className="muted">{t('noRuns')}</p>}
      {jobs && jobs.length > 0 && (
        <ul className="takedown-jobs" id="takedown-jobs">
          {jobs.slice(0, 8).map((j) => (
            <li key={j.id}>
              <button
                type="button"
                aria-pressed={j.id === selected}
                disabled={j.status !== 'succeeded'}
                onClick={() => useTakedown.getState().select(j.id)}
              >
                <span>{formatDateTime(j.finishedAt ?? j.createdAt)}</span>
                <span className="muted">
                  {jobDescription(j)}
                  {j.status !== 'succeeded' && ` · ${jobStatusText(j)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {job && <JobResult key={job.id} job={job} />}
    </section>
  );
}

function JobResult({ job }: { job: TakedownJob }): ReactNode {
  const { t } = useTranslation('takedown');
  const [data, setData] = useState<LoadedComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadComparison(job)
      .then((d) => live && setData(d))
      .catch((err) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [job]);
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  const best = bestGroup(data.groups);
  return (
    <div className="takedown-result" id="takedown-result">
      <p>
        {t('summary', {
          people: formatNumber(data.comparison.people),
          communities: formatNumber(data.comparison.communities),
          looters: formatNumber(data.comparison.looters),
          buyers: formatNumber(data.comparison.buyers),
        })}
      </p>
      {best && (
        <>
          <p>
            <strong>{t('best', { strategy: groupName(best) })}</strong>
          </p>
          <ul>
            <li>{best.targets.map(targetText).join(t('listSeparator'))}</li>
            <li>
              {t('figure.largestComponent')}: {figureChange(best, 'largestComponent')}
            </li>
            <li>
              {t('figure.communitiesBroken')}: {figureChange(best, 'communitiesBroken')}
            </li>
            <li>
              {t('figure.relicFlow')}: {figureChange(best, 'relicFlow')}
            </li>
          </ul>
        </>
      )}
      {data.groups.length < data.comparison.results.length && (
        <p className="muted">
          {t('mergedNote', { count: data.comparison.results.length - data.groups.length })}
        </p>
      )}
      <div className="takedown-row">
        <button type="button" id="takedown-open-table" onClick={() => openComparison(data)}>
          {t('comparison.open')}
        </button>
        <button
          type="button"
          className="primary"
          id="takedown-open-picture"
          onClick={() => openBeforeAfter(data)}
        >
          {t('beforeAfter.open')}
        </button>
      </div>
    </div>
  );
}
