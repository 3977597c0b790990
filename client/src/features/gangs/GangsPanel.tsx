// The gangs task (analysts run it, every role with read:jobs reads it): community detection with
// its progress, the analysis runs to choose from, the run's gangs (a table in the drawer, every
// gang at once on the canvas), key players and brokers by name with the measure that ranks them,
// the gang on the canvas, combos, repeat offenders.
import i18next from 'i18next';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useCanvas, useWorkspace } from '../../app/store.ts';
import { gangName } from '../../graph/collapse.ts';
import { combos, gangsOnCanvas, isCombo } from '../../graph/combos.ts';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../i18n/format.ts';
import {
  cancelLoading,
  cancelRunning,
  combineFamily,
  combineGang,
  combineSelection,
  expandAllCombos,
  expandCombos,
  focusPerson,
  install,
  loadLatestRepeat,
  openTab,
  openGang,
  openOverview,
  refreshRuns,
  resumeDetection,
  runDetection,
  runRepeatOffenders,
  selectRun,
  showLatestRepeat,
} from './actions.ts';
import { MEASURES, ranked, rankedName, type Measure, type Ranked, type Run } from './data.ts';
import { formatMeasure } from './format.ts';
import './gangs.css';
import { useGangs } from './state.ts';
import { GangsTable, GANGS_TAB, PlayersTable, PLAYERS_TAB, RepeatTable, REPEAT_TAB } from './tables.tsx';

/** The briefing export (features/briefing), loaded when the panel is: its dialog is not in the first bundle. */
const BriefingButton = lazy(() => import('../briefing/BriefingButton.tsx'));

function engineName(t: (k: string) => string, engine: string): string {
  return /^gds/i.test(engine) ? t('run.engineGds') : t('run.engineGraphology');
}

export default function GangsPanel(): ReactNode {
  const { t } = useTranslation('gangs');
  const canRun = useCan('run:jobs');
  const canRead = useCan('read:entities');
  const runs = useGangs((s) => s.runs);

  useEffect(() => {
    install();
    if (!useGangs.getState().runs) void refreshRuns();
    void resumeDetection();
    if (canRead) void loadLatestRepeat();
  }, [canRead]);

  return (
    <div className="panel-body gangs-panel">
      {canRun && <Detection />}
      <JobProgress />
      {runs && !runs.length && <p className="muted">{canRun ? t('needsRun') : t('needsRunAsk')}</p>}
      {!!runs?.length && <RunSection runs={runs} />}
      <OpenGangSection />
      <Players />
      <Combos />
      {canRead && <Repeat />}
    </div>
  );
}

function Detection(): ReactNode {
  const { t } = useTranslation('gangs');
  const [resolution, setResolution] = useState(1);
  const [seed, setSeed] = useState(42);
  const running = useGangs((s) => s.running);
  return (
    <section aria-labelledby="gangs-detect-h">
      <h2 id="gangs-detect-h">{t('detect.title')}</h2>
      <form
        className="gangs-row"
        onSubmit={(e) => {
          e.preventDefault();
          void runDetection(resolution, seed);
        }}
      >
        <label title={t('detect.resolutionHint')}>
          {t('detect.resolution')}
          <input
            id="gangs-resolution"
            type="number"
            min={0.1}
            max={10}
            step={0.1}
            value={resolution}
            onChange={(e) => setResolution(Number(e.target.value) || 1)}
          />
        </label>
        <label>
          {t('detect.seed')}
          <input
            id="gangs-seed"
            type="number"
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.round(Number(e.target.value)) || 0)}
          />
        </label>
        <button type="submit" id="gangs-detect" className="primary" disabled={!!running}>
          {t('detect.run')}
        </button>
      </form>
    </section>
  );
}

