// Real Chromium for end-to-end tests and the renderer benchmark, driven by playwright-core, headless,
// WebGL in software (SwiftShader) as on a machine without a GPU. Which Chromium: CHROMIUM_PATH when
// set, else Debian's /usr/bin/chromium when installed, else the one `npm install` brought
// (@sparticuz/chromium, a brotli-packed chrome-headless-shell with its SwiftShader libraries and a
// font), unpacked once per version under the temporary directory. So a fresh machine needs nothing
// beyond `npm ci`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './process.ts';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags every Chromium gets. Of @sparticuz/chromium's own list (meant for AWS Lambda) none is
 * taken: --single-process/--no-zygote work around Lambda's sandbox-less kernel (here the usual
 * multi-process browser runs, so a renderer crash stays a renderer crash), --disable-web-security
 * and --allow-running-insecure-content would hide the CSP and CORS behaviour the client really
 * meets, and its SwiftShader flags are the two below. WebGL (sigma) renders through ANGLE on
 * SwiftShader in both browsers.
 */
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

export interface ChromiumInstall {
  executablePath: string;
  /** Where it came from, for logs: "CHROMIUM_PATH", "Debian" or "@sparticuz/chromium <version>". */
  source: string;
  env: Record<string, string>;
}

let install: ChromiumInstall | undefined;

/** Finds (and the first time, unpacks) the Chromium to use; see the top of the file. */
export function chromiumInstall(): ChromiumInstall {
  if (install) return install;
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    install = { executablePath: configured, source: 'CHROMIUM_PATH', env: {} };
  } else if (fs.existsSync(DEBIAN_CHROMIUM)) {
    install = { executablePath: DEBIAN_CHROMIUM, source: 'Debian', env: {} };
  } else {
    install = bundledChromium();
  }
  return install;
}

/**
 * @sparticuz/chromium unpacked into <tmp>/crimegraph-chromium-<version>/. Its executablePath()
 * unpacks into the temporary directory it is given (TMPDIR) and takes a half-written binary there
 * for a finished one, so it runs in a child process on a private directory that is then renamed into
 * place: test files starting in parallel either find the finished directory or race to rename theirs,
 * and the loser throws its copy away.
 */
function bundledChromium(): ChromiumInstall {
  let version: string;
  try {
    // <package>/build/cjs/index.cjs; its package.json is not among its exports.
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const manifest = path.resolve(path.dirname(entry), '..', '..', 'package.json');
    version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    throw new Error(
      'No Chromium: CHROMIUM_PATH is not set, /usr/bin/chromium does not exist and @sparticuz/chromium ' +
        '(a devDependency) is not installed; run npm ci.',
    );
  }
  const dir = path.join(os.tmpdir(), `crimegraph-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  if (!fs.existsSync(executablePath)) {
    const staging = fs.mkdtempSync(`${dir}.tmp-`);
    try {
      execFileSync(
        process.execPath,
        ['-e', "import('@sparticuz/chromium').then(async (m) => { await m.default.executablePath(); })"],
        { cwd: ROOT, env: { ...process.env, TMPDIR: staging }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      // Its fonts.conf names /tmp/fonts; ours keeps the system's fonts and adds the bundled one.
      fs.writeFileSync(
        path.join(staging, 'fonts.conf'),
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
          '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
          `  <dir>${dir}/fonts</dir>\n  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`,
      );
      fs.renameSync(staging, dir);
    } catch (err) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(executablePath)) throw err; // not just a lost race
    }
  }
  return {
    executablePath,
    source: `@sparticuz/chromium ${version}`,
    env: { FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
  };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, env } = chromiumInstall();
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    env: { ...(process.env as Record<string, string>), ...env },
  });
}

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'client');

/** Saves a screenshot of the page under test-results/client/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Builds the client once per test process into a directory of its own (test files run in parallel
 * and a build empties its output directory first), returned for CRIMEGRAPH_CLIENT_DIR.
 */
let built: string | undefined;
export function buildClient(): string {
  if (built) return built;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-client-dist-'));
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  built = outDir;
  return outDir;
}

/** Signs in through the login screen and waits for the workspace. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'crimegraph-demo',
): Promise<void> {
  // The client installs window.__crimegraph only when asked (client/src/test-hook.ts).
  await page.addInitScript(() => localStorage.setItem('crimegraph.testHook', '1'));
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
  const clientDir = buildClient();
  const n = testConnection();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-client-e2e-'));
  const svc = spawnService(
    {
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: dataDir,
      CRIMEGRAPH_CLIENT_DIR: clientDir,
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
