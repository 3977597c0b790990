// Every view of the workspace at 1366x768, for each role and in both languages, in real Chromium
// against the demo service: the checks of tests/support/layout-checks.ts (a wrapped header, a page
// that scrolls, a table cell that breaks inside a word, epoch numbers, UUIDs or entity ids outside
// the identifiers section, raw i18n keys, untranslated strings, error notices, page errors).
//
// The views are discovered, not listed: the login screen; the workspace as it opens; the drawer
// opened empty; every task tab of the header (#task-<id>), each tab ([role=tab]) inside its panel,
// and each button that opens a drawer table (aria-controls="drawer", or its text names a table:
// "表格", "table"), then each drawer tab that appeared; with the search box, its suggestions, its results table, an entity opened from it
// and selected, its neighbourhood, a link selected, two entities selected; then every task tab
// again with that canvas. Before, the admin runs the analyses through the API (communities, a
// takedown comparison, gang evolution, repeat offenders) so the views have data. One screenshot per view: test-results/client/layout-<role>-<lang>-<view>.png;
// every finding in test-results/client/layout-report.json.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  nodePoint,
  SCREENSHOT_DIR,
  screenshot,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';
import {
  checkLayout,
  formatFindings,
  settle,
  trackRequests,
  watchPageErrors,
  type LayoutFinding,
} from '../support/layout-checks.ts';

const ROLES = ['detective', 'analyst', 'commander', 'admin'] as const;
const LANGS = ['zh-CN', 'en'] as const;
const VIEWPORT = { width: 1366, height: 768 };
/** At most this many sub-tabs or drawer openers per panel. */
const MAX_PER_PANEL = 6;

interface Hook {
  __crimegraph: {
    state(): { order: number; nodes: string[] };
    graph: { edges(n?: string): string[]; neighbors(n: string): string[] };
    canvas: { select(ids: string[]): void; selectEdge(e: string | null): void };
  };
}

interface ViewReport {
  role: string;
  lang: string;
  view: string;
  screenshot: string;
  findings: LayoutFinding[];
}

let service: DemoService;
let browser: Browser;
/** A person's name as the search shows it, to type into the search box. */
let query = '';
const reports: ViewReport[] = [];

beforeAll(async () => {
  service = await startDemoService(300);
  browser = await launchChromium();
  const token = await service.login('detective');
  for (const q of ['王', '李', '张', 'wang']) {
    const d = await service.gql<{
      search: { items: Array<{ entity: { type: string; label: string | null } }> };
    }>(token, 'query($q: String!) { search(query: $q, first: 10) { items { entity { type label } } } }', {
      q,
    });
    const hit = d.search.items.find((h) => h.entity.type === 'Person' && h.entity.label);
    if (hit) {
      query = hit.entity.label!;
      break;
    }
  }
  expect(query, 'a person to search for in the demo data').not.toBe('');
  await runAnalyses();
}, 600_000);

/**
 * The analyses every role's views show (gangs, a takedown comparison, gang evolution, repeat
 * offenders), run through the API as the admin so that the views have something to show.
 */
