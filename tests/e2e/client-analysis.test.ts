// The analyst and commander flows of the client in real Chromium against the real service with
// the demo seed: run a community-detection job and colour the canvas by community, run a takedown
// simulation and see before/after, and export the briefing. Checks sigma's graph state and the
// canvas pixels; screenshots in test-results/client/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../support/db.ts';
import {
  SCREENSHOT_DIR,
  canvasState,
  colorDistance,
  launchChromium,
  nodePoint,
  pixelAt,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';

const settle = (p: Page) => p.waitForTimeout(700);

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('analyst');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await signIn(page, service.base, 'analyst');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('analysis client', () => {
  let people: string[] = [];

  it('runs a community-detection job, shows its progress and gangs, and colours the canvas by community', async () => {
    // A planted gang member, their neighbourhood and their cases' parties on the canvas.
    const db = await openTestDb();
    const planted = (await db.read('queries/seeds/list-planted-people')) as unknown as Array<{
      uid: string;
      gang: string | null;
    }>;
    await db.close();
    // Someone party to a case with other people, so the canvas holds several people.
    let uid = '';
    for (const p of planted.filter((x) => x.gang !== null).slice(0, 60)) {
      const around = await service.gql<{ neighbourhood: { nodes: { id: string; type: string }[] } }>(
        token,
        `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 2, nodeTypes: ["Person", "Case"] }) { nodes { id type } } }`,
        { id: p.uid },
      );
      const types = around.neighbourhood.nodes.map((n) => n.type);
      if (types.includes('Case') && types.filter((t) => t === 'Person').length > 2) {
        uid = p.uid;
        break;
      }
    }
    expect(uid).not.toBe('');
    const person = (
      await service.gql<{ entity: { id: string; label: string } }>(
        token,
        `query($id: ID!) { entity(id: $id) { id label } }`,
        { id: uid },
      )
    ).entity;
    await page.fill('#search', person.label);
    const option = page.locator(`#search-results li[data-id="${person.id}"]`);
    await option.waitFor({ timeout: 20_000 });
    await option.dispatchEvent('mousedown');
    await page.waitForFunction(
      (id) =>
        (window as never as { __crimegraph: { state(): { nodes: string[] } } }).__crimegraph
          .state()
          .nodes.includes(id),
      person.id,
    );
    await settle(page);
    const pt = await nodePoint(page, person.id);
    await page.mouse.dblclick(pt.x, pt.y);
    await page.waitForFunction(
      () =>
        (window as never as { __crimegraph: { state(): { order: number } } }).__crimegraph.state().order > 1,
      undefined,
      { timeout: 30_000 },
    );
    await settle(page);
    const caseNode = (await canvasState(page)).nodes.find((n) => n.startsWith('Case:'));
    expect(caseNode).toBeDefined();
    const order = (await canvasState(page)).order;
    const pc = await nodePoint(page, caseNode!);
    await page.mouse.dblclick(pc.x, pc.y);
    await page.waitForFunction(
      (n) =>
        (window as never as { __crimegraph: { state(): { order: number } } }).__crimegraph.state().order > n,
      order,
      { timeout: 30_000 },
    );
    await settle(page);
    people = (await canvasState(page)).nodes.filter((n) => n.startsWith('Person:'));
    expect(people.length).toBeGreaterThan(1);
    const typeColour = (await pixelAt(page, person.id))!.expected;

    await page.click('#tab-btn-analyst');
    await page.fill('#louvain-resolution', '1');
    await page.fill('#louvain-seed', '42');
    await page.click('#run-communities');
    await page.locator('#gangs-table').waitFor({ timeout: 120_000 });
    expect(await page.textContent('#job-status')).toMatch(/^succeeded/);
    expect(await page.locator('#job-progress').evaluate((el) => (el as HTMLProgressElement).value)).toBe(1);
    const gangRows = await page.locator('#gangs-table tbody tr').count();
    expect(gangRows).toBeGreaterThan(1);
    await screenshot(page, '10-communities-job');

    await page.click('#colour-communities');
    await page.waitForFunction(
      () =>
        (window as never as { __crimegraph: { state(): { communities: number } } }).__crimegraph.state()
          .communities > 0,
      undefined,
      { timeout: 30_000 },
    );
    await settle(page);
    // Each person's community on the canvas is the one the API says they are a member of.
    const assigned = await page.evaluate(
      (ids) =>
        ids.map((id) =>
          (
            window as never as {
              __crimegraph: { graph: { getNodeAttribute(n: string, k: string): string | undefined } };
            }
          ).__crimegraph.graph.getNodeAttribute(id, 'community'),
        ),
      people,
    );
    const runId = (
      await service.gql<{ communities: { items: { runId: string }[] } }>(
        token,
        `{ communities(first: 1) { items { runId } } }`,
      )
    ).communities.items[0]!.runId;
    const c = Number(assigned[0]);
    const members = await service.gql<{ keyPlayers: { id: string }[] }>(
      token,
      `query($r: ID, $c: Int) { keyPlayers(runId: $r, community: $c, first: 500) { id } }`,
      { r: runId, c },
    );
    expect(members.keyPlayers.map((m) => m.id)).toContain(people[0]);
    // What is drawn: the community colour, not the type colour any more.
    const px = await pixelAt(page, people[0]!);
    expect(px!.expected.toLowerCase()).not.toBe(typeColour.toLowerCase());
    expect(colorDistance(px!.drawn, px!.expected)).toBeLessThan(60);
    // People of different communities are drawn in different colours.
    const other = people.findIndex((_p, i) => assigned[i] !== undefined && assigned[i] !== assigned[0]);
    if (other > 0) {
      const px2 = await pixelAt(page, people[other]!);
      expect(px2!.expected).not.toBe(px!.expected);
      expect(colorDistance(px2!.drawn, px2!.expected)).toBeLessThan(60);
    }
    await screenshot(page, '11-coloured-by-community');
  });

  it('runs a takedown simulation of selected people and shows the network before and after', async () => {
    // Click the two people least crowded by other nodes, as a user would pick them.
    const pos = await page.evaluate(() =>
      (
        window as never as { __crimegraph: { positions(): Record<string, { x: number; y: number }> } }
      ).__crimegraph.positions(),
    );
    const room = (id: string) =>
      Math.min(
        ...Object.entries(pos)
          .filter(([n]) => n !== id)
          .map(([, p]) => Math.hypot(p.x - pos[id]!.x, p.y - pos[id]!.y)),
      );
    const [a, b] = [...people].sort((x, y) => room(y) - room(x)) as [string, string];
    const pa = await nodePoint(page, a!);
    await page.mouse.click(pa.x, pa.y);
    await page.waitForTimeout(600); // two clicks within sigma's double-click timeout would be one double-click
    const pb = await nodePoint(page, b!);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    await expect
      .poll(async () => new Set((await canvasState(page)).selected), { timeout: 10_000 })
      .toEqual(new Set([a, b]));
    const before = await canvasState(page);

    await page.click('#tab-btn-commander');
    await page.check('#takedown-selected');
    await page.click('#run-takedown');
    await page.locator('#takedown-figures').waitFor({ timeout: 120_000 });
    const rows = await page.locator('#takedown-figures tbody tr').allTextContents();
    expect(rows.length).toBe(1);
    expect(rows[0]).toMatch(/^given/);
    await settle(page);
    const view = await page.evaluate(() => {
      const t = (
        window as never as {
          __takedown: {
            before: { order: number; hasNode(n: string): boolean };
            after: { order: number; hasNode(n: string): boolean };
            drawn(i: number): number;
          };
        }
      ).__takedown;
      return {
        before: t.before.order,
        after: t.after.order,
        drawnBefore: t.drawn(0),
        drawnAfter: t.drawn(1),
      };
    });
    expect(view.before).toBe(before.order);
    expect(view.after).toBe(before.order - 2);
    const gone = await page.evaluate(
      (ids) =>
        ids.map((id) =>
          (
            window as never as { __takedown: { after: { hasNode(n: string): boolean } } }
          ).__takedown.after.hasNode(id),
        ),
      [a, b],
    );
    expect(gone).toEqual([false, false]);
    expect(view.drawnBefore).toBeGreaterThan(500);
    expect(view.drawnAfter).toBeGreaterThan(200);
    await page.locator('#takedown-result').scrollIntoViewIfNeeded();
    await screenshot(page, '12-takedown');
  });

  it('opens the briefing and exports it as PDF and PNG', async () => {
    await page.click('#open-briefing');
    await page.locator('#briefing-gangs').waitFor({ timeout: 30_000 });
    expect(await page.locator('#briefing-gangs tbody tr').count()).toBeGreaterThan(1);
    await screenshot(page, '13-briefing');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#briefing-pdf')]);
    const pdfFile = path.join(SCREENSHOT_DIR, 'briefing.pdf');
    await pdf.saveAs(pdfFile);
    const pdfBuf = fs.readFileSync(pdfFile);
    expect(pdfBuf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfBuf.includes(Buffer.from('/Subtype /Image'))).toBe(true);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#briefing-png')]);
    const pngFile = path.join(SCREENSHOT_DIR, 'briefing.png');
    await png.saveAs(pngFile);
    const pngBuf = fs.readFileSync(pngFile);
    expect(pngBuf.subarray(1, 4).toString()).toBe('PNG');
    expect(pngBuf.readUInt32BE(16)).toBe(1400);
    await page.click('#briefing-close');
  });
});
