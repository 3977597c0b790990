// The canvas's exports: a picture (PNG, twice the screen's resolution), the entities and links as
// CSV (two files, UTF-8 with a byte-order mark so that spreadsheet programs read Chinese), and GEXF
// for Gephi.
import type { Canvas } from '../../canvas.ts';
import { download, edgesCsv, gexf, nodesCsv } from '../../graph/export.ts';
import { canvasToPngBlob, snapshotCanvas } from '../../sigma/png.ts';

const BOM = '\uFEFF';

export async function exportPng(canvas: Canvas): Promise<void> {
  const blob = await canvasToPngBlob(snapshotCanvas(canvas.renderer, 2));
  download('crimegraph-canvas.png', blob, 'image/png');
}

export function exportCsv(canvas: Canvas): void {
  download('crimegraph-nodes.csv', BOM + nodesCsv(canvas.shown), 'text/csv;charset=utf-8');
  download('crimegraph-edges.csv', BOM + edgesCsv(canvas.shown), 'text/csv;charset=utf-8');
}

export function exportGexf(canvas: Canvas): void {
  download('crimegraph.gexf', gexf(canvas.shown), 'application/xml');
}
