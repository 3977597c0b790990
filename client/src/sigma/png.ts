// PNG of the canvas: renders once and flattens sigma's layers (WebGL and 2D) onto a white canvas
// in the same task, before the browser clears the WebGL drawing buffers.
import type { Renderer } from './renderer.ts';

// In sigma's stacking order (the hover box is drawn under the highlighted node).
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'] as const;

export function snapshotCanvas(renderer: Renderer, scale = 1): HTMLCanvasElement {
  const { width, height } = renderer.getDimensions();
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh(); // synchronous render: the WebGL buffers hold the frame until this task ends
  const canvases = renderer.getCanvases();
  for (const id of LAYERS) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return out;
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
