// The takedown comparison in the drawer: one row per set of targets (strategies that removed the
// same people are one row, the reason below), targets by name, before → after figures.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { DataTable, type Column } from '../tables/DataTable.tsx';
import type { LoadedComparison, StrategyGroup } from './data.ts';
import { groupReason, targetText } from './data.ts';
import { FIGURES, figureChange, figureLabel, groupName } from './figures.ts';
import { openBeforeAfter } from './open.tsx';
import './takedown.css';

export function ComparisonSummary({ data }: { data: LoadedComparison }): ReactNode {
  const { t } = useTranslation('takedown');
  const c = data.comparison;
  return (
    <p className="takedown-summary" data-testid="takedown-summary">
      {t('summary', {
        people: formatNumber(c.people),
        communities: formatNumber(c.communities),
        looters: formatNumber(c.looters),
        buyers: formatNumber(c.buyers),
      })}{' '}
      <span className="muted">
        {t('ranAt', { date: formatDateTime(data.job.finishedAt ?? data.job.createdAt) })}
      </span>
    </p>
  );
}

export function ComparisonTable({ data }: { data: LoadedComparison }): ReactNode {
  const { t } = useTranslation('takedown');
  const columns: Column<StrategyGroup>[] = [
    {
      id: 'strategy',
      header: t('col.strategy'),
      value: groupName,
      cell: (g) => (
        <span data-strategies={g.strategies.join(',')}>
          {groupName(g)}
          {groupReason(g) && <sup className="takedown-mark">*</sup>}
        </span>
      ),
    },
    {
      id: 'targets',
      header: t('col.targets'),
      value: (g) => g.targets.map(targetText).join(t('listSeparator')),
      cell: (g) => (
        <span className="takedown-targets">{g.targets.map(targetText).join(t('listSeparator'))}</span>
      ),
    },
    ...FIGURES.map<Column<StrategyGroup>>((key) => ({
      id: key,
      header: figureLabel(key),
      value: (g) => (key === 'relicFlow' ? figureChange(g, key) : g.after[key]),
      cell: (g) => <span data-figure={key}>{figureChange(g, key)}</span>,
      numeric: key !== 'relicFlow',
    })),
  ];
  const merged = data.groups.filter((g) => groupReason(g));
  return (
    <div className="takedown-drawer" id="takedown-comparison">
      <div className="takedown-drawer-bar">
        <ComparisonSummary data={data} />
        <span className="spacer" />
        <button type="button" id="takedown-open-before-after" onClick={() => openBeforeAfter(data)}>
          {t('beforeAfter.open')}
        </button>
      </div>
      {data.notInNetwork.length > 0 && (
        <p className="muted">
          {t('notInNetwork', {
            count: data.notInNetwork.length,
            list: data.notInNetwork.map(targetText).join(t('listSeparator')),
          })}
        </p>
      )}
      <DataTable
        name="takedown-comparison"
        rows={data.groups}
        rowKey={(g) => g.key}
        columns={columns}
        pageSize={10}
      />
      {merged.length > 0 && (
        <ul className="takedown-reasons" id="takedown-merged">
          {merged.map((g) => (
            <li key={g.key} data-strategies={g.strategies.join(',')}>
              <sup className="takedown-mark">*</sup> {groupReason(g)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
