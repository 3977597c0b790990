// The before/after view: the network at gang level before and after removing one strategy's
// targets, side by side on one layout (two small sigma renderers whose cameras move together),
// with the job's figures beside them. Reachable without read:entities: it is drawn from the gang
// run's community graph and the takedown's result only.
import type { UndirectedGraph as Graph } from 'graphology';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import { formatNumber } from '../../i18n/format.ts';
import { bestGroup, groupReason, targetText, type LoadedComparison, type StrategyGroup } from './data.ts';
import { FIGURES, figureLabel, figureValue, groupName } from './figures.ts';
import { layoutGangs, pictureGraph, TARGET_COLOR, type GangLayout } from './gang-picture.ts';
import './takedown.css';

interface PictureState {
  gangs: Array<{ label: string; members: number; labelShown: boolean; hit: boolean }>;
  targets: string[];
}

/** For browser tests and debugging: window.__takedownView. */
interface Hook {
  before: Sigma | null;
  after: Sigma | null;
  group: string[];
  state(side: 'before' | 'after'): PictureState | null;
}
const hook: Hook = {
  before: null,
  after: null,
  group: [],
  state(side) {
    const r = this[side];
    if (!r) return null;
    const g = r.getGraph();
    return {
      gangs: g
        .filterNodes((_n, a) => a.kind === 'gang')
        .map((n) => {
          const a = g.getNodeAttributes(n);
          return {
            label: String(a.label),
            members: Number(a.members),
            labelShown: !!a.labelShown,
            hit: !!a.hit,
          };
        }),
      targets: g
        .filterNodes((_n, a) => a.kind === 'target')
        .map((n) => String(g.getNodeAttribute(n, 'label'))),
    };
  },
};
(window as unknown as { __takedownView: Hook }).__takedownView = hook;

/** Sigma draws labels on a canvas, which does not fetch the font's CJK slices by itself. */
function loadGlyphs(r: Sigma, g: Graph): void {
  if (!document.fonts) return;
  let text = '';
  g.forEachNode((_n, a) => (text += String(a.label ?? '')));
  const cjk = [...new Set(text)].filter((c) => c > '\u2e7f').join('');
  if (cjk)
    void document.fonts
      .load('12px "Noto Sans SC"', cjk)
      .then(() => r.refresh())
      .catch(() => undefined);
}

const LABEL_PX = 12;
const LABEL_FONT = '"Noto Sans SC", system-ui, sans-serif';

type LabelSide = 'right' | 'left' | 'above' | 'below';
const SIDES: LabelSide[] = ['right', 'left', 'above', 'below'];

/** Where a label of width w goes on each side of a disc (viewport pixels). */
function labelOrigin(
  side: LabelSide,
  d: { x: number; y: number; r: number },
  w: number,
): { x: number; y: number } {
  switch (side) {
    case 'right':
      return { x: d.x + d.r + 3, y: d.y };
    case 'left':
      return { x: d.x - d.r - 3 - w, y: d.y };
    case 'above':
      return { x: d.x - w / 2, y: d.y - d.r - LABEL_PX / 2 - 2 };
    case 'below':
      return { x: d.x - w / 2, y: d.y + d.r + LABEL_PX / 2 + 2 };
  }
}

function labelBox(side: LabelSide, d: { x: number; y: number; r: number }, w: number): Box {
  const o = labelOrigin(side, d, w);
  return { x: o.x - 1, y: o.y - LABEL_PX / 2 - 2, w: w + 2, h: LABEL_PX + 4 };
}

