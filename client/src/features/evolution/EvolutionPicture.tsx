// The gang-evolution picture (drawer): time windows left to right, each gang a band whose height
// in a window is its size there, merges and splits drawn as flows between windows. Every number
// is the report's; bands are named after the gang of the latest run they became, and a click
// opens that gang's card (gang level for every role; names only with read:entities).
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { GangCard } from './GangCard.tsx';
import type { LoadedEvolution } from './data.ts';
import { bandColor, bandLabel } from './labels.ts';
import { layoutEvolution, placeLabels, rankGangs, textWidth, type Flow, type Segment } from './layout.ts';
import './evolution.css';

const SHOWN = [10, 20, 50, 0] as const;
const MERGE_COLOR = '#e69f00';
const SPLIT_COLOR = '#7b3294';

function ribbon(a: Segment, b: Segment, bw: number): string {
  const x1 = a.x + bw / 2;
  const x2 = b.x - bw / 2;
  const mx = (x1 + x2) / 2;
  return (
    `M${x1},${a.y} C${mx},${a.y} ${mx},${b.y} ${x2},${b.y} ` +
    `L${x2},${b.y + b.h} C${mx},${b.y + b.h} ${mx},${a.y + a.h} ${x1},${a.y + a.h} Z`
  );
}

function flowLine(f: Flow, bw: number): string {
  const x1 = f.from.x + bw / 2;
  const y1 = f.from.y + f.from.h / 2;
  const x2 = f.to.x - bw / 2;
  const y2 = f.to.y + f.to.h / 2;
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}

function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 900, height: 300 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    update();
    const obs = new ResizeObserver(update);
    obs.observe(el);
    return () => obs.disconnect();
  }, [ref]);
  return size;
}

