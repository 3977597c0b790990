// "Open all gangs" in real Chromium against the real service with the demo seed: after a
// community-detection job the canvas shows one node per gang, sized by its members, WITH the
// weighted links between gangs from the API's community graph; double-clicking a gang drills into
// its members. Checks sigma's graph state; screenshots in test-results/client/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasState,
  launchChromium,
  nodePoint,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';

interface Hook {
  __crimegraph: {
    state(): { mode: string; order: number; size: number; nodes: string[] };
    graph: {
      getNodeAttribute(n: string, k: string): unknown;
      edges(): string[];
      extremities(e: string): [string, string];
      getEdgeAttribute(e: string, k: string): unknown;
    };
  };
}

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('analyst');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await signIn(page, service.base, 'analyst');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('open all gangs', () => {
  it('draws one node per gang with the links between gangs, then drills into a gang', async () => {
    await page.click('#tab-btn-analyst');
    await page.fill('#louvain-resolution', '1');
    await page.fill('#louvain-seed', '7');
    await page.click('#run-communities');
    await page.locator('#gangs-table').waitFor({ timeout: 120_000 });
    expect(await page.textContent('#job-status')).toMatch(/^succeeded/);

    const api = await service.gql<{
      communityGraph: {
        runId: string;
        nodes: { index: number; size: number }[];
        edges: { source: number; target: number; weight: number; links: number }[];
        totalCommunities: number;
        capped: boolean;
      };
    }>(
      token,
      `{ communityGraph(first: 2000) { runId nodes { index size } edges { source target weight links } totalCommunities capped } }`,
    );
    const cg = api.communityGraph;
    expect(cg.capped).toBe(false);
    expect(cg.nodes.length).toBeGreaterThan(1);
    expect(cg.edges.length).toBeGreaterThan(0);

    await page.click('#open-all-gangs');
    await page.waitForFunction(
      (n) => {
        const s = (window as never as Hook).__crimegraph.state();
        return s.mode === 'collapsed' && s.order === n;
      },
      cg.nodes.length,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(700);
    const state = await canvasState(page);
    // One node per community, each sized by its true member count, and the API's links between them.
    expect(state.order).toBe(cg.totalCommunities);
    expect(new Set(state.nodes)).toEqual(new Set(cg.nodes.map((c) => `Community:${c.index}`)));
    expect(state.size).toBe(cg.edges.length);
    const drawn = await page.evaluate(() => {
      const g = (window as never as Hook).__crimegraph.graph;
      return {
        members: Object.fromEntries(
          (window as never as Hook).__crimegraph
            .state()
            .nodes.map((n) => [n, g.getNodeAttribute(n, 'members') as number]),
        ),
        edges: g.edges().map((e) => {
          const [s, t] = g.extremities(e);
          return { s, t, weight: g.getEdgeAttribute(e, 'weight') as number };
        }),
      };
    });
    for (const c of cg.nodes) expect(drawn.members[`Community:${c.index}`]).toBe(c.size);
    const want = new Map(cg.edges.map((e) => [`Community:${e.source}|Community:${e.target}`, e.weight]));
    for (const e of drawn.edges) expect(e.weight).toBeCloseTo(want.get(`${e.s}|${e.t}`)!, 6);
    await screenshot(page, '20-all-gangs-with-links');

    // Drill into the largest gang: its members (as the API lists them) and no one else.
    const largest = cg.nodes[0]!;
    const members = await service.gql<{ keyPlayers: { id: string }[] }>(
      token,
      `query($r: ID, $c: Int) { keyPlayers(runId: $r, community: $c, first: 500) { id } }`,
      { r: cg.runId, c: largest.index },
    );
    const pt = await nodePoint(page, `Community:${largest.index}`);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.waitForFunction(
      () => (window as never as Hook).__crimegraph.state().mode === 'drill',
      undefined,
      {
        timeout: 30_000,
      },
    );
    await page.waitForTimeout(700);
    const drill = await canvasState(page);
    expect(new Set(drill.nodes)).toEqual(new Set(members.keyPlayers.map((m) => m.id)));
    expect(drill.order).toBe(Math.min(500, largest.size));
    await screenshot(page, '21-gang-drill-down');
  });
});
