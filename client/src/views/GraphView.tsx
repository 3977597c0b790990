// The network view: the Canvas (graphology + sigma) mounted once, its events forwarded into the
// store. Other views and panels read the canvas through the store, never through the DOM. The
// keyboard moves between the entities (views/keyboard.ts); the entity it is on wears a focus ring
// and is read out by screen readers (a polite live region).
import i18next from 'i18next';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { expand } from '../app/actions.ts';
import { useWorkspace } from '../app/store.ts';
import { Canvas } from '../canvas.ts';
import { typeName } from '../graph/captions.ts';
import { bindKeyboard } from './keyboard.ts';
import './views.css';

/** What a screen reader hears for the node the keyboard is on. */
function announce(canvas: Canvas, id: string | null): string {
  const tr = (k: string, o?: Record<string, unknown>) => i18next.t(k, { ns: 'canvas-tools', ...o });
  if (!id) return canvas.shown.order ? '' : tr('graph.empty');
  const a = canvas.shown.getNodeAttributes(id);
  return tr(canvas.selected.includes(id) ? 'graph.focusSelected' : 'graph.focus', {
    caption: a.label,
    type: typeName(a.entityType),
    links: canvas.shown.degree(id),
  });
}

export function GraphView({ children }: { children?: ReactNode }): ReactNode {
  const { t } = useTranslation('canvas-tools');
  const ref = useRef<HTMLDivElement>(null);
  const ring = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const s = useWorkspace.getState();
    const stage = ref.current!;
    const say = (text: string) => {
      if (live.current) live.current.textContent = text;
    };
    const canvas: Canvas = new Canvas(stage, {
      select: (nodes, edge) => {
        useWorkspace.getState().setSelection(nodes, edge);
        if (canvas?.focused) say(announce(canvas, canvas.focused));
      },
      expand: (id) => void expand([id]),
      change: () => useWorkspace.getState().graphChanged(),
      focus: (id) => {
        placeRing();
        say(announce(canvas, id));
      },
    });
    // The focus ring follows the node through camera moves and layouts.
    const placeRing = () => {
      const el = ring.current;
      if (!el) return;
      const id = canvas.focused;
      const p = id ? canvas.nodeViewport(id) : null;
      if (!p) {
        el.hidden = true;
        return;
      }
      const r = Math.max(6, p.r) + 5;
      el.hidden = false;
      el.style.transform = `translate(${p.x - r}px, ${p.y - r}px)`;
      el.style.width = el.style.height = `${2 * r}px`;
    };
    canvas.renderer.on('afterRender', placeRing);
    s.setCanvas(canvas);
    const unbind = bindKeyboard(canvas, stage);
    const relabel = () => canvas.relabel();
    i18next.on('languageChanged', relabel);
    // A resize clears sigma's canvases: draw again at once (the drawer, the time bar, a panel).
    const resize = new ResizeObserver(() => {
      canvas.renderer.resize();
      canvas.renderer.refresh();
    });
    resize.observe(stage);
    return () => {
      resize.disconnect();
      i18next.off('languageChanged', relabel);
      unbind();
      useWorkspace.getState().setCanvas(null);
      canvas.destroy();
    };
  }, []);
  return (
    <div className="graph-view">
      <div
        id="stage"
        className="stage"
        ref={ref}
        tabIndex={0}
        role="application"
        aria-label={t('graph.label')}
        aria-describedby="stage-help"
        onBlur={(e) => {
          if (e.currentTarget === e.target) ring.current?.classList.add('idle');
        }}
        onFocus={(e) => {
          if (e.currentTarget === e.target) ring.current?.classList.remove('idle');
        }}
      />
      <div ref={ring} className="focus-ring" id="focus-ring" hidden aria-hidden="true" />
      <p id="stage-help" className="visually-hidden">
        {t('graph.help')}
      </p>
      <div ref={live} className="visually-hidden" aria-live="polite" id="canvas-announce" />
      {children}
    </div>
  );
}
