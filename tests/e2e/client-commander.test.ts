// The takedown simulation, its before/after view and the gang-evolution picture, in real Chromium
// against the demo service (300 people) at 1366x768. An analyst starts a takedown and a gang
// evolution from their task panels; the evolution picture's bands, their sizes per window, the
// windows' gang counts and the summary are exactly the API's report, and band labels do not
// overlap. A commander (no read:entities) reaches the before/after view from the start screen or
// the Takedown task: its figures are takedownComparison's, targets are named (never ids),
// strategies that removed the same people are one choice with the reason, both pictures are drawn
// at gang level. No page errors; screenshots in en and zh-CN in test-results/client/commander-*.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';
import { checkLayout, formatFindings, watchPageErrors } from '../support/layout-checks.ts';
import { pdfText } from '../support/pdf.ts';

const VIEWPORT = { width: 1366, height: 768 };

interface NetworkState {
  nodes: number;
  largestComponent: number;
  components: number;
  communitiesBroken: number;
  buyersReachable: number;
  relicFlow: boolean;
}
interface Comparison {
  results: Array<{ strategy: string; removed: string[]; before: NetworkState; after: NetworkState }>;
}
interface Report {
  births: number;
  deaths: number;
  merges: number;
  splits: number;
  windows: Array<{ start: number; end: number; communities: number }>;
  gangs: Array<{ id: number; windows: number[]; sizes: number[] }>;
}

let service: DemoService;
let browser: Browser;
let analystToken = '';
let commanderToken = '';
/** The takedowns the analyst ran, newest last: four strategies; chosen people with two strategies. */
const takedowns: Array<{ id: string; comparison: Comparison }> = [];
/** Person id → name, as an analyst reads it. */
const names = new Map<string, string>();

const STATE = 'nodes largestComponent components communitiesBroken buyersReachable relicFlow';

