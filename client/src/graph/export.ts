// Exports of the canvas graph: CSV of nodes and of edges, GEXF for Gephi.
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import { csvCell } from './csv-cell.ts';
import type { WorkGraph } from './merge.ts';

const row = (vals: unknown[]) => vals.map(csvCell).join(',');
/** A coordinate to 3 decimals, as a number (so that a negative one is not taken for a formula). */
const coord = (v: number) => Number(v.toFixed(3));

export function nodesCsv(graph: WorkGraph): string {
  const lines = [row(['id', 'type', 'label', 'community', 'confidence', 'at', 'x', 'y'])];
  graph.forEachNode((n, a) =>
    lines.push(row([n, a.entityType, a.label, a.community, a.confidence, a.at, coord(a.x), coord(a.y)])),
  );
  return lines.join('\n') + '\n';
}

export function edgesCsv(graph: WorkGraph): string {
  const lines = [row(['id', 'source', 'target', 'type', 'weight', 'confidence', 'at', 'sources'])];
  graph.forEachEdge((e, a, s, t) =>
    lines.push(
      row([
        e,
        s,
        t,
        a.relType,
        a.weight,
        a.confidence,
        a.at,
        (a.properties.sources as string[] | undefined)?.join(' '),
      ]),
    ),
  );
  return lines.join('\n') + '\n';
}

export function gexf(graph: WorkGraph): string {
  // GEXF wants flat attribute values: keep the displayed ones and drop nested properties.
  const flat = graph.copy();
  flat.updateEachNodeAttributes(
    (_n, a) =>
      ({
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
        label: a.label,
        entityType: a.entityType,
        community: a.community ?? '',
        confidence: a.confidence,
      }) as never,
  );
  flat.updateEachEdgeAttributes(
    (_e, a) => ({ relType: a.relType, weight: a.weight, confidence: a.confidence }) as never,
  );
  return writeGexf(flat as never);
}

export function download(filename: string, content: BlobPart, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
