// The gangs task's tables, in the drawer: the run's gangs, a ranking of people, repeat offenders.
// Each reads the task's store, so it stays current while it is open.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { gangName } from '../../graph/collapse.ts';
import { formatDate, formatNumber, formatPercent, formatSpan } from '../../i18n/format.ts';
import { DataTable, type Column } from '../tables/DataTable.tsx';
import { focusPerson, openGang } from './actions.ts';
import { ranked, rankedName, type Gang, type Measure, type Ranked } from './data.ts';
import { formatMeasure } from './format.ts';
import { useGangs } from './state.ts';

export const GANGS_TAB = 'gangs-table';
export const PLAYERS_TAB = 'gangs-players';
export const REPEAT_TAB = 'gangs-repeat';

type RepeatRow = {
  id: string;
  name: string;
  cases: number;
  first: number | null;
  last: number | null;
  roles: string[];
};

export function GangsTable(): ReactNode {
  const { t } = useTranslation('gangs');
  const gangs = useGangs((s) => s.gangs);
  const names = useGangs((s) => s.names);
  const open = useGangs((s) => s.open);
  const canOpen = useCan('read:jobs');
  const columns = useMemo<Column<Gang>[]>(() => {
    const keyMembers = (g: Gang) =>
      g.keyPlayers
        .slice(0, 3)
        .map((id) => names.get(id))
        .filter((n): n is string => !!n)
        .join('、');
    const cols: Column<Gang>[] = [
      { id: 'gang', header: t('table.gang'), value: (g) => gangName(g.index) },
      {
        id: 'size',
        header: t('table.size'),
        value: (g) => g.size,
        cell: (g) => formatNumber(g.size),
        numeric: true,
      },
      {
        id: 'density',
        header: t('table.density'),
        value: (g) => g.density,
        cell: (g) => formatPercent(g.density),
        numeric: true,
      },
      { id: 'key', header: t('table.keyMembers'), value: keyMembers },
      {
        id: 'cases',
        header: t('table.cases'),
        value: (g) => g.cases,
        cell: (g) => formatNumber(g.cases),
        numeric: true,
      },
      {
        id: 'sales',
        header: t('table.sales'),
        value: (g) => g.sales,
        cell: (g) => formatNumber(g.sales),
        numeric: true,
      },
      {
        id: 'relics',
        header: t('table.relics'),
        value: (g) => g.relics,
        cell: (g) => formatNumber(g.relics),
        numeric: true,
      },
      {
        id: 'sites',
        header: t('table.sites'),
        value: (g) => g.sites,
        cell: (g) => formatNumber(g.sites),
        numeric: true,
      },
      {
        id: 'active',
        header: t('table.active'),
        value: (g) => formatSpan(g.firstAt, g.lastAt),
      },
    ];
    if (canOpen)
      cols.push({
        id: 'actions',
        header: '',
        value: () => '',
        cell: (g) => (
          <span className="gang-actions">
            <button
              type="button"
              data-open-gang={g.index}
              title={t('table.openTitle', { gang: gangName(g.index) })}
              onClick={(e) => {
                e.stopPropagation();
                void openGang(g);
              }}
            >
              {t('table.open')}
            </button>
            <button
              type="button"
              data-add-gang={g.index}
              title={t('table.addTitle', { gang: gangName(g.index) })}
              onClick={(e) => {
                e.stopPropagation();
                void openGang(g, { add: true });
              }}
            >
              {t('table.add')}
            </button>
          </span>
        ),
      });
    return cols;
  }, [t, names, canOpen]);
  if (!gangs) return <p className="muted">{t('run.loading')}</p>;
  return (
    <DataTable
      name="gangs"
      caption={t('table.caption')}
      rows={gangs}
      columns={columns}
      rowKey={(g) => String(g.index)}
      onRowClick={canOpen ? (g) => void openGang(g) : undefined}
      isActive={(g) => open?.runId === g.runId && open.index === g.index}
      initialSort={{ id: 'size', desc: true }}
    />
  );
}

/** A ranking of people (the run's or one gang's) by one measure, with every measure. */
export function PlayersTable({
  runId,
  community,
  by,
}: {
  runId: string;
  community: number | null;
  by: Measure;
}): ReactNode {
  const { t } = useTranslation('gangs');
  const [rows, setRows] = useState<Ranked[] | null>(null);
  useEffect(() => {
    let live = true;
    ranked(runId, community, by, 200)
      .then((r) => live && setRows(r))
      .catch((err: unknown) => useWorkspace.getState().notify('error', errorMessage(err)));
    return () => {
      live = false;
    };
  }, [runId, community, by]);
  const columns = useMemo<Column<Ranked & { rank: number }>[]>(
    () => [
      { id: 'rank', header: t('players.rank'), value: (p) => p.rank, numeric: true },
      { id: 'person', header: t('players.person'), value: (p) => rankedName(p) },
      { id: 'gang', header: t('players.gang'), value: (p) => gangName(p.community) },
      ...(['pagerank', 'betweenness', 'degree', 'broker', 'participation'] as const).map((m) => ({
        id: m,
        header: t(`measure.${m}`),
        value: (p: Ranked) => p[m],
        cell: (p: Ranked) => formatMeasure(m, p[m]),
        numeric: true,
      })),
    ],
    [t],
  );
  if (!rows) return <p className="muted">{t('run.loading')}</p>;
  return (
    <DataTable
      name="key-players"
      rows={rows.map((p, i) => ({ ...p, rank: i + 1 }))}
      columns={columns}
      rowKey={(p) => p.id}
      onRowClick={(p) => void focusPerson(p.id)}
      initialSort={{ id: 'rank', desc: false }}
    />
  );
}

export function RepeatTable(): ReactNode {
  const { t } = useTranslation('gangs');
  const repeat = useGangs((s) => s.repeat);
  const columns = useMemo<Column<RepeatRow>[]>(
    () => [
      { id: 'person', header: t('repeat.person'), value: (r) => r.name },
      {
        id: 'cases',
        header: t('repeat.cases'),
        value: (r) => r.cases,
        cell: (r) => formatNumber(r.cases),
        numeric: true,
      },
      { id: 'first', header: t('repeat.first'), value: (r) => r.first, cell: (r) => formatDate(r.first) },
      { id: 'last', header: t('repeat.last'), value: (r) => r.last, cell: (r) => formatDate(r.last) },
      {
        id: 'roles',
        header: t('repeat.roles'),
        value: (r) => r.roles.map((x) => t(`role.${x}`, { defaultValue: t('role.other') })).join('、'),
      },
    ],
    [t],
  );
  const rows = useMemo<RepeatRow[]>(
    () =>
      (repeat?.data.offenders ?? []).map((o) => ({
        id: o.id,
        name: repeat?.names.get(o.id) ?? t('players.person'),
        cases: o.cases,
        first: o.first,
        last: o.last,
        roles: [...new Set(o.timeline.map((c) => c.role))],
      })),
    [repeat, t],
  );
  if (!repeat) return <p className="muted">{t('run.loading')}</p>;
  return (
    <div className="gangs-repeat">
      <p className="muted">
        {t('repeat.summary', {
          total: formatNumber(repeat.data.total),
          n: formatNumber(repeat.data.minCases),
        })}
      </p>
      <DataTable
        name="repeat-offenders"
        caption={t('repeat.caption', { n: repeat.data.minCases })}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        onRowClick={(r) => void focusPerson(r.id)}
        initialSort={{ id: 'cases', desc: true }}
      />
    </div>
  );
}