/** Labels on the side placeLabels chose, on a white halo. */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label?: string | null; labelSide?: LabelSide },
): void {
  if (!data.label) return;
  ctx.font = `${LABEL_PX}px ${LABEL_FONT}`;
  const w = ctx.measureText(data.label).width;
  const o = labelOrigin(data.labelSide ?? 'right', { x: data.x, y: data.y, r: data.size }, w);
  const y = o.y + LABEL_PX / 3;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.strokeText(data.label, o.x, y);
  ctx.fillStyle = '#1d2733';
  ctx.fillText(data.label, o.x, y);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const boxesMeet = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const discMeets = (b: Box, d: { x: number; y: number; r: number }) => {
  const cx = Math.max(b.x, Math.min(d.x, b.x + b.w));
  const cy = Math.max(b.y, Math.min(d.y, b.y + b.h));
  return (cx - d.x) ** 2 + (cy - d.y) ** 2 < d.r * d.r;
};

/**
 * Chooses which labels to draw, and on which side, so that none overlaps another label or a disc:
 * targets first, then gangs that lose people, then the others largest first.
 */
function placeLabels(r: Sigma): void {
  const g = r.getGraph();
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return;
  ctx.font = `${LABEL_PX}px ${LABEL_FONT}`;
  const { width, height } = r.getDimensions();
  const discs: Array<{ n: string; x: number; y: number; r: number }> = [];
  g.forEachNode((n, a) => {
    if (a.kind === 'ring') return;
    const d = r.getNodeDisplayData(n);
    if (!d) return;
    const p = r.framedGraphToViewport(d);
    discs.push({ n, x: p.x, y: p.y, r: r.scaleSize(d.size) });
  });
  const rank = (n: string) => {
    const a = g.getNodeAttributes(n);
    return a.kind === 'target' ? 0 : a.hit ? 1 : 2;
  };
  const order = [...discs].sort(
    (a, b) =>
      rank(a.n) - rank(b.n) ||
      Number(g.getNodeAttribute(b.n, 'members')) - Number(g.getNodeAttribute(a.n, 'members')),
  );
  const placed: Box[] = [];
  for (const d of order) {
    const label = String(g.getNodeAttribute(d.n, 'label') ?? '');
    // Targets and the gangs they are taken from are always worth a label, even over a disc.
    const priority = rank(d.n) < 2;
    let side: LabelSide | null = null;
    if (label) {
      const w = ctx.measureText(label).width;
      for (const s of SIDES) {
        const box = labelBox(s, d, w);
        if (box.x < 0 || box.y < 0 || box.x + box.w > width || box.y + box.h > height) continue;
        if (placed.some((b) => boxesMeet(b, box))) continue;
        if (!priority && discs.some((o) => o.n !== d.n && discMeets(box, o))) continue;
        placed.push(box);
        side = s;
        break;
      }
    }
    g.mergeNodeAttributes(d.n, {
      forceLabel: side !== null,
      labelSide: side ?? 'right',
      labelShown: side !== null,
    });
  }
}

function Picture({
  graph,
  side,
  title,
  onRenderer,
}: {
  graph: Graph;
  side: 'before' | 'after';
  title: string;
  onRenderer: (side: 'before' | 'after', r: Sigma | null) => void;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const r = new Sigma(graph, ref.current!, {
      itemSizesReference: 'positions',
      zoomToSizeRatioFunction: (x) => x,
      allowInvalidContainer: true,
      defaultEdgeType: 'line',
      labelFont: LABEL_FONT,
      labelSize: LABEL_PX,
      labelColor: { color: '#1d2733' },
      // Only the labels placeLabels chose (forceLabel) are drawn.
      labelRenderedSizeThreshold: Number.MAX_SAFE_INTEGER,
      defaultDrawNodeLabel: drawLabel as never,
      zIndex: true,
      minCameraRatio: 0.1,
      maxCameraRatio: 5,
    });
    loadGlyphs(r, graph);
    onRenderer(side, r);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const relabel = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        placeLabels(r);
      }, 120);
    };
    placeLabels(r);
    r.getCamera().on('updated', relabel);
    const resize = new ResizeObserver(() => {
      r.resize();
      relabel();
    });
    resize.observe(ref.current!);
    return () => {
      if (timer) clearTimeout(timer);
      resize.disconnect();
      onRenderer(side, null);
      r.kill();
    };
  }, [graph, side, onRenderer]);
  return (
    <section className="ba-pane" aria-label={title}>
      <h3 className="ba-title">{title}</h3>
      <div className="ba-stage" ref={ref} id={`takedown-${side}`} data-side={side} />
    </section>
  );
}

