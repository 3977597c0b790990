// The sales of one resale chain as a table in the drawer: date, seller → buyer by name, price as
// money, the time since the sale before, where it was sold. Other chains of the relic are one
// click away above the table; a row shows its sale on the canvas.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import { caption, type CaptionInput } from '../../graph/captions.ts';
import { formatDate, formatMoney, formatSpan } from '../../i18n/format.ts';
import { DataTable } from '../tables/DataTable.tsx';
import { gapText, names } from './describe.ts';
import { showChain } from './open.ts';
import { useChains, type ChainStep } from './state.ts';
import '../paths/paths.css';

interface Row {
  n: number;
  step: ChainStep;
  gap: number | null;
}

const isoDay = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

export function ChainsTable(): ReactNode {
  const { t } = useTranslation('chains');
  const answer = useChains((s) => s.answer);
  const current = useChains((s) => s.current);
  if (!answer?.chains.length) return <p className="muted">{t('table.gone')}</p>;
  const chain = answer.chains[current] ?? answer.chains[0]!;
  const rows: Row[] = chain.steps.map((step, i) => {
    const before = chain.steps[i - 1]?.at;
    return { n: i + 1, step, gap: i > 0 && before != null && step.at != null ? step.at - before : null };
  });
  const who = (people: CaptionInput[]) => names(people);
  const focusSale = (r: Row) => {
    const canvas = useWorkspace.getState().canvas;
    if (!canvas?.graph.hasNode(r.step.sale.id)) return;
    canvas.select([r.step.sale.id]);
    canvas.focus(r.step.sale.id);
  };
  return (
    <div className="chains-drawer">
      <div className="chains-drawer-head">
        <strong>{t('chainN', { n: current + 1 })}</strong>
        <span className="muted">
          {t('chainFacts', { count: chain.steps.length, span: formatSpan(chain.startAt, chain.endAt) })}
        </span>
        {answer.origin && <span className="muted">{t('origin', { site: caption(answer.origin) })}</span>}
        {chain.lastHolders.length > 0 && (
          <span className="muted">{t('lastHolders', { people: who(chain.lastHolders) })}</span>
        )}
        {answer.chains.length > 1 && (
          <span className="chains-drawer-nav">
            <button type="button" onClick={() => showChain(current - 1)}>
              ‹ {t('previous')}
            </button>{' '}
            <span className="muted">{t('position', { n: current + 1, count: answer.chains.length })}</span>{' '}
            <button type="button" onClick={() => showChain(current + 1)}>
              {t('next')} ›
            </button>
          </span>
        )}
      </div>
      <DataTable<Row>
        name="resale-chain"
        rows={rows}
        rowKey={(r) => r.step.sale.id}
        onRowClick={focusSale}
        caption={t('table.caption', { relic: caption(answer.relic), n: current + 1 })}
        columns={[
          { id: 'n', header: t('col.n'), value: (r) => r.n, numeric: true },
          {
            id: 'date',
            header: t('col.date'),
            value: (r) => isoDay(r.step.at),
            cell: (r) => formatDate(r.step.at),
          },
          { id: 'seller', header: t('col.seller'), value: (r) => who(r.step.sellers) },
          { id: 'buyer', header: t('col.buyer'), value: (r) => who(r.step.buyers) },
          {
            id: 'price',
            header: t('col.price'),
            value: (r) => r.step.price,
            cell: (r) => formatMoney(r.step.price, r.step.currency),
            numeric: true,
          },
          {
            id: 'gap',
            header: t('col.gap'),
            value: (r) => (r.gap === null ? null : Math.round(r.gap / 86_400_000)),
            cell: (r) => gapText(r.gap),
            numeric: true,
          },
          {
            id: 'place',
            header: t('col.place'),
            value: (r) => (r.step.soldAt ? caption(r.step.soldAt) : '—'),
          },
        ]}
      />
    </div>
  );
}