async function runAnalyses(): Promise<void> {
  const token = await service.login('admin');
  const year = 365 * 24 * 3600 * 1000;
  const jobs: Array<[string, string, Record<string, unknown>]> = [
    ['detectCommunities', 'mutation { detectCommunities(input: { seed: 42 }) { id } }', {}],
    [
      'simulateTakedown',
      'mutation { simulateTakedown(input: { strategies: [betweenness, brokers, degree, greedy], k: 3 }) { id } }',
      {},
    ],
    [
      'trackGangEvolution',
      'mutation($from: Float!, $to: Float!) { trackGangEvolution(input: { from: $from, to: $to, windowDays: 730, stepDays: 365 }) { id } }',
      { from: Date.now() - 8 * year, to: Date.now() },
    ],
    ['findRepeatOffenders', 'mutation { findRepeatOffenders(input: { minCases: 2 }) { id } }', {}],
  ];
  for (const [name, mutation, vars] of jobs) {
    const d = await service.gql<Record<string, { id: string }>>(token, mutation, vars);
    const id = d[name]!.id;
    for (let i = 0; i < 240; i++) {
      const { job } = await service.gql<{ job: { status: string; message: string | null } }>(
        token,
        'query($id: ID!) { job(id: $id) { status message } }',
        { id },
      );
      if (job.status === 'succeeded') break;
      if (job.status === 'failed' || job.status === 'cancelled') {
        console.warn(`[layout] ${name} ${job.status}: ${job.message}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Every finding so far, after each role and language (a run cut short keeps what it saw). */
function writeReport(): void {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, 'layout-report.json'), JSON.stringify(reports, null, 2));
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Walks one role in one language through every view it can reach. */
class Tour {
  readonly views: ViewReport[] = [];
  private readonly errors;
  private seenDrawerTabs = new Set<string>();
  /** Drawer openers already clicked, by their id and text: each once per tour. */
  private seenOpeners = new Set<string>();

  constructor(
    readonly page: Page,
    readonly role: string,
    readonly lang: string,
  ) {
    trackRequests(page);
    this.errors = watchPageErrors(page);
  }

  async visit(view: string): Promise<void> {
    const { page, role, lang } = this;
    await settle(page);
    const findings = await checkLayout(page, { lang, dataTokens: [role] });
    for (const e of this.errors.drain())
      findings.push({ check: 'page-error', where: 'page', detail: e, count: 1 });
    const name = `layout-${role}-${lang}-${slug(view)}`;
    await screenshot(page, name);
    const r: ViewReport = { role, lang, view, screenshot: `test-results/client/${name}.png`, findings };
    this.views.push(r);
    reports.push(r);
  }

  /** Clicks the nth match of a selector when it is there, visible and enabled. */
  private async clickNth(selector: string, i: number): Promise<boolean> {
    const l = this.page.locator(selector).nth(i);
    if (!(await l.count()) || !(await l.isVisible()) || !(await l.isEnabled())) return false;
    await l.click({ timeout: 5_000 }).catch(() => undefined);
    return true;
  }

  /** Each tab inside a container that is not selected yet. */
  async subTabs(container: string, prefix: string): Promise<void> {
    const sel = `${container} [role=tab]:not([aria-selected=true])`;
    const labels = await this.page
      .locator(`${container} [role=tab]`)
      .evaluateAll((els) =>
        els.map((e) => (e.getAttribute('aria-selected') === 'true' ? null : e.id || e.textContent)),
      );
    let n = 0;
    for (const label of labels) {
      if (label === null || n >= MAX_PER_PANEL) continue;
      if (!(await this.clickNth(sel, 0))) break;
      n++;
      await this.visit(`${prefix}-tab-${label}`);
    }
  }

  /**
   * Each button that opens a table in the drawer, then its tab: those that say so
   * (aria-controls="drawer"), and those whose text names a table ("表格", "table").
   */
  async drawerOpeners(prefix: string): Promise<void> {
    const marker = 'data-layout-opener';
    const openers = await this.page.evaluate((m) => {
      document.querySelectorAll(`[${m}]`).forEach((e) => e.removeAttribute(m));
      const found = new Set<Element>();
      for (const scope of document.querySelectorAll('#task-panel, #details, main')) {
        for (const b of scope.querySelectorAll('button, [role=button], a[href]')) {
          const text = `${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''} ${b.getAttribute('title') ?? ''}`;
          if (b.getAttribute('aria-controls') === 'drawer' || /表格|\btables?\b/i.test(text)) found.add(b);
        }
      }
      let i = 0;
      for (const b of found) b.setAttribute(m, String(i++));
      return [...found].map((b) => `${b.id} ${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''}`);
    }, marker);
    for (let i = 0; i < Math.min(MAX_PER_PANEL, openers.length); i++) {
      if (this.seenOpeners.has(openers[i]!)) continue;
      this.seenOpeners.add(openers[i]!);
      const before = await this.activeDrawerTab();
      if (!(await this.clickNth(`[${marker}="${i}"]`, 0))) continue;

      await this.page
        .waitForFunction(
          (b) => {
            const body = document.querySelector('[data-drawer-body]');
            return (
              !!body &&
              body.getAttribute('data-drawer-body') !== '' &&
              body.getAttribute('data-drawer-body') !== b
            );
          },
          before,
          { timeout: 15_000, polling: 200 },
        )
        .catch(() => undefined);
      const tab = await this.activeDrawerTab();
      if (tab) this.seenDrawerTabs.add(tab);
      await this.visit(`${prefix}-drawer-${tab || `opener-${i}`}`);
    }
    await this.newDrawerTabs(prefix);
  }

  /** Drawer tabs that appeared without being visited (a view that opens a table by itself). */
  async newDrawerTabs(prefix: string): Promise<void> {
    const ids = await this.page
      .locator('[data-drawer-tab]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-drawer-tab') ?? ''));
    for (const id of ids) {
      if (this.seenDrawerTabs.has(id)) continue;
      this.seenDrawerTabs.add(id);
      await this.page.click(`[data-drawer-tab="${id}"]`).catch(() => undefined);
      await this.visit(`${prefix}-drawer-${id}`);
    }
  }

  async activeDrawerTab(): Promise<string> {
    return (await this.page.getAttribute('[data-drawer-body]', 'data-drawer-body').catch(() => null)) ?? '';
  }

  async closeDrawer(): Promise<void> {
    const toggle = this.page.locator('.drawer-toggle[aria-expanded=true]');
    if (await toggle.count()) await toggle.click();
  }

  async taskIds(): Promise<string[]> {
    return this.page.locator('header [role=tab][id^="task-"]').evaluateAll((els) => els.map((e) => e.id));
  }

  /** Every task tab: its panel, the tabs inside it, what it opens in the drawer. */
  async tasks(phase: string): Promise<void> {
    for (const id of await this.taskIds()) {
      const task = id.slice('task-'.length);
      await this.page.click(`#${id}`);
      await this.page.waitForSelector(`#${id}[aria-selected=true]`, { timeout: 5_000 });
      await this.visit(`${phase}-${task}`);
      await this.newDrawerTabs(`${phase}-${task}`);
      await this.subTabs('#task-panel', `${phase}-${task}`);
      await this.drawerOpeners(`${phase}-${task}`);
      await this.closeDrawer();
    }
    await this.subTabs('main', `${phase}-centre`);
  }

  /** Search, its table, an entity on the canvas, its neighbourhood, a link, two entities. */
  async searchAndCanvas(): Promise<boolean> {
    const { page } = this;
    if (!(await page.locator('#search').count())) return false;
    await page.fill('#search', query);
    await page.waitForSelector('#search-results [role=option]', { timeout: 20_000 }).catch(() => undefined);
    await this.visit('search-suggestions');
    if (await page.locator('#search-results button').count()) {
      await page.locator('#search-results button').first().click();
      await page
        .waitForSelector('[data-drawer-body="search-results"]', { timeout: 20_000 })
        .catch(() => undefined);
      this.seenDrawerTabs.add('search-results');
      await this.visit('search-results');
      await this.closeDrawer();
    }
    await page.fill('#search', '');
    await page.fill('#search', query);
    await page.waitForSelector('#search-results [role=option]', { timeout: 20_000 }).catch(() => undefined);
    await page.press('#search', 'Enter');
    const opened = await page
      .waitForFunction(
        () => ((window as never as Partial<Hook>).__crimegraph?.state().order ?? 0) > 0,
        undefined,
        {
          timeout: 30_000,
        },
      )
      .then(() => true)
      .catch(() => false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (!opened) {
      await this.visit('search-opened-nothing');
      return false;
    }
    const first = (await page.evaluate(() => (window as never as Hook).__crimegraph.state().nodes))[0]!;
    await page.evaluate((n) => (window as never as Hook).__crimegraph.canvas.select([n]), first);
    await this.visit('entity');
    await this.subTabs('#details', 'entity');
    await this.drawerOpeners('entity');
    await this.closeDrawer();

    // Its neighbourhood, as a double click asks for it.
    const before = await page.evaluate(() => (window as never as Hook).__crimegraph.state().order);
    const pt = await nodePoint(page, first).catch(() => null);
    if (pt) await page.mouse.dblclick(pt.x, pt.y);
    await page
      .waitForFunction((b) => (window as never as Hook).__crimegraph.state().order > b, before, {
        timeout: 30_000,
      })
      .catch(() => undefined);
    await this.visit('neighbourhood');

    const edge = await page.evaluate(
      (n) => (window as never as Hook).__crimegraph.graph.edges(n)[0] ?? null,
      first,
    );
    if (edge) {
      await page.evaluate((e) => (window as never as Hook).__crimegraph.canvas.selectEdge(e), edge);
      await this.visit('link');
      await this.subTabs('#details', 'link');
      await this.drawerOpeners('link');
      await this.closeDrawer();
    }
    const other = await page.evaluate(
      (n) => (window as never as Hook).__crimegraph.graph.neighbors(n)[0] ?? null,
      first,
    );
    if (other) {
      await page.evaluate((ids) => (window as never as Hook).__crimegraph.canvas.select(ids), [first, other]);
      await this.visit('two-selected');
      await this.drawerOpeners('two-selected');
      await this.closeDrawer();
    }
    await page.evaluate((n) => (window as never as Hook).__crimegraph.canvas.select([n]), first);
    return true;
  }
}

describe.each(ROLES)('every view as %s at 1366x768', (role) => {
  it.each(LANGS)(
    'in %s',
    async (lang) => {
      const context = await browser.newContext({
        viewport: VIEWPORT,
        locale: lang === 'en' ? 'en-GB' : lang,
      });
      await context.addInitScript((l) => {
        localStorage.setItem('crimegraph.lang', l);
        localStorage.setItem('crimegraph.testHook', '1'); // window.__crimegraph (client/src/test-hook.ts)
      }, lang);
      const page = await context.newPage();
      const tour = new Tour(page, role, lang);
      try {
        await page.goto(service.base);
        await page.waitForSelector('#login-user');
        await tour.visit('login');
        await page.fill('#login-user', role);
        await page.fill('#login-pass', 'crimegraph-demo');
        await page.press('#login-pass', 'Enter');
        await page.waitForSelector('#stage canvas', { timeout: 30_000 });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await tour.visit('workspace');
        const toggle = page.locator('.drawer-toggle');
        if (await toggle.count()) {
          await toggle.click();
          await tour.visit('drawer-empty');
          await tour.closeDrawer();
        }
        await tour.tasks('empty');
        if (await tour.searchAndCanvas()) await tour.tasks('canvas');
      } finally {
        await context.close();
        writeReport();
      }
      const failed = tour.views.filter((v) => v.findings.length);
      const text = failed
        .map((v) => `${role}/${lang}/${v.view} (${v.screenshot}):\n${formatFindings(v.findings, '  ')}`)
        .join('\n');
      expect(tour.views.length).toBeGreaterThan(2);
      expect(text, `${failed.length} of ${tour.views.length} views fail`).toBe('');
    },
    1_500_000,
  );
});
