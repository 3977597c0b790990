// Resale chains (the detective's task): a relic picked by name or from the canvas selection, then
// every time-ordered chain of its sales, from the site it was taken from to its last known holders.
// The chains go on the canvas in time order beside what is there; the current one is drawn over the
// rest and its sales are listed in the drawer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import { caption } from '../../graph/captions.ts';
import { formatSpan } from '../../i18n/format.ts';
import { EntityPicker } from '../paths/EntityPicker.tsx';
import { problemText } from '../paths/find.ts';
import { nodeEntity } from '../paths/on-canvas.ts';
import { names } from './describe.ts';
import { clearChains, openChains, openTable, showChain } from './open.ts';
import { useChains } from './state.ts';
import '../paths/paths.css';

const RELIC = ['Relic'];

export default function ChainsPanel(): ReactNode {
  const { t } = useTranslation('chains');
  const s = useChains();
  const selected = useWorkspace((w) => w.selectedNodes);
  const canvas = useWorkspace((w) => w.canvas);
  useWorkspace((w) => w.graphVersion);
  const selectedRelic = canvas
    ? selected.map((id) => nodeEntity(canvas, id)).find((e) => e?.type === 'Relic')
    : undefined;

  return (
    <div className="panel-body paths-panel">
      <h2>{t('title')}</h2>
      <form
        className="paths-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void openChains();
        }}
      >
        <EntityPicker
          id="chain-relic"
          label={t('relic')}
          placeholder={t('relicPlaceholder')}
          types={RELIC}
          value={s.relic}
          onChange={(relic) => s.set({ relic, problem: null })}
        />
        {selectedRelic && selectedRelic.id !== s.relic?.id && (
          <button
            type="button"
            id="chain-use-selection"
            className="wrap"
            onClick={() => s.set({ relic: { id: selectedRelic.id, entity: selectedRelic }, problem: null })}
          >
            {t('useSelection', { relic: caption(selectedRelic) })}
          </button>
        )}
        <label>
          {t('maxGap')}
          <input
            id="chain-gap"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            placeholder={t('maxGapAny')}
            value={s.maxGapDays ?? ''}
            onChange={(e) =>
              s.set({ maxGapDays: e.target.value === '' ? null : Number(e.target.value), problem: null })
            }
          />
        </label>
        <button type="submit" className="primary" id="chain-open" disabled={s.busy}>
          {s.busy ? t('opening') : t('open')}
        </button>
      </form>
      <div id="chain-result" aria-live="polite">
        {s.problem && (
          <p className="error" role="alert" id="chain-problem">
            {problemText(s.problem, 'chains')}
          </p>
        )}
        {s.answer && <Results />}
      </div>
    </div>
  );
}

function Results(): ReactNode {
  const { t } = useTranslation('chains');
  const answer = useChains((s) => s.answer)!;
  const current = useChains((s) => s.current);
  const n = answer.chains.length;
  return (
    <div className="paths-results">
      <p className="paths-summary" id="chain-summary">
        {n
          ? t('summary', { count: n, relic: caption(answer.relic) })
          : t('none', { relic: caption(answer.relic) })}
      </p>
      {answer.origin && <p className="paths-note muted">{t('origin', { site: caption(answer.origin) })}</p>}
      {answer.more && <p className="paths-note muted">{t('cut', { count: answer.first })}</p>}
      {answer.truncated && <p className="paths-note muted">{t('drawCut')}</p>}
      {n > 0 && (
        <>
          <ul className="chains-list" id="chain-list">
            {answer.chains.map((c, i) => (
              <li key={i}>
                <button type="button" aria-pressed={i === current} onClick={() => showChain(i)}>
                  <strong>{t('chainN', { n: i + 1 })}</strong>{' '}
                  <span>
                    {t('chainFacts', { count: c.steps.length, span: formatSpan(c.startAt, c.endAt) })}
                  </span>
                  {c.lastHolders.length > 0 && (
                    <span className="muted"> · {t('lastHolders', { people: names(c.lastHolders) })}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link" id="chain-table" onClick={() => void openTable()}>
            {t('showTable')}
          </button>
        </>
      )}
      <button type="button" id="chain-clear" onClick={clearChains}>
        {t('clear')}
      </button>
    </div>
  );
}
