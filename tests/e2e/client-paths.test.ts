// The detective's path finder and resale chains in real Chromium against the real service and
// Neo4j with the demo seed: a path found by typing two names (never ids) lists exactly the API's
// paths, steps to the second one and draws it over the rest, lays new nodes out clear of those on
// the canvas (which keep their place); a relic's resale chain is listed in the drawer as the API
// has it and laid out in time order without moving the rest. Screenshots in en and zh-CN in
// test-results/client/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { openTestDb } from '../support/db.ts';
import {
  canvasState,
  launchChromium,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';
import { checkLayout, formatFindings } from '../support/layout-checks.ts';

let db: Db;
let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  service.gql<T>(token, query, variables);

/** Waits until sigma's camera is still (animations after a change). */
const settle = (p: Page) => p.waitForTimeout(700);

interface Planted {
  uid: string;
  gang: string | null;
  role: string;
}
interface ApiPath {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
}

let people: Planted[] = [];
const PATHS = `query($input: PathInput!) { paths(input: $input) { paths { length nodeIds edgeIds } } }`;
const NEIGHBOURHOOD = `query($id: ID!, $hops: Int, $types: [String!]) {
  neighbourhood(input: { ids: [$id], hops: $hops, nodeTypes: $types }) { nodes { id type } edges { id } } }`;
const NAME = `query($id: ID!) { entity(id: $id) { label ... on Person { name } ... on Relic { description } } }`;

/** What a name is typed as: the person's name as the API has it. */
async function nameOf(id: string): Promise<string> {
  const e = (
    await gql<{ entity: { label: string; name?: string | null; description?: string | null } }>(NAME, { id })
  ).entity;
  return e.name ?? e.description ?? e.label;
}

/** What checkLayout finds wrong in the views this test owns: the task panel and the drawer. */
async function ownFindings(p: Page): Promise<string> {
  const mine = (await checkLayout(p)).filter(
    (f) => f.check === 'page-scrolls' || f.check === 'header-wraps' || /#task-panel|#drawer/.test(f.where),
  );
  return formatFindings(mine);
}

/** Types `text` into a picker and takes the option of entity `id` with the keyboard. */
async function pick(p: Page, input: string, text: string, id: string): Promise<void> {
  await p.fill(input, '');
  await p.locator(input).pressSequentially(text, { delay: 20 });
  await p.locator(`${input}-list li[data-id="${id}"]`).waitFor({ timeout: 20_000 });
  const ids = await p
    .locator(`${input}-list li[role=option]`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  for (let i = 0; i < ids.indexOf(id); i++) await p.press(input, 'ArrowDown');
  await p.press(input, 'Enter');
  await expect.poll(() => p.getAttribute(input, 'data-picked')).toBe('true');
}

/** Graph positions of these nodes. */
function positions(p: Page, ids: string[]): Promise<Record<string, [number, number]>> {
  return p.evaluate((list) => {
    const g = (
      window as never as {
        __crimegraph: { graph: { getNodeAttributes(n: string): { x: number; y: number } } };
      }
    ).__crimegraph.graph;
    return Object.fromEntries(list.map((n) => [n, [g.getNodeAttributes(n).x, g.getNodeAttributes(n).y]]));
  }, ids);
}

/** Pairs of drawn nodes (one of `ids`, one not) whose discs overlap on screen. */
function overlaps(p: Page, ids: string[]): Promise<Array<[string, string, number, number]>> {
  return p.evaluate((list) => {
    const hook = (window as never as { __crimegraph: { renderer: never; graph: { nodes(): string[] } } })
      .__crimegraph;
    const r = hook.renderer as {
      getNodeDisplayData(n: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
      framedGraphToViewport(d: { x: number; y: number }): { x: number; y: number };
      scaleSize(s: number): number;
    };
    const mine = new Set(list);
    const disc = (n: string) => {
      const d = r.getNodeDisplayData(n);
      if (!d || d.hidden) return null;
      return { ...r.framedGraphToViewport(d), r: r.scaleSize(d.size) };
    };
    const out: Array<[string, string, number, number]> = [];
    for (const a of list) {
      const p1 = disc(a);
      if (!p1) continue;
      for (const b of hook.graph.nodes()) {
        if (mine.has(b)) continue;
        const p2 = disc(b);
        if (!p2) continue;
        const d = Math.hypot(p1.x - p2.x, p1.y - p2.y);
        if (d <= p1.r + p2.r) out.push([a, b, d, p1.r + p2.r]);
      }
    }
    return out;
  }, ids);
}

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('detective');
  db = await openTestDb();
  people = (await db.read('queries/seeds/list-planted-people')) as unknown as Planted[];
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(() => localStorage.setItem('crimegraph.lang', 'en'));
  await signIn(page, service.base, 'detective');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  await db?.close();
});

describe('path finder', () => {
  let context = '';
  let contextNodes: string[] = [];
  let from = '';
  let to = '';
  let sent: Record<string, unknown> = {};
  let expected: ApiPath[] = [];

  it('picks two planted people the API says are connected by more than one shortest path', async () => {
    const members = people.filter((p) => p.gang !== null);
    // Two of one gang with at least two shortest paths of 2+ steps (the panel's defaults: all
    // shortest, at most 5 paths, 4 hops).
    for (const a of members) {
      for (const b of members.filter((m) => m.gang === a.gang && m.uid > a.uid).slice(0, 8)) {
        const r = await gql<{ paths: { paths: ApiPath[] } }>(PATHS, {
          input: { from: a.uid, to: b.uid, mode: 'ALL_SHORTEST', k: 5, maxHops: 4 },
        });
        if (r.paths.paths.length >= 2 && r.paths.paths[0]!.length >= 2) {
          from = a.uid;
          to = b.uid;
          expected = r.paths.paths;
          break;
        }
      }
      if (from) break;
    }
    expect(from).not.toBe('');
    // Something else on the canvas first: a person of another gang and their neighbours, none of
    // them on the paths, so every path node is new and must be laid out clear of them.
    const onPaths = new Set(expected.flatMap((p) => p.nodeIds));
    for (const c of people.filter(
      (p) => p.gang !== null && p.gang !== people.find((x) => x.uid === from)!.gang,
    )) {
      const n = await gql<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, {
        id: c.uid,
        hops: 1,
      });
      if (n.neighbourhood.nodes.length >= 3 && n.neighbourhood.nodes.every((x) => !onPaths.has(x.id))) {
        context = c.uid;
        break;
      }
    }
    expect(context).not.toBe('');
  });

  it('opens a context on the canvas through the header search and expands it', async () => {
    await page.fill('#search', await nameOf(context));
    await page.locator(`#search-results li[data-id="${context}"]`).waitFor({ timeout: 20_000 });
    await page.locator(`#search-results li[data-id="${context}"]`).dispatchEvent('mousedown');
    await expect.poll(async () => (await canvasState(page)).nodes).toContain(context);
    await page.evaluate(
      (id) =>
        (
          window as never as { __crimegraph: { canvas: { events: { expand(id: string): void } } } }
        ).__crimegraph.canvas.events.expand(id),
      context,
    );
    await expect.poll(async () => (await canvasState(page)).order, { timeout: 30_000 }).toBeGreaterThan(2);
    await settle(page);
    contextNodes = (await canvasState(page)).nodes;
  });

  it('checks the ends before asking: none, or the same one twice', async () => {
    await page.click('#task-paths');
    let asked = 0;
    const count = (r: { postData(): string | null }) => {
      if (/"operationName":"PathsFind"/.test(r.postData() ?? '')) asked++;
    };
    page.on('request', count);
    await page.click('#path-find');
    await expect(page.textContent('#path-problem')).resolves.toMatch(/Choose where the path starts/);
    const name = await nameOf(from);
    await pick(page, '#path-from', name, from);
    await pick(page, '#path-to', name, from);
    await page.click('#path-find');
    await expect(page.textContent('#path-problem')).resolves.toMatch(/same entity/);
    await page.waitForTimeout(300);
    page.off('request', count);
    expect(asked).toBe(0);
  });

  it('finds the paths between two names typed in, listing exactly what the API returns', async () => {
    await pick(page, '#path-to', await nameOf(to), to);
    const request = page.waitForRequest((r) => /"operationName":"PathsFind"/.test(r.postData() ?? ''));
    await page.locator('#path-to').focus();
    await page.keyboard.press('Enter'); // submits the form
    sent = ((await request).postDataJSON() as { variables: { input: Record<string, unknown> } }).variables
      .input;
    expect(sent).toMatchObject({ from, to, mode: 'ALL_SHORTEST', maxHops: 4, k: 5 });
    const api = (await gql<{ paths: { paths: ApiPath[] } }>(PATHS, { input: sent })).paths.paths;
    expected = api;
    await page.locator('#path-summary').waitFor({ timeout: 30_000 });
    await settle(page);
    const steps = api[0]!.length;
    expect(api.every((p) => p.length === steps)).toBe(true);
    expect(await page.textContent('#path-summary')).toBe(`${api.length} paths of ${steps} steps`);
    const listed = await page
      .locator('#path-list > li')
      .evaluateAll((els) => els.map((e) => JSON.parse((e as HTMLElement).dataset.nodes!) as string[]));
    expect(listed).toEqual(api.map((p) => p.nodeIds));
    // Each path reads as names, not ids: both ends by name, one line per entity and per link.
    const first = page.locator('#path-list > li').first();
    expect(await first.locator('.path-node').count()).toBe(steps + 1);
    expect(await first.locator('.path-link').count()).toBe(steps);
    const text = (await page.locator('#path-list').textContent())!;
    expect(text).toContain(await nameOf(from));
    expect(text).toContain(await nameOf(to));
    expect(text).not.toMatch(/Person:|P\d\d-\d{6}/);
    // On the canvas: every node and link of every path; the first drawn over the rest.
    const state = await canvasState(page);
    for (const p of api) for (const n of p.nodeIds) expect(state.nodes).toContain(n);
    const emphasis = await page.evaluate(() => {
      const e = (
        window as never as {
          __crimegraph: {
            canvas: {
              view: { emphasis: { nodes: Set<string>; edges: Set<string>; boxed?: boolean } | null };
            };
          };
        }
      ).__crimegraph.canvas.view.emphasis;
      return e && { nodes: [...e.nodes], edges: [...e.edges] };
    });
    expect(emphasis).toEqual({ nodes: api[0]!.nodeIds, edges: api[0]!.edgeIds });
    await screenshot(page, 'paths-01-found-en');
  });

  it('steps to the second path with the keyboard and draws it over the rest', async () => {
    await page.locator('#path-list').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.textContent('#path-position')).toBe(`Path 2 of ${expected.length}`);
    expect(await page.getAttribute('#path-option-1', 'aria-selected')).toBe('true');
    await settle(page);
    const second = expected[1]!;
    const drawn = await page.evaluate(
      ({ nodes, edges, others }) => {
        const hook = (
          window as never as {
            __crimegraph: {
              canvas: {
                view: { emphasis: { nodes: Set<string>; edges: Set<string>; boxed?: boolean } | null };
              };
              renderer: {
                getNodeDisplayData(
                  n: string,
                ): { color: string; forceLabel?: boolean; highlighted?: boolean } | undefined;
                getEdgeDisplayData(e: string): { color: string; size: number } | undefined;
              };
            };
          }
        ).__crimegraph;
        const e = hook.canvas.view.emphasis!;
        return {
          emphasis: { nodes: [...e.nodes], edges: [...e.edges], boxed: e.boxed },
          edgeColors: edges.map((x) => hook.renderer.getEdgeDisplayData(x)?.color),
          nodeLabels: nodes.map((x) => {
            const d = hook.renderer.getNodeDisplayData(x);
            return !!d?.forceLabel && !!d.highlighted;
          }),
          otherColors: others.map((x) => hook.renderer.getNodeDisplayData(x)?.color),
        };
      },
      {
        nodes: second.nodeIds,
        edges: second.edgeIds,
        others: expected[0]!.nodeIds.filter((n) => !second.nodeIds.includes(n)),
      },
    );
    expect(drawn.emphasis).toEqual({ nodes: second.nodeIds, edges: second.edgeIds, boxed: true });
    // Its links in the accent colour, its nodes labelled, the first path's other nodes dimmed.
    for (const c of drawn.edgeColors) expect(c).toBe('#0b5cad');
    expect(drawn.nodeLabels.every(Boolean)).toBe(true);
    for (const c of drawn.otherColors) expect(c).toBe('#e3e6ea');
    await screenshot(page, 'paths-02-second-en');
    expect(await ownFindings(page)).toBe('');
  });

  it('lays the paths out clear of what was on the canvas, which keeps its place, and fits them in view', async () => {
    const before = await positions(page, contextNodes);
    const onPaths = [...new Set(expected.flatMap((p) => p.nodeIds))];
    await page.click('#path-prev');
    await settle(page);
    const bad = await overlaps(page, onPaths);
    expect(bad).toEqual([]);
    // The camera fits the paths: every node of them inside the canvas.
    const box = (await page.locator('#stage').boundingBox())!;
    const inView = await page.evaluate((ids) => {
      const r = (
        window as never as {
          __crimegraph: {
            renderer: {
              getNodeDisplayData(n: string): { x: number; y: number } | undefined;
              framedGraphToViewport(d: { x: number; y: number }): { x: number; y: number };
            };
          };
        }
      ).__crimegraph.renderer;
      return ids.map((n) => r.framedGraphToViewport(r.getNodeDisplayData(n)!));
    }, onPaths);
    for (const p of inView) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.y).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeLessThan(box.height);
    }
    // New path nodes apart from each other too (paths may share nodes, never a spot).
    const own = await page.evaluate((ids) => {
      const g = (
        window as never as {
          __crimegraph: { graph: { getNodeAttributes(n: string): { x: number; y: number } } };
        }
      ).__crimegraph.graph;
      let min = Infinity;
      for (const a of ids)
        for (const b of ids)
          if (a < b) {
            const p = g.getNodeAttributes(a);
            const q = g.getNodeAttributes(b);
            min = Math.min(min, Math.hypot(p.x - q.x, p.y - q.y));
          }
      return min;
    }, onPaths);
    expect(own).toBeGreaterThan(0);
    // The context did not move.
    expect(await positions(page, contextNodes)).toEqual(before);
  });

  it('reads in Chinese', async () => {
    await page.selectOption('#language', 'zh-CN');
    await expect
      .poll(() => page.textContent('#path-summary'))
      .toBe(`找到 ${expected.length} 条路径（${expected[0]!.length} 步）`);
    expect(await page.textContent('#path-position')).toBe(`第 1 条，共 ${expected.length} 条`);
    const panel = (await page.locator('#task-panel').textContent())!;
    for (const word of ['路径查找', '起点', '终点', '最大跳数', '关系类型', '所有最短路径'])
      expect(panel).toContain(word);
    expect(panel).not.toMatch(/\b(steps?|Path \d|Previous|Next|Maximum hops)\b/);
    await screenshot(page, 'paths-03-found-zh');
    expect(await ownFindings(page)).toBe('');
    await page.selectOption('#language', 'en');
    await expect.poll(() => page.textContent('#path-position')).toBe(`Path 1 of ${expected.length}`);
  });
});

