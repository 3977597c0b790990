// The right column: what is selected. A link → its type, direction, span and source records; one
// entity → its details; several → a summary by type (and for two, "why are these linked?");
// nothing → how to start. Hovering a link shows a short summary over the canvas.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvas, useWorkspace } from '../../app/store.ts';
import { formatNumber } from '../../i18n/format.ts';
import './details.css';
import { LinkDetails } from './LinkDetails.tsx';
import { LinkHover } from './LinkHover.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { SelectionSummary } from './SelectionSummary.tsx';

export default function DetailsPanel(): ReactNode {
  return (
    <div className="panel-body details-panel">
      <Selected />
      <LinkHover />
    </div>
  );
}

function Selected(): ReactNode {
  const { t } = useTranslation('details');
  const canvas = useCanvas();
  const nodes = useWorkspace((s) => s.selectedNodes);
  const edge = useWorkspace((s) => s.selectedEdge);
  useWorkspace((s) => s.graphVersion);
  if (!canvas) return null;
  if (edge && canvas.shown.hasEdge(edge)) return <LinkDetails key={edge} edge={edge} />;
  const present = nodes.filter((id) => canvas.shown.hasNode(id) || canvas.graph.hasNode(id));
  if (present.length === 1) return <NodeDetails key={present[0]} id={present[0]!} />;
  if (present.length > 1) return <SelectionSummary ids={present} />;
  const order = canvas.shown.order;
  return (
    <div className="details" data-kind="none">
      <h2 id="details-title">{t('none.title')}</h2>
      <p className="muted">{order ? t('none.hint') : t('none.empty')}</p>
      {order > 0 && (
        <p className="muted small">
          {t('none.onCanvas', {
            nodes: formatNumber(order),
            links: formatNumber(canvas.shown.size),
            count: order,
          })}
        </p>
      )}
    </div>
  );
}
