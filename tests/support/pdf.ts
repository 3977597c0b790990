// Reading a PDF back the way a person would: its text per page (pdfjs-dist in Node, the legacy
// build), and its pages as PNG pictures drawn by pdf.js in real Chromium (tests/support/browser.ts),
// the renderer Firefox and Chrome's viewers share, so a glyph the file does not carry shows.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Each page's text, lines as pdf.js reports them. */
  text: string[];
  /** Each page's text with all white space removed: Chinese lines split anywhere. */
  compact: string[];
  /** The fonts embedded in the file, by their PDF names (a subset's name starts XXXXXX+). */
  fonts: string[];
}

export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const text: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let s = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      s += item.str + (item.hasEOL ? '\n' : '');
    }
    text.push(s);
  }
  await doc.destroy();
  const fonts = [
    ...new Set(
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/BaseFont\s*\/[\w+-]+/g) ?? [],
    ),
  ].map((f) => f.replace(/^\/BaseFont\s*\//, ''));
  return { pages: text.length, text, compact: text.map((t) => t.replace(/\s+/g, '')), fonts };
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/build/pdf.mjs'));

const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">
<script type="module">
import * as pdfjs from '/pdfjs/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.mjs';
window.renderPages = async (pages, scale) => {
  const data = new Uint8Array(await (await fetch('/file.pdf')).arrayBuffer());
  const doc = await pdfjs.getDocument({ data }).promise;
  const out = [];
  for (const n of pages) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    out.push(canvas.toDataURL('image/png'));
  }
  return out;
};
window.ready = true;
</script>`;

/**
 * Draws the given pages (1-based) at `scale` (1 = 72 dpi) in Chromium and returns PNG bytes.
 * The PDF and pdf.js are served from a loopback server of this process for the one call.
 */
export async function pdfPagesToPng(
  browser: Browser,
  pdf: Uint8Array,
  pages: readonly number[],
  scale = 2,
): Promise<Buffer[]> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (url === '/file.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(pdf));
    } else if (url.startsWith('/pdfjs/') && /^[\w.-]+$/.test(url.slice(7))) {
      const file = path.join(PDFJS_DIR, url.slice(7));
      if (!fs.existsSync(file)) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(file));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const urls = await page.evaluate(
      ([p, s]) =>
        (window as unknown as { renderPages: (p: number[], s: number) => Promise<string[]> }).renderPages(
          p,
          s,
        ),
      [[...pages], scale] as [number[], number],
    );
    return urls.map((u) => Buffer.from(u.slice(u.indexOf(',') + 1), 'base64'));
  } finally {
    await page.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
