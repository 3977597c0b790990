// The gang-evolution task: track how gangs change across sliding time windows (run:jobs), and
// open any run's picture in the drawer (read:jobs).
import i18next from 'i18next';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type {
  EvolutionInput,
  StartEvolutionMutation,
  StartEvolutionMutationVariables,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { jobStatusText, param, waitForJob } from '../takedown/jobs.ts';
import { ensureDrawerHeight } from '../takedown/open.tsx';
import { getEvolutionJob, listEvolutionJobs, loadEvolution, type EvolutionJob } from './data.ts';
import DOC from './evolution.graphql?raw';
import '../takedown/takedown.css';
import './evolution.css';

const EvolutionPicture = lazy(() => import('./EvolutionPicture.tsx'));
export const EVOLUTION_TAB = 'evolution';

const DAY = 86_400_000;

const useEvolution = create<{
  jobs: EvolutionJob[] | null;
  running: EvolutionJob | null;
  set(s: Partial<{ jobs: EvolutionJob[] | null; running: EvolutionJob | null }>): void;
}>()((set) => ({ jobs: null, running: null, set }));

/** Opens a job's picture in the drawer. */
export async function openEvolution(job: EvolutionJob): Promise<void> {
  const { notify, setBusy, openDrawer } = useWorkspace.getState();
  setBusy({ text: i18next.t('evolution:loading'), progress: null });
  try {
    const data = await loadEvolution(job);
    ensureDrawerHeight(0.55);
    openDrawer({
      id: EVOLUTION_TAB,
      title: () => i18next.t('evolution:title'),
      render: () => (
        <Suspense fallback={null}>
          <EvolutionPicture data={data} />
        </Suspense>
      ),
    });
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    setBusy(null);
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default function EvolutionPanel(): ReactNode {
  const { t } = useTranslation('evolution');
  const canRun = useCan('run:jobs');
  return (
    <div className="panel-body" id="evolution-panel">
      <h2>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {canRun && <StartForm />}
      <JobList />
    </div>
  );
}

function StartForm(): ReactNode {
  const { t } = useTranslation('evolution');
  const now = Date.now();
  const [from, setFrom] = useState(isoDay(now - 10 * 365 * DAY));
  const [to, setTo] = useState(isoDay(now));
  const [windowDays, setWindowDays] = useState(730);
  const [stepDays, setStepDays] = useState(365);
  const running = useEvolution((s) => s.running);
  const [error, setError] = useState<string | null>(null);

  const start = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const a = Date.parse(from);
    const b = Date.parse(to);
    if (!(a < b)) return setError(t('badSpan'));
    const input: EvolutionInput = { from: a, to: b, windowDays, stepDays };
    const { set } = useEvolution.getState();
    const { setBusy } = useWorkspace.getState();
    try {
      const d = await api.request<StartEvolutionMutation, StartEvolutionMutationVariables>(
        DOC,
        { input },
        'StartEvolution',
      );
      const done = await waitForJob(d.trackGangEvolution, getEvolutionJob, (j) => {
        set({ running: j });
        setBusy({ text: t('running'), progress: j.progress });
      });
      setBusy(null);
      set({ running: null, jobs: await listEvolutionJobs() });
      await openEvolution(done);
    } catch (err) {
      setBusy(null);
      set({ running: null });
      setError(errorMessage(err));
    }
  };

  return (
    <form className="panel-body" id="evolution-form" onSubmit={(e) => void start(e)}>
      <div className="evo-form-row">
        <label>
          {t('from')}
          <input id="evolution-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('to')}
          <input id="evolution-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div className="evo-form-row">
        <label>
          {t('windowDays')}
          <input
            id="evolution-window"
            type="number"
            min={7}
            value={windowDays}
            onChange={(e) => setWindowDays(Math.max(7, Number(e.target.value) || 7))}
          />
        </label>
        <label>
          {t('stepDays')}
          <input
            id="evolution-step"
            type="number"
            min={1}
            value={stepDays}
            onChange={(e) => setStepDays(Math.max(1, Number(e.target.value) || 1))}
          />
        </label>
      </div>
      <button type="submit" className="primary" id="run-evolution" disabled={!!running}>
        {t('start')}
      </button>
      {running && (
        <div className="takedown-progress" role="status" id="evolution-progress">
          <progress max={1} value={running.progress} />
          <span className="muted">{jobStatusText(running)}</span>
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

function jobText(j: EvolutionJob): string {
  const from = param<number>(j.params, 'from');
  const to = param<number>(j.params, 'to');
  const days = param<number>(j.params, 'windowDays');
  return i18next.t('evolution:jobText', {
    from: formatDate(from),
    to: formatDate(to),
    days: formatNumber(days),
  });
}

function JobList(): ReactNode {
  const { t } = useTranslation('evolution');
  const jobs = useEvolution((s) => s.jobs);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listEvolutionJobs()
      .then((list) => live && useEvolution.getState().set({ jobs: list }))
      .catch((err) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="panel-body" aria-labelledby="evolution-runs">
      <h3 id="evolution-runs">{t('runs')}</h3>
      {error && <p className="error">{error}</p>}
      {jobs && jobs.length === 0 && <p className="muted">{t('noRuns')}</p>}
      {jobs && jobs.length > 0 && (
        <ul className="takedown-jobs" id="evolution-jobs">
          {jobs.slice(0, 8).map((j) => (
            <li key={j.id}>
              <button
                type="button"
                disabled={j.status !== 'succeeded'}
                onClick={() => void openEvolution(j)}
                data-job={j.id}
              >
                <span>{formatDateTime(j.finishedAt ?? j.createdAt)}</span>
                <span className="muted">
                  {jobText(j)}
                  {j.status !== 'succeeded' && ` · ${jobStatusText(j)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