describe('resale chains', () => {
  interface Step {
    at: number;
    price: number | null;
    currency: string | null;
    sale: { id: string };
    sellers: { name: string | null; label: string }[];
    buyers: { name: string | null; label: string }[];
  }
  const CHAINS = `query($id: ID!) { resaleChains(relicId: $id, first: 100) { items { steps {
    at price currency sale { id } sellers { label ... on Person { name } } buyers { label ... on Person { name } } } } } }`;
  let relic = '';
  let steps: Step[] = [];

  it('opens the resale chain of a relic picked by its description, as the API lists it', async () => {
    for (const p of people.filter((x) => x.gang !== null).slice(0, 60)) {
      const around = await gql<{ neighbourhood: { nodes: { id: string; type: string }[] } }>(NEIGHBOURHOOD, {
        id: p.uid,
        hops: 2,
        types: ['Relic', 'Sale', 'Person'],
      });
      for (const r of around.neighbourhood.nodes.filter((x) => x.type === 'Relic')) {
        const c = await gql<{ resaleChains: { items: { steps: Step[] }[] } }>(CHAINS, { id: r.id });
        if ((c.resaleChains.items[0]?.steps.length ?? 0) >= 3) {
          relic = r.id;
          steps = c.resaleChains.items[0]!.steps;
          break;
        }
      }
      if (relic) break;
    }
    expect(relic).not.toBe('');
    const all = await canvasState(page);
    const before = await positions(page, all.nodes);
    await page.click('#task-chains');
    await pick(page, '#chain-relic', await nameOf(relic), relic);
    await page.click('#chain-open');
    const rows = page.locator('[data-table="resale-chain"] tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    await settle(page);
    expect(await rows.count()).toBe(steps.length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const expectedText = await page.evaluate(
      (list) =>
        list.map((s) => ({
          date: new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(s.at),
          price:
            s.price === null
              ? '—'
              : new Intl.NumberFormat('en', {
                  style: 'currency',
                  currency: s.currency ?? 'CNY',
                  maximumFractionDigits: 0,
                }).format(s.price),
        })),
      steps,
    );
    cells.forEach((c, i) => {
      const s = steps[i]!;
      expect(c[0]).toBe(String(i + 1));
      expect(c[1]).toBe(expectedText[i]!.date);
      for (const p of s.sellers) expect(c[2]).toContain(p.name ?? p.label);
      for (const p of s.buyers) expect(c[3]).toContain(p.name ?? p.label);
      expect(c[4]).toBe(expectedText[i]!.price);
      if (i === 0) expect(c[5]).toBe('—');
      else expect(c[5]).toMatch(/\d+ (hours?|days?|months?|years?)/);
    });
    // The chain in time order, left to right; what was on the canvas before and is not part of the
    // chain did not move.
    const xs = Object.values(
      await positions(
        page,
        steps.map((s) => s.sale.id),
      ),
    ).map(([x]) => x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    const drawing = await gql<{ resaleChains: { subgraph: { nodes: { id: string }[] } } }>(
      `query($id: ID!) { resaleChains(relicId: $id, first: 100) { subgraph { nodes { id } } } }`,
      { id: relic },
    );
    const chainNodes = new Set(drawing.resaleChains.subgraph.nodes.map((n) => n.id));
    const others = all.nodes.filter((n) => !chainNodes.has(n));
    expect(others.length).toBeGreaterThan(0);
    const now = await positions(page, others);
    for (const n of others) expect(now[n]).toEqual(before[n]);
    expect(
      await overlaps(
        page,
        [...chainNodes].filter((n) => !all.nodes.includes(n)),
      ),
    ).toEqual([]);
    await screenshot(page, 'paths-04-chain-en');
    expect(await ownFindings(page)).toBe('');
    await page.selectOption('#language', 'zh-CN');
    await expect.poll(() => page.textContent('#chain-summary')).toMatch(/条转卖链/);
    const head = await page.locator('[data-table="resale-chain"] thead').textContent();
    for (const word of ['日期', '卖方', '买方', '成交价']) expect(head).toContain(word);
    await screenshot(page, 'paths-05-chain-zh');
    expect(await ownFindings(page)).toBe('');
    await page.selectOption('#language', 'en');
  });
});
