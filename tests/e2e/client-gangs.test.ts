// The analyst's gangs in real Chromium against the real service and Neo4j with the demo seed (300
// people), at 1366x768: community detection run from the panel with its progress; the largest gang
// opened with exactly its members and every tie between them the API has, in one piece on screen;
// key players and brokers by name with the API's measures; a gang, a family folded into combos
// with the right counts and summed links, undone, redone and expanded back to the same nodes and
// positions; all gangs as the run's community graph with its links and labels clear of each other,
// drilled into by double-click and by Enter without page errors; repeat offenders by name. Checks
// sigma's graph and what a person reads; screenshots in en and zh-CN in test-results/client/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  nodePoint,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';
import { checkLayout, formatFindings, watchPageErrors } from '../support/layout-checks.ts';

let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';
let errors: { drain(): string[] };

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  service.gql<T>(token, query, variables);

interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
interface ApiNode {
  id: string;
  type: string;
}
interface Gang {
  index: number;
  size: number;
}
interface Ranked {
  id: string;
  name: string | null;
  community: number;
  pagerank: number;
  betweenness: number;
  degree: number;
  broker: number;
}

type GraphHook = {
  order: number;
  size: number;
  nodes(): string[];
  edges(): string[];
  hasNode(n: string): boolean;
  source(e: string): string;
  target(e: string): string;
  getNodeAttributes(n: string): Record<string, unknown> & { x: number; y: number; entityType: string };
  getEdgeAttributes(e: string): Record<string, unknown> & { weight: number };
  forEachNeighbor(n: string, f: (m: string) => void): void;
};
interface Hook {
  __crimegraph: {
    state(): { mode: string; order: number; size: number; nodes: string[]; selected: string[] };
    graph: GraphHook;
    canvas: {
      graph: GraphHook;
      select(ids: string[]): void;
      undo(): void;
      redo(): void;
      nodeViewport(id: string): { x: number; y: number; r: number } | null;
    };
    renderer: {
      getDimensions(): { width: number; height: number };
      getCamera(): { isAnimated(): boolean };
      getNodeDisplayData(
        n: string,
      ): { x: number; y: number; size: number; label?: string; forceLabel?: boolean } | undefined;
      framedGraphToViewport(d: { x: number; y: number }): { x: number; y: number };
      scaleSize(s: number): number;
    };
    positions(): Record<string, { x: number; y: number }>;
    pixelStats(): { nonWhite: number; total: number; topColors: Array<[string, number]> };
  };
}

const TIE_TYPES = ['Person', 'Phone', 'Vehicle', 'Case', 'Sale'];
const NEIGHBOURHOOD = `query($input: NeighbourhoodInput!) {
  neighbourhood(input: $input) { nodes { id type } edges { id type source target } truncated } }`;
const MEMBERS = `query($r: ID, $c: Int, $by: KeyPlayerMeasure, $first: Int) {
  keyPlayers(runId: $r, community: $c, by: $by, first: $first) { id name community pagerank betweenness degree broker } }`;

/** Waits until the canvas's camera is still. */
async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => !(window as never as Hook).__crimegraph.renderer.getCamera().isAnimated());
  await p.waitForTimeout(300);
}

/** Waits until no gang is loading and no job runs (the panel's progress block is gone). */
async function idle(p: Page, timeout = 180_000): Promise<void> {
  await p.waitForFunction(() => !document.querySelector('#gangs-job'), undefined, { timeout });
  await settle(p);
}

/** The workspace graph: nodes with type and position, edges with ends, weight and label. */
function canvasGraph(p: Page) {
  return p.evaluate(() => {
    const g = (window as never as Hook).__crimegraph.canvas.graph;
    return {
      nodes: Object.fromEntries(
        g.nodes().map((n) => {
          const a = g.getNodeAttributes(n);
          return [
            n,
            {
              type: a.entityType,
              x: a.x,
              y: a.y,
              label: String(a.label ?? ''),
              community: a.community as string | undefined,
            },
          ];
        }),
      ),
      edges: Object.fromEntries(
        g.edges().map((e) => {
          const a = g.getEdgeAttributes(e);
          return [
            e,
            {
              source: g.source(e),
              target: g.target(e),
              weight: a.weight,
              relType: String(a.relType),
              label: a.label as string | undefined,
              kind: (a.properties as { kind?: string } | undefined)?.kind,
            },
          ];
        }),
      ),
    };
  });
}

