// Links and their evidence in real Chromium against the demo service (300 people) at 1366x768: a
// detective opens a person by search, expands, hovers and clicks a link on the canvas (at its
// midpoint, from the renderer's graphToViewport of its ends) and reads its type and every source
// record the evidence API has for it; a call summary lists its calls; two selected entities show
// why they are linked. No id, epoch number or UUID outside the identifiers sections; both
// languages. Screenshots in test-results/client/links-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enCommon from '../../client/src/i18n/locales/en.json' with { type: 'json' };
import zhCommon from '../../client/src/i18n/locales/zh-CN.json' with { type: 'json' };
import {
  launchChromium,
  screenshot,
  signIn,
  startDemoService,
  type DemoService,
} from '../support/browser.ts';

const VIEWPORT = { width: 1366, height: 768 };

interface Hook {
  __crimegraph?: {
    state(): { order: number; size: number; nodes: string[]; selected: string[] };
    graph: {
      forEachEdge(cb: (e: string, a: { relType: string }, s: string, t: string) => void): void;
      forEachNode(cb: (n: string, a: { x: number; y: number }) => void): void;
      getNodeAttributes(n: string): { x: number; y: number };
      extremities(e: string): [string, string];
    };
    renderer: {
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getNodeDisplayData(n: string): { size: number } | undefined;
      scaleSize(s: number): number;
      getCamera(): { isAnimated(): boolean };
      getDimensions(): { width: number; height: number };
    };
    canvas: { view: { selectedEdge: string | null } };
  };
}

interface WhyEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  evidence: { sources: string[] };
}
interface WhyItem {
  via: { id: string; type: string } | null;
  edges: WhyEdge[];
  sources: string[];
}

let service: DemoService;
let browser: Browser;
let page: Page;
let token = '';
let person = { id: '', label: '', name: '' };
let phone = '';

/** An API call; a TIMEOUT (a loaded machine, a cold database) is tried again twice. */
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await service.gql<T>(token, query, variables);
    } catch (err) {
      if (attempt >= 3 || !String(err).includes('"TIMEOUT"')) throw err;
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}

const WHY = `query($a: ID!, $b: ID!, $after: String) { why(a: $a, b: $b, first: 100, after: $after) {
  nextCursor items { via { id type } sources edges { id type source target directed evidence { sources } } } } }`;

/** Every evidence item between a and b, all pages. */
async function whyAll(a: string, b: string): Promise<WhyItem[]> {
  const out: WhyItem[] = [];
  let after: string | null = null;
  do {
    const d: { why: { items: WhyItem[]; nextCursor: string | null } } = await gql(WHY, { a, b, after });
    out.push(...d.why.items);
    after = d.why.nextCursor;
  } while (after);
  return out;
}

const derived = (s: string) => s.startsWith('derived:');

/**
 * The source records of one link as the API has them: its own sources, and for a call summary
 * (CALLS, derived:calls) the records of each call in its direction.
 */
function expectedRefs(items: WhyItem[], edgeId: string): { type: string; refs: Set<string>; calls: number } {
  const edge = items.flatMap((i) => (i.via ? [] : i.edges)).find((e) => e.id === edgeId);
  expect(edge, `the API knows link ${edgeId}`).toBeDefined();
  const refs = new Set(edge!.evidence.sources.filter((s) => !derived(s)));
  let calls = 0;
  if (edge!.type === 'CALLS' && edge!.evidence.sources.some(derived))
    for (const i of items) {
      if (i.via?.type !== 'Call') continue;
      const from = i.edges.find((e) => e.type === 'FROM')?.target;
      const to = i.edges.find((e) => e.type === 'TO')?.target;
      if (from !== edge!.source || to !== edge!.target) continue;
      calls++;
      i.sources.filter((s) => !derived(s)).forEach((s) => refs.add(s));
    }
  return { type: edge!.type, refs, calls };
}

async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const h = (window as unknown as Hook).__crimegraph;
    return !!h && !h.renderer.getCamera().isAnimated();
  });
  await p.waitForTimeout(300);
}

/** Ids, keys, epoch numbers, UUIDs, record references: none may show outside identifiers. */
const ID_LIKE = [
  /\b(Person|Phone|Vehicle|Relic|Site|Case|Sale|Call|Sighting|Community|Group):\S+/,
  /\b[A-Z]{1,3}\d{2}-{1,2}\d{6,}\b/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  /\b1\d{12}\b/,
  /\b\w+:\d+#\d+\b/,
  /\b\d{15,18}[\dX]?\b/,
];

/** Visible text of `selector` without its identifiers sections (and without hidden elements). */
async function textOutsideIdentifiers(p: Page, selector: string): Promise<string> {
  return p.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return '';
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-identifiers], [hidden], script, style').forEach((n) => n.remove());
    return clone.innerText ?? clone.textContent ?? '';
  }, selector);
}

