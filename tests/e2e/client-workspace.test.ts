// The workspace's start screens, saved investigations, canvas tools and keyboard, in real Chromium
// against the demo service (300 people) at 1366x768 with the side panels open: what sigma draws
// (its graph, the camera, where nodes land in the viewport) and what a person reads. Screenshots
// in test-results/client/workspace-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  canvasState,
  launchChromium,
  nodePoint,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

const VIEWPORT = { width: 1366, height: 768 };

interface ViewportNode {
  x: number;
  y: number;
  r: number;
}

interface Hook {
  __crimegraph?: {
    state(): { order: number; size: number; nodes: string[]; selected: string[]; focused: string | null };
    renderer: {
      getDimensions(): { width: number; height: number };
      getCamera(): { isAnimated(): boolean; setState(s: object): void; getState(): { ratio: number } };
    };
    canvas: {
      graph: {
        order: number;
        nodes(): string[];
        getNodeAttributes(n: string): {
          x: number;
          y: number;
          label: string;
          entityType: string;
          at?: number;
        };
        hasNode(n: string): boolean;
      };
      nodeViewport(id: string): ViewportNode | null;
      visibleNodes(): string[];
      select(ids: string[]): void;
    };
  };
}

let service: DemoService;
let browser: Browser;
let analystToken = '';
let detectiveToken = '';
/** Two people to open by search; `first` has dated events (cases, sales) one hop away. */
const people: Array<{ id: string; label: string }> = [];

const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  service.gql<T>(token, query, variables);

// ---- helpers over the page ------------------------------------------------------------------

/** The hook's state, with the node the keyboard is on. */
function hookState(page: Page): Promise<ReturnType<NonNullable<Hook['__crimegraph']>['state']>> {
  return page.evaluate(() => (window as unknown as Hook).__crimegraph!.state());
}

/** Waits until the camera has stopped moving (fits and follows animate for 300 ms). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h = (window as unknown as Hook).__crimegraph;
    return !!h && !h.renderer.getCamera().isAnimated();
  });
  await page.waitForTimeout(150);
}

async function stageSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => (window as unknown as Hook).__crimegraph!.renderer.getDimensions());
}

/** Where each node is drawn in the stage (pixels) and its radius. */
async function drawn(page: Page, ids?: string[]): Promise<Record<string, ViewportNode>> {
  return page.evaluate((only) => {
    const h = (window as unknown as Hook).__crimegraph!;
    const out: Record<string, ViewportNode> = {};
    for (const n of only ?? h.canvas.visibleNodes()) {
      const p = h.canvas.nodeViewport(n);
      if (p) out[n] = p;
    }
    return out;
  }, ids ?? null);
}

/** Graph positions (x, y attributes) of every node of the workspace graph. */
async function graphPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const g = (window as unknown as Hook).__crimegraph!.canvas.graph;
    return Object.fromEntries(
      g.nodes().map((n) => {
        const a = g.getNodeAttributes(n);
        return [n, { x: a.x, y: a.y }];
      }),
    );
  });
}