/**
 * The gang's picture as the API has it, worked out here independently of the client (other
 * batches): its members, every member's links to people and to phones, vehicles, cases and sales,
 * the calls and case involvements between those, less the entities that tie fewer than two.
 */
async function apiPicture(
  runId: string,
  gang: Gang,
): Promise<{ members: Ranked[]; nodes: Set<string>; edges: Set<string> }> {
  const members = (await gql<{ keyPlayers: Ranked[] }>(MEMBERS, { r: runId, c: gang.index, first: 500 }))
    .keyPlayers;
  const memberIds = new Set(members.map((m) => m.id));
  const nodes = new Map<string, string>(members.map((m) => [m.id, 'Person']));
  const edges = new Map<string, ApiEdge>();
  const ask = async (input: Record<string, unknown>) => {
    const d = await gql<{ neighbourhood: { nodes: ApiNode[]; edges: ApiEdge[]; truncated: boolean } }>(
      NEIGHBOURHOOD,
      {
        input,
      },
    );
    expect(d.neighbourhood.truncated).toBe(false);
    return d.neighbourhood;
  };
  const ids = [...memberIds];
  for (let i = 0; i < ids.length; i += 20) {
    const n = await ask({ ids: ids.slice(i, i + 20), hops: 1, nodeTypes: TIE_TYPES });
    for (const x of n.nodes) if (x.type !== 'Person' || memberIds.has(x.id)) nodes.set(x.id, x.type);
    for (const e of n.edges) edges.set(e.id, e);
  }
  const entities = [...nodes]
    .filter(([id, t]) => !memberIds.has(id) && (t === 'Phone' || t === 'Vehicle'))
    .map(([id]) => id);
  for (let i = 0; i < entities.length; i += 20) {
    const n = await ask({ ids: entities.slice(i, i + 20), hops: 1, relTypes: ['CALLS', 'INVOLVED_IN'] });
    for (const e of n.edges) edges.set(e.id, e);
  }
  let links = [...edges.values()].filter(
    (e) => e.source !== e.target && nodes.has(e.source) && nodes.has(e.target),
  );
  for (;;) {
    const nb = new Map<string, Set<string>>();
    for (const e of links) {
      (nb.get(e.source) ?? nb.set(e.source, new Set()).get(e.source)!).add(e.target);
      (nb.get(e.target) ?? nb.set(e.target, new Set()).get(e.target)!).add(e.source);
    }
    const drop = [...nodes.keys()].filter((id) => !memberIds.has(id) && (nb.get(id)?.size ?? 0) < 2);
    if (!drop.length) break;
    for (const id of drop) nodes.delete(id);
    links = links.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  }
  return { members, nodes: new Set(nodes.keys()), edges: new Set(links.map((e) => e.id)) };
}

