// The investigation client in real Chromium against the real service and Neo4j with the demo
// seed: search and open, expand, path finder, resale chain, undo/redo, exports, saved
// investigations. Checks sigma's graph state and the canvas pixels; screenshots in
// test-results/client/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { openTestDb } from '../support/db.ts';
import {
  SCREENSHOT_DIR,
  canvasState,
  colorDistance,
  launchChromium,
  nodePoint,
  pixelAt,
  pixelStats,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

let db: Db;
let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  service.gql<T>(token, query, variables);

/** Waits until sigma's camera is still (animations after expansions). */
const settle = (p: Page) => p.waitForTimeout(600);

interface Planted {
  uid: string;
  gang: string | null;
  role: string;
}
let people: Planted[] = [];

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('detective');
  db = await openTestDb();
  people = (await db.read('queries/seeds/list-planted-people')) as unknown as Planted[];
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await signIn(page, service.base, 'detective');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  await db?.close();
});

describe('investigation client', () => {
  let person = '';

  it('searches for a person from the demo seed and opens them on the canvas', async () => {
    const p = people.find((x) => x.gang !== null)!;
    expect(p).toBeTruthy();
    person = p.uid;
    const label = (
      await gql<{ entity: { label: string } }>(`query($id: ID!) { entity(id: $id) { label } }`, {
        id: person,
      })
    ).entity.label;
    await page.fill('#search', label);
    const option = page.locator(`#search-results li[data-id="${person}"]`);
    await option.waitFor({ timeout: 20_000 });
    await option.dispatchEvent('mousedown');
    await page.waitForFunction(
      (id) =>
        (window as never as { __crimegraph: { state(): { nodes: string[] } } }).__crimegraph
          .state()
          .nodes.includes(id),
      person,
    );
    await settle(page);
    const state = await canvasState(page);
    expect(state.nodes).toEqual([person]);
    expect(state.selected).toEqual([person]);
    await expect.poll(() => page.textContent('#details h2'), { timeout: 10_000 }).toBe(label);
    // What is drawn: the node's disc in its type colour.
    const px = await pixelAt(page, person);
    expect(px).not.toBeNull();
    expect(colorDistance(px!.drawn, px!.expected)).toBeLessThan(60);
    await screenshot(page, '01-search-open');
  });

  it('expands a neighbourhood on double-click, drawing the neighbours the API returns', async () => {
    const api = await gql<{ neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 1 }) { nodes { id } edges { id } } }`,
      { id: person },
    );
    expect(api.neighbourhood.nodes.length).toBeGreaterThan(1);
    const before = await pixelStats(page);
    const pt = await nodePoint(page, person);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.waitForFunction(
      (n) =>
        (window as never as { __crimegraph: { state(): { order: number } } }).__crimegraph.state().order >= n,
      api.neighbourhood.nodes.length,
      { timeout: 30_000 },
    );
    await settle(page);
    const state = await canvasState(page);
    expect(new Set(state.nodes)).toEqual(new Set(api.neighbourhood.nodes.map((x) => x.id)));
    expect(state.size).toBe(api.neighbourhood.edges.length);
    const after = await pixelStats(page);
    expect(after.nonWhite).toBeGreaterThan(before.nonWhite * 1.5);
    const neighbour = state.nodes.find((x) => x !== person)!;
    const px = await pixelAt(page, neighbour);
    expect(colorDistance(px!.drawn, px!.expected)).toBeLessThan(60);
    await screenshot(page, '02-expand');
  });

  it('undoes and redoes the expansion', async () => {
    const expanded = (await canvasState(page)).order;
    await page.locator('#stage').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasState(page)).order, { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await canvasState(page)).order, { timeout: 10_000 }).toBe(expanded);
  });

  it('finds a path between two people of the same gang', async () => {
    const gang = people.find((x) => x.uid === person)!.gang;
    const mates = people.filter((x) => x.gang === gang && x.uid !== person);
    let target = '';
    let expected: { nodeIds: string[] } | undefined;
    for (const m of mates) {
      const r = await gql<{ paths: { paths: { nodeIds: string[] }[] } }>(
        `query($a: ID!, $b: ID!) { paths(input: { from: $a, to: $b, mode: K_SHORTEST, k: 3, maxHops: 6 }) { paths { nodeIds } } }`,
        { a: person, b: m.uid },
      );
      if (r.paths.paths[0] && r.paths.paths[0].nodeIds.length > 2) {
        target = m.uid;
        expected = r.paths.paths[0];
        break;
      }
    }
    expect(expected).toBeDefined();
    await page.click('#tab-btn-detective');
    await page.fill('#path-from', person);
    await page.fill('#path-to', target);
    await page.click('#find-path');
    await page.locator('#path-result ol li').first().waitFor({ timeout: 30_000 });
    await settle(page);
    const state = await canvasState(page);
    for (const id of expected!.nodeIds) expect(state.nodes).toContain(id);
    expect(new Set(state.selected)).toEqual(new Set(expected!.nodeIds));
    expect(await page.locator('#path-result ol li').count()).toBe(expected!.nodeIds.length);
    // The path's end is drawn highlighted in its colour.
    const px = await pixelAt(page, target);
    expect(colorDistance(px!.drawn, px!.expected)).toBeLessThan(60);
    await screenshot(page, '03-path');
  });

  it("opens a relic's resale chain in time order with dates and prices", async () => {
    // A relic with recorded resales: look around the planted gang members.
    let relic = '';
    let steps: Array<{ at: number; price: number; sale: { id: string } }> = [];
    for (const p of people.filter((x) => x.gang !== null).slice(0, 40)) {
      const around = await gql<{ neighbourhood: { nodes: { id: string; type: string }[] } }>(
        `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 2, nodeTypes: ["Relic", "Sale", "Person"] }) { nodes { id type } } }`,
        { id: p.uid },
      );
      for (const r of around.neighbourhood.nodes.filter((x) => x.type === 'Relic')) {
        const c = await gql<{ resaleChains: { items: { steps: typeof steps }[] } }>(
          `query($id: ID!) { resaleChains(relicId: $id) { items { steps { at price sale { id } } } } }`,
          { id: r.id },
        );
        if ((c.resaleChains.items[0]?.steps.length ?? 0) >= 2) {
          relic = r.id;
          steps = c.resaleChains.items[0]!.steps;
          break;
        }
      }
      if (relic) break;
    }
    expect(relic).not.toBe('');
    await page.fill('#relic-id', relic);
    await page.click('#open-chain');
    await page.locator('#chain-table').waitFor({ timeout: 30_000 });
    const rows = await page.locator('#chain-table tbody tr').allTextContents();
    expect(rows.length).toBe(steps.length);
    const dates = await page.locator('#chain-table tbody tr td:first-child').allTextContents();
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe(new Date(steps[0]!.at).toISOString().slice(0, 10));
    // Drawn left to right in time order: the sales' x positions follow their dates.
    const xs = await page.evaluate(
      (ids) => {
        const g = (
          window as never as { __crimegraph: { graph: { getNodeAttribute(n: string, k: string): number } } }
        ).__crimegraph.graph;
        return ids.map((id) => g.getNodeAttribute(id, 'x'));
      },
      steps.map((s) => s.sale.id),
    );
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    await screenshot(page, '04-resale-chain');
  });

  it('exports the canvas as PNG and the nodes and edges as CSV', async () => {
    const state = await canvasState(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngFile = path.join(SCREENSHOT_DIR, 'export.png');
    await png.saveAs(pngFile);
    const buf = fs.readFileSync(pngFile);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    const box = (await page.locator('#stage').boundingBox())!;
    expect(buf.readUInt32BE(16)).toBe(Math.round(box.width * 2));
    expect(buf.readUInt32BE(20)).toBe(Math.round(box.height * 2));
    expect(buf.length).toBeGreaterThan(5_000); // a drawn network, not a blank image

    const downloads: string[] = [];
    const got = new Promise<void>((resolve) => {
      page.on('download', async (d) => {
        const f = path.join(SCREENSHOT_DIR, d.suggestedFilename());
        await d.saveAs(f);
        downloads.push(f);
        if (downloads.length === 2) resolve();
      });
    });
    await page.click('#export-csv');
    await got;
    const nodes = fs
      .readFileSync(
        downloads.find((f) => f.endsWith('nodes.csv'))!,
        'utf8',
      )
      .trim()
      .split('\n');
    const edges = fs
      .readFileSync(
        downloads.find((f) => f.endsWith('edges.csv'))!,
        'utf8',
      )
      .trim()
      .split('\n');
    expect(nodes[0]).toBe('id,type,label,community,confidence,at,x,y');
    expect(nodes.length - 1).toBe(state.order);
    expect(edges.length - 1).toBe(state.size);
    const ids = new Set(nodes.slice(1).map((l) => l.split(',')[0]));
    expect(ids).toEqual(new Set(state.nodes));
  });

  it('saves the canvas as an investigation and reopens it with its layout', async () => {
    const before = await canvasState(page);
    const positions = await page.evaluate((ids) => {
      const g = (
        window as never as {
          __crimegraph: { graph: { getNodeAttributes(n: string): { x: number; y: number } } };
        }
      ).__crimegraph.graph;
      return ids.map((id) => [g.getNodeAttributes(id).x, g.getNodeAttributes(id).y]);
    }, before.nodes);
    await page.click('#tab-btn-saved');
    await page.fill('#inv-name', 'Relic chain review');
    await page.click('#inv-save');
    await page.locator('#inv-list li').first().waitFor();
    await page.reload();
    await page.waitForSelector('#stage canvas');
    expect((await canvasState(page)).order).toBe(0);
    await page.click('#tab-btn-saved');
    await page.locator('#inv-list button', { hasText: 'Relic chain review' }).click();
    await expect.poll(async () => (await canvasState(page)).order, { timeout: 30_000 }).toBe(before.order);
    const after = await canvasState(page);
    expect(new Set(after.nodes)).toEqual(new Set(before.nodes));
    const again = await page.evaluate((ids) => {
      const g = (
        window as never as {
          __crimegraph: { graph: { getNodeAttributes(n: string): { x: number; y: number } } };
        }
      ).__crimegraph.graph;
      return ids.map((id) => [g.getNodeAttributes(id).x, g.getNodeAttributes(id).y]);
    }, before.nodes);
    again.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(positions[i]![0]!, 1);
      expect(y).toBeCloseTo(positions[i]![1]!, 1);
    });
    await screenshot(page, '05-reopened');
  });
});