function JobProgress(): ReactNode {
  const { t } = useTranslation('gangs');
  const running = useGangs((s) => s.running);
  const loading = useGangs((s) => s.loading);
  const canRun = useCan('run:jobs');
  if (!running && !loading) return null;
  return (
    <div className="gangs-job" role="status" aria-live="polite" id="gangs-job">
      {running && (
        <>
          <span id="gangs-job-status">
            {t(running.kind === 'communities' ? 'detect.title' : 'repeat.title')}:{' '}
            {t(`job.${running.job.status}`)} {formatPercent(running.job.progress)}
          </span>
          <progress max={1} value={running.job.progress} />
          {canRun && (
            <button type="button" id="gangs-job-cancel" onClick={() => void cancelRunning()}>
              {t('job.cancel')}
            </button>
          )}
        </>
      )}
      {loading && (
        <>
          <span id="gangs-load-status">
            {gangName(loading.gang.index)} · {formatPercent(loading.progress.fraction)}
          </span>
          <progress max={1} value={loading.progress.fraction} />
          <button type="button" onClick={cancelLoading}>
            {t('loading.cancel')}
          </button>
        </>
      )}
    </div>
  );
}

function RunSection({ runs }: { runs: Run[] }): ReactNode {
  const { t } = useTranslation('gangs');
  const runId = useGangs((s) => s.runId);
  const gangs = useGangs((s) => s.gangs);
  const overview = useGangs((s) => s.overview);
  const run = runs.find((r) => r.id === runId) ?? null;
  const openTable = () =>
    openTab(
      GANGS_TAB,
      () => i18next.t('table.title', { ns: 'gangs' }),
      () => <GangsTable />,
    );
  return (
    <section aria-labelledby="gangs-run-h">
      <h2 id="gangs-run-h">{t('run.title')}</h2>
      <label>
        {t('run.choose')}
        <select id="gangs-run" value={runId ?? ''} onChange={(e) => void selectRun(e.target.value)}>
          {runs.map((r) => (
            <option key={r.id} value={r.id}>
              {t('run.option', { date: formatDateTime(r.createdAt), gangs: formatNumber(r.communityCount) })}
            </option>
          ))}
        </select>
      </label>
      {run && (
        <dl className="gangs-facts">
          <dt>{t('run.gangs')}</dt>
          <dd>{formatNumber(run.communityCount)}</dd>
          <dt>{t('run.people')}</dt>
          <dd>{formatNumber(run.nodeCount)}</dd>
          <dt>{t('run.ties')}</dt>
          <dd>{formatNumber(run.edgeCount)}</dd>
          <dt>{t('run.modularity')}</dt>
          <dd>{formatNumber(run.modularity, 3)}</dd>
          <dt>{t('run.engine')}</dt>
          <dd>{engineName(t, run.engine)}</dd>
        </dl>
      )}
      <div className="gangs-buttons">
        <button type="button" id="gangs-open-table" disabled={!gangs} onClick={openTable}>
          {t('actions.table')}
        </button>
        <button
          type="button"
          id="gangs-overview"
          disabled={!overview}
          title={t('actions.overviewHint')}
          onClick={() => void openOverview()}
        >
          {t('actions.overview')}
        </button>
        <button
          type="button"
          id="gangs-open-largest"
          disabled={!gangs?.length}
          onClick={() => gangs?.[0] && void openGang(gangs[0])}
        >
          {t('actions.openLargest')}
        </button>
        <Suspense fallback={null}>
          <BriefingButton id="gangs-briefing" runId={runId} runDate={run?.createdAt ?? null} />
        </Suspense>
      </div>
    </section>
  );
}

function OpenGangSection(): ReactNode {
  const { t } = useTranslation('gangs');
  const open = useGangs((s) => s.open);
  const canvas = useCanvas();
  const version = useWorkspace((s) => s.graphVersion);
  const [byGang, setByGang] = useState(canvas?.style.colorBy === 'community');
  void version;
  if (!open || !canvas) return null;
  return (
    <section aria-labelledby="gangs-open-h">
      <h2 id="gangs-open-h">{t('open.title')}</h2>
      <p id="gangs-open-facts">
        {t('open.facts', { gang: gangName(open.index), size: formatNumber(open.size) })}
      </p>
      <button
        type="button"
        onClick={() => {
          canvas.setStyle({ colorBy: byGang ? 'type' : 'community' });
          setByGang(!byGang);
        }}
      >
        {byGang ? t('actions.colourByType') : t('actions.colourByGang')}
      </button>
    </section>
  );
}

