// Hovering a link on the canvas: a short summary beside the pointer (its two ends by caption and
// its type); a click opens its details and records.
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCanvas } from '../../app/store.ts';
import { relName } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import { canvasCaption } from './data.ts';
import { bindEdgePointer } from './edge-picking.ts';
import { canvasLink, linkSpan, spanText } from './LinkDetails.tsx';

interface Hover {
  edge: string;
  x: number;
  y: number;
}

export function LinkHover(): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    if (!canvas) return;
    const el = canvas.container;
    return bindEdgePointer(canvas, {
      hover: (edge, x, y) => {
        if (!edge) {
          setHover(null);
          el.style.cursor = '';
          return;
        }
        const box = el.getBoundingClientRect();
        setHover({ edge, x: box.left + x, y: box.top + y });
        el.style.cursor = 'pointer';
      },
    });
  }, [canvas]);

  if (!canvas || !hover) return null;
  const link = canvasLink(canvas, hover.edge);
  if (!link) return null;
  const { from, to } = linkSpan(link);
  const count = typeof link.properties.count === 'number' ? link.properties.count : null;
  return createPortal(
    <div
      className="link-tooltip"
      role="tooltip"
      id="link-tooltip"
      // Above the pointer, clear of the link's end it is usually near; below when there is no room.
      style={
        hover.y > 140
          ? {
              left: Math.min(hover.x + 16, window.innerWidth - 300),
              top: hover.y - 14,
              transform: 'translateY(-100%)',
            }
          : { left: Math.min(hover.x + 16, window.innerWidth - 300), top: hover.y + 18 }
      }
    >
      <strong>{relName(link.type)}</strong>
      {count !== null && link.type === 'CALLS' && (
        <span> · {t('hover.calls', { count, n: formatNumber(count) })}</span>
      )}
      <div>
        {canvasCaption(canvas, link.source)}
        {link.directed ? ' → ' : ' — '}
        {canvasCaption(canvas, link.target)}
      </div>
      {(from !== null || to !== null) && <div className="muted">{spanText(from, to)}</div>}
      <div className="muted small">{t('hover.click')}</div>
    </div>,
    document.body,
  );
}