async function waitJob(token: string, id: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { job } = await service.gql<{ job: { status: string } }>(
      token,
      'query($id: ID!) { job(id: $id) { status } }',
      { id },
    );
    if (job.status === 'succeeded') return;
    if (job.status === 'failed' || job.status === 'cancelled') throw new Error(`job ${id} ${job.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`job ${id} did not finish`);
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

const fmt = (lang: string, n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);

/** What checkLayout finds wrong in this test's views: the task panel, the drawer, the page. */
async function ownFindings(p: Page): Promise<string> {
  const mine = (await checkLayout(p, { dataTokens: ['analyst', 'commander'] })).filter((f) =>
    /#task-panel|#drawer|#commander-start|^html|^body|header|page-error/.test(f.where + f.check),
  );
  return formatFindings(mine);
}

/** Non-white pixels sigma drew in one of the before/after pictures (layers flattened in one task). */
function drawn(page: Page, side: 'before' | 'after'): Promise<number> {
  return page.evaluate((s) => {
    const r = (
      window as unknown as {
        __takedownView: {
          before: null | {
            refresh(): void;
            getDimensions(): { width: number; height: number };
            getCanvases(): Record<string, HTMLCanvasElement>;
          };
          after: unknown;
        };
      }
    ).__takedownView[s] as {
      refresh(): void;
      getDimensions(): { width: number; height: number };
      getCanvases(): Record<string, HTMLCanvasElement>;
    } | null;
    if (!r) return 0;
    const { width, height } = r.getDimensions();
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    r.refresh();
    for (const c of Object.values(r.getCanvases())) ctx.drawImage(c, 0, 0, width, height);
    const d = ctx.getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) n++;
    return n;
  }, side);
}

/** The comparison table in the drawer: one row per set of targets, by name, the API's figures. */
async function checkTable(page: Page, comparison: Comparison): Promise<void> {
  // One row per set of targets, the targets by name, the figures as the API has them.
  const sets = new Set(comparison.results.map((r) => [...r.removed].sort().join('|')));
  const rows = page.locator('[data-table="takedown-comparison"] tbody tr');
  await expect.poll(() => rows.count()).toBe(sets.size);
  for (let i = 0; i < sets.size; i++) {
    const row = rows.nth(i);
    const strategies = (await row.locator('[data-strategies]').getAttribute('data-strategies'))!.split(',');
    const r = comparison.results.find((x) => x.strategy === strategies[0])!;
    const text = await row.innerText();
    for (const id of r.removed) expect(text).toContain(names.get(id)!);
    expect(text).not.toMatch(/Person:|P\d\d-\d{4,}/);
    expect(await row.locator('[data-figure="largestComponent"]').innerText()).toContain(
      `${fmt('en', r.before.largestComponent)} → ${fmt('en', r.after.largestComponent)}`,
    );
    expect(await row.locator('[data-figure="components"]').innerText()).toContain(
      `${fmt('en', r.before.components)} → ${fmt('en', r.after.components)}`,
    );
    expect(await row.locator('[data-figure="communitiesBroken"]').innerText()).toBe(
      fmt('en', r.after.communitiesBroken),
    );
  }
}

/** The newest takedown job's comparison (kept in `takedowns`). */
async function latestComparison(): Promise<Comparison> {
  const { jobs } = await service.gql<{ jobs: { items: Array<{ id: string; status: string }> } }>(
    analystToken,
    '{ jobs(kind: "takedown", first: 1) { items { id status } } }',
  );
  const job = jobs.items[0]!;
  if (job.status !== 'succeeded') return { results: [] };
  const { takedownComparison } = await service.gql<{ takedownComparison: Comparison }>(
    commanderToken,
    `query($id: ID!) { takedownComparison(jobId: $id) { results { strategy removed before { ${STATE} } after { ${STATE} } } } }`,
    { id: job.id },
  );
  if (!takedowns.some((t) => t.id === job.id)) takedowns.push({ id: job.id, comparison: takedownComparison });
  return takedownComparison;
}

/** The names of everyone a comparison removes, as an analyst reads them. */
async function learnNames(comparison: Comparison): Promise<void> {
  for (const id of new Set(comparison.results.flatMap((r) => r.removed))) {
    if (names.has(id)) continue;
    const { entity } = await service.gql<{ entity: { name: string } }>(
      analystToken,
      'query($id: ID!) { entity(id: $id) { ... on Person { name } } }',
      { id },
    );
    names.set(id, entity.name);
  }
}

beforeAll(async () => {
  service = await startDemoService(300);
  browser = await launchChromium();
  analystToken = await service.login('analyst');
  commanderToken = await service.login('commander');
  // The gangs the pictures are drawn on and the targets are named from.
  const { detectCommunities } = await service.gql<{ detectCommunities: { id: string } }>(
    analystToken,
    'mutation { detectCommunities(input: { seed: 42 }) { id } }',
  );
  await waitJob(analystToken, detectCommunities.id);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('analyst: takedown and gang evolution', () => {
  it('starts a takedown from the task panel and reads the comparison by name', async () => {
    const { page, errors } = await newPage('en');
    await signIn(page, service.base, 'analyst');
    await page.click('#task-takedown');
    await page.fill('#takedown-k', '3');
    await page.click('#run-takedown');
    await page.locator('#takedown-comparison').waitFor({ timeout: 120_000 });

    const comparison = await latestComparison();
    expect(comparison.results.map((r) => r.strategy).sort()).toEqual(
      ['betweenness', 'brokers', 'degree', 'greedy'].sort(),
    );
    await learnNames(comparison);
    await checkTable(page, comparison);
    await screenshot(page, 'commander-analyst-comparison-en');
    expect(await ownFindings(page)).toBe('');

    // Again with the people "most connected" chose, found by typing their names: the chosen
    // people and "most connected" remove the same people and are one row, with the reason.
    const chosen = comparison.results.find((r) => r.strategy === 'degree')!.removed;
    for (const id of chosen) {
      await page.fill('#takedown-search', '');
      await page.locator('#takedown-search').pressSequentially(names.get(id)!, { delay: 30 });
      await page.locator(`#takedown-search-results li[data-id="${id}"]`).click({ timeout: 20_000 });
    }
    expect(await page.locator('#takedown-people li').count()).toBe(chosen.length);
    for (const s of ['betweenness', 'brokers']) await page.uncheck(`input[name="strategy"][value="${s}"]`);
    await page.click('#run-takedown');
    await expect.poll(async () => (await latestComparison()).results.length, { timeout: 120_000 }).toBe(3);
    const second = await latestComparison();
    await learnNames(second);
    await expect
      .poll(
        () =>
          page
            .locator('[data-table="takedown-comparison"] [data-strategies]')
            .first()
            .getAttribute('data-strategies'),
        { timeout: 60_000 },
      )
      .toContain('given');
    await checkTable(page, second);
    const merged = await page
      .locator('#takedown-merged li')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.strategies!.split(',')));
    expect(merged.some((m) => m.includes('given') && m.includes('degree'))).toBe(true);
    await screenshot(page, 'commander-analyst-merged-en');
    expect(await ownFindings(page)).toBe('');
    expect(errors.drain()).toEqual([]);
    await page.close();
  }, 300_000);

  it('draws the evolution picture with exactly the report’s bands and sizes', async () => {
    const { page, errors } = await newPage('en');
    await signIn(page, service.base, 'analyst');
    // The data's time span, from the run's gangs.
    const { communities } = await service.gql<{
      communities: { items: Array<{ firstAt: number | null; lastAt: number | null }> };
    }>(analystToken, '{ communities(first: 500) { items { firstAt lastAt } } }');
    const first = Math.min(...communities.items.map((c) => c.firstAt ?? Infinity));
    const last = Math.max(...communities.items.map((c) => c.lastAt ?? -Infinity));
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    await page.click('#task-evolution');
    await page.fill('#evolution-from', day(first));
    await page.fill('#evolution-to', day(last + 86_400_000));
    await page.fill('#evolution-window', '730');
    await page.fill('#evolution-step', '365');
    await page.click('#run-evolution');
    await page.locator('#evolution-svg').waitFor({ timeout: 180_000 });

    const jobId = await page.getAttribute('#evolution-picture', 'data-job');
    const { evolutionReport: report } = await service.gql<{ evolutionReport: Report }>(
      analystToken,
      `query($id: ID!) { evolutionReport(jobId: $id) { births deaths merges splits
        windows { start end communities } gangs { id windows sizes } } }`,
      { id: jobId },
    );
    expect(report.windows.length).toBeGreaterThan(1);
    expect(report.gangs.length).toBeGreaterThan(0);

    const summary = await page.innerText('#evolution-summary');
    for (const n of [report.windows.length, report.births, report.deaths, report.merges, report.splits])
      expect(summary).toContain(fmt('en', n));

    // Per window: the gangs alive in it, as the report has them.
    const alive = report.windows.map((_, w) => report.gangs.filter((g) => g.windows.includes(w)));
    const columns = await page
      .locator('[data-column]')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.gangs)));
    expect(columns).toEqual(alive.map((a) => a.length));

    const bands = () =>
      page.locator('.evo-band').evaluateAll((els) =>
        els.map((e) => ({
          gang: Number((e as SVGGElement).dataset.gang),
          segments: [...e.querySelectorAll('rect')].map((r) => [
            Number(r.getAttribute('data-window')),
            Number(r.getAttribute('data-size')),
          ]),
        })),
      );
    const expectBands = (drawnBands: Awaited<ReturnType<typeof bands>>) => {
      for (const b of drawnBands) {
        const g = report.gangs.find((x) => x.id === b.gang)!;
        expect(b.segments).toEqual(g.windows.map((w, i) => [w, g.sizes[i]]));
      }
    };

    // The largest (default): every band is the report's; the rest are counted under each window.
    const largest = await bands();
    expect(largest.length).toBe(Math.min(20, report.gangs.length));
    expectBands(largest);
    const others = await page.locator('[data-other-window]').evaluateAll((els) =>
      els.map((e) => ({
        w: Number((e as SVGElement).dataset.otherWindow),
        count: Number((e as SVGElement).dataset.count),
        size: Number((e as SVGElement).dataset.size),
      })),
    );
    for (const o of others) {
      const shown = new Set(largest.map((b) => b.gang));
      const rest = alive[o.w]!.filter((g) => !shown.has(g.id));
      expect(o.count).toBe(rest.length);
      expect(o.size).toBe(rest.reduce((s, g) => s + g.sizes[g.windows.indexOf(o.w)]!, 0));
    }
    // Heights on one scale: band height / size is the same everywhere.
    const ratios = await page
      .locator('.evo-band rect')
      .evaluateAll((els) =>
        els.map((r) => Number(r.getAttribute('height')) / Number(r.getAttribute('data-size'))),
      );
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 3);

    // Labels do not overlap.
    const boxes = await page
      .locator('.evo-label')
      .evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox()));
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const meet =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(meet, `labels ${i} and ${j} overlap`).toBe(false);
      }

    // A band opens its gang: the card's sizes per window are the report's.
    await page.locator('.evo-band').first().locator('rect').first().click();
    await page.locator('#evolution-card').waitFor();
    const band = Number(await page.getAttribute('#evolution-card', 'data-gang'));
    const g = report.gangs.find((x) => x.id === band)!;
    const sizes = await page
      .locator('#evolution-card-sizes tbody td.num')
      .evaluateAll((els) => els.map((e) => e.textContent));
    expect(sizes).toEqual(g.sizes.map((s) => fmt('en', s)));
    await screenshot(page, 'commander-evolution-en');
    expect(await ownFindings(page)).toBe('');

    // Every gang as its own band.
    await page.selectOption('#evolution-shown', '0');
    await expect.poll(async () => (await bands()).length).toBe(report.gangs.length);
    expectBands(await bands());
    expect(await page.locator('[data-other-window]').count()).toBe(0);

    await page.selectOption('#language', 'zh-CN');
    await page.selectOption('#evolution-shown', '20');
    await page.waitForTimeout(500);
    expect(await page.innerText('#evolution-picture')).toContain('合并');
    await screenshot(page, 'commander-evolution-zh-CN');
    expect(await ownFindings(page)).toBe('');
    expect(errors.drain()).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('commander: the before/after view', () => {
  /** Checks the figures, targets and choices of the before/after view against the API. */
  async function checkBeforeAfter(page: Page, lang: string, comparison: Comparison): Promise<void> {
    await page.locator('#takedown-before-after').waitFor({ timeout: 60_000 });
    const sets = new Map<string, string[]>();
    for (const r of comparison.results) {
      const key = [...r.removed].sort().join('|');
      sets.set(key, [...(sets.get(key) ?? []), r.strategy]);
    }
    const choices = page.locator('.ba-choice');
    await expect.poll(() => choices.count()).toBe(sets.size);
    for (let i = 0; i < sets.size; i++) {
      await choices.nth(i).click();
      const strategies = (await choices.nth(i).getAttribute('data-strategies'))!.split(',');
      // Identical strategies merged: the choice stands for every strategy with these targets.
      const r = comparison.results.find((x) => x.strategy === strategies[0])!;
      const same = sets.get([...r.removed].sort().join('|'))!;
      expect(strategies.sort()).toEqual([...same].sort());
      if (same.length > 1) await expect.poll(() => page.locator('#takedown-reason').isVisible()).toBe(true);
      else expect(await page.locator('#takedown-reason').count()).toBe(0);

      const cell = (figure: string, side: string) =>
        page.innerText(`#takedown-figures tr[data-figure="${figure}"] td[data-side="${side}"]`);
      for (const f of ['largestComponent', 'components', 'buyersReachable'] as const) {
        expect(await cell(f, 'before')).toBe(fmt(lang, r.before[f]));
        expect(await cell(f, 'after')).toBe(fmt(lang, r.after[f]));
      }
      expect(await cell('communitiesBroken', 'after')).toBe(fmt(lang, r.after.communitiesBroken));
      const yes = lang === 'en' ? 'Yes' : '是';
      const no = lang === 'en' ? 'No' : '否';
      expect(await cell('relicFlow', 'before')).toBe(r.before.relicFlow ? yes : no);
      expect(await cell('relicFlow', 'after')).toBe(r.after.relicFlow ? yes : no);

      const targets = await page.locator('#takedown-targets li').allInnerTexts();
      expect(targets.length).toBe(r.removed.length);
      for (const id of r.removed) expect(targets.join('\n')).toContain(names.get(id)!);
      const text = await page.innerText('#drawer');
      expect(text).not.toMatch(/Person:|P\d\d-\d{4,}/);

      // Both pictures drawn at gang level; after: the targets gone, their gangs smaller.
      const state = (side: 'before' | 'after') =>
        page.evaluate(
          (s) =>
            (
              window as unknown as {
                __takedownView: {
                  state(s: string): {
                    gangs: Array<{ label: string; members: number; hit: boolean }>;
                    targets: string[];
                  } | null;
                };
              }
            ).__takedownView.state(s),
          side,
        );
      await expect.poll(async () => (await state('after'))?.gangs.length ?? 0).toBeGreaterThan(0);
      const before = (await state('before'))!;
      const after = (await state('after'))!;
      expect(after.targets).toEqual([]);
      expect(before.targets.length).toBeGreaterThan(0);
      expect(after.gangs.length).toBe(before.gangs.length);
      const lost =
        before.gangs.reduce((s, g) => s + g.members, 0) - after.gangs.reduce((s, g) => s + g.members, 0);
      expect(lost).toBe(before.targets.length);
      expect(await drawn(page, 'before')).toBeGreaterThan(500);
      expect(await drawn(page, 'after')).toBeGreaterThan(500);
    }
  }

  it('reaches the before/after view without read:entities, figures as the API has them', async () => {
    const { page, errors } = await newPage('en');
    await signIn(page, service.base, 'commander');
    const { me } = await service.gql<{ me: { permissions: string[] } }>(
      commanderToken,
      '{ me { permissions } }',
    );
    expect(me.permissions).not.toContain('read:entities');

    const latest = takedowns.at(-1)!.comparison;
    const older = takedowns[0]!.comparison;
    expect(takedowns.length).toBe(2);

    // From the start screen when it shows the commander's start (the latest takedown).
    await page.waitForTimeout(1000);
    if (await page.locator('#commander-start').count()) {
      await page.locator('#commander-before-after').waitFor({ timeout: 60_000 });
      const start = await page.innerText('#commander-start');
      expect(latest.results.some((r) => r.removed.some((id) => start.includes(names.get(id)!)))).toBe(true);
      expect(start).not.toMatch(/Person:|P\d\d-\d{4,}/);
      await screenshot(page, 'commander-start-en');
      expect(await ownFindings(page)).toBe('');
      await page.click('#commander-before-after');
      await checkBeforeAfter(page, 'en', latest);
    }

    // From the Takedown task: the latest takedown, then the older one from the list.
    await page.click('#task-takedown');
    await page.locator('#takedown-open-picture').waitFor({ timeout: 60_000 });
    await page.click('#takedown-open-picture');
    await checkBeforeAfter(page, 'en', latest);
    await page.waitForTimeout(500);
    await screenshot(page, 'commander-before-after-merged-en');
    expect(await ownFindings(page)).toBe('');

    await page.click('#takedown-jobs li:nth-child(2) button');
    await expect
      .poll(() => page.getAttribute('#takedown-jobs li:nth-child(2) button', 'aria-pressed'))
      .toBe('true');
    await page.locator('#takedown-open-picture').waitFor({ timeout: 60_000 });
    await page.click('#takedown-open-picture');
    await checkBeforeAfter(page, 'en', older);
    await page.waitForTimeout(500);
    await screenshot(page, 'commander-before-after-en');
    expect(await ownFindings(page)).toBe('');

    await page.selectOption('#language', 'zh-CN');
    await page.waitForTimeout(800);
    expect(await page.innerText('#takedown-figures')).toContain('最大连通团体');
    await checkBeforeAfter(page, 'zh-CN', older);
    await page.waitForTimeout(500);
    await screenshot(page, 'commander-before-after-zh-CN');
    expect(await ownFindings(page)).toBe('');

    await page.click('#takedown-open-table');
    await page.locator('#takedown-comparison').waitFor();
    await screenshot(page, 'commander-comparison-zh-CN');
    expect(await ownFindings(page)).toBe('');
    expect(errors.drain()).toEqual([]);
    await page.close();
  }, 240_000);
});