async function expectNoIds(p: Page, selector: string, what: string): Promise<void> {
  const text = await textOutsideIdentifiers(p, selector);
  expect(text.length, `${what}: some text`).toBeGreaterThan(0);
  for (const re of ID_LIKE) expect(text, `${what}: ${re}`).not.toMatch(re);
  // No catalogue key shown raw.
  expect(text, `${what}: raw keys`).not.toMatch(/\b(details|field|record|why|role|section|value)\.[a-zA-Z]/);
}

/** A drawn link whose midpoint lies clear of every node, with where that midpoint is on the page. */
async function clearLink(
  p: Page,
  type?: string,
): Promise<{ edge: string; x: number; y: number; s: string; t: string }> {
  const found = await p.evaluate((want) => {
    const h = (window as unknown as Hook).__crimegraph!;
    const r = h.renderer;
    const g = h.graph;
    const { width, height } = r.getDimensions();
    const nodes: Array<{ n: string; x: number; y: number; r: number }> = [];
    g.forEachNode((n, a) => {
      const v = r.graphToViewport(a);
      nodes.push({ n, x: v.x, y: v.y, r: r.scaleSize(r.getNodeDisplayData(n)?.size ?? 5) });
    });
    let best: { edge: string; x: number; y: number; s: string; t: string; clear: number } | null = null;
    g.forEachEdge((edge, a, s, t) => {
      if (want && a.relType !== want) return;
      const ps = r.graphToViewport(g.getNodeAttributes(s));
      const pt = r.graphToViewport(g.getNodeAttributes(t));
      const x = (ps.x + pt.x) / 2;
      const y = (ps.y + pt.y) / 2;
      if (x < 20 || y < 20 || x > width - 20 || y > height - 20) return;
      const clear = Math.min(...nodes.map((m) => Math.hypot(m.x - x, m.y - y) - m.r));
      if (!best || clear > best.clear) best = { edge, x, y, s, t, clear };
    });
    return best as { edge: string; x: number; y: number; s: string; t: string; clear: number } | null;
  }, type ?? null);
  expect(found, `a ${type ?? ''} link on the canvas`).not.toBeNull();
  expect(found!.clear, 'its midpoint is clear of the nodes').toBeGreaterThan(8);
  const box = (await p.locator('#stage').boundingBox())!;
  return { edge: found!.edge, s: found!.s, t: found!.t, x: box.x + found!.x, y: box.y + found!.y };
}

/** The page position of a node's centre. */
async function nodeAt(p: Page, id: string): Promise<{ x: number; y: number }> {
  const v = await p.evaluate((n) => {
    const h = (window as unknown as Hook).__crimegraph!;
    return h.renderer.graphToViewport(h.graph.getNodeAttributes(n));
  }, id);
  const box = (await p.locator('#stage').boundingBox())!;
  return { x: box.x + v.x, y: box.y + v.y };
}

const selectedEdge = (p: Page) =>
  p.evaluate(() => (window as unknown as Hook).__crimegraph!.canvas.view.selectedEdge);

/** Clicks a link at its midpoint; returns the link selected (an overlapping twin may win). */
async function clickLink(
  p: Page,
  link: { edge: string; x: number; y: number; s: string; t: string },
): Promise<string> {
  await p.mouse.move(link.x - 30, link.y - 30);
  await p.mouse.move(link.x, link.y, { steps: 4 });
  await p.waitForSelector('#link-tooltip', { timeout: 5_000 });
  await p.mouse.click(link.x, link.y);
  await expect.poll(() => selectedEdge(p), { timeout: 5_000 }).not.toBeNull();
  const chosen = (await selectedEdge(p))!;
  const ends = await p.evaluate(
    (e) => (window as unknown as Hook).__crimegraph!.graph.extremities(e),
    chosen,
  );
  expect(new Set(ends), 'the link clicked joins the same two entities').toEqual(new Set([link.s, link.t]));
  await p.waitForSelector(`.details[data-kind="link"][data-edge="${chosen}"] #details-records .count`, {
    timeout: 20_000,
  });
  return chosen;
}

/** The source records the panel lists for the selected link: attributes and visible lines. */
async function panelRefs(p: Page): Promise<{ cards: Set<string>; lines: Set<string>; idents: Set<string> }> {
  // Arrays out of the page (a Set does not cross page.evaluate), sets here.
  const raw = await p.evaluate(() => {
    const root = document.querySelector('#details-records')!;
    const cards = [...root.querySelectorAll<HTMLElement>('.record[data-refs]')].flatMap((c) =>
      (c.dataset.refs ?? '').split(' ').filter(Boolean),
    );
    const lines = [...root.querySelectorAll<HTMLElement>('li[data-source]')].map((l) => l.dataset.source!);
    const idents = [...root.querySelectorAll<HTMLElement>('[data-identifiers] [data-source-ref]')].map(
      (l) => l.textContent!,
    );
    return { cards, lines, idents };
  });
  return { cards: new Set(raw.cards), lines: new Set(raw.lines), idents: new Set(raw.idents) };
}