function RankedList({ id, people, by }: { id: string; people: Ranked[] | null; by: Measure }): ReactNode {
  const { t } = useTranslation('gangs');
  if (!people) return <p className="muted">{t('run.loading')}</p>;
  if (!people.length) return <p className="muted">{t('players.none')}</p>;
  return (
    <ol className="gangs-ranked" id={id}>
      {people.map((p) => {
        const name = rankedName(p);
        return (
          <li key={p.id} data-person={p.id}>
            <button
              type="button"
              className="link"
              title={t('players.focusTitle', { name })}
              onClick={() => void focusPerson(p.id)}
            >
              {name}
            </button>
            <span className="muted gang-of">{gangName(p.community)}</span>
            <data className="measure" value={p[by]}>
              {formatMeasure(by, p[by])}
            </data>
          </li>
        );
      })}
    </ol>
  );
}

function Players(): ReactNode {
  const { t } = useTranslation('gangs');
  const runId = useGangs((s) => s.runId);
  const gangs = useGangs((s) => s.gangs);
  const open = useGangs((s) => s.open);
  const measure = useGangs((s) => s.measure);
  const [scope, setScope] = useState<number | null>(null);
  const [players, setPlayers] = useState<Ranked[] | null>(null);
  const [brokers, setBrokers] = useState<Ranked[] | null>(null);
  // The gang on the canvas is the scope by default.
  useEffect(() => {
    if (open && open.runId === runId) setScope(open.index);
  }, [open, runId]);
  useEffect(() => {
    if (!runId) return;
    let live = true;
    setPlayers(null);
    setBrokers(null);
    const by = measure === 'broker' ? 'pagerank' : measure;
    Promise.all([ranked(runId, scope, by, 10), ranked(runId, scope, 'broker', 10)])
      .then(([p, b]) => {
        if (!live) return;
        setPlayers(p);
        setBrokers(b);
      })
      .catch((err: unknown) => useWorkspace.getState().notify('error', errorMessage(err)));
    return () => {
      live = false;
    };
  }, [runId, scope, measure]);
  if (!runId) return null;
  const by = measure === 'broker' ? 'pagerank' : measure;
  return (
    <section aria-labelledby="gangs-players-h">
      <h2 id="gangs-players-h">{t('players.title')}</h2>
      <div className="gangs-row">
        <label>
          {t('players.scope')}
          <select
            id="gangs-scope"
            value={scope === null ? '' : String(scope)}
            onChange={(e) => setScope(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('players.scopeRun')}</option>
            {(gangs ?? []).slice(0, 200).map((g) => (
              <option key={g.index} value={g.index}>
                {t('open.facts', { gang: gangName(g.index), size: formatNumber(g.size) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('players.measure')}
          <select
            id="gangs-measure"
            value={by}
            onChange={(e) => useGangs.getState().set({ measure: e.target.value as Measure })}
          >
            {MEASURES.filter((m) => m !== 'broker').map((m) => (
              <option key={m} value={m}>
                {t(`measure.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RankedList id="gangs-key-players" people={players} by={by} />
      <h3 title={t('players.brokersHint')}>
        {t('players.brokers')} <span className="muted">· {t('measure.broker')}</span>
      </h3>
      <RankedList id="gangs-brokers" people={brokers} by="broker" />
      <button
        type="button"
        id="gangs-players-table"
        onClick={() =>
          openTab(
            PLAYERS_TAB,
            () =>
              i18next.t('players.tableTitle', {
                ns: 'gangs',
                scope: scope === null ? i18next.t('players.scopeRun', { ns: 'gangs' }) : gangName(scope),
              }),
            () => <PlayersTable runId={runId} community={scope} by={by} />,
          )
        }
      >
        {t('players.more')}
      </button>
    </section>
  );
}

function Combos(): ReactNode {
  const { t } = useTranslation('gangs');
  const canvas = useCanvas();
  const selected = useWorkspace((s) => s.selectedNodes);
  useWorkspace((s) => s.graphVersion);
  if (!canvas || canvas.graph.order === 0) return null;
  const g = canvas.graph;
  const onCanvas = [...gangsOnCanvas(g)].sort((a, b) => b[1] - a[1]).slice(0, 6);
  const selectedCombos = selected.filter((id) => isCombo(g, id));
  const people = selected.filter((id) => g.hasNode(id) && g.getNodeAttribute(id, 'entityType') === 'Person');
  const all = combos(g).length;
  if (canvas.mode !== 'full') return null;
  return (
    <section aria-labelledby="gangs-combos-h">
      <h2 id="gangs-combos-h">{t('combo.title')}</h2>
      <p className="muted small">{t('combo.hint')}</p>
      <div className="gangs-buttons">
        {onCanvas
          .filter(([c]) => g.someNode((_n, a) => a.community === c && a.entityType === 'Person'))
          .map(([c]) => (
            <button key={c} type="button" data-combine-gang={c} onClick={() => combineGang(c)}>
              {t('combo.gang', { gang: gangName(c) })}
            </button>
          ))}
        <button
          type="button"
          id="combo-selection"
          disabled={selected.length < 2}
          onClick={() => combineSelection(selected)}
        >
          {t('combo.selection')}
        </button>
        <button
          type="button"
          id="combo-family"
          disabled={!people.length}
          onClick={() => combineFamily(people)}
        >
          {t('combo.family')}
        </button>
        <button
          type="button"
          id="combo-expand"
          disabled={!selectedCombos.length}
          onClick={() => expandCombos(selectedCombos)}
        >
          {t('combo.expand')}
        </button>
        <button type="button" id="combo-expand-all" disabled={!all} onClick={expandAllCombos}>
          {t('combo.expandAll')}
        </button>
      </div>
      {all > 0 && <p className="muted small">{t('combo.onCanvas', { count: all })}</p>}
    </section>
  );
}

function Repeat(): ReactNode {
  const { t } = useTranslation('gangs');
  const canRun = useCan('run:jobs');
  const latest = useGangs((s) => s.latestRepeatJob);
  const running = useGangs((s) => s.running);
  const [minCases, setMinCases] = useState(2);
  const show = () =>
    openTab(
      REPEAT_TAB,
      () => i18next.t('repeat.tableTitle', { ns: 'gangs' }),
      () => <RepeatTable />,
    );
  return (
    <section aria-labelledby="gangs-repeat-h">
      <h2 id="gangs-repeat-h">{t('repeat.title')}</h2>
      {canRun && (
        <form
          className="gangs-row"
          onSubmit={(e) => {
            e.preventDefault();
            void runRepeatOffenders(minCases).then((ok) => ok && show());
          }}
        >
          <label>
            {t('repeat.minCases')}
            <input
              id="repeat-min-cases"
              type="number"
              min={2}
              max={50}
              value={minCases}
              onChange={(e) => setMinCases(Math.max(2, Math.round(Number(e.target.value)) || 2))}
            />
          </label>
          <button type="submit" id="repeat-run" disabled={!!running}>
            {t('repeat.run')}
          </button>
        </form>
      )}
      {latest && (
        <button
          type="button"
          id="repeat-show"
          onClick={() => void showLatestRepeat().then((ok) => ok && show())}
        >
          {t('repeat.show', { date: formatDate(latest.finishedAt ?? latest.createdAt) })}
        </button>
      )}
    </section>
  );
}
