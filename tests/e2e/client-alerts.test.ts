// Watchlists and alerts in the client (issue 19), in real Chromium against the real service and
// Neo4j with the demo seed: a detective watches a vehicle from the details panel and makes two
// rules in the rules form (a watched plate in a heritage site's geofence at night; a relic sold
// again at auction); an admin ingests the sightings and sales that trigger them; the header counts
// the new alerts, the inbox reads them in words (the rule, the vehicle, the site, the relic, the
// records by caption; no ids), marking one seen lowers the count, dismissing one takes it out of the
// inbox, one is turned into an investigation, its records open on the canvas. Screenshots in en and
// zh-CN at 1366x768; every view held to the layout checks.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSubgraph, type ApiSubgraph } from '../../client/src/api/mapping.ts';
import {
  canvasState,
  launchChromium,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';
import { checkLayout, formatFindings, watchPageErrors } from '../support/layout-checks.ts';

const VIEWPORT = { width: 1366, height: 768 };
const FIXTURES = path.join(import.meta.dirname, '../fixtures/alerts');
const fixture = (f: string) => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
const RELICS =
  'catalogueNumber,description,period,material\nAL-R1,青铜饕餮纹鼎,Shang,bronze\nAL-R2,唐三彩马,Tang,ceramic\n';
const PLATE = 'Vehicle:陕A12345';

let service: DemoService;
let browser: Browser;
let admin = '';

const SUBGRAPH = `truncated cap totalNodes note
  nodes { id type label hop entity { id type label confidence sources properties
    ... on Case { at } ... on Sale { at price currency } ... on Sighting { at } } }
  edges { id type source target directed weight firstAt lastAt evidence { sources confidence ingestedAt } properties }`;
const NEIGHBOURHOOD = `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) { ${SUBGRAPH} } }`;
const INGEST = `mutation($format: IngestFormat!, $source: String!, $text: String!) {
  ingest(format: $format, source: $source, text: $text) { accepted rejected } }`;

async function ingest(format: string, source: string, text: string): Promise<void> {
  const r = await service.gql<{ ingest: { accepted: number; rejected: number } }>(admin, INGEST, {
    format,
    source,
    text,
  });
  expect(r.ingest.rejected).toBe(0);
}

interface Hook {
  __crimegraph: { canvas: { add(sub: unknown): string[]; select(ids: string[]): void } };
}

async function newPage(lang: string): Promise<{ page: Page; errors: ReturnType<typeof watchPageErrors> }> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  const errors = watchPageErrors(page);
  await page.addInitScript((l) => {
    localStorage.setItem('crimegraph.lang', l);
    localStorage.removeItem('crimegraph.layout');
  }, lang);
  return { page, errors };
}

/** What checkLayout finds wrong in the alert views: the task panel, the details, the header, the page. */
async function ownFindings(p: Page): Promise<string> {
  // Data, not interface text: the user's name and the file names the records came from.
  const mine = (await checkLayout(p, { dataTokens: ['detective', 'sightings', 'sales'] })).filter((f) =>
    /#task-panel|#details|#alert-count|^html|^body|header|page-error/.test(f.where + f.check),
  );
  return formatFindings(mine);
}

const count = (p: Page) => p.locator('#alert-count').getAttribute('data-count').then(Number);
const cards = (p: Page) => p.locator('#alert-list > li.alert-card');
const card = (p: Page, kind: string) => p.locator(`#alert-list > li[data-kind="${kind}"]`);

/** Waits for the header's count (refreshed after every action, polled each minute). */
async function expectCount(p: Page, n: number): Promise<void> {
  await expect.poll(() => count(p), { timeout: 20_000 }).toBe(n);
}

