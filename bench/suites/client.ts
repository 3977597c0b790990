// The client's renderer against bare sigma (default settings) on the same generated network, in
// headless Chromium with software WebGL: time to the first visible frame and frame rate while
// panning, for 5,000 nodes / 20,000 edges and 50,000 / 200,000.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import type { BenchResult, BenchSuite } from '../types.ts';
import { chromiumInstall, launchChromium } from '../../tests/support/browser.ts';
import { ROOT } from '../../tests/support/process.ts';

const SIZES = [
  { nodes: 5_000, edges: 20_000 },
  { nodes: 50_000, edges: 200_000 },
] as const;
const MODES = ['bare', 'client'] as const;
const VIEWPORT = { width: 1366, height: 768 };

interface Run {
  firstFrameMs: number;
  fullFrameMs: number;
  panFps: number;
  panFrames: number;
  panMs: number;
  shownNodes: number;
}

async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'client/vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: path.join(ROOT, 'client/bench.html') },
    },
  });
}

function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
  };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** Drags the canvas back and forth like a user panning, until enough frames or the time cap. */
async function pan(page: Page): Promise<{ fps: number; frames: number; ms: number }> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const before = await page.evaluate(
    () => (window as never as { __bench: { frames: number[] } }).__bench.frames.length,
  );
  const start = Date.now();
  let dx = 0;
  let dir = 1;
  for (;;) {
    dx += dir * 6;
    if (Math.abs(dx) > 240) dir = -dir;
    await page.mouse.move(cx + dx, cy + dx / 3);
    const elapsed = Date.now() - start;
    if (elapsed > 30_000) break;
    if (elapsed > 4_000) {
      const n = await page.evaluate(
        (b) => (window as never as { __bench: { frames: number[] } }).__bench.frames.length - b,
        before,
      );
      if (n >= 6 || elapsed > 12_000) break;
    }
  }
  await page.mouse.up();
  const frames = await page.evaluate(
    (b) => (window as never as { __bench: { frames: number[] } }).__bench.frames.slice(b),
    before,
  );
  // Frames rendered during the drag (the mouse-up render is excluded by slicing before it lands).
  const ms = frames.length >= 2 ? frames[frames.length - 1]! - frames[0]! : Date.now() - start;
  const fps = frames.length >= 2 ? ((frames.length - 1) * 1000) / ms : (frames.length * 1000) / ms;
  return { fps, frames: frames.length, ms: Math.round(ms) };
}

const suite: BenchSuite = {
  prefix: 'client',
  description:
    'client renderer vs bare sigma: first visible frame and panning frame rate (headless Chromium)',
  async run(ctx) {
    const dist = path.join(ctx.tmpDir, 'dist');
    ctx.log('building the bench page with Vite');
    await buildBenchPage(dist);
    const server = await serve(dist);
    const browser = await launchChromium();
    ctx.log(`Chromium ${browser.version()} (${chromiumInstall().source})`);
    const runs: Record<string, Run> = {};
    try {
      for (const size of SIZES) {
        for (const mode of MODES) {
          const page = await browser.newPage({ viewport: VIEWPORT });
          try {
            await page.goto(`${server.url}/bench.html?mode=${mode}&nodes=${size.nodes}&edges=${size.edges}`);
            await page.waitForFunction(
              () => {
                const b = (window as never as { __bench?: { firstFrameMs?: number; error?: string } })
                  .__bench;
                return b && (b.firstFrameMs !== undefined || b.error);
              },
              undefined,
              { timeout: 180_000, polling: 100 },
            );
            const b = await page.evaluate(
              () =>
                (window as never as { __bench: { firstFrameMs: number; shownNodes: number; error?: string } })
                  .__bench,
            );
            if (b.error) throw new Error(`${mode} ${size.nodes}: ${b.error}`);
            await page.waitForFunction(
              () =>
                (window as never as { __bench: { fullFrameMs?: number } }).__bench.fullFrameMs !== undefined,
              undefined,
              { timeout: 180_000, polling: 100 },
            );
            const full = await page.evaluate(
              () => (window as never as { __bench: { fullFrameMs: number } }).__bench.fullFrameMs,
            );
            await page.waitForTimeout(1_000);
            const p = await pan(page);
            const key = `${mode}@${size.nodes}`;
            runs[key] = {
              firstFrameMs: Math.round(b.firstFrameMs),
              fullFrameMs: Math.round(full),
              panFps: Number(p.fps.toFixed(2)),
              panFrames: p.frames,
              panMs: p.ms,
              shownNodes: b.shownNodes,
            };
            ctx.log(
              `${key}: first frame ${runs[key].firstFrameMs} ms (complete ${runs[key].fullFrameMs} ms), pan ${runs[key].panFps} fps (${p.frames} frames)`,
            );
          } finally {
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const results: BenchResult[] = [];
    const ratio = (f: (r: Run) => number, size: number) =>
      f(runs[`client@${size}`]!) / f(runs[`bare@${size}`]!);
    const fpsRatios = SIZES.map((s) => ratio((r) => r.panFps, s.nodes));
    const ffRatios = SIZES.map((s) => ratio((r) => r.firstFrameMs, s.nodes));
    const detail = Object.fromEntries(
      SIZES.map((s) => [
        `${s.nodes}/${s.edges}`,
        { bare: runs[`bare@${s.nodes}`], client: runs[`client@${s.nodes}`] },
      ]),
    );
    results.push({
      id: 'client.pan-fps-vs-sigma',
      value: Math.min(...fpsRatios),
      unit: 'x',
      target: 5,
      better: 'higher',
      reference: 'bare sigma 3 with default settings on the same graph, same run (worst of the sizes)',
      detail: {
        perSize: Object.fromEntries(
          SIZES.map((s, i) => [`${s.nodes}/${s.edges}`, Number(fpsRatios[i]!.toFixed(2))]),
        ),
        ...detail,
      },
    });
    results.push({
      id: 'client.first-frame-vs-sigma',
      value: Math.max(...ffRatios),
      unit: 'x',
      target: 0.5,
      better: 'lower',
      reference: 'bare sigma 3 with default settings on the same graph, same run (worst of the sizes)',
      detail: {
        perSize: Object.fromEntries(
          SIZES.map((s, i) => [`${s.nodes}/${s.edges}`, Number(ffRatios[i]!.toFixed(3))]),
        ),
        ...detail,
      },
    });
    return results;
  },
};
export default suite;
