// The path finder (the detective's task): two ends picked by name or from the canvas selection,
// the mode (shortest, all shortest, the k shortest, forward in time), the hop limit, link types and
// least confidence; then every path found, stepped through with the buttons or the arrow keys, the
// current one drawn over the rest of the canvas. A relic selected on the canvas is offered its
// resale chains.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import { caption, relName } from '../../graph/captions.ts';
import { formatPercent } from '../../i18n/format.ts';
import { openChainsFor } from '../chains/open.ts';
import { cutNotes, summaryText } from './describe.ts';
import { EntityPicker, type Picked } from './EntityPicker.tsx';
import {
  clearPaths,
  findPaths,
  linkTypes,
  LONG_LIST,
  openTable,
  showPath,
  stepPath,
  problemText,
} from './find.ts';
import { nodeEntity } from './on-canvas.ts';
import { PathCard } from './PathCard.tsx';
import { LIMITS, maxPaths, PATH_MODES, usePaths, type PathMode } from './state.ts';
import './paths.css';

export default function PathsPanel(): ReactNode {
  const { t } = useTranslation('paths');
  const s = usePaths();
  const selected = useWorkspace((w) => w.selectedNodes);
  const canvas = useWorkspace((w) => w.canvas);
  const most = maxPaths(s.mode, s.maxHops);

  const picked = (id: string): Picked | null => {
    const entity = canvas ? nodeEntity(canvas, id) : null;
    return entity ? { id, entity } : null;
  };

  const takeSelection = () => {
    const [a, b] = selected;
    if (a && b) s.set({ from: picked(a), to: picked(b), problem: null });
    else if (a) {
      if (!s.from || (s.to && s.from.id !== a && s.to.id === a)) s.set({ from: picked(a), problem: null });
      else s.set({ to: picked(a), problem: null });
    }
  };

  const setHops = (maxHops: number) => s.set({ maxHops, k: Math.min(s.k, maxPaths(s.mode, maxHops)) });
  const setMode = (mode: PathMode) =>
    s.set({ mode, k: Math.min(Math.max(s.k, 1), maxPaths(mode, s.maxHops)) });

  return (
    <div className="panel-body paths-panel">
      <h2>{t('title')}</h2>
      <form
        className="paths-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void findPaths();
        }}
      >
        <EntityPicker
          id="path-from"
          label={t('from')}
          value={s.from}
          onChange={(from) => s.set({ from, problem: null })}
        />
        <div className="paths-ends">
          <button
            type="button"
            id="path-swap"
            disabled={!s.from && !s.to}
            onClick={() => s.set({ from: s.to, to: s.from })}
            title={t('swap')}
          >
            ⇅ {t('swap')}
          </button>
          <button type="button" id="path-use-selection" disabled={!selected.length} onClick={takeSelection}>
            {selected.length >= 2 ? t('useSelectionTwo') : t('useSelection')}
          </button>
        </div>
        <EntityPicker
          id="path-to"
          label={t('to')}
          value={s.to}
          onChange={(to) => s.set({ to, problem: null })}
        />

        <label>
          {t('mode')}
          <select id="path-mode" value={s.mode} onChange={(e) => setMode(e.target.value as PathMode)}>
            {PATH_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`modes.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted paths-hint">{t(`modeHint.${s.mode}`)}</p>
        <div className="paths-row">
          <label>
            {t('maxHops')}
            <select id="path-hops" value={s.maxHops} onChange={(e) => setHops(Number(e.target.value))}>
              {Array.from({ length: LIMITS.maxHops }, (_x, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {s.mode !== 'SHORTEST' && (
            <label>
              {t('maxPaths')}
              <select id="path-k" value={s.k} onChange={(e) => s.set({ k: Number(e.target.value) })}>
                {Array.from({ length: most }, (_x, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {s.mode !== 'SHORTEST' && s.mode !== 'TIME' && most < LIMITS.k.paths && (
          <p className="muted paths-hint">{t('costHint', { max: most, hops: s.maxHops })}</p>
        )}
        {s.mode !== 'TIME' && (
          <label>
            <span>
              {t('minConfidence')}:{' '}
              <output htmlFor="path-confidence">{formatPercent(s.minConfidence)}</output>
            </span>
            <input
              id="path-confidence"
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={s.minConfidence}
              onChange={(e) => s.set({ minConfidence: Number(e.target.value) })}
            />
          </label>
        )}
        <LinkTypes />
        <button type="submit" className="primary" id="path-find" disabled={s.busy}>
          {s.busy ? t('finding') : t('find')}
        </button>
      </form>

      <div id="path-result" aria-live="polite">
        {s.problem && (
          <p className="error" role="alert" id="path-problem">
            {problemText(s.problem)}
          </p>
        )}
        {s.answer && <Results />}
      </div>
      <RelicOffer />
    </div>
  );
}

/** Link types to follow: every type (nothing ticked) or the ones ticked. */
function LinkTypes(): ReactNode {
  const { t } = useTranslation('paths');
  const chosen = usePaths((s) => s.relTypes);
  const mode = usePaths((s) => s.mode);
  const set = usePaths((s) => s.set);
  const [types, setTypes] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    linkTypes()
      .then(setTypes)
      .catch(() => setFailed(true));
  }, []);
  const sorted = (types ?? []).slice().sort((a, b) => relName(a).localeCompare(relName(b)));
  const toggle = (type: string, on: boolean) =>
    set({ relTypes: on ? [...chosen, type] : chosen.filter((x) => x !== type) });
  const label = chosen.length
    ? t('linkTypesSome', { count: chosen.length })
    : mode === 'TIME'
      ? t('linkTypesTimeDefault')
      : t('linkTypesAll');
  return (
    <details className="paths-types" id="path-types">
      <summary>
        {t('linkTypes')}: <span className="muted">{label}</span>
      </summary>
      {failed && <p className="error">{t('linkTypesFailed')}</p>}
      {!types && !failed && <p className="muted">{t('loading')}</p>}
      {types && (
        <>
          <div className="paths-types-actions">
            <button type="button" className="link" onClick={() => set({ relTypes: [] })}>
              {mode === 'TIME' ? t('linkTypesReset') : t('linkTypesEvery')}
            </button>
          </div>
          <ul className="paths-types-list">
            {sorted.map((type) => (
              <li key={type}>
                <label className="inline">
                  <input
                    type="checkbox"
                    value={type}
                    checked={chosen.includes(type)}
                    onChange={(e) => toggle(type, e.target.checked)}
                  />
                  {relName(type)}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function Results(): ReactNode {
  const { t } = useTranslation('paths');
  const answer = usePaths((s) => s.answer)!;
  const current = usePaths((s) => s.current);
  const n = answer.paths.length;
  const long = n > LONG_LIST;
  const box = useRef<HTMLDivElement>(null);

  // The answer and the current path in view in the panel, which scrolls.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [answer]);
  useEffect(() => {
    box.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') stepPath(1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') stepPath(-1);
    else if (e.key === 'Home') showPath(0);
    else if (e.key === 'End') showPath(n - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div className="paths-results" ref={box}>
      <p id="path-summary" className="paths-summary">
        {summaryText(answer)}
      </p>
      {cutNotes(answer).map((note) => (
        <p key={note} className="muted paths-note">
          {note}
        </p>
      ))}
      {n > 0 && (
        <>
          <div className="paths-nav">
            <button type="button" id="path-prev" onClick={() => stepPath(-1)} disabled={n < 2}>
              ‹ {t('previous')}
            </button>
            <span id="path-position">{t('position', { n: current + 1, count: n })}</span>
            <button type="button" id="path-next" onClick={() => stepPath(1)} disabled={n < 2}>
              {t('next')} ›
            </button>
          </div>
          {long ? (
            <div
              className="paths-current"
              tabIndex={0}
              role="group"
              aria-label={t('position', { n: current + 1, count: n })}
              onKeyDown={onKeyDown}
              data-nodes={JSON.stringify(answer.paths[current]!.nodeIds)}
              id="path-current"
            >
              <PathCard answer={answer} path={answer.paths[current]!} index={current} />
              <button type="button" className="link" id="path-table" onClick={() => void openTable()}>
                {t('showTable', { count: n })}
              </button>
            </div>
          ) : (
            <ol
              className="paths-list"
              id="path-list"
              role="listbox"
              tabIndex={0}
              aria-label={t('listLabel')}
              aria-activedescendant={`path-option-${current}`}
              onKeyDown={onKeyDown}
            >
              {answer.paths.map((p, i) => (
                <li
                  key={i}
                  id={`path-option-${i}`}
                  role="option"
                  aria-selected={i === current}
                  className={i === current ? 'current' : undefined}
                  data-nodes={JSON.stringify(p.nodeIds)}
                  onClick={() => showPath(i)}
                >
                  <PathCard answer={answer} path={p} index={i} />
                </li>
              ))}
            </ol>
          )}
          <p className="muted paths-hint">{t('keysHint')}</p>
        </>
      )}
      <button type="button" id="path-clear" onClick={clearPaths}>
        {t('clear')}
      </button>
    </div>
  );
}

/** A relic selected on the canvas: its resale chains are one click away. */
function RelicOffer(): ReactNode {
  const { t } = useTranslation('paths');
  const selected = useWorkspace((w) => w.selectedNodes);
  const canvas = useWorkspace((w) => w.canvas);
  useWorkspace((w) => w.graphVersion);
  const relic = canvas
    ? selected.map((id) => nodeEntity(canvas, id)).find((e) => e?.type === 'Relic')
    : undefined;
  if (!relic) return null;
  return (
    <div className="paths-offer">
      <button
        type="button"
        id="path-relic-chains"
        onClick={() => openChainsFor({ id: relic.id, entity: relic })}
      >
        {t('relicChains', { relic: caption(relic) })}
      </button>
    </div>
  );
}