describe('alerts in the client', () => {
  let page: Page;
  let errors: ReturnType<typeof watchPageErrors>;

  beforeAll(async () => {
    service = await startDemoService(300);
    browser = await launchChromium();
    admin = await service.login('admin');
    await ingest('sites', 'sites.csv', fixture('sites.csv'));
    await ingest('relics', 'relics.csv', RELICS);
    // The vehicle exists before anyone watches it; no rule yet, so no alert.
    await ingest('sightings', 'sightings.csv', fixture('sightings.csv'));
    ({ page, errors } = await newPage('en'));
    await signIn(page, service.base, 'detective');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('shows the header count to readers of alerts only', async () => {
    await expect.poll(() => page.locator('#alert-count').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await count(page)).toBe(0);
    const { page: cp } = await newPage('en');
    await signIn(cp, service.base, 'commander');
    await cp.waitForTimeout(1_000);
    expect(await cp.locator('#alert-count').count()).toBe(0);
    expect(await cp.locator('#task-alerts').count()).toBe(0);
    await cp.close();
  }, 120_000);

  it('watches a vehicle from the details panel', async () => {
    const token = await service.login('detective');
    const sub = await service.gql<{ neighbourhood: ApiSubgraph }>(token, NEIGHBOURHOOD, {
      input: { ids: [PLATE], hops: 1 },
    });
    const subgraph = toSubgraph(sub.neighbourhood);
    await page.evaluate(
      ([s, id]) => {
        const c = (window as never as Hook).__crimegraph.canvas;
        c.add(s);
        c.select([id as string]);
      },
      [subgraph, PLATE] as const,
    );
    const watch = page.locator('#details-watch');
    await watch.waitFor({ timeout: 20_000 });
    await expect.poll(() => watch.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await watch.textContent()).toBe('Watch');
    await watch.click();
    await expect.poll(() => watch.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    expect(await watch.textContent()).toBe('Stop watching');
    await screenshot(page, 'alerts-watch-en');
    expect(await ownFindings(page)).toBe('');
    const w = await service.gql<{ watches: Array<{ entityId: string }> }>(token, '{ watches { entityId } }');
    expect(w.watches.map((x) => x.entityId)).toEqual([PLATE]);
  }, 120_000);

  it('makes rules in the rules form, in words', async () => {
    await page.click('#task-alerts');
    await page.click('#alerts-tab-watches');
    await expect.poll(() => page.locator('#watch-list li').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('#watch-list li').textContent()).toContain('陕A12345');

    await page.click('#alerts-tab-rules');
    await page.click('#rule-new');
    await page.selectOption('#rule-kind', 'PLATE_IN_GEOFENCE');
    expect(await page.locator('#rule-night').isChecked()).toBe(true);
    expect(await page.locator('#rule-preview').textContent()).toContain('at night (20:00 to 06:00)');
    await screenshot(page, 'alerts-rule-form-en');
    expect(await ownFindings(page)).toBe('');
    await page.click('#rule-save');
    await page.locator('#rule-list li[data-kind="PLATE_IN_GEOFENCE"]').waitFor({ timeout: 20_000 });

    await page.click('#rule-new');
    await page.selectOption('#rule-kind', 'RELIC_RESURFACING');
    await page.check('#rule-channels input[value="auction"]');
    expect(await page.locator('#rule-preview').textContent()).toMatch(/sold through auction/i);
    await page.click('#rule-save');
    await page.locator('#rule-list li[data-kind="RELIC_RESURFACING"]').waitFor({ timeout: 20_000 });
    const list = await page.locator('#rule-list').textContent();
    expect(list).toContain('Plate at a heritage site');
    expect(list).toContain('Relic resurfacing');
    expect(list).not.toMatch(/PLATE_IN_GEOFENCE|RELIC_RESURFACING|\{|"/);

    // edit: a rule's parameters change from the form
    await page.click('#rule-list li[data-kind="PLATE_IN_GEOFENCE"] [data-action="edit"]');
    await page.selectOption('#rule-night-start', '21');
    await page.click('#rule-save');
    await expect
      .poll(() => page.locator('#rule-list li[data-kind="PLATE_IN_GEOFENCE"]').textContent(), {
        timeout: 20_000,
      })
      .toContain('21:00 to 06:00');
    await screenshot(page, 'alerts-rules-en');
    expect(await ownFindings(page)).toBe('');

    const token = await service.login('detective');
    const r = await service.gql<{ alertRules: Array<{ kind: string; params: Record<string, unknown> }> }>(
      token,
      '{ alertRules { kind params } }',
    );
    expect(r.alertRules.map((x) => x.kind).sort()).toEqual(['PLATE_IN_GEOFENCE', 'RELIC_RESURFACING']);
    expect(r.alertRules.find((x) => x.kind === 'PLATE_IN_GEOFENCE')!.params).toMatchObject({
      night: true,
      nightStartHour: 21,
      nightEndHour: 6,
    });
    expect(r.alertRules.find((x) => x.kind === 'RELIC_RESURFACING')!.params).toEqual({
      channels: ['auction'],
    });
  }, 120_000);

  it('counts the alerts an ingest raises and reads them in words', async () => {
    await ingest('sightings', 'sightings.csv', fixture('sightings.csv'));
    await ingest('sales', 'sales-2023.csv', fixture('sales-2023.csv'));
    await ingest('sales', 'sales-2024.csv', fixture('sales-2024.csv'));
    await page.click('#alerts-tab-inbox');
    // the header polls each minute; a click on it reads the count and the inbox now
    await page.click('#alert-count');
    await expectCount(page, 2);
    expect(await page.locator('#alert-count .alerts-badge').textContent()).toBe('2');
    await expect.poll(() => cards(page).count(), { timeout: 20_000 }).toBe(2);

    const plate = (await card(page, 'PLATE_IN_GEOFENCE').textContent())!;
    expect(plate).toContain('Plate at a heritage site');
    expect(plate).toContain('陕A12345 sighted inside the protected zone of 汉代墓群');
    expect(plate).toContain('at night (21:00 to 06:00)');
    expect(await card(page, 'PLATE_IN_GEOFENCE').getAttribute('data-alert-status')).toBe('NEW');
    const relic = (await card(page, 'RELIC_RESURFACING').textContent())!;
    expect(relic).toContain('青铜饕餮纹鼎');
    expect(relic).toMatch(/auction/i);
    expect(relic).toContain('1 earlier sale');
    for (const text of [plate, relic]) {
      expect(text).not.toMatch(/Sighting:|Sale:|Vehicle:|Site:|AL-|sightings\.csv|\d{12}|PLATE_|RELIC_/);
    }
    await screenshot(page, 'alerts-inbox-en');
    expect(await ownFindings(page)).toBe('');
  }, 120_000);

  it('marks one seen (the count drops), opens its records, and dismisses the other', async () => {
    await card(page, 'PLATE_IN_GEOFENCE').locator('[data-action="seen"]').click();
    await expectCount(page, 1);
    await expect
      .poll(() => card(page, 'PLATE_IN_GEOFENCE').getAttribute('data-alert-status'), { timeout: 20_000 })
      .toBe('SEEN');

    await card(page, 'PLATE_IN_GEOFENCE').locator('[data-action="open"]').click();
    await expect
      .poll(async () => (await canvasState(page)).selected.includes('Sighting:AL-N1'), { timeout: 20_000 })
      .toBe(true);
    const nodes = (await canvasState(page)).nodes;
    expect(nodes).toEqual(expect.arrayContaining(['Sighting:AL-N1', PLATE, 'Site:XA-TOMB-1']));

    await card(page, 'RELIC_RESURFACING').locator('[data-action="dismiss"]').click();
    await expectCount(page, 0);
    await expect.poll(() => cards(page).count(), { timeout: 20_000 }).toBe(1);
    await page.selectOption('#alerts-filter', 'DISMISSED');
    await expect.poll(() => card(page, 'RELIC_RESURFACING').count(), { timeout: 20_000 }).toBe(1);
    await page.selectOption('#alerts-filter', 'open');
    await expect.poll(() => cards(page).count(), { timeout: 20_000 }).toBe(1);
  }, 120_000);

  it('turns an alert into an investigation', async () => {
    const c = card(page, 'PLATE_IN_GEOFENCE');
    await c.locator('[data-action="investigate"]').click();
    const name = c.locator('[data-field="investigation-name"]');
    expect(await name.inputValue()).toContain('陕A12345');
    await name.fill('陕A12345 夜间进入汉代墓群');
    await screenshot(page, 'alerts-investigate-en');
    await c.locator('[data-action="save-investigation"]').click();
    await expect.poll(() => c.getAttribute('data-alert-status'), { timeout: 20_000 }).toBe('INVESTIGATION');
    await c.locator('[data-action="open-investigation"]').waitFor();
    const token = await service.login('detective');
    const inv = await service.gql<{
      investigations: { items: Array<{ name: string; entityIds: string[] }> };
    }>(token, '{ investigations { items { name entityIds } } }');
    const made = inv.investigations.items.find((x) => x.name === '陕A12345 夜间进入汉代墓群');
    expect(made?.entityIds).toEqual(expect.arrayContaining(['Sighting:AL-N1', PLATE]));
    expect(errors.drain()).toEqual([]);
  }, 120_000);

  it('reads the same views in Chinese', async () => {
    await page.selectOption('#language', 'zh-CN');
    await page.selectOption('#alerts-filter', 'open');
    await expect.poll(() => page.locator('#alert-count').textContent(), { timeout: 20_000 }).toBe('预警');
    const plate = (await card(page, 'PLATE_IN_GEOFENCE').textContent())!;
    expect(plate).toContain('布控车辆进入文保区');
    expect(plate).toContain('陕A12345 在 汉代墓群 保护区内被抓拍');
    expect(plate).toContain('已转研判');
    await screenshot(page, 'alerts-inbox-zh');
    expect(await ownFindings(page)).toBe('');

    await page.selectOption('#alerts-filter', 'DISMISSED');
    await expect.poll(() => card(page, 'RELIC_RESURFACING').count(), { timeout: 20_000 }).toBe(1);
    const relic = (await card(page, 'RELIC_RESURFACING').textContent())!;
    expect(relic).toContain('涉案文物再现');
    expect(relic).toContain('青铜饕餮纹鼎'); // its caption: description and period
    expect(relic).toContain('再次出现在拍卖记录中');
    await screenshot(page, 'alerts-dismissed-zh');
    expect(await ownFindings(page)).toBe('');

    await page.click('#alerts-tab-rules');
    await page.locator('#rule-list li').first().waitFor();
    expect(await page.locator('#rule-list').textContent()).toContain('夜间（21:00至06:00）');
    await screenshot(page, 'alerts-rules-zh');
    expect(await ownFindings(page)).toBe('');
    await page.click('#rule-new');
    await page.selectOption('#rule-kind', 'PLATE_IN_GEOFENCE');
    await screenshot(page, 'alerts-rule-form-zh');
    expect(await ownFindings(page)).toBe('');
    await page.click('#rule-cancel');

    await page.evaluate((id) => (window as never as Hook).__crimegraph.canvas.select([id]), PLATE);
    await page.click('#alerts-tab-watches');
    await expect.poll(() => page.locator('#watch-list li').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('#details-watch').textContent()).toBe('取消关注');
    await screenshot(page, 'alerts-watches-zh');
    expect(await ownFindings(page)).toBe('');

    // stop watching from the details panel
    await page.click('#details-watch');
    await expect.poll(() => page.locator('#watch-list li').count(), { timeout: 20_000 }).toBe(0);
    expect(errors.drain()).toEqual([]);
  }, 120_000);
});