describe('commander: the briefing export', () => {
  /** Fills the export dialog, saves the PDF it downloads and reads it back. */
  async function exportFrom(page: Page, opts: { marking: string; language: string; paper: string }) {
    await page.locator('#briefing-dialog').waitFor();
    await page.fill('#briefing-case', '西公刑〔2026〕0117号');
    await page.fill('#briefing-unit', '刑事侦查支队 Criminal Investigation Unit');
    await page.selectOption('#briefing-marking', opts.marking);
    await page.selectOption('#briefing-paper', opts.paper);
    await page.selectOption('#briefing-language', opts.language);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.click('#briefing-submit');
    await page.locator('#briefing-progress').waitFor({ timeout: 10_000 });
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      void file.createReadStream().then((s) => {
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', () => resolve(Buffer.concat(chunks)));
        s.on('error', reject);
      });
    });
    await expect.poll(() => page.locator('#briefing-dialog').count()).toBe(0);
    return pdfText(new Uint8Array(bytes));
  }

  it('exports a marked briefing from the start screen in the chosen language, the takedown by name', async () => {
    const { page, errors } = await newPage('zh-CN');
    await signIn(page, service.base, 'commander');
    await page.locator('#commander-briefing').waitFor({ timeout: 60_000 });
    expect(await page.innerText('#commander-briefing')).toBe('导出研判简报');
    await page.click('#commander-briefing');
    await page.locator('#briefing-dialog').waitFor();
    // The dialog offers the latest takedown, and says the commander reads at gang level.
    await page.locator('#briefing-takedown').waitFor({ timeout: 30_000 });
    expect(await page.innerText('#briefing-dialog')).toContain('团伙层面');
    await screenshot(page, 'commander-briefing-dialog-zh-CN');
    expect(await ownFindings(page)).toBe('');
    const zh = await exportFrom(page, { marking: 'SECRET', language: 'zh_CN', paper: 'A4' });
    expect(zh.pages).toBeGreaterThan(2);
    for (const page of zh.compact) expect(page).toContain('机密★');
    expect(zh.compact.join('')).toContain('西公刑〔2026〕0117号');
    expect(zh.compact.join('')).toMatch(/团伙/);
    // Gang level: no names, no ids, no epoch numbers.
    const all = zh.text.join('\n');
    expect(all).not.toMatch(/Person:|P\d\d-\d{4,}|\b1[5-9]\d{11}\b/);
    for (const name of names.values()) expect(all).not.toContain(name);

    // In English, from the same dialog opened again with the UI in English.
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('#commander-briefing');
    await page.locator('#briefing-dialog').waitFor();
    await screenshot(page, 'commander-briefing-dialog-en');
    expect(await ownFindings(page)).toBe('');
    const en = await exportFrom(page, { marking: 'CONFIDENTIAL', language: 'en', paper: 'LETTER' });
    for (const page of en.text) expect(page).toContain('CONFIDENTIAL');
    expect(en.text.join('\n')).not.toMatch(/Person:|P\d\d-\d{4,}|\b1[5-9]\d{11}\b/);
    expect(errors.drain()).toEqual([]);
    await page.close();
  }, 300_000);
});
