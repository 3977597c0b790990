// Real Chromium for end-to-end tests and the renderer benchmark: Debian's `chromium` driven by
// playwright-core, headless, WebGL in software (SwiftShader) as on a machine without a GPU.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './process.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'client');

/** Saves a screenshot of the page under test-results/client/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Builds the client into client/dist (once per test process). */
let built = false;
export function buildClient(): void {
  if (built) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  built = true;
}

/** Signs in through the login screen and waits for the workspace. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'crimegraph-demo',
): Promise<void> {
  await page.goto(baseUrl);
  await page.fill('#login-user', username);
  await page.fill('#login-pass', password);
  await page.press('#login-pass', 'Enter');
  await page.waitForSelector('#stage canvas', { timeout: 30_000 });
}

export interface HookState {
  mode: string;
  order: number;
  size: number;
  nodes: string[];
  selected: string[];
  hidden: string[];
  communities: number;
}

/** Sigma's graph state as the client exposes it (window.__crimegraph). */
export function canvasState(page: Page): Promise<HookState> {
  return page.evaluate(() =>
    (window as never as { __crimegraph: { state(): HookState } }).__crimegraph.state(),
  );
}

export function pixelStats(
  page: Page,
): Promise<{ nonWhite: number; total: number; topColors: Array<[string, number]> }> {
  return page.evaluate(() =>
    (
      window as never as {
        __crimegraph: {
          pixelStats(): { nonWhite: number; total: number; topColors: Array<[string, number]> };
        };
      }
    ).__crimegraph.pixelStats(),
  );
}

export function pixelAt(page: Page, id: string): Promise<{ drawn: string; expected: string } | null> {
  return page.evaluate(
    (n) =>
      (
        window as never as {
          __crimegraph: { pixelAt(id: string): { drawn: string; expected: string } | null };
        }
      ).__crimegraph.pixelAt(n),
    id,
  );
}

/** Colour distance in RGB (0..441). */
export function colorDistance(a: string, b: string): number {
  const p = (s: string) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
  const [x, y] = [p(a), p(b)];
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}