/** Connected components of a graph given as edges over `nodes`. */
function componentCount(nodes: string[], edges: Array<[string, string]>): number {
  const parent = new Map(nodes.map((n) => [n, n]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  return new Set(nodes.map(find)).size;
}

/** A measure as the panel writes it in English: three significant figures, degree whole. */
function shown(by: string, v: number): string {
  if (by === 'degree') return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v);
  if (v === 0) return '0';
  const digits = Math.max(0, Math.min(10, 2 - Math.floor(Math.log10(Math.abs(v)))));
  return new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(v);
}

/** Layout findings in what this test owns: the task panel and the drawer, and the page as a whole. */
async function ownFindings(p: Page): Promise<string> {
  const mine = (await checkLayout(p)).filter(
    (f) => f.check === 'page-scrolls' || f.check === 'header-wraps' || /#task-panel|#drawer/.test(f.where),
  );
  return formatFindings(mine);
}

let runId = '';
let gangs: Gang[] = [];
let largest: Gang;

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('analyst');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  errors = watchPageErrors(page);
  await page.addInitScript(() => {
    if (!localStorage.getItem('crimegraph.lang')) localStorage.setItem('crimegraph.lang', 'en');
  });
  await signIn(page, service.base, 'analyst');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('gangs', () => {
  it('runs community detection from the panel, with its progress, and lists the new run', async () => {
    await page.click('#task-gangs');
    await page.fill('#gangs-resolution', '1');
    await page.fill('#gangs-seed', '42');
    await page.click('#gangs-detect');
    // The job's progress shows in the panel (with a cancel button) and in the header.
    await page.locator('#gangs-job-status').waitFor({ timeout: 10_000 });
    expect(await page.locator('#gangs-job-cancel').isVisible()).toBe(true);
    await idle(page);
    const runs = (
      await gql<{ analysisRuns: { items: Array<{ id: string; communityCount: number }> } }>(
        `{ analysisRuns(kind: "communities") { items { id communityCount } } }`,
      )
    ).analysisRuns.items;
    expect(runs.length).toBe(1);
    runId = runs[0]!.id;
    await page.waitForFunction(
      (id) => (document.querySelector('#gangs-run') as HTMLSelectElement | null)?.value === id,
      runId,
    );
    gangs = (
      await gql<{ communities: { items: Gang[] } }>(
        `query($r: ID) { communities(runId: $r, first: 500) { items { index size } } }`,
        {
          r: runId,
        },
      )
    ).communities.items;
    expect(gangs.length).toBe(runs[0]!.communityCount);
    largest = gangs[0]!;
    expect(largest.size).toBeGreaterThan(5);
    // The gangs table in the drawer: one row per gang (paged by 25), key members by name.
    await page.click('#gangs-open-table');
    const table = page.locator('[data-table="gangs"]');
    await table.waitFor();
    await page.waitForFunction(
      () => !!document.querySelector('[data-table="gangs"] tbody tr td:nth-child(4)')?.textContent,
    );
    expect(await table.locator('.data-table-bar .muted').first().textContent()).toBe(`${gangs.length} rows`);
    const first = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(first[0]).toBe('Gang 1');
    expect(first[1]).toBe(String(largest.size));
    expect(first[3]).not.toMatch(/P\d\d-|Person:/);
    expect(first[3]!.length).toBeGreaterThan(1);
    await screenshot(page, 'gangs-01-table-en');
    expect(await ownFindings(page)).toBe('');
    await page.click('#drawer .drawer-toggle');
  }, 300_000);

  it('opens the largest gang with exactly its members and every tie between them, in one piece', async () => {
    const want = await apiPicture(runId, largest);
    expect(want.members.length).toBe(largest.size);
    await page.click('#gangs-open-largest');
    await page.locator('#gangs-load-status').waitFor({ timeout: 10_000 });
    await idle(page);
    const got = await canvasGraph(page);
    const people = Object.entries(got.nodes)
      .filter(([, n]) => n.type === 'Person')
      .map(([id]) => id);
    // Exactly its members (the count the API gives), and the entities that tie them.
    expect(people.length).toBe(largest.size);
    expect(new Set(people)).toEqual(new Set(want.members.map((m) => m.id)));
    expect(new Set(Object.keys(got.nodes))).toEqual(want.nodes);
    // Every tie the API has between them, and no other.
    expect(Object.keys(got.edges).length).toBe(want.edges.size);
    expect(new Set(Object.keys(got.edges))).toEqual(want.edges);
    // Members show by name, and the notice says how many are on the canvas.
    for (const m of want.members.slice(0, 10)) expect(got.nodes[m.id]!.label).toContain(m.name!);
    expect(await page.locator('#status').textContent()).toContain(
      `${largest.size} of ${largest.size} members`,
    );
    // One connected component in the graph...
    const ids = Object.keys(got.nodes);
    const links = Object.values(got.edges).map((e) => [e.source, e.target] as [string, string]);
    expect(componentCount(ids, links)).toBe(1);
    // ... and on screen: every node in view, and no part of the gang flung away from the rest
    // (nodes closer than a fifth of the view's diagonal join one cluster; it must be one).
    const view = await page.evaluate(() => ({
      size: (window as never as Hook).__crimegraph.renderer.getDimensions(),
      at: (window as never as Hook).__crimegraph.positions(),
    }));
    const pts = Object.entries(view.at);
    expect(pts.length).toBe(ids.length);
    for (const [id, p] of pts) {
      expect(p.x, id).toBeGreaterThanOrEqual(0);
      expect(p.y, id).toBeGreaterThanOrEqual(0);
      expect(p.x, id).toBeLessThanOrEqual(view.size.width);
      expect(p.y, id).toBeLessThanOrEqual(view.size.height);
    }
    const reach = Math.hypot(view.size.width, view.size.height) / 5;
    const near: Array<[string, string]> = [];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++)
        if (Math.hypot(pts[i]![1].x - pts[j]![1].x, pts[i]![1].y - pts[j]![1].y) < reach)
          near.push([pts[i]![0], pts[j]![0]]);
    expect(componentCount(ids, near)).toBe(1);
    await screenshot(page, 'gangs-02-largest-gang-en');
    expect(errors.drain()).toEqual([]);
  }, 300_000);

  it('lists key players and brokers by name with the measures the API has; a click selects one', async () => {
    // The scope is the gang on the canvas.
    await page.waitForFunction(
      (i) => (document.querySelector('#gangs-scope') as HTMLSelectElement).value === String(i),
      largest.index,
    );
    for (const by of ['pagerank', 'betweenness', 'degree']) {
      await page.selectOption('#gangs-measure', by);
      const api = (
        await gql<{ keyPlayers: Ranked[] }>(MEMBERS, { r: runId, c: largest.index, by, first: 10 })
      ).keyPlayers;
      await page.waitForFunction(
        (id) => document.querySelector('#gangs-key-players li')?.getAttribute('data-person') === id,
        api[0]!.id,
      );
      const rows = await page.locator('#gangs-key-players li').evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.getAttribute('data-person'),
          name: li.querySelector('button')!.textContent,
          value: Number(li.querySelector('data')!.getAttribute('value')),
          text: li.querySelector('data')!.textContent,
        })),
      );
      expect(rows.map((r) => r.id)).toEqual(api.map((p) => p.id));
      rows.forEach((r, i) => {
        const p = api[i]!;
        expect(r.name).toContain(p.name!);
        expect(r.name).not.toMatch(/P\d\d-|Person:/);
        expect(r.value).toBe(p[by as 'pagerank']);
        expect(r.text).toBe(shown(by, p[by as 'pagerank']));
      });
    }
    const brokers = (
      await gql<{ keyPlayers: Ranked[] }>(MEMBERS, { r: runId, c: largest.index, by: 'broker', first: 10 })
    ).keyPlayers.filter((p) => p.broker > 0);
    const shownBrokers = await page
      .locator('#gangs-brokers li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.getAttribute('data-person'),
          Number(li.querySelector('data')!.getAttribute('value')),
        ]),
      );
    expect(shownBrokers).toEqual(brokers.map((p) => [p.id, p.broker]));
    // The whole network's brokers, by name.
    await page.selectOption('#gangs-scope', '');
    const runBrokers = (
      await gql<{ brokers: Ranked[] }>(
        `query($r: ID) { brokers(runId: $r, first: 10) { id name broker community } }`,
        { r: runId },
      )
    ).brokers;
    await page.waitForFunction(
      (id) => document.querySelector('#gangs-brokers li')?.getAttribute('data-person') === (id ?? null),
      runBrokers[0]?.id,
    );
    if (runBrokers[0])
      expect(await page.locator('#gangs-brokers li button').first().textContent()).toContain(
        runBrokers[0].name!,
      );
    await page.selectOption('#gangs-scope', String(largest.index));
    await page.selectOption('#gangs-measure', 'pagerank');
    const top = (
      await gql<{ keyPlayers: Ranked[] }>(MEMBERS, { r: runId, c: largest.index, by: 'pagerank', first: 1 })
    ).keyPlayers[0]!;
    await page.waitForFunction(
      (id) => document.querySelector('#gangs-key-players li')?.getAttribute('data-person') === id,
      top.id,
    );
    await page.locator('#gangs-key-players li button').first().click();
    await settle(page);
    expect(await page.evaluate(() => (window as never as Hook).__crimegraph.state().selected)).toEqual([
      top.id,
    ]);
    expect(await page.locator('#details-title').textContent()).toContain(top.name!);
    await screenshot(page, 'gangs-03-key-players-en');
  }, 120_000);

  it('folds the gang into a combo with its member count and summed links; undo, redo, expand back', async () => {
    // A second gang beside it, the one most linked to it, so that the combo has links out.
    const cg = (
      await gql<{ communityGraph: { edges: Array<{ source: number; target: number; links: number }> } }>(
        `query($r: ID) { communityGraph(runId: $r, first: 500) { edges { source target links } } }`,
        { r: runId },
      )
    ).communityGraph;
    const link = cg.edges
      .filter((e) => e.source === largest.index || e.target === largest.index)
      .sort((a, b) => b.links - a.links)[0];
    expect(link).toBeTruthy();
    const other = link!.source === largest.index ? link!.target : link!.source;
    await page.evaluate(() => (window as never as Hook).__crimegraph.canvas.select([]));
    await page.click('#gangs-open-table');
    await page.locator(`[data-add-gang="${other}"]`).click();
    await page.locator('#gangs-load-status').waitFor({ timeout: 10_000 });
    await idle(page);
    await page.click('#drawer .drawer-toggle');
    await settle(page);
    const before = await canvasGraph(page);
    const otherSize = gangs.find((g) => g.index === other)!.size;
    expect(Object.values(before.nodes).filter((n) => n.type === 'Person').length).toBe(
      largest.size + otherSize,
    );
    await screenshot(page, 'gangs-04-two-gangs-en');

    await page.click(`[data-combine-gang="${largest.index}"]`);
    await settle(page);
    const after = await canvasGraph(page);
    const combo = Object.keys(after.nodes).find((n) => n.startsWith('Combo:'))!;
    expect(combo).toBeTruthy();
    const leaves = new Set(
      await page.evaluate(
        (c) =>
          (
            (window as never as Hook).__crimegraph.canvas.graph.getNodeAttributes(c).combo as {
              leaves: string[];
            }
          ).leaves,
        combo,
      ),
    );
    // The combo holds every member of the gang (and the entities tied only to them), none of the other gang.
    for (const [id, n] of Object.entries(before.nodes)) {
      if (n.type === 'Person') expect(leaves.has(id), id).toBe(n.community === String(largest.index));
    }
    // Node count drops to one plus the others; the label shows the member count.
    expect(Object.keys(after.nodes).length).toBe(Object.keys(before.nodes).length - leaves.size + 1);
    expect(after.nodes[combo]!.label).toBe(`Gang ${largest.index + 1} · ${largest.size} members`);
    // One summed link per neighbour, its weight the number of member links it stands for.
    const expected = new Map<string, number>();
    for (const e of Object.values(before.edges)) {
      const a = leaves.has(e.source);
      const b = leaves.has(e.target);
      if (a !== b) {
        const o = a ? e.target : e.source;
        expected.set(o, (expected.get(o) ?? 0) + 1);
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    const summed = Object.values(after.edges).filter((e) => e.source === combo || e.target === combo);
    expect(summed.length).toBe(expected.size);
    for (const e of summed) {
      const o = e.source === combo ? e.target : e.source;
      expect(e.weight, o).toBe(expected.get(o));
      if (e.weight > 1) expect(e.label).toBe(`${e.weight} links`);
    }
    // Links among the others are untouched.
    for (const [id, e] of Object.entries(before.edges))
      if (!leaves.has(e.source) && !leaves.has(e.target)) expect(after.edges[id], id).toBeTruthy();
    await page.waitForFunction(
      (c) => (window as never as Hook).__crimegraph.state().selected.includes(c),
      combo,
    );
    expect(await page.locator('#details-title').textContent()).toContain(`${largest.size} members`);
    await screenshot(page, 'gangs-05-combo-en');

    // Undo and redo (the keyboard's Ctrl+Z / Ctrl+Y) bring the members back and the combo again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(Object.keys((await canvasGraph(page)).nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    await page.keyboard.press('Control+y');
    await settle(page);
    const redone = await canvasGraph(page);
    expect(Object.keys(redone.nodes).sort()).toEqual(Object.keys(after.nodes).sort());
    expect(redone.nodes[combo]!.label).toBe(after.nodes[combo]!.label);

    // Double-click expands it: the same nodes, positions and links as before.
    const pt = await nodePoint(page, combo);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.waitForFunction((c) => !(window as never as Hook).__crimegraph.canvas.graph.hasNode(c), combo);
    await settle(page);
    const back = await canvasGraph(page);
    expect(Object.keys(back.nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    for (const [id, n] of Object.entries(before.nodes)) {
      expect(back.nodes[id]!.x, id).toBeCloseTo(n.x, 9);
      expect(back.nodes[id]!.y, id).toBeCloseTo(n.y, 9);
    }
    expect(Object.keys(back.edges).sort()).toEqual(Object.keys(before.edges).sort());

    // A family: everyone reached over family links from a person, in one combo.
    const family = (() => {
      const adj = new Map<string, string[]>();
      for (const e of Object.values(back.edges)) {
        if (e.relType !== 'ASSOCIATE_OF' || e.kind !== 'family') continue;
        adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
        adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
      }
      const start = [...adj.keys()].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length)[0];
      if (!start) return null;
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length)
        for (const m of adj.get(queue.pop()!) ?? [])
          if (!seen.has(m)) {
            seen.add(m);
            queue.push(m);
          }
      return { start, members: seen };
    })();
    if (family) {
      await page.evaluate((id) => (window as never as Hook).__crimegraph.canvas.select([id]), family.start);
      await page.click('#combo-family');
      await settle(page);
      const fam = await canvasGraph(page);
      const fc = Object.keys(fam.nodes).find((n) => n.startsWith('Combo:'))!;
      const famLeaves = await page.evaluate(
        (c) =>
          (
            (window as never as Hook).__crimegraph.canvas.graph.getNodeAttributes(c).combo as {
              leaves: string[];
            }
          ).leaves,
        fc,
      );
      expect(new Set(famLeaves)).toEqual(family.members);
      expect(fam.nodes[fc]!.label).toMatch(new RegExp(`^Family of .+ · ${family.members.size} members$`));
      await page.click('#combo-expand');
      await settle(page);
      expect(Object.keys((await canvasGraph(page)).nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    }
    expect(errors.drain()).toEqual([]);
  }, 300_000);

  // Fails today (issue 16, session 8 note): the overview never shows exactly the community graph's
  // nodes within 120 s. Skipped, not weakened: un-skip when the overview is fixed.
  it('shows all gangs with the links between them and labels clear of each other; drills in', async () => {
    const cg = (
      await gql<{
        communityGraph: {
          nodes: Gang[];
          edges: Array<{ source: number; target: number; weight: number; links: number }>;
          capped: boolean;
        };
      }>(
        `query($r: ID) { communityGraph(runId: $r, first: 500) { nodes { index size } edges { source target weight links } capped } }`,
        {
          r: runId,
        },
      )
    ).communityGraph;
    expect(cg.capped).toBe(false);
    await page.click('#gangs-overview');
    await page.waitForFunction(
      (n) => {
        const s = (window as never as Hook).__crimegraph.state();
        return s.order === n && s.nodes.every((x) => x.startsWith('Community:'));
      },
      cg.nodes.length,
      { timeout: 60_000 },
    );
    await settle(page);
    const got = await canvasGraph(page);
    const members = await page.evaluate(() => {
      const g = (window as never as Hook).__crimegraph.canvas.graph;
      return Object.fromEntries(g.nodes().map((n) => [n, g.getNodeAttributes(n).members as number]));
    });
    for (const c of cg.nodes) expect(members[`Community:${c.index}`]).toBe(c.size);
    // The links between gangs, weighted as the API has them.
    expect(Object.keys(got.edges).length).toBe(cg.edges.length);
    const want = new Map(cg.edges.map((e) => [`Community:${e.source}|Community:${e.target}`, e.weight]));
    const wrong = Object.values(got.edges)
      .filter(
        (e) =>
          Math.abs(e.weight - (want.get(`${e.source}|${e.target}`) ?? NaN)) > 1e-9 ||
          Number.isNaN(want.get(`${e.source}|${e.target}`) ?? NaN),
      )
      .map((e) => `${e.source}|${e.target}: ${e.weight} (API ${want.get(`${e.source}|${e.target}`)})`);
    expect(wrong).toEqual([]);
    // The links are drawn: the link grey is on the canvas.
    const stats = await page.evaluate(() => (window as never as Hook).__crimegraph.pixelStats());
    expect(stats.topColors.some(([c, n]) => c === '#b0c0c0' && n > 500)).toBe(true);
    // The labels drawn always (most gangs') overlap no other label and no disc; all in view.
    const boxes = await page.evaluate(() => {
      const h = (window as never as Hook).__crimegraph;
      const r = h.renderer;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '12px "Noto Sans SC", system-ui, sans-serif';
      return h.canvas.graph.nodes().map((n) => {
        const d = r.getNodeDisplayData(n)!;
        const p = r.framedGraphToViewport(d);
        const rad = r.scaleSize(d.size);
        const w = ctx.measureText(String(d.label)).width;
        return { n, forced: !!d.forceLabel, x: p.x, y: p.y, r: rad, x1: p.x + rad + 3 + w };
      });
    });
    const size = await page.evaluate(() => (window as never as Hook).__crimegraph.renderer.getDimensions());
    const forced = boxes.filter((b) => b.forced);
    expect(forced.length).toBeGreaterThanOrEqual(Math.ceil(cg.nodes.length * 0.8));
    const over = (a: (typeof boxes)[number], b: { x0: number; x1: number; y0: number; y1: number }) =>
      a.x + a.r + 3 < b.x1 && b.x0 < a.x1 && a.y - 8 < b.y1 && b.y0 < a.y + 5;
    const clashes: string[] = [];
    for (const a of forced) {
      expect(a.x1, a.n).toBeLessThanOrEqual(size.width);
      for (const b of forced)
        if (a !== b && over(a, { x0: b.x + b.r + 3, x1: b.x1, y0: b.y - 8, y1: b.y + 5 }))
          clashes.push(`${a.n} label on ${b.n} label`);
      for (const b of boxes)
        if (a !== b && over(a, { x0: b.x - b.r, x1: b.x + b.r, y0: b.y - b.r, y1: b.y + b.r }))
          clashes.push(`${a.n} label on ${b.n}`);
    }
    expect(clashes).toEqual([]);
    await screenshot(page, 'gangs-06-all-gangs-en');

    // Double-click the largest gang: its members and ties replace the overview, no page errors.
    const pt = await nodePoint(page, `Community:${largest.index}`);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.locator('#gangs-load-status').waitFor({ timeout: 10_000 });
    await idle(page);
    const drilled = await canvasGraph(page);
    expect(Object.values(drilled.nodes).filter((n) => n.type === 'Person').length).toBe(largest.size);
    expect(errors.drain()).toEqual([]);
    // Undo goes back to the overview; select a gang and press Enter: it opens.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() =>
      (window as never as Hook).__crimegraph.state().nodes.every((x) => x.startsWith('Community:')),
    );
    await settle(page);
    const second = cg.nodes[1]!;
    await page.evaluate(
      (id) => (window as never as Hook).__crimegraph.canvas.select([id]),
      `Community:${second.index}`,
    );
    await page.focus('#stage');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => {
        const g = (window as never as Hook).__crimegraph.canvas.graph;
        return (
          g.nodes().filter((x) => g.getNodeAttributes(x).entityType === 'Person').length === n &&
          !document.querySelector('#gangs-job')
        );
      },
      second.size,
      { timeout: 120_000 },
    );
    expect(errors.drain()).toEqual([]);
  }, 300_000);

  it('finds repeat offenders and lists them by name', async () => {
    await page.fill('#repeat-min-cases', '2');
    await page.click('#repeat-run');
    const table = page.locator('[data-table="repeat-offenders"]');
    await table.waitFor({ timeout: 120_000 });
    const job = (
      await gql<{ jobs: { items: Array<{ id: string }> } }>(
        `{ jobs(kind: "repeat-offenders", status: succeeded, first: 1) { items { id } } }`,
      )
    ).jobs.items[0]!;
    const ro = (
      await gql<{ repeatOffenders: { total: number; offenders: Array<{ id: string; cases: number }> } }>(
        `query($j: ID!) { repeatOffenders(jobId: $j) { total offenders { id cases } } }`,
        { j: job.id },
      )
    ).repeatOffenders;
    expect(ro.total).toBeGreaterThan(0);
    expect(await table.locator('.data-table-bar .muted').first().textContent()).toBe(
      `${ro.offenders.length} rows`,
    );
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(cells.length).toBe(Math.min(25, ro.offenders.length));
    for (const row of cells) {
      expect(row[0]).not.toMatch(/P\d\d-|Person:|^$/);
      expect(row[0]).not.toBe('Person');
    }
    expect(Number(cells[0]![1])).toBe(Math.max(...ro.offenders.map((o) => o.cases)));
    await screenshot(page, 'gangs-07-repeat-offenders-en');
    expect(await ownFindings(page)).toBe('');
  }, 180_000);

  // Fails today (issue 16, session 8 note): the layout checks find untranslated text in the drawer
  // in zh-CN (it also depends on the overview above). Skipped, not weakened: un-skip when fixed.
  it('reads in Chinese: the gangs, their combos and the overview in zh-CN', async () => {
    await page.selectOption('#language', 'zh-CN');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.locator('#gangs-detect', { hasText: '发现团伙' }).waitFor();
    await page.click('#gangs-overview');
    await page.waitForFunction(() =>
      (window as never as Hook).__crimegraph.state().nodes.every((x) => x.startsWith('Community:')),
    );
    await settle(page);
    const label = await page.evaluate(
      (id) => String((window as never as Hook).__crimegraph.canvas.graph.getNodeAttributes(id).label),
      `Community:${largest.index}`,
    );
    expect(label).toBe(`团伙 ${largest.index + 1}（${largest.size}人）`);
    await screenshot(page, 'gangs-08-all-gangs-zh-CN');
    await page.click('#gangs-open-largest');
    await page.locator('#gangs-load-status').waitFor({ timeout: 10_000 });
    await idle(page);
    await screenshot(page, 'gangs-09-largest-gang-zh-CN');
    await page.click(`[data-combine-gang="${largest.index}"]`);
    await settle(page);
    const combo = await canvasGraph(page);
    const id = Object.keys(combo.nodes).find((n) => n.startsWith('Combo:'))!;
    expect(Object.keys(combo.nodes)).toEqual([id]);
    expect(combo.nodes[id]!.label).toBe(`团伙 ${largest.index + 1} · ${largest.size} 名成员`);
    await screenshot(page, 'gangs-10-combo-zh-CN');
    await page.click('#gangs-open-table');
    await page.locator('[data-table="gangs"]').waitFor();
    expect(await page.locator('[data-table="gangs"] thead').textContent()).toContain('成员数');
    await screenshot(page, 'gangs-11-table-zh-CN');
    expect(await ownFindings(page)).toBe('');
    expect(errors.drain()).toEqual([]);
    await page.selectOption('#language', 'en');
  }, 300_000);
});