function expectInside(p: ViewportNode, size: { width: number; height: number }, what: string): void {
  expect(p.x - p.r, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(p.y - p.r, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(p.x + p.r, `${what} right`).toBeLessThanOrEqual(size.width);
  expect(p.y + p.r, `${what} bottom`).toBeLessThanOrEqual(size.height);
}

/** Clicks a toolbar tool, from the row or from "More" when it did not fit. */
async function tool(page: Page, id: string): Promise<void> {
  const inline = page.locator(`.tool-row > .tool-slot #tool-${id}`);
  if (await inline.isVisible()) {
    await inline.click();
    return;
  }
  await page.click('#tool-more');
  await page.click(`#tool-more-menu #tool-${id}`);
}

/** Runs an entry of a toolbar menu (`menu`), from the row or from "More". */
async function menuEntry(page: Page, menu: string, entry: string): Promise<void> {
  const button = page.locator(`.tool-row > .tool-slot > .menu-wrap > #tool-${menu}`);
  if (await button.isVisible()) await button.click();
  else await page.click('#tool-more');
  await page.click(`[role="menu"] #tool-${entry}`);
}

/** Types a name into the header search and opens the suggestion for `id`. */
async function openBySearch(page: Page, label: string, id: string): Promise<void> {
  await page.fill('#search', '');
  await page.fill('#search', label);
  const option = page.locator(`#search-results li[data-id="${id}"]`);
  await option.waitFor({ timeout: 20_000 });
  await option.dispatchEvent('mousedown');
  await page.waitForFunction((n) => (window as unknown as Hook).__crimegraph!.state().nodes.includes(n), id, {
    timeout: 20_000,
  });
  await settle(page);
}

async function newPage(lang: 'en' | 'zh-CN'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await page.addInitScript((l) => localStorage.setItem('crimegraph.lang', l), lang);
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
}

async function setLanguage(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.selectOption('#language', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.waitForTimeout(300);
}

// ---- the service ----------------------------------------------------------------------------

beforeAll(async () => {
  service = await startDemoService(300);
  analystToken = await service.login('analyst');
  detectiveToken = await service.login('detective');
  // Two people by name: the first with dated events one hop away (for the timeline), both with
  // neighbours (for the expansion).
  const seen = new Set<string>();
  for (const q of ['张', '王', '李', '刘', '陈', 'zhang', 'wang', 'li']) {
    const d = await gql<{
      search: { items: Array<{ entity: { id: string; type: string; label: string } }> };
    }>(
      detectiveToken,
      'query($q: String!) { search(query: $q, first: 20) { items { entity { id type label } } } }',
      { q },
    );
    for (const { entity: e } of d.search.items) {
      if (e.type !== 'Person' || seen.has(e.id) || people.some((p) => p.label === e.label)) continue;
      seen.add(e.id);
      // A busy machine may time a query out: skip that person.
      const around = await gql<{ neighbourhood: { nodes: Array<{ type: string }> } }>(
        detectiveToken,
        'query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 1 }) { nodes { type } } }',
        { id: e.id },
      ).catch(() => null);
      if (!around) continue;
      const types = around.neighbourhood.nodes.map((n) => n.type);
      const n = types.length;
      if (
        people.length === 0 &&
        (n < 4 || n > 30 || !types.some((t) => ['Case', 'Sale', 'Sighting'].includes(t)))
      )
        continue;
      if (n < 2) continue;
      people.push({ id: e.id, label: e.label });
      if (people.length === 2) break;
    }
    if (people.length === 2) break;
  }
  expect(people.length, 'two people to open from the demo data').toBe(2);
  // A community-detection run, for the analyst's start screen.
  const job = await gql<{ detectCommunities: { id: string } }>(
    analystToken,
    'mutation { detectCommunities(input: { seed: 42 }) { id } }',
  );
  for (let i = 0; i < 240; i++) {
    const s = await gql<{ job: { status: string } }>(
      analystToken,
      'query($id: ID!) { job(id: $id) { status } }',
      {
        id: job.detectCommunities.id,
      },
    );
    if (s.job.status === 'succeeded') break;
    if (s.job.status === 'failed' || s.job.status === 'cancelled')
      throw new Error(`community job ${s.job.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

// ---- the tests ------------------------------------------------------------------------------

describe('the test hook', () => {
  it('is installed only when asked for (?test or localStorage)', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(service.base);
    await page.fill('#login-user', 'detective');
    await page.fill('#login-pass', 'crimegraph-demo');
    await page.press('#login-pass', 'Enter');
    await page.waitForSelector('#stage canvas', { timeout: 30_000 });
    expect(await page.evaluate(() => typeof (window as unknown as Hook).__crimegraph)).toBe('undefined');
    await page.goto(`${service.base}?test`);
    await page.waitForSelector('#stage canvas', { timeout: 30_000 });
    expect(await page.evaluate(() => typeof (window as unknown as Hook).__crimegraph)).toBe('object');
    await page.close();
  });
});

describe('the analyst on the workspace', () => {
  let page: Page;
  let saved: { name: string; nodes: string[]; positions: Record<string, { x: number; y: number }> };

  beforeAll(async () => {
    page = await newPage('en');
    await signIn(page, service.base, 'analyst');
  }, 60_000);
  afterAll(async () => page?.close());

  it('starts with the latest analysis run and its gangs, first', async () => {
    const start = page.locator('#start-screen');
    await start.waitFor();
    const first = page.locator('#start-screen .start-slot').first();
    expect(await first.locator('#start-analysis').count()).toBe(1);
    await page.locator('#start-gangs li').first().waitFor({ timeout: 20_000 });
    const runs = await gql<{ analysisRuns: { items: Array<{ communityCount: number }> } }>(
      analystToken,
      '{ analysisRuns(first: 1) { items { communityCount } } }',
    );
    const count = runs.analysisRuns.items[0]!.communityCount;
    expect(await page.textContent('#start-run')).toContain(`${count} gangs`);
    expect(await page.locator('#start-gangs li').count()).toBe(Math.min(5, count));
    expect(await page.locator('#start-search').count()).toBe(1);
    expect(await page.locator('#start-investigations').count()).toBe(1);
    await screenshot(page, 'workspace-analyst-start-en');
    await page.click('#start-open-gangs');
    await expect.poll(() => page.getAttribute('#task-gangs', 'aria-selected')).toBe('true');
  });

  it('opens two people by search: both in view, apart, neither on top of the other', async () => {
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    await openBySearch(page, a.label, a.id);
    await openBySearch(page, b.label, b.id);
    const size = await stageSize(page);
    const at = await drawn(page, [a.id, b.id]);
    expectInside(at[a.id]!, size, 'first person');
    expectInside(at[b.id]!, size, 'second person');
    const gap = Math.hypot(at[a.id]!.x - at[b.id]!.x, at[a.id]!.y - at[b.id]!.y);
    expect(gap).toBeGreaterThan(at[a.id]!.r + at[b.id]!.r + 20);
    // Neither is drawn tiny: the camera was fitted, not left zoomed out.
    expect(at[b.id]!.r).toBeGreaterThanOrEqual(4);
    expect(await page.isVisible('#start-screen')).toBe(false);
    await screenshot(page, 'workspace-two-people');
  });

  it('expands a person: the new nodes land beside them and inside the viewport', async () => {
    const a = people[0]!;
    const before = (await canvasState(page)).nodes;
    const pt = await nodePoint(page, a.id);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.waitForFunction(
      (n) => (window as unknown as Hook).__crimegraph!.state().order > n,
      before.length,
      { timeout: 30_000 },
    );
    await settle(page);
    const state = await canvasState(page);
    const added = state.nodes.filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(1);
    const size = await stageSize(page);
    const at = await drawn(page);
    for (const id of [...added, ...before]) expectInside(at[id]!, size, id);
    // Beside their origin: nearer to it than to the other person.
    const pos = await graphPositions(page);
    const d = (p: string, q: string) => Math.hypot(pos[p]!.x - pos[q]!.x, pos[p]!.y - pos[q]!.y);
    const b = people[1]!.id;
    const nearer = added.filter((id) => d(id, a.id) < d(id, b)).length;
    expect(nearer / added.length).toBeGreaterThan(0.7);
    await screenshot(page, 'workspace-expanded');
  });

  it('fits the network to the screen', async () => {
    await page.evaluate(() =>
      (window as unknown as Hook).__crimegraph!.renderer.getCamera().setState({ x: 4, y: -3, ratio: 0.3 }),
    );
    await page.waitForTimeout(100);
    const off = await drawn(page);
    const size = await stageSize(page);
    const inside = (p: ViewportNode) => p.x >= 0 && p.y >= 0 && p.x <= size.width && p.y <= size.height;
    expect(Object.values(off).some(inside)).toBe(false);
    await tool(page, 'fit');
    await settle(page);
    const on = await drawn(page);
    for (const [id, p] of Object.entries(on)) expectInside(p, size, id);
  });

  it('selects all, inverts the selection and selects by type', async () => {
    const state = await canvasState(page);
    await menuEntry(page, 'select', 'select-all');
    expect(new Set((await canvasState(page)).selected)).toEqual(new Set(state.nodes));
    await page.evaluate((id) => (window as unknown as Hook).__crimegraph!.canvas.select([id]), people[0]!.id);
    await menuEntry(page, 'select', 'select-invert');
    expect(new Set((await canvasState(page)).selected)).toEqual(
      new Set(state.nodes.filter((n) => n !== people[0]!.id)),
    );
    await menuEntry(page, 'select', 'select-type-Person');
    const persons = state.nodes.filter((n) => n.startsWith('Person:'));
    expect(new Set((await canvasState(page)).selected)).toEqual(new Set(persons));
    await menuEntry(page, 'select', 'select-none');
    expect((await canvasState(page)).selected).toEqual([]);
  });

  it('lays out only the selection as a timeline, in date order', async () => {
    const a = people[0]!.id;
    // The person and their dated events.
    const chain = await page.evaluate((origin) => {
      const g = (window as unknown as Hook).__crimegraph!.canvas.graph;
      return [origin, ...g.nodes().filter((n) => typeof g.getNodeAttributes(n).at === 'number')];
    }, a);
    expect(chain.length).toBeGreaterThanOrEqual(2);
    await page.evaluate((ids) => (window as unknown as Hook).__crimegraph!.canvas.select(ids), chain);
    const before = await graphPositions(page);
    await menuEntry(page, 'arrange', 'time-layout');
    await settle(page);
    const after = await graphPositions(page);
    const rest = Object.keys(before).filter((n) => !chain.includes(n));
    expect(rest.length).toBeGreaterThan(0);
    for (const n of rest) expect(after[n], n).toEqual(before[n]);
    expect(chain.some((n) => after[n]!.x !== before[n]!.x || after[n]!.y !== before[n]!.y)).toBe(true);
    // Events left to right by date.
    const events = await page.evaluate((ids) => {
      const g = (window as unknown as Hook).__crimegraph!.canvas.graph;
      return ids
        .map((n) => ({ n, at: g.getNodeAttributes(n).at, x: g.getNodeAttributes(n).x }))
        .filter((e) => typeof e.at === 'number');
    }, chain);
    const byDate = [...events].sort((p, q) => p.at! - q.at! || p.x - q.x);
    for (let i = 1; i < byDate.length; i++) expect(byDate[i]!.x).toBeGreaterThanOrEqual(byDate[i - 1]!.x);
    // The chain is in view.
    const size = await stageSize(page);
    const at = await drawn(page, chain);
    for (const id of chain) expectInside(at[id]!, size, id);
    await screenshot(page, 'workspace-timeline');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await graphPositions(page))[chain[1]!]).toEqual(before[chain[1]!]);
  });

  it('moves between nodes with the arrow keys and Tab, selects with Enter, extends with Shift', async () => {
    await page.evaluate(() => (window as unknown as Hook).__crimegraph!.canvas.select([]));
    await page.focus('#stage');
    await page.keyboard.press('Tab');
    let state = await hookState(page);
    expect(state.focused).toBe(state.nodes[0]);
    await page.keyboard.press('Tab');
    state = await hookState(page);
    expect(state.focused).toBe(state.nodes[1]);
    // An arrow key goes to a node in that direction on screen.
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowDown', 'y', 1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      const from = (await hookState(page)).focused!;
      await page.keyboard.press(key);
      const to = (await hookState(page)).focused!;
      if (to === from) continue; // nothing that way
      await settle(page);
      const at = await drawn(page, [from, to]);
      expect(sign * (at[to]![axis] - at[from]![axis]), `${key} from ${from} to ${to}`).toBeGreaterThan(0);
    }
    const focused = (await hookState(page)).focused!;
    await page.keyboard.press('Enter');
    expect((await hookState(page)).selected).toEqual([focused]);
    // The focus ring sits on the focused node; a screen reader hears its caption.
    const ring = (await page.locator('#focus-ring').boundingBox())!;
    const stage = (await page.locator('#stage').boundingBox())!;
    const p = (await drawn(page, [focused]))[focused]!;
    expect(Math.abs(ring.x + ring.width / 2 - (stage.x + p.x))).toBeLessThan(3);
    expect(Math.abs(ring.y + ring.height / 2 - (stage.y + p.y))).toBeLessThan(3);
    const label = await page.evaluate(
      (n) => (window as unknown as Hook).__crimegraph!.canvas.graph.getNodeAttributes(n).label,
      focused,
    );
    expect(await page.textContent('#canvas-announce')).toContain(label);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Enter');
    expect((await hookState(page)).selected.length).toBe(2);
    await screenshot(page, 'workspace-keyboard');
    await page.keyboard.press('Escape');
    state = await hookState(page);
    expect(state.selected).toEqual([]);
    expect(state.focused).toBeNull();
  });

  it('lists the canvas in accessible tables for screen readers', async () => {
    const state = await canvasState(page);
    await tool(page, 'table-view');
    const entities = page.locator('#canvas-table [data-table="canvas-entities"]');
    await entities.waitFor();
    expect(await entities.locator('caption').count()).toBe(1);
    const rows = await entities.locator('tbody tr').count();
    expect(rows).toBe(Math.min(50, state.order));
    const names = await entities.locator('tbody tr td:first-child button').allTextContents();
    const labels = await page.evaluate(() => {
      const g = (window as unknown as Hook).__crimegraph!.canvas.graph;
      return g.nodes().map((n) => g.getNodeAttributes(n).label);
    });
    for (const n of names) expect(labels).toContain(n);
    const links = page.locator('#canvas-table [data-table="canvas-links"] tbody tr');
    expect(await links.count()).toBe(Math.min(50, state.size));
    // A name in the table selects that entity on the canvas.
    const first = entities.locator('tbody tr td:first-child button').first();
    const id = await first.getAttribute('data-node');
    await first.click();
    expect((await canvasState(page)).selected).toEqual([id]);
    await screenshot(page, 'workspace-table-view');
    await tool(page, 'table-view');
    await page.locator('#canvas-table').waitFor({ state: 'detached' });
  });

  it('exports the canvas as PNG, CSV and GEXF', async () => {
    const state = await canvasState(page);
    const [png] = await Promise.all([page.waitForEvent('download'), menuEntry(page, 'export', 'export-png')]);
    const pngFile = path.join(SCREENSHOT_DIR, 'workspace-export.png');
    await png.saveAs(pngFile);
    const buf = fs.readFileSync(pngFile);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    const box = (await page.locator('#stage').boundingBox())!;
    expect(buf.readUInt32BE(16)).toBe(Math.round(box.width * 2));
    expect(buf.readUInt32BE(20)).toBe(Math.round(box.height * 2));
    expect(buf.length).toBeGreaterThan(5_000);

    const files: string[] = [];
    const both = new Promise<void>((resolve) => {
      const onDownload = async (d: { suggestedFilename(): string; saveAs(f: string): Promise<void> }) => {
        const f = path.join(SCREENSHOT_DIR, `workspace-${d.suggestedFilename()}`);
        await d.saveAs(f);
        files.push(f);
        if (files.length === 2) {
          page.off('download', onDownload);
          resolve();
        }
      };
      page.on('download', onDownload);
    });
    await menuEntry(page, 'export', 'export-csv');
    await both;
    const read = (suffix: string) =>
      fs
        .readFileSync(
          files.find((f) => f.endsWith(suffix))!,
          'utf8',
        )
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
    const nodes = read('nodes.csv');
    const edges = read('edges.csv');
    expect(nodes[0]).toBe('id,type,label,community,confidence,at,x,y');
    expect(nodes.length - 1).toBe(state.order);
    expect(edges.length - 1).toBe(state.size);
    expect(new Set(nodes.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(state.nodes));

    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      menuEntry(page, 'export', 'export-gexf'),
    ]);
    const gexfFile = path.join(SCREENSHOT_DIR, 'workspace-export.gexf');
    await gexf.saveAs(gexfFile);
    const xml = fs.readFileSync(gexfFile, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)?.length).toBe(state.order);
    expect(xml.match(/<edge /g)?.length).toBe(state.size);
  });

  it('saves an investigation, and opens it again after clearing the canvas: same nodes, same places', async () => {
    await page.click('#task-saved');
    await page.locator('#inv-name').waitFor();
    const name = `Workspace test ${Date.now() % 100000}`;
    await page.fill('#inv-name', name);
    await page.check('#inv-shared');
    const nodes = (await canvasState(page)).nodes;
    const positions = await graphPositions(page);
    saved = { name, nodes, positions };
    await page.click('#inv-save');
    const item = page.locator('#inv-list-mine li', { hasText: name });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.textContent()).toContain(`${nodes.length} entities`);
    await screenshot(page, 'workspace-saved-en');

    // Clear (undo brings it back), clear again: the start screen returns.
    await tool(page, 'clear');
    expect((await canvasState(page)).order).toBe(0);
    await page.locator('#start-screen').waitFor();
    await page.locator('#start-mine li', { hasText: name }).waitFor();
    await page.focus('#stage');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasState(page)).order).toBe(nodes.length);
    await tool(page, 'clear');
    expect((await canvasState(page)).order).toBe(0);

    await item.locator('button.inv-open').click();
    await expect.poll(async () => (await canvasState(page)).order, { timeout: 30_000 }).toBe(nodes.length);
    await settle(page);
    expect(new Set((await canvasState(page)).nodes)).toEqual(new Set(nodes));
    const again = await graphPositions(page);
    for (const n of nodes) {
      expect(Math.abs(again[n]!.x - positions[n]!.x), n).toBeLessThan(0.002);
      expect(Math.abs(again[n]!.y - positions[n]!.y), n).toBeLessThan(0.002);
    }
    // The links among them came back too.
    expect((await canvasState(page)).size).toBeGreaterThan(0);
    const size = await stageSize(page);
    for (const [id, p] of Object.entries(await drawn(page))) expectInside(p, size, id);
    await setLanguage(page, 'zh-CN');
    await screenshot(page, 'workspace-saved-zh-CN');
    expect(await page.textContent('#inv-list-mine')).toContain(`${nodes.length} 个实体`);
    await setLanguage(page, 'en');
  });

  it('keeps the toolbar on one row with the side panels open, in both languages', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      await setLanguage(page, lang);
      const row = (await page.locator('.tool-row').boundingBox())!;
      const buttons = await page
        .locator('.tool-row > .tool-slot')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })),
        );
      const tools = (await page.locator('#canvas-tools').boundingBox())!;
      for (const b of buttons) {
        expect(Math.abs(b.top - buttons[0]!.top)).toBeLessThan(2);
        expect(b.right).toBeLessThanOrEqual(tools.x + tools.width + 1);
      }
      expect(row.height).toBeLessThan(36);
      await screenshot(page, `workspace-toolbar-${lang}`);
    }
    await setLanguage(page, 'en');
  });

  it('tells the detective about it: recent and shared investigations on the start screen', async () => {
    // The detective's own investigation, saved through the API.
    await gql(
      detectiveToken,
      'mutation($input: InvestigationInput!) { saveInvestigation(input: $input) { id } }',
      { input: { name: 'Detective notebook', entityIds: [people[1]!.id], shared: false } },
    );
    const det = await newPage('en');
    await signIn(det, service.base, 'detective');
    await det.locator('#start-screen').waitFor();
    // The search prompt leads for whoever reads entities and does not run analyses.
    expect(await det.locator('#start-screen .start-slot').first().locator('#start-search').count()).toBe(1);
    const mine = det.locator('#start-mine li', { hasText: 'Detective notebook' });
    await mine.waitFor({ timeout: 20_000 });
    const shared = det.locator('#start-shared li', { hasText: saved.name });
    await shared.waitFor();
    expect(await shared.textContent()).toContain('analyst');
    await screenshot(det, 'workspace-detective-start-en');
    await setLanguage(det, 'zh-CN');
    expect(await det.textContent('#start-investigations')).toContain('最近的研判');
    expect(await det.textContent('#start-search')).toContain('从搜索开始');
    await screenshot(det, 'workspace-detective-start-zh-CN');
    // The search prompt focuses the header's search.
    await det.click('#start-search-button');
    expect(await det.evaluate(() => document.activeElement?.id)).toBe('search');
    // Open the colleague's investigation from the start screen.
    await shared.locator('button.inv-open').click();
    await expect
      .poll(async () => (await canvasState(det)).order, { timeout: 30_000 })
      .toBe(saved.nodes.length);
    expect(await det.isVisible('#start-screen')).toBe(false);
    await det.close();
  });
});
