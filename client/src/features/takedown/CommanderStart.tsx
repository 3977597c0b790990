// The commander's start: the latest analysis in words (how many gangs, the largest with their
// size and activity), the latest takedown comparison in a few lines, and the way to its
// before/after view. Gang level only: nothing here needs read:entities.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { formatDate, formatDateTime, formatNumber, formatSpan } from '../../i18n/format.ts';
import {
  bestGroup,
  gangName,
  groupReason,
  latestTakedown,
  loadComparison,
  loadGangs,
  targetText,
  type GangGraph,
  type GangRun,
  type LoadedComparison,
} from './data.ts';
import { figureValue, groupName } from './figures.ts';
import { openBeforeAfter, openComparison } from './open.tsx';
import './takedown.css';

const LARGEST = 5;
const BriefingButton = lazy(() => import('../briefing/BriefingButton.tsx'));

export default function CommanderStart(): ReactNode {
  const { t } = useTranslation('takedown');
  const canBrief = useCan('read:briefing');
  const [gangs, setGangs] = useState<{ run: GangRun | null; gangs: GangGraph | null } | null>(null);
  const [takedown, setTakedown] = useState<LoadedComparison | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadGangs()
      .then((g) => live && setGangs(g))
      .catch((err) => live && setError(errorMessage(err)));
    if (canBrief)
      latestTakedown()
        .then((job) => (job ? loadComparison(job) : null))
        .then((d) => live && setTakedown(d))
        .catch((err) => live && setError(errorMessage(err)));
    else setTakedown(null);
    return () => {
      live = false;
    };
  }, [canBrief]);

  return (
    <div className="commander-start" id="commander-start">
      <h2>{t('start.title')}</h2>
      {error && <p className="error">{error}</p>}
      <section aria-labelledby="commander-gangs">
        <h3 id="commander-gangs">{t('start.analysis')}</h3>
        {!gangs && !error && <p className="muted">{t('loading')}</p>}
        {gangs && (!gangs.run || !gangs.gangs) && <p className="muted">{t('start.noRun')}</p>}
        {gangs?.run && gangs.gangs && <GangSummary run={gangs.run} graph={gangs.gangs} />}
      </section>
      {canBrief && (
        <section aria-labelledby="commander-takedown">
          <h3 id="commander-takedown">{t('start.takedown')}</h3>
          {takedown === undefined && !error && <p className="muted">{t('loading')}</p>}
          {takedown === null && (
            <>
              <p className="muted">{t('start.noTakedown')}</p>
              <div className="actions">
                <button type="button" onClick={() => useWorkspace.getState().setTask('takedown')}>
                  {t('start.simulate')}
                </button>
              </div>
            </>
          )}
          {takedown && <TakedownSummary data={takedown} />}
        </section>
      )}
      {canBrief && gangs?.run && (
        <div className="actions">
          <Suspense fallback={null}>
            <BriefingButton
              id="commander-briefing"
              className="primary"
              runId={gangs.run.id}
              runDate={gangs.run.createdAt}
              takedownJobId={takedown?.job.id ?? null}
              takedownDate={takedown ? (takedown.job.finishedAt ?? takedown.job.createdAt) : null}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}

function GangSummary({ run, graph }: { run: GangRun; graph: GangGraph }): ReactNode {
  const { t } = useTranslation('takedown');
  const largest = graph.nodes.slice(0, LARGEST);
  return (
    <>
      <p id="commander-run">
        {t('start.runText', {
          date: formatDate(run.createdAt),
          people: formatNumber(run.nodeCount),
          gangs: formatNumber(graph.totalCommunities),
          count: graph.totalCommunities,
        })}
      </p>
      <p>{t('start.largest', { count: largest.length })}</p>
      <ol id="commander-largest">
        {largest.map((g) => (
          <li key={g.index} data-gang={g.index} data-size={g.size}>
            {t('start.gangLine', {
              gang: gangName(g.index),
              size: formatNumber(g.size),
              cases: formatNumber(g.cases ?? 0),
              sales: formatNumber(g.sales ?? 0),
              relics: formatNumber(g.relics ?? 0),
              span: formatSpan(g.firstAt, g.lastAt),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}

function TakedownSummary({ data }: { data: LoadedComparison }): ReactNode {
  const { t } = useTranslation('takedown');
  const best = bestGroup(data.groups);
  const merged = data.groups.filter((g) => groupReason(g));
  return (
    <>
      <p>
        {t('start.takedownText', {
          date: formatDateTime(data.job.finishedAt ?? data.job.createdAt),
          count: data.comparison.results.length,
          n: formatNumber(data.comparison.results.length),
          groups: formatNumber(data.groups.length),
        })}
      </p>
      {best && (
        <p id="commander-best">
          {t('start.bestText', {
            strategy: groupName(best),
            targets: best.targets.map(targetText).join(t('listSeparator')),
            before: figureValue(best.before, 'largestComponent'),
            after: figureValue(best.after, 'largestComponent'),
            broken: formatNumber(best.after.communitiesBroken),
            count: best.after.communitiesBroken,
          })}{' '}
          {t(best.after.relicFlow ? 'start.flowStill' : 'start.flowCut')}
        </p>
      )}
      {merged.map((g) => (
        <p key={g.key} className="muted">
          {groupReason(g)}
        </p>
      ))}
      <div className="actions">
        <button
          type="button"
          className="primary"
          id="commander-before-after"
          onClick={() => openBeforeAfter(data, best?.key)}
        >
          {t('beforeAfter.open')}
        </button>
        <button type="button" id="commander-comparison" onClick={() => openComparison(data)}>
          {t('comparison.open')}
        </button>
      </div>
    </>
  );
}