beforeAll(async () => {
  service = await startDemoService(300);
  token = await service.login('detective');
  // A person with a phone that has calls to other phones, and at least three links.
  for (const q of ['王', '李', '张', '刘', '陈', '杨', '赵', 'wang', 'li', 'zhang']) {
    const d = await gql<{
      search: {
        items: Array<{ entity: { id: string; type: string; label: string; properties: { name?: string } } }>;
      };
    }>(
      'query($q: String!) { search(query: $q, types: ["Person"], first: 20) { items { entity { id type label properties } } } }',
      { q },
    );
    for (const { entity } of d.search.items) {
      // Cheap first: the person's phone contacts (who called whom), then the phones they use.
      const c = await gql<{ contacts: { items: Array<{ caller: { id: string }; callee: { id: string } }> } }>(
        'query($id: ID!) { contacts(id: $id, first: 10) { items { caller { id } callee { id } } } }',
        { id: entity.id },
      );
      if (c.contacts.items.length < 2) continue;
      const uses = await gql<{ neighbourhood: { nodes: Array<{ id: string; type: string }> } }>(
        'query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 1, relTypes: ["USES"] }) { nodes { id type } } }',
        { id: entity.id },
      );
      const phones = uses.neighbourhood.nodes.filter((x) => x.type === 'Phone').map((x) => x.id);
      const calling = phones.find(
        (ph) => c.contacts.items.filter((i) => i.caller.id === ph || i.callee.id === ph).length >= 2,
      );
      if (!calling) continue;
      const n = await gql<{ neighbourhood: { nodes: unknown[]; edges: unknown[] } }>(
        'query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 1 }) { nodes { id } edges { id } } }',
        { id: entity.id },
      );
      if (n.neighbourhood.edges.length < 3 || n.neighbourhood.nodes.length > 30) continue;
      phone = calling;
      person = { id: entity.id, label: entity.label, name: entity.properties.name ?? entity.label };
      break;
    }
    if (phone) break;
  }
  expect(phone, 'a person with a phone that calls').not.toBe('');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(() => {
    if (!localStorage.getItem('crimegraph.lang')) localStorage.setItem('crimegraph.lang', 'en');
  });
  await signIn(page, service.base, 'detective');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('links and their evidence', () => {
  it('opens a person by search and reads their details, ids only under Identifiers', async () => {
    await page.fill('#search', person.label);
    const option = page.locator(`#search-results li[data-id="${person.id}"]`);
    await option.waitFor({ timeout: 20_000 });
    await option.dispatchEvent('mousedown');
    await page.waitForSelector('.details[data-kind="entity"] #details-facts', { timeout: 20_000 });
    await settle(page);
    const title = (await page.textContent('#details-title'))!;
    expect(title).toContain(person.name);
    expect(await page.textContent('#details-type')).toBe(enCommon.entity.Person);
    // The source records in words; their references and the id only in the collapsed section.
    await page.waitForSelector('#details-provenance li[data-source]');
    const ids = page.locator('#details-identifiers');
    expect(await ids.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await ids.textContent()).toContain(person.id);
    await expectNoIds(page, '#details', 'person details');
    await screenshot(page, 'links-01-person-en');
  });

  it('expands the person and clicks a link at its midpoint: type and every source record', async () => {
    const api = await gql<{ neighbourhood: { nodes: unknown[]; edges: unknown[] } }>(
      'query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 1 }) { nodes { id } edges { id } } }',
      { id: person.id },
    );
    await page.click('#details-expand');
    await page.waitForFunction(
      (n) => (window as unknown as Hook).__crimegraph!.state().order >= n,
      api.neighbourhood.nodes.length,
      { timeout: 30_000 },
    );
    await settle(page);
    const link = await clearLink(page);
    // Hovering shows a short summary: its type and both ends by caption.
    await page.mouse.move(link.x - 30, link.y - 30);
    await page.mouse.move(link.x, link.y, { steps: 4 });
    await page.waitForSelector('#link-tooltip', { timeout: 5_000 });
    await expectNoIds(page, '#link-tooltip', 'link tooltip');
    await screenshot(page, 'links-02-hover-en');
    const chosen = await clickLink(page, link);
    const [s, t] = await page.evaluate(
      (e) => (window as unknown as Hook).__crimegraph!.graph.extremities(e),
      chosen,
    );
    const expected = expectedRefs(await whyAll(s, t), chosen);
    expect(await page.textContent('#details-title')).toBe(
      enCommon.rel[expected.type as keyof typeof enCommon.rel],
    );
    const shown = await panelRefs(page);
    expect(expected.refs.size).toBeGreaterThan(0);
    expect(shown.cards).toEqual(expected.refs);
    expect(shown.lines).toEqual(expected.refs);
    expect(shown.idents).toEqual(expected.refs);
    await expectNoIds(page, '#details', 'link details');
    await screenshot(page, 'links-03-link-en');
  });

  it('a call summary lists each call with its own records', async () => {
    await page.evaluate((id) => {
      const h = (window as unknown as { __crimegraph: { canvas: { select(ids: string[]): void } } })
        .__crimegraph;
      h.canvas.select([id]);
    }, phone);
    await page.waitForSelector('.details[data-kind="entity"][data-type="Phone"] #details-expand');
    await page.click('#details-expand');
    await page.waitForFunction(
      () => {
        let calls = 0;
        (window as unknown as Hook).__crimegraph!.graph.forEachEdge(
          (_e, a) => void (a.relType === 'CALLS' && calls++),
        );
        return calls >= 2;
      },
      null,
      { timeout: 30_000 },
    );
    await settle(page);
    const link = await clearLink(page, 'CALLS');
    const chosen = await clickLink(page, link);
    const [s, t] = await page.evaluate(
      (e) => (window as unknown as Hook).__crimegraph!.graph.extremities(e),
      chosen,
    );
    const expected = expectedRefs(await whyAll(s, t), chosen);
    expect(expected.type).toBe('CALLS');
    expect(expected.calls).toBeGreaterThan(0);
    const calls = await page.locator('#details-records .record[data-record-kind="call"]').count();
    // Up to 100 calls on the first page; a summary of more offers the rest.
    expect(calls).toBe(Math.min(expected.calls, 100));
    const shown = await panelRefs(page);
    if (expected.calls <= 100) expect(shown.cards).toEqual(expected.refs);
    expect(await page.textContent('#details-title')).toBe(enCommon.rel.CALLS);
    await expectNoIds(page, '#details', 'call summary');
    await screenshot(page, 'links-04-calls-en');
  });

  it('two selected entities: why are these linked, every evidence item', async () => {
    const link = await clearLink(page);
    const a = await nodeAt(page, link.s);
    const b = await nodeAt(page, link.t);
    await page.waitForTimeout(600); // not a double click with the last one
    await page.mouse.click(a.x, a.y);
    await page.waitForTimeout(600);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await page.waitForSelector('.details[data-kind="selection"] #why-linked');
    expect(await page.textContent('#selection-counts')).toMatch(/\d/);
    await page.click('#why-linked');
    await page.waitForSelector('#why-panel h3 .count', { timeout: 20_000 });
    const items = await whyAll(link.s, link.t);
    expect(items.length).toBeGreaterThan(0);
    expect(await page.textContent('#why-panel h3 .count')).toBe(String(Math.min(items.length, 50)));
    const shown = await page.locator('#why-items .record').count();
    expect(shown).toBe(Math.min(items.length, 8));
    const refs = await page.$$eval('#why-items .record', (els) =>
      els.map((e) => (e as HTMLElement).dataset.refs ?? ''),
    );
    refs.forEach((r, i) =>
      expect(new Set(r.split(' ').filter(Boolean)), `item ${i + 1}`).toEqual(
        new Set(items[i]!.sources.filter((s) => !derived(s))),
      ),
    );
    if (items.length > 8) {
      // A long answer opens as a table in the drawer.
      await page.waitForSelector('#drawer [data-table="why-linked"]', { timeout: 5_000 });
    }
    await expectNoIds(page, '#details', 'why linked');
    await screenshot(page, 'links-05-why-en');
  });

  it('reads the same in Chinese', async () => {
    await page.selectOption('#language', 'zh-CN');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.waitForTimeout(300);
    await expectNoIds(page, '#details', 'why linked (zh-CN)');
    expect(await page.textContent('#why-linked')).toBe('为什么关联?');
    await screenshot(page, 'links-06-why-zh');
    const link = await clearLink(page);
    const chosen = await clickLink(page, link);
    const type = await page.evaluate(
      (e) =>
        (
          window as unknown as { __crimegraph: { graph: { getEdgeAttribute(e: string, k: string): string } } }
        ).__crimegraph.graph.getEdgeAttribute(e, 'relType'),
      chosen,
    );
    expect(await page.textContent('#details-title')).toBe(zhCommon.rel[type as keyof typeof zhCommon.rel]);
    const text = await textOutsideIdentifiers(page, '#details');
    for (const word of ['关系', '时间跨度', '置信度', '来源记录']) expect(text).toContain(word);
    await expectNoIds(page, '#details', 'link details (zh-CN)');
    await screenshot(page, 'links-07-link-zh');
    // Back to English for whoever runs next in this browser.
    await page.selectOption('#language', 'en');
  });
});
