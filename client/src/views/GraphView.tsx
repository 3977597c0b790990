// The network view: the Canvas (graphology + sigma) mounted once, its events forwarded into the
// store. Other views and panels read the canvas through the store, never through the DOM.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { expand } from '../app/actions.ts';
import { useWorkspace } from '../app/store.ts';
import { Canvas } from '../canvas.ts';

export function GraphView({ children }: { children?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const s = useWorkspace.getState();
    const canvas = new Canvas(ref.current!, {
      select: (nodes, edge) => useWorkspace.getState().setSelection(nodes, edge),
      expand: (id) => void expand([id]),
      change: () => useWorkspace.getState().graphChanged(),
    });
    s.setCanvas(canvas);
    const resize = new ResizeObserver(() => canvas.renderer.resize());
    resize.observe(ref.current!);
    return () => {
      resize.disconnect();
      useWorkspace.getState().setCanvas(null);
      canvas.destroy();
    };
  }, []);
  return (
    <div className="graph-view">
      <div id="stage" className="stage" ref={ref} tabIndex={0} aria-label={t('view.graph')} />
      {children}
    </div>
  );
}
