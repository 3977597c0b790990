// Real Chromium for end-to-end tests and the renderer benchmark: Debian's `chromium` driven by
// playwright-core, headless, WebGL in software (SwiftShader) as on a machine without a GPU.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

export interface DemoService {
  /** http://127.0.0.1:<port>/ */
  base: string;
  /** A session token for a demo account. */
  login(username: string): Promise<string>;
  gql<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real service with the demo seed (`--demo`, DEMO_SIZE people) on the suite's Neo4j, after
 * emptying it, with the client built. Stops it on close().
 */
export async function startDemoService(people = 300): Promise<DemoService> {
  const { openTestDb, resetData, testConnection } = await import('./db.ts');
  const { spawnService } = await import('./process.ts');
  const db = await openTestDb();
  await resetData(db);
  await db.close();
  buildClient();
  const n = testConnection();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-client-e2e-'));
  const svc = spawnService(
    {
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: dataDir,
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      DEMO_SIZE: String(people),
      DEMO_SEED: '42',
    },
    ['--demo'],
  );
  const listening = await svc.waitFor(/listening/);
  const base = `http://127.0.0.1:${listening.port as number}/`;
  await svc.waitFor(/is healthy/, 230_000);
  const gql = async <T>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const res = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  return {
    base,
    gql,
    login: async (username) =>
      (
        await gql<{ login: { token: string } }>(
          '',
          'mutation($u: String!) { login(username: $u, password: "crimegraph-demo") { token } }',
          { u: username },
        )
      ).login.token,
    close: async () => {
      svc.child.kill('SIGTERM');
      await svc.exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Viewport position of a node on the page. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((n) => {
    const r = (
      window as never as {
        __crimegraph: {
          renderer: {
            getNodeDisplayData(n: string): unknown;
            framedGraphToViewport(d: unknown): { x: number; y: number };
          };
        };
      }
    ).__crimegraph.renderer;
    return r.framedGraphToViewport(r.getNodeDisplayData(n));
  }, id);
  const box = (await page.locator('#stage').boundingBox())!;
  return { x: box.x + pos.x, y: box.y + pos.y };
}
