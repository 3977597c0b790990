// The map view (issue 19) in real Chromium against the real service and Neo4j with the demo seed:
// the demo's sites are drawn at their coordinates (each checked at the pixel MapLibre's public
// project() gives for the coordinates the API has: the entity is there and the disc has the
// site colour), a time-bar change hides and shows sightings on the map and the graph alike, a click
// on the map selects on the graph and a selection on the graph is drawn on the map; screenshots
// with the offline basemap (no request leaves the page) in en and zh-CN at 1366x768.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSubgraph, type ApiSubgraph } from '../../client/src/api/mapping.ts';
import { TYPE_COLORS } from '../../client/src/config.ts';
import {
  canvasState,
  colorDistance,
  launchChromium,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';
/** Requests the page made to anywhere but the service. */
const outside: string[] = [];

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  service.gql<T>(token, query, variables);

const SUBGRAPH = `truncated cap totalNodes note
  nodes { id type label hop entity { id type label confidence sources properties
    ... on Case { at } ... on Sale { at price currency } ... on Sighting { at } } }
  edges { id type source target directed weight firstAt lastAt evidence { sources confidence ingestedAt } properties }`;
const SEARCH = `query($q: String!, $types: [String!]) { search(query: $q, types: $types, first: 50) {
  items { entity { id type properties } } } }`;
const NEIGHBOURHOOD = `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) { ${SUBGRAPH} } }`;

interface Place {
  id: string;
  lon: number;
  lat: number;
}
interface Hook {
  __crimegraph: {
    canvas: {
      add(sub: unknown): string[];
      select(ids: string[]): void;
      visibleNodes(): string[];
      filters: { from: number | null; to: number | null };
      graph: { getNodeAttribute(n: string, a: string): unknown };
    };
    map?: {
      datum: string;
      basemap: string;
      project(lon: number, lat: number): { x: number; y: number };
      pointsAt(x: number, y: number): string[];
      clusters(): Array<{ id: number; count: number }>;
      data(): { points: Array<{ id: string; type: string; lon: number; lat: number; at?: number }> };
      jumpTo(lon: number, lat: number, zoom: number): void;
      fit(): void;
      idle(): Promise<void>;
      selectedAt(x: number, y: number): string[];
    };
  };
}

let sites: Place[] = [];
/** Sightings on the canvas with their times. */
let sightings: Array<Place & { at: number }> = [];

const idle = (p: Page) => p.evaluate(() => (window as never as Hook).__crimegraph.map!.idle());
const mapData = (p: Page) => p.evaluate(() => (window as never as Hook).__crimegraph.map!.data().points);
const visible = (p: Page) => p.evaluate(() => (window as never as Hook).__crimegraph.canvas.visibleNodes());

async function jump(p: Page, lon: number, lat: number, zoom: number): Promise<{ x: number; y: number }> {
  await p.evaluate(
    ([x, y, z]) => (window as never as Hook).__crimegraph.map!.jumpTo(x!, y!, z!),
    [lon, lat, zoom],
  );
  await idle(p);
  return p.evaluate(([x, y]) => (window as never as Hook).__crimegraph.map!.project(x!, y!), [lon, lat]);
}

/** The colour drawn at a point of the map (page pixels), from a screenshot of that spot. */
async function colourAt(p: Page, x: number, y: number): Promise<string> {
  const png = await p.screenshot({
    clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 },
  });
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(1, 1, 1, 1).data;
    return `#${[d[0], d[1], d[2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
  }, png.toString('base64'));
}

/** Clicks a canvas tool, through "More" when the row has no room for it. */
async function tool(p: Page, id: string): Promise<void> {
  if (!(await p.locator(`#tool-${id}`).isVisible())) await p.click('#tool-more');
  await p.click(`#tool-${id}`);
}

async function stageBox(p: Page) {
  return (await p.locator('#map-stage').boundingBox())!;
}

const coords = (props: Record<string, unknown>): [number, number] | null =>
  typeof props.lat === 'number' && typeof props.lon === 'number' ? [props.lon, props.lat] : null;

