// The time bar: activity over time on the canvas (dated events and links) as a histogram, a time
// window that filters the canvas, and playback that slides the window from the first date to the
// last so that the network's story plays out.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { activityHistogram } from '../../graph/filters.ts';
import { formatDate, formatNumber, formatSpan } from '../../i18n/format.ts';

const STEPS = 1000;
const TICK_MS = 450;
const PLAY_STEPS = 30;

export function TimeBar({ canvas, onClose }: { canvas: Canvas; onClose: () => void }): ReactNode {
  const { t } = useTranslation('canvas-tools');
  const version = useWorkspace((s) => s.graphVersion);
  // Of everything on the canvas, whatever the window shows (O(nodes + links)).
  const hist = useMemo(() => (version >= 0 ? activityHistogram(canvas.shown, 60) : null), [canvas, version]);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);
  const f = canvas.filters;
  const span = hist ? Math.max(1, hist.max - hist.min) : 1;
  const toStep = (ms: number | null, dflt: number) =>
    hist && ms !== null ? Math.round(Math.min(STEPS, Math.max(0, ((ms - hist.min) / span) * STEPS))) : dflt;
  const at = (step: number) => (hist ? hist.min + (span * step) / STEPS : 0);
  const a = toStep(f.from, 0);
  const b = toStep(f.to, STEPS);

  const setWindow = (lo: number, hi: number) => {
    if (lo > hi) [lo, hi] = [hi, lo];
    const full = lo <= 0 && hi >= STEPS;
    canvas.setFilters({ from: full ? null : at(lo), to: full ? null : at(hi) });
  };

  const stop = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  };
  useEffect(() => stop, []);

  const play = () => {
    if (!hist) return;
    const width = b - a >= STEPS ? Math.round(STEPS / 5) : b - a;
    let lo = b - a >= STEPS || b >= STEPS ? 0 : a;
    const step = Math.max(1, Math.round((STEPS - width) / PLAY_STEPS));
    setWindow(lo, lo + width);
    setPlaying(true);
    timer.current = window.setInterval(() => {
      lo += step;
      if (lo + width > STEPS) {
        setWindow(STEPS - width, STEPS);
        stop();
        return;
      }
      setWindow(lo, lo + width);
    }, TICK_MS);
  };

  const max = hist ? Math.max(1, ...hist.counts) : 1;
  const total = hist ? hist.counts.reduce((x, y) => x + y, 0) : 0;
  return (
    <section className="time-bar" aria-label={t('timebar.label')} id="time-bar">
      {!hist ? (
        <p className="muted">{t('timebar.none')}</p>
      ) : (
        <>
          <button
            type="button"
            id="time-play"
            className="tool"
            title={t('timebar.playTitle')}
            aria-pressed={playing}
            disabled={hist.max <= hist.min}
            onClick={() => (playing ? stop() : play())}
          >
            {playing ? `❚❚ ${t('timebar.pause')}` : `▶ ${t('timebar.play')}`}
          </button>
          <div className="time-track">
            <div className="time-bars" aria-hidden="true">
              {hist.counts.map((c, i) => {
                const mid = ((i + 0.5) / hist.counts.length) * STEPS;
                return (
                  <span
                    key={i}
                    className={mid < a || mid > b ? 'out' : undefined}
                    style={{ height: `${Math.max(c ? 8 : 0, (c / max) * 100)}%` }}
                  />
                );
              })}
            </div>
            <input
              type="range"
              id="time-from"
              className="time-range"
              min={0}
              max={STEPS}
              value={a}
              aria-label={t('timebar.from')}
              aria-valuetext={formatDate(at(a))}
              onChange={(e) => setWindow(Math.min(Number(e.target.value), b), b)}
            />
            <input
              type="range"
              id="time-to"
              className="time-range"
              min={0}
              max={STEPS}
              value={b}
              aria-label={t('timebar.to')}
              aria-valuetext={formatDate(at(b))}
              onChange={(e) => setWindow(a, Math.max(Number(e.target.value), a))}
            />
          </div>
          <output id="time-label" className="time-label" aria-live="polite">
            {formatSpan(at(a), at(b))}
            <span className="muted"> · {t('timebar.bar', { count: total, n: formatNumber(total) })}</span>
          </output>
          <button
            type="button"
            className="tool"
            disabled={a === 0 && b === STEPS}
            onClick={() => {
              stop();
              setWindow(0, STEPS);
            }}
          >
            {t('timebar.reset')}
          </button>
        </>
      )}
      <button type="button" className="icon" aria-label={t('close')} title={t('close')} onClick={onClose}>
        ×
      </button>
    </section>
  );
}