export default function EvolutionPicture({ data }: { data: LoadedEvolution }): ReactNode {
  const { t, i18n } = useTranslation('evolution');
  const { report } = data;
  const [shown, setShown] = useState<number>(report.gangs.length <= 20 ? 0 : 20);
  const [selected, setSelected] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box);
  const count = shown === 0 ? report.gangs.length : Math.min(shown, report.gangs.length);
  const header = (w: number) => formatDate(report.windows[w]!.start);
  const widest = Math.max(...report.windows.map((_, w) => textWidth(header(w))), 1);
  const picture = useMemo(
    () =>
      layoutEvolution(report, {
        width: Math.max(480, width),
        height: Math.max(220, height),
        shown: count,
        left: Math.max(16, widest / 2 - 2),
        right: Math.max(96, widest / 2 + 4),
      }),
    [report, width, height, count, widest],
  );
  const labels = useMemo(
    () => placeLabels(picture, (g) => bandLabel(data, g)),
    [picture, data, i18n.language],
  );
  const step = picture.columns.length > 1 ? picture.columns[1]!.x - picture.columns[0]!.x : picture.width;
  const every = Math.max(1, Math.ceil((widest + 10) / Math.max(1, step)));
  const ranked = useMemo(() => rankGangs(report), [report]);

  return (
    <div className="evo" id="evolution-picture" data-job={data.job.id}>
      <div className="evo-bar">
        <label className="inline">
          {t('shown')}
          <select id="evolution-shown" value={shown} onChange={(e) => setShown(Number(e.target.value))}>
            {SHOWN.filter((n) => n === 0 || n < report.gangs.length).map((n) => (
              <option key={n} value={n}>
                {n === 0
                  ? t('shownAll', { n: formatNumber(report.gangs.length) })
                  : t('shownLargest', { n: formatNumber(n) })}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" id="evolution-summary">
          {t('summary', {
            windows: formatNumber(report.windows.length),
            births: formatNumber(report.births),
            deaths: formatNumber(report.deaths),
            merges: formatNumber(report.merges),
            splits: formatNumber(report.splits),
          })}
        </span>
        <span className="spacer" />
        <span className="evo-legend muted">
          <svg width="22" height="10" aria-hidden="true">
            <path d="M1,5 L21,5" stroke={MERGE_COLOR} strokeWidth="2.5" />
          </svg>
          {t('merge')}
          <svg width="22" height="10" aria-hidden="true">
            <path d="M1,5 L21,5" stroke={SPLIT_COLOR} strokeWidth="2.5" strokeDasharray="4 2" />
          </svg>
          {t('split')}
          <span className="evo-other-key">{t('otherLegend')}</span>
        </span>
      </div>
      <div className="evo-main">
        <div className="evo-stage" ref={box}>
          <svg
            width={picture.width}
            height={picture.height}
            role="img"
            aria-label={t('pictureLabel', {
              windows: formatNumber(report.windows.length),
              gangs: formatNumber(report.gangs.length),
            })}
            id="evolution-svg"
            data-scale={picture.scale}
          >
            <g className="evo-columns">
              {picture.columns.map((c) => (
                <g key={c.window} data-column={c.window} data-gangs={c.gangs} data-members={c.members}>
                  <line x1={c.x} x2={c.x} y1={50} y2={picture.height - 4} className="evo-axis" />
                  {c.window % every === 0 && (
                    <>
                      <text x={c.x} y={14} className="evo-head" textAnchor="middle">
                        {header(c.window)}
                      </text>
                      <text x={c.x} y={30} className="evo-sub" textAnchor="middle">
                        {t('windowGangs', { count: c.gangs, n: formatNumber(c.gangs) })}
                      </text>
                    </>
                  )}
                  <title>
                    {t('windowTitle', {
                      from: formatDate(report.windows[c.window]!.start),
                      to: formatDate(report.windows[c.window]!.end),
                      gangs: formatNumber(c.gangs),
                      members: formatNumber(c.members),
                      communities: formatNumber(report.windows[c.window]!.communities),
                      people: formatNumber(report.windows[c.window]!.people),
                    })}
                  </title>
                </g>
              ))}
            </g>
            <g className="evo-ribbons">
              {picture.flows
                .filter((f) => f.kind === 'continue')
                .map((f) => (
                  <path
                    key={`${f.from.gang}-${f.from.window}`}
                    d={ribbon(f.from, f.to, picture.barWidth)}
                    fill={bandColor(data, f.from.gang)}
                    className={selected === f.from.gang ? 'evo-ribbon selected' : 'evo-ribbon'}
                  />
                ))}
            </g>
            <g className="evo-flows">
              {picture.flows
                .filter((f) => f.kind !== 'continue')
                .map((f) => (
                  <path
                    key={`${f.kind}-${f.from.gang}-${f.to.gang}-${f.to.window}`}
                    d={flowLine(f, picture.barWidth)}
                    stroke={f.kind === 'merge' ? MERGE_COLOR : SPLIT_COLOR}
                    strokeDasharray={f.kind === 'split' ? '4 2' : undefined}
                    className="evo-flow"
                    data-kind={f.kind}
                    data-from={f.from.gang}
                    data-to={f.to.gang}
                    data-window={f.to.window}
                  >
                    <title>
                      {t(f.kind === 'merge' ? 'mergeTitle' : 'splitTitle', {
                        from: bandLabel(data, f.from.gang),
                        to: bandLabel(data, f.to.gang),
                        date: formatDate(report.windows[f.to.window]!.start),
                      })}
                    </title>
                  </path>
                ))}
            </g>
            <g className="evo-bands">
              {picture.bands.map((b) => {
                const label = bandLabel(data, b.gang);
                const sizes = b.segments.map((s) => s.size);
                return (
                  <g
                    key={b.gang}
                    className={selected === b.gang ? 'evo-band selected' : 'evo-band'}
                    data-gang={b.gang}
                    data-label={label}
                    data-rank={ranked.indexOf(b.gang)}
                    role="button"
                    tabIndex={0}
                    aria-label={t('bandAria', {
                      label,
                      windows: formatNumber(b.segments.length),
                      min: formatNumber(Math.min(...sizes)),
                      max: formatNumber(Math.max(...sizes)),
                    })}
                    aria-pressed={selected === b.gang}
                    onClick={() => setSelected(b.gang)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        setSelected(b.gang);
                      }
                    }}
                  >
                    {b.segments.map((s) => (
                      <rect
                        key={s.window}
                        x={s.x - picture.barWidth / 2}
                        y={s.y}
                        width={picture.barWidth}
                        height={Math.max(s.h, 0.5)}
                        fill={bandColor(data, b.gang)}
                        data-window={s.window}
                        data-size={s.size}
                      >
                        <title>
                          {t('segmentTitle', {
                            label,
                            date: formatDate(report.windows[s.window]!.start),
                            size: formatNumber(s.size),
                          })}
                        </title>
                      </rect>
                    ))}
                  </g>
                );
              })}
              {picture.columns.map(
                (c) =>
                  c.other && (
                    <text
                      key={`other-${c.window}`}
                      className="evo-other"
                      x={c.x}
                      y={c.other.y + 11}
                      textAnchor="middle"
                      data-other-window={c.window}
                      data-count={c.other.count}
                      data-size={c.other.members}
                    >
                      +{formatNumber(c.other.count)}
                      <title>
                        {t('otherTitle', {
                          count: c.other.count,
                          n: formatNumber(c.other.count),
                          members: formatNumber(c.other.members),
                        })}
                      </title>
                    </text>
                  ),
              )}
            </g>
            <g className="evo-labels" aria-hidden="true">
              {labels.map((l) => (
                <text
                  key={l.gang}
                  x={l.x}
                  y={l.y + 11}
                  className="evo-label"
                  data-label-gang={l.gang}
                  onClick={() => setSelected(l.gang)}
                >
                  {l.text}
                </text>
              ))}
            </g>
          </svg>
        </div>
        <aside className="evo-side" aria-live="polite">
          {selected === null ? (
            <p className="muted">{t('pick')}</p>
          ) : (
            <GangCard key={selected} data={data} band={selected} onSelect={setSelected} />
          )}
        </aside>
      </div>
    </div>
  );
}