describe('map view', () => {
  beforeAll(async () => {
    service = await startDemoService(300);
    token = await service.login('detective');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const base = new URL(service.base);
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.host !== base.host) outside.push(r.url());
    });
    await page.addInitScript(() => localStorage.setItem('crimegraph.lang', 'en'));
    await signIn(page, service.base, 'detective');

    // The demo's trade places (border crossings, auction houses, markets) and its heritage sites
    // with their neighbourhoods: cases at them, the sightings near them and the vehicles sighted.
    const found = new Map<string, Place>();
    for (const q of ['口岸', '拍卖', '古玩', '遗址', '墓', '石窟', '寺']) {
      const r = await gql<{
        search: {
          items: Array<{ entity: { id: string; type: string; properties: Record<string, unknown> } }>;
        };
      }>(SEARCH, { q, types: ['Site'] });
      for (const { entity } of r.search.items) {
        const c = coords(entity.properties);
        if (c) found.set(entity.id, { id: entity.id, lon: c[0], lat: c[1] });
      }
    }
    sites = [...found.values()];
    expect(sites.length).toBeGreaterThan(10);
    // The sites with their neighbourhoods (hop 0 is the site itself): cases at them, the
    // sightings near them and the vehicles sighted, as the workspace would open them.
    const near: ApiSubgraph = { nodes: [], edges: [], truncated: false };
    // The API allows starting entities x hops <= 60.
    for (let i = 0; i < sites.length; i += 30) {
      const part = (
        await gql<{ neighbourhood: ApiSubgraph }>(NEIGHBOURHOOD, {
          input: {
            ids: sites.slice(i, i + 30).map((s) => s.id),
            hops: 2,
            nodeTypes: ['Site', 'Sighting', 'Vehicle', 'Case'],
          },
        })
      ).neighbourhood;
      near.nodes.push(...part.nodes);
      near.edges.push(...part.edges);
    }
    const sub = toSubgraph(near);
    sightings = near.nodes
      .filter(
        (n) =>
          n.type === 'Sighting' &&
          n.entity &&
          coords(n.entity.properties ?? {}) &&
          typeof n.entity.at === 'number',
      )
      .map((n) => {
        const c = coords(n.entity!.properties!)!;
        return { id: n.id, lon: c[0], lat: c[1], at: n.entity!.at! };
      });
    expect(sightings.length).toBeGreaterThan(4);
    await page.evaluate((s) => (window as never as Hook).__crimegraph.canvas.add(s), sub);
    await page.waitForFunction(() => (window as never as Hook).__crimegraph.canvas.visibleNodes().length > 0);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('switches to the map and draws every site at its coordinates, offline', async () => {
    await tool(page, 'map-view');
    await page.waitForFunction(() => !!(window as never as Hook).__crimegraph.map, undefined, {
      timeout: 30_000,
    });
    await idle(page);
    expect(await page.getAttribute('#tool-map-view', 'aria-pressed')).toBe('true');
    const info = await page.evaluate(() => {
      const m = (window as never as Hook).__crimegraph.map!;
      return { datum: m.datum, basemap: m.basemap };
    });
    expect(info).toEqual({ datum: 'wgs84', basemap: 'offline' });

    // The coordinates drawn are the API's.
    const drawn = new Map((await mapData(page)).map((p) => [p.id, p]));
    for (const s of sites) {
      expect(drawn.get(s.id), s.id).toBeDefined();
      expect([drawn.get(s.id)!.lon, drawn.get(s.id)!.lat]).toEqual([s.lon, s.lat]);
    }

    // At the overview each site is either a disc at its projected pixel or inside a cluster there.
    await page.evaluate(() => (window as never as Hook).__crimegraph.map!.fit());
    await idle(page);
    await screenshot(page, 'map-overview-en');
    const misses: string[] = [];
    for (const s of sites) {
      const at = await page.evaluate(
        ([x, y, id]) => {
          const m = (window as never as Hook).__crimegraph.map!;
          const p = m.project(x as number, y as number);
          return { p, here: m.pointsAt(p.x, p.y).includes(id as string) };
        },
        [s.lon, s.lat, s.id] as const,
      );
      if (!at.here) misses.push(s.id);
    }
    const clustered = (
      await page.evaluate(() => (window as never as Hook).__crimegraph.map!.clusters())
    ).reduce((t, c) => t + c.count, 0);
    // What is not a disc of its own is counted in a cluster.
    expect(misses.length).toBeLessThanOrEqual(clustered);

    // Close up (no clustering), each site's disc is where project() puts its coordinates, in the site colour.
    const box = await stageBox(page);
    for (const s of sites.slice(0, 12)) {
      const p = await jump(page, s.lon, s.lat, 13);
      expect(Math.abs(p.x - box.width / 2)).toBeLessThan(2);
      expect(Math.abs(p.y - box.height / 2)).toBeLessThan(2);
      const here = await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.pointsAt(x!, y!),
        [p.x, p.y],
      );
      expect(here, s.id).toContain(s.id);
      const colour = await colourAt(page, box.x + p.x, box.y + p.y);
      const topIsSite = await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.pointsAt(x!, y!)[0],
        [p.x, p.y],
      );
      if (topIsSite === s.id)
        expect(colorDistance(colour, TYPE_COLORS.Site), `${s.id} ${colour}`).toBeLessThan(40);
    }
    expect(outside).toEqual([]);
  });

  it('hides and shows sightings with the time bar on the map and the graph alike', async () => {
    await tool(page, 'time');
    await page.waitForSelector('#time-to');
    const times = sightings.map((s) => s.at).sort((a, b) => a - b);
    // Move the window's end to the middle of the bar.
    await page.fill('#time-to', '500');
    const to = await page.evaluate(() => (window as never as Hook).__crimegraph.canvas.filters.to);
    expect(to).not.toBeNull();
    const early = sightings.filter((s) => s.at <= to!);
    const late = sightings.filter((s) => s.at > to!);
    expect(times.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    await idle(page);
    const graph = new Set(await visible(page));
    const map = new Set((await mapData(page)).map((p) => p.id));
    for (const s of late) {
      expect(graph.has(s.id), `graph shows ${s.id}`).toBe(false);
      expect(map.has(s.id), `map shows ${s.id}`).toBe(false);
    }
    for (const s of early) {
      expect(graph.has(s.id)).toBe(true);
      expect(map.has(s.id)).toBe(true);
    }
    // Not drawn either: nothing at a hidden sighting's spot.
    const hidden = late[0]!;
    let p = await jump(page, hidden.lon, hidden.lat, 15);
    expect(
      await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.pointsAt(x!, y!),
        [p.x, p.y],
      ),
    ).not.toContain(hidden.id);
    await screenshot(page, 'map-time-window-en');
    // Back to the whole span: shown again on both.
    await page.fill('#time-to', '1000');
    await idle(page);
    const graph2 = new Set(await visible(page));
    const map2 = new Set((await mapData(page)).map((x) => x.id));
    for (const s of late) {
      expect(graph2.has(s.id)).toBe(true);
      expect(map2.has(s.id)).toBe(true);
    }
    p = await jump(page, hidden.lon, hidden.lat, 15);
    expect(
      await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.pointsAt(x!, y!),
        [p.x, p.y],
      ),
    ).toContain(hidden.id);
  });

  it('selects on the graph what is clicked on the map, and draws the graph selection', async () => {
    const s = sites.find((x) => x.id.startsWith('Site:border-crossing')) ?? sites[0]!;
    const p = await jump(page, s.lon, s.lat, 13);
    const box = await stageBox(page);
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await expect.poll(async () => (await canvasState(page)).selected).toContain(s.id);
    const selected = (await canvasState(page)).selected;
    const drawn = new Map((await mapData(page)).map((x) => [x.id, x]));
    // Only what sits on that spot (a case at its site is drawn at the site).
    for (const id of selected) expect([drawn.get(id)?.lon, drawn.get(id)?.lat]).toEqual([s.lon, s.lat]);
    await idle(page);
    expect(
      await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.selectedAt(x!, y!),
        [p.x, p.y],
      ),
    ).toContain(s.id);

    // The other way: a sighting selected on the graph is ringed on the map.
    const sighting = sightings[0]!;
    await page.evaluate((id) => (window as never as Hook).__crimegraph.canvas.select([id]), sighting.id);
    const q = await jump(page, sighting.lon, sighting.lat, 15);
    expect(
      await page.evaluate(
        ([x, y]) => (window as never as Hook).__crimegraph.map!.selectedAt(x!, y!),
        [q.x, q.y],
      ),
    ).toContain(sighting.id);
    // A click on empty map clears the selection on the graph.
    await page.mouse.click(box.x + box.width - 60, box.y + 70);
    await expect.poll(async () => (await canvasState(page)).selected).toEqual([]);
  });

  it('looks right with the offline basemap in en and zh-CN', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      await page.selectOption('#language', lang);
      await page.evaluate(() => (window as never as Hook).__crimegraph.map!.fit());
      await idle(page);
      await page.waitForTimeout(300);
      await screenshot(page, `map-${lang}`);
      const status = await page.locator('#map-status').innerText();
      expect(status).toMatch(lang === 'en' ? /entities on the map/ : /地图上/);
      expect(await page.locator('#tool-map-view').innerText()).toBe(lang === 'en' ? 'Map' : '地图');
    }
    expect(outside).toEqual([]);
  });
});