export default function BeforeAfter({
  data,
  initialGroup,
}: {
  data: LoadedComparison;
  initialGroup?: string;
}): ReactNode {
  const { t, i18n } = useTranslation('takedown');
  const [groupKey, setGroupKey] = useState(
    initialGroup ?? bestGroup(data.groups)?.key ?? data.groups[0]?.key,
  );
  const group: StrategyGroup | null = data.groups.find((g) => g.key === groupKey) ?? data.groups[0] ?? null;
  const layout = useMemo<GangLayout | null>(
    () => (data.gangs && data.gangs.nodes.length ? layoutGangs(data.gangs, data.groups) : null),
    [data],
  );
  // Labels carry formatted numbers: rebuild the pictures when the language changes.
  const graphs = useMemo(
    () =>
      layout
        ? { before: pictureGraph(layout, group, 'before'), after: pictureGraph(layout, group, 'after') }
        : null,
    [layout, group, i18n.language],
  );
  const renderers = useRef<{ before: Sigma | null; after: Sigma | null }>({ before: null, after: null });
  const onRenderer = useMemo(
    () => (side: 'before' | 'after', r: Sigma | null) => {
      renderers.current[side] = r;
      hook[side] = r;
      const { before, after } = renderers.current;
      if (!before || !after) return;
      // The two cameras move together.
      let syncing = false;
      const link = (from: Sigma, to: Sigma) =>
        from.getCamera().on('updated', (state) => {
          if (syncing) return;
          syncing = true;
          to.getCamera().setState(state);
          syncing = false;
        });
      link(before, after);
      link(after, before);
    },
    [],
  );
  hook.group = group?.strategies ?? [];

  if (!group) return <p className="muted">{t('noResults')}</p>;
  const hitTargets = group.targets.filter((x) => x.gang !== null).length;
  return (
    <div className="ba" id="takedown-before-after" data-strategies={group.strategies.join(',')}>
      <div className="ba-bar" role="radiogroup" aria-label={t('col.strategy')}>
        <span className="muted">{t('col.strategy')}</span>
        {data.groups.map((g) => (
          <button
            key={g.key}
            type="button"
            role="radio"
            aria-checked={g.key === group.key}
            className={g.key === group.key ? 'ba-choice active' : 'ba-choice'}
            data-strategies={g.strategies.join(',')}
            onClick={() => setGroupKey(g.key)}
          >
            {groupName(g)}
          </button>
        ))}
        <span className="spacer" />
        {layout && (
          <span className="muted ba-legend">
            <span className="ba-dot" style={{ background: TARGET_COLOR }} aria-hidden="true" />{' '}
            {t('beforeAfter.legendTarget')}
            {'  '}
            {t('beforeAfter.legendGang')}
            {layout.hiddenGangs > 0 &&
              ` · ${t('beforeAfter.hiddenGangs', { count: layout.hiddenGangs, n: formatNumber(layout.hiddenGangs) })}`}
          </span>
        )}
      </div>
      <div className="ba-main">
        {graphs ? (
          <>
            <Picture
              graph={graphs.before}
              side="before"
              title={t('beforeAfter.before')}
              onRenderer={onRenderer}
            />
            <Picture
              graph={graphs.after}
              side="after"
              title={t('beforeAfter.after', { strategy: groupName(group) })}
              onRenderer={onRenderer}
            />
          </>
        ) : (
          <p className="muted ba-nogangs">{t('beforeAfter.noGangs')}</p>
        )}
        <aside className="ba-side">
          <table className="ba-figures" id="takedown-figures">
            <thead>
              <tr>
                <th />
                <th>{t('beforeAfter.before')}</th>
                <th>{t('beforeAfter.afterShort')}</th>
              </tr>
            </thead>
            <tbody>
              {FIGURES.map((key) => (
                <tr key={key} data-figure={key}>
                  <th scope="row">{figureLabel(key)}</th>
                  <td data-side="before">
                    {key === 'communitiesBroken' ? '—' : figureValue(group.before, key)}
                  </td>
                  <td data-side="after">{figureValue(group.after, key)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('col.targets')}</h3>
          <ol className="ba-targets" id="takedown-targets">
            {group.targets.map((x) => (
              <li key={x.key}>{targetText(x)}</li>
            ))}
          </ol>
          {layout && hitTargets < group.targets.length && (
            <p className="muted">{t('beforeAfter.notDrawn', { count: group.targets.length - hitTargets })}</p>
          )}
          {groupReason(group) && (
            <p className="ba-reason" id="takedown-reason">
              {groupReason(group)}
            </p>
          )}
          {layout && <p className="muted ba-note">{t('beforeAfter.note')}</p>}
        </aside>
      </div>
    </div>
  );
}
