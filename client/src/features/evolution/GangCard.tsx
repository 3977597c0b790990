// A band's card: the gang of the latest run it became (size, density, cases, sales, relics,
// sites, active span), the band's own life (windows, sizes, merges and splits) and, for roles
// that may read people, its key players by name and a way to open it on the canvas.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EvolutionKeyPlayersQuery,
  EvolutionKeyPlayersQueryVariables,
  EvolutionMembersQuery,
  EvolutionMembersQueryVariables,
} from '../../api/__generated__/operations.ts';
import { openEntities } from '../../app/actions.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { caption } from '../../graph/captions.ts';
import { formatDate, formatNumber, formatPercent, formatSpan } from '../../i18n/format.ts';
import { gangName } from '../takedown/data.ts';
import type { LoadedEvolution } from './data.ts';
import DOC from './evolution.graphql?raw';
import { bandColor, bandLabel } from './labels.ts';

type GangActions = {
  openGang(gang: { runId: string; index: number; size: number }): Promise<void>;
};
const gangActions = Object.values(import.meta.glob<GangActions>('../gangs/actions.ts'))[0] as
  (() => Promise<GangActions>) | undefined;

export function GangCard({
  data,
  band,
  onSelect,
}: {
  data: LoadedEvolution;
  band: number;
  onSelect: (band: number) => void;
}): ReactNode {
  const { t } = useTranslation('evolution');
  const canRead = useCan('read:entities');
  const lineage = data.report.gangs.find((g) => g.id === band);
  const match = data.matches.get(band) ?? null;
  const gang = match ? (data.gangs.get(match.gang) ?? null) : null;
  const [players, setPlayers] = useState<string[] | null>(null);
  useEffect(() => {
    if (!canRead || !match || !data.run) return;
    let live = true;
    api
      .request<EvolutionKeyPlayersQuery, EvolutionKeyPlayersQueryVariables>(
        DOC,
        { runId: data.run.id, community: match.gang },
        'EvolutionKeyPlayers',
      )
      .then(
        (d) =>
          live &&
          setPlayers(
            d.keyPlayers
              .filter((p) => p.name)
              .map((p) => caption({ id: p.id, type: 'Person', label: p.name, properties: { name: p.name } })),
          ),
      )
      .catch(() => live && setPlayers([]));
    return () => {
      live = false;
    };
  }, [canRead, match, data.run]);
  if (!lineage) return null;

  const { windows } = data.report;
  const first = lineage.windows[0]!;
  const last = lineage.windows.at(-1)!;
  const events = data.report.events.filter(
    (e) => (e.kind === 'merge' || e.kind === 'split') && (e.gang === band || e.related.includes(band)),
  );
  const others = (ids: number[]) =>
    ids
      .filter((x) => x !== band)
      .map((x) => bandLabel(data, x))
      .join(t('listSeparator'));

  const open = async () => {
    if (!match || !data.run) return;
    try {
      // The gangs feature opens a gang with all its members and their ties; without it, the
      // members alone.
      const gangs = await gangActions?.();
      if (gangs) {
        await gangs.openGang({ runId: data.run.id, index: match.gang, size: gang?.size ?? 0 });
        return;
      }
      const d = await api.request<EvolutionMembersQuery, EvolutionMembersQueryVariables>(
        DOC,
        { runId: data.run.id, community: match.gang },
        'EvolutionMembers',
      );
      await openEntities(d.keyPlayers.map((m) => m.id));
    } catch (err) {
      useWorkspace.getState().notify('error', errorMessage(err));
    }
  };

  return (
    <div className="evo-card" id="evolution-card" data-gang={band}>
      <h3>
        <span className="evo-swatch" style={{ background: bandColor(data, band) }} aria-hidden="true" />
        {bandLabel(data, band)}
      </h3>
      <p>
        {t('card.life', {
          from: formatDate(windows[first]!.start),
          to: formatDate(windows[last]!.end),
          count: lineage.windows.length,
          n: formatNumber(lineage.windows.length),
        })}
        {lineage.parent !== null && (
          <>
            {' '}
            {t('card.splitFrom')}{' '}
            <button type="button" className="link" onClick={() => onSelect(lineage.parent!)}>
              {bandLabel(data, lineage.parent)}
            </button>
          </>
        )}
      </p>
      {match ? (
        <p>
          {t('card.match', {
            share: formatPercent(match.share),
            core: formatNumber(match.core),
            gang: gangName(match.gang),
          })}
        </p>
      ) : (
        <p className="muted">{t('card.noMatch')}</p>
      )}
      {gang && (
        <dl className="evo-facts">
          <dt>{t('card.size')}</dt>
          <dd>{formatNumber(gang.size)}</dd>
          <dt>{t('card.density')}</dt>
          <dd>{formatPercent(gang.density)}</dd>
          <dt>{t('card.cases')}</dt>
          <dd>{formatNumber(gang.cases ?? 0)}</dd>
          <dt>{t('card.sales')}</dt>
          <dd>{formatNumber(gang.sales ?? 0)}</dd>
          <dt>{t('card.relics')}</dt>
          <dd>{formatNumber(gang.relics ?? 0)}</dd>
          <dt>{t('card.sites')}</dt>
          <dd>{formatNumber(gang.sites ?? 0)}</dd>
          <dt>{t('card.active')}</dt>
          <dd>{formatSpan(gang.firstAt, gang.lastAt)}</dd>
        </dl>
      )}
      {events.length > 0 && (
        <ul className="evo-events">
          {events.map((e, i) => (
            <li key={i}>
              {t(
                e.kind === 'merge'
                  ? e.gang === band
                    ? 'card.mergedIn'
                    : 'card.mergedInto'
                  : e.gang === band
                    ? 'card.splitOff'
                    : 'card.splitOut',
                {
                  date: formatDate(windows[e.window]!.start),
                  others: e.gang === band ? others(e.related) : bandLabel(data, e.gang),
                },
              )}
            </li>
          ))}
        </ul>
      )}
      <table className="evo-sizes" id="evolution-card-sizes">
        <thead>
          <tr>
            <th>{t('card.window')}</th>
            <th>{t('card.members')}</th>
          </tr>
        </thead>
        <tbody>
          {lineage.windows.map((w, i) => (
            <tr key={w} data-window={w}>
              <td>{formatDate(windows[w]!.start)}</td>
              <td className="num">{formatNumber(lineage.sizes[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canRead && match && (
        <>
          {players && players.length > 0 && (
            <p>
              {t('card.keyPlayers')}: {players.join(t('listSeparator'))}
            </p>
          )}
          <button type="button" id="evolution-open-gang" onClick={() => void open()}>
            {t('card.open', { gang: gangName(match.gang) })}
          </button>
        </>
      )}
    </div>
  );
}
