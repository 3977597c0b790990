// The commander's briefing through the GraphQL API, on the demo seed: rendered in Chinese for an
// analyst and in English for a commander, read back as text (pdf.js in Node) and as PNG pages
// (pdf.js in real Chromium). Checked: the marking on every page, page x of y, embedded Noto Sans SC
// subsets, the Chinese title and gang headings, every key player by name for the analyst and no
// person names for the commander, the takedown figures equal to takedownComparison's, strategies
// with the same targets reported as one, the appendix's modularity equal to the run's, no ids or
// epoch numbers, the market-cluster rule against the seed's planted roles, the audit entry, and
// who may export.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBriefing, checkRequest } from '../../server/features/briefing/service.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { launchChromium } from '../support/browser.ts';
import { resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';
import { pdfPagesToPng, pdfText, type PdfText } from '../support/pdf.ts';

const SEED = { people: 800, seed: 5 };
const OUT = path.join(ROOT, 'test-results', 'briefing');

let api: TestApi;
let analyst: string;
let commander: string;
let detective: string;
let runId: string;
let takedownJobId: string;
let browser: Browser | undefined;

interface File {
  filename: string;
  mimeType: string;
  byteSize: number;
  pages: number;
  sha256: string;
  auditReference: string;
  namesShown: boolean;
  content: string;
}
interface Comparison {
  results: Array<{
    strategy: string;
    removed: string[];
    before: Record<string, number | boolean>;
    after: Record<string, number | boolean>;
  }>;
}
interface Player {
  id: string;
  name: string | null;
  community: number;
}

const EXPORT = `mutation($input: BriefingInput!) { exportBriefing(input: $input) {
  filename mimeType byteSize pages sha256 auditReference namesShown content } }`;

async function exportBriefing(input: Record<string, unknown>, token?: string) {
  return api.gql<{ exportBriefing: File }>(EXPORT, { input }, token);
}

async function waitJob(id: string): Promise<void> {
  const done = await api.services.jobs().wait(id);
  expect(done.status, String(done.error)).toBe('succeeded');
}

const INPUT = { caseReference: '陕公刑〔2026〕117号', unit: '陕西省公安厅刑侦总队文物犯罪侦查支队' };

let zh: { file: File; pdf: Buffer; text: PdfText };
let en: { file: File; pdf: Buffer; text: PdfText };
let comparison: Comparison;
let modularity: number;
const auditEvents: Array<Record<string, unknown>> = [];

const compact = (s: string) => s.replace(/\s+/g, '');
const all = (t: PdfText) => t.compact.join('');

beforeAll(async () => {
  api = await startTestApi();
  const db = api.services.db();
  await resetData(db);
  await loadSeedNetwork(db, SEED);
  analyst = await api.tokenFor('analyst');
  commander = await api.tokenFor('commander');
  detective = await api.tokenFor('detective');
  const jobs = api.services.jobs();
  // Two runs, so the briefing has a previous one to compare with.
  const first = await jobs.submit('communities', { seed: 3 }, 'test');
  await waitJob(first.id);
  const second = await jobs.submit('communities', { seed: 7 }, 'test');
  await waitJob(second.id);
  runId = (await jobs.get(second.id)).runId!;
  const takedown = await jobs.submit(
    'takedown',
    { k: 3, strategies: ['betweenness', 'brokers', 'degree', 'greedy'] },
    'test',
  );
  await waitJob(takedown.id);
  takedownJobId = takedown.id;
  const c = await api.gql<{ takedownComparison: Comparison }>(
    `query($id: ID!) { takedownComparison(jobId: $id) { results { strategy removed
      before { nodes largestComponent components communitiesBroken buyersReachable relicFlow }
      after { nodes largestComponent components communitiesBroken buyersReachable relicFlow } } } }`,
    { id: takedownJobId },
    commander,
  );
  expect(c.errors).toBeUndefined();
  comparison = c.data!.takedownComparison;
  const runs = await api.gql<{ analysisRuns: { items: Array<{ id: string; modularity: number }> } }>(
    `{ analysisRuns(kind: "communities") { items { id modularity } } }`,
    {},
    analyst,
  );
  modularity = runs.data!.analysisRuns.items.find((r) => r.id === runId)!.modularity;

  const spy = vi.spyOn(api.services.audit, 'record');
  const t0 = Date.now();
  const a = await exportBriefing({ ...INPUT, takedownJobId, language: 'zh_CN', paper: 'A4' }, analyst);
  console.log(`[briefing] zh-CN for an analyst in ${Date.now() - t0} ms`);
  expect(a.errors).toBeUndefined();
  const b = await exportBriefing(
    { ...INPUT, takedownJobId, language: 'en', paper: 'LETTER', marking: 'WORK_SECRET' },
    commander,
  );
  expect(b.errors).toBeUndefined();
  console.log(`[briefing] both exports in ${Date.now() - t0} ms`);
  for (const call of spy.mock.calls) {
    if (call[0].operation === 'exportBriefing') auditEvents.push(call[0] as never);
  }
  spy.mockRestore();
  const read = async (file: File) => {
    const pdf = Buffer.from(file.content, 'base64');
    return { file, pdf, text: await pdfText(pdf) };
  };
  zh = await read(a.data!.exportBriefing);
  en = await read(b.data!.exportBriefing);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'briefing-zh-CN.pdf'), zh.pdf);
  fs.writeFileSync(path.join(OUT, 'briefing-en.pdf'), en.pdf);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('exportBriefing', () => {
  it('returns a PDF whose size, pages and hash match what it says', async () => {
    for (const { file, pdf, text } of [zh, en]) {
      expect(file.mimeType).toBe('application/pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(file.byteSize).toBe(pdf.length);
      expect(file.pages).toBe(text.pages);
      expect(file.pages).toBeGreaterThanOrEqual(6);
      const { createHash } = await import('node:crypto');
      expect(file.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
      expect(file.auditReference).toMatch(/^BR-\d{8}-[0-9A-F]{8}$/);
      expect(file.filename).toContain(file.auditReference);
      // Noto Sans SC embedded as subsets, regular and bold; no standard (WinAnsi) font.
      expect(
        text.fonts.some((f) => /^[A-Z]{6}\+NotoSansSC-Regular/.test(f)),
        text.fonts.join(),
      ).toBe(true);
      expect(
        text.fonts.some((f) => /^[A-Z]{6}\+NotoSansSC-Bold/.test(f)),
        text.fonts.join(),
      ).toBe(true);
      expect(text.fonts.filter((f) => !f.includes('+'))).toEqual([]);
    }
    expect(zh.file.namesShown).toBe(true);
    expect(en.file.namesShown).toBe(false);
  });

  it('prints the marking at the head and foot of every page, and page x of y', () => {
    const cases: Array<[typeof zh, string, (i: number, n: number) => string]> = [
      [zh, '内部资料注意保存', (i, n) => `第${i}页共${n}页`],
      [en, 'POLICEWORKSECRET', (i, n) => `Page${i}of${n}`],
    ];
    for (const [doc, marking, pageOf] of cases) {
      doc.text.compact.forEach((page, i) => {
        expect(page.split(marking).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
        expect(page, `page ${i + 1}`).toContain(pageOf(i + 1, doc.text.pages));
        expect(page).toContain(compact(INPUT.caseReference));
        expect(page).toContain(doc.file.auditReference);
      });
    }
  });

  it('is in Chinese for zh-CN: title, sections and gang headings, correct characters', async () => {
    const text = all(zh.text);
    expect(zh.text.compact[0]).toContain('文物犯罪团伙研判简报');
    expect(zh.text.compact[0]).toContain(compact(INPUT.unit));
    for (const heading of [
      '综述',
      '重点团伙',
      '关系网络图',
      '骨干成员',
      '中间人',
      '打击方案',
      '建议',
      '附录：方法与数据来源',
    ])
      expect(text).toContain(heading);
    const gangs = await gangsOfBriefing();
    expect(gangs.length).toBeGreaterThan(0);
    for (const g of gangs) expect(text).toContain(`团伙#${g}`);
    // English words stay out of the Chinese edition (proper names, PageRank and ids aside).
    expect(text).not.toMatch(/Gang|Summary|Takedown|Appendix|Page\d/);
    const en1 = all(en.text);
    expect(en.text.compact[0]).toContain(compact('Cultural-relics crime networks'));
    expect(en1).not.toMatch(/团伙|打击方案|综述|第\d+页/);
  });

  it('names every key player for an analyst', async () => {
    const text = all(zh.text);
    const players = await keyPlayersOfBriefing();
    expect(players.length).toBeGreaterThan(0);
    for (const p of players) expect(text, `key player ${p.name}`).toContain(compact(p.name!));
  });

  it('names no person for a commander without read:entities', async () => {
    const text = en.text.text.join('\n');
    const players = await keyPlayersOfBriefing(200);
    const targets = await api.gql<{ entities: Array<{ label: string }> }>(
      `query($ids: [ID!]!) { entities(ids: $ids) { label } }`,
      { ids: [...new Set(comparison.results.flatMap((r) => r.removed))] },
      analyst,
    );
    const names = new Set([
      ...players.map((p) => p.name!).filter(Boolean),
      ...(targets.data?.entities ?? []).map((e) => e.label),
    ]);
    expect(names.size).toBeGreaterThan(10);
    for (const name of names) expect(text, `name ${name}`).not.toContain(name);
    // Gang-level stand-ins instead.
    expect(text).toMatch(/\bK1\b/);
    expect(text).toContain('withheld');
  });

  it('shows no ids, uids, UUIDs or epoch numbers', () => {
    for (const doc of [zh, en]) {
      const text = doc.text.text.join('\n');
      expect(text).not.toMatch(/\b(Person|Phone|Case|Sale|Relic|Site):/);
      expect(text).not.toMatch(new RegExp(`P${SEED.seed}-\\d{8}`));
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i);
      expect(text).not.toMatch(/\b1[5-9]\d{11}\b/);
      expect(text).not.toContain(runId);
    }
  });

  it('gives the takedown figures of takedownComparison, strategies with the same targets as one', () => {
    const groups = new Map<string, Comparison['results']>();
    for (const r of comparison.results) {
      const key = [...r.removed].sort().join();
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const words = {
      zh: {
        names: {
          betweenness: '中介度优先',
          brokers: '中间人优先',
          degree: '关联数优先',
          greedy: '逐个拆解（贪心）',
        },
        and: '与',
        heading: '方案：',
        end: '各方案的差别',
        rows: [
          ['largestComponent', '最大连通群体人数'],
          ['components', '分散群体数'],
          ['communitiesBroken', '被瓦解的团伙数'],
          ['buyersReachable', '仍可与盗掘人员联通的买家数'],
        ],
        int: (n: number) => n.toLocaleString('zh-CN'),
      },
      en: {
        names: {
          betweenness: 'Betweenness',
          brokers: 'Brokers',
          degree: 'Most ties',
          greedy: 'Greedy fragmentation',
        },
        and: ' and ',
        heading: 'Strategy: ',
        end: 'How the strategies differ',
        rows: [
          ['largestComponent', 'Largest connected group'],
          ['components', 'Separate groups'],
          ['communitiesBroken', 'Gangs broken apart'],
          ['buyersReachable', 'Buyers reachable from looters'],
        ],
        int: (n: number) => n.toLocaleString('en'),
      },
    } as const;
    for (const [doc, w] of [
      [zh, words.zh],
      [en, words.en],
    ] as const) {
      const text = all(doc.text);
      expect(text.split(compact(w.heading)).length - 1).toBe(groups.size);
      for (const members of groups.values()) {
        const title = compact(
          w.heading + members.map((r) => w.names[r.strategy as keyof typeof w.names]).join(w.and),
        );
        const at = text.indexOf(title);
        expect(at, title).toBeGreaterThanOrEqual(0);
        const next = text.indexOf(compact(w.heading), at + title.length);
        const section = text.slice(at, next >= 0 ? next : text.indexOf(compact(w.end), at));
        const r = members[0]!;
        for (const [key, label] of w.rows) {
          expect(section, `${title} ${label}`).toContain(
            compact(label) + w.int(r.before[key] as number) + w.int(r.after[key] as number),
          );
        }
      }
    }
    // The demo's betweenness and broker strategies pick the same three people (issue 17): one section.
    const same = [...groups.values()].find((m) => m.length > 1);
    if (same) expect(all(zh.text)).toContain('选出的抓捕对象完全相同');
  });

  it('gives the run’s modularity, engine and seed in the method appendix', () => {
    expect(all(zh.text)).toContain(
      '模块度' + modularity.toLocaleString('zh-CN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
    );
    expect(all(en.text)).toContain(
      'Modularity' + modularity.toLocaleString('en', { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
    );
    expect(all(en.text)).toContain(compact('graphology (worker thread)'));
    expect(all(en.text)).toMatch(/Stability0\.\d{3}/); // against the first run
  });

  it('reports market clusters apart by a rule that agrees with the planted roles', async () => {
    const db = api.services.db();
    const t0 = Date.now();
    const model = await buildBriefing(
      {
        db,
        job: (id) => api.services.jobs().get(id),
        investigation: () => Promise.reject(new Error('none')),
      },
      { username: 't', role: 'analyst', names: true },
      checkRequest({ ...INPUT, runId }),
    );
    const t1 = Date.now();
    const { renderBriefing } = await import('../../server/features/briefing/render/pdf.ts');
    await renderBriefing(model);
    console.log(`[briefing] model ${t1 - t0} ms, render ${Date.now() - t1} ms`);
    const planted = new Map(
      (await db.read('queries/seeds/list-planted-people')).map((r) => [String(r.uid), String(r.role)]),
    );
    const members = new Map<number, string[]>();
    for (const r of await db.read('queries/analysis/stream-members', { runId })) {
      const c = Number(r.community);
      members.set(c, [...(members.get(c) ?? []), planted.get(String(r.uid)) ?? 'unknown']);
    }
    const market = new Set(['dealer', 'collector', 'overseas-buyer']);
    const share = (index: number, roles: Set<string>) => {
      const list = members.get(index) ?? [];
      return list.filter((r) => roles.has(r)).length / Math.max(1, list.length);
    };
    const kinds = model.communities.map(
      (c) => `${c.index}:${c.kind}:${c.size}:${share(c.index, market).toFixed(2)}`,
    );
    console.log(`[briefing] communities ${kinds.join(' ')}`);
    expect(model.markets.length, kinds.join(' ')).toBeGreaterThan(0);
    for (const m of model.markets)
      expect(share(m.index, market), `market #${m.index}`).toBeGreaterThanOrEqual(0.5);
    const gangRoles = new Set(['boss', 'lieutenant', 'broker', 'fence', 'transporter', 'digger']);
    const gangs = model.communities.filter((c) => c.kind === 'gang');
    for (const g of gangs) expect(share(g.index, gangRoles), `gang #${g.index}`).toBeGreaterThanOrEqual(0.5);
    // And every community made mostly of planted buyers that trades with three gangs is a market.
    for (const c of model.communities) {
      if (share(c.index, market) >= 0.8 && c.size >= 5 && c.tradePartners >= 3)
        expect(c.kind, `community #${c.index}`).toBe('market');
    }
  });

  it('records the export in the audit trail with its reference, the people described and the hash', () => {
    expect(auditEvents).toHaveLength(2);
    const [a, c] = auditEvents as Array<{
      kind: string;
      entityIds: string[];
      details: Record<string, unknown>;
    }>;
    expect(a!.kind).toBe('read');
    expect(a!.details.auditReference).toBe(zh.file.auditReference);
    expect(a!.details.sha256).toBe(zh.file.sha256);
    expect(a!.details.namesShown).toBe(true);
    expect(a!.entityIds.length).toBeGreaterThan(10);
    expect(a!.entityIds.every((id) => id.startsWith('Person:'))).toBe(true);
    expect(c!.details.auditReference).toBe(en.file.auditReference);
    expect(c!.details.namesShown).toBe(false);
    expect(c!.details.marking).toBe('WORK_SECRET');
  });

  it('lets only read:briefing export, investigations only with save:investigation, and names bad input', async () => {
    const denied = await exportBriefing(INPUT, detective);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await exportBriefing(INPUT);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const inv = await exportBriefing({ ...INPUT, investigationId: 'x' }, commander);
    expect(inv.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await exportBriefing({ ...INPUT, caseReference: '  ' }, analyst);
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.message).toMatch(/caseReference/);
    const many = await exportBriefing({ ...INPUT, maxGangs: 99 }, analyst);
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const run = await exportBriefing({ ...INPUT, runId: 'no-such-run' }, analyst);
    expect(run.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const job = await exportBriefing({ ...INPUT, takedownJobId: runId }, analyst);
    expect(job.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('includes a saved investigation the analyst may open', async () => {
    const players = await keyPlayersOfBriefing(3);
    const saved = await api.gql<{ saveInvestigation: { id: string } }>(
      `mutation($input: InvestigationInput!) { saveInvestigation(input: $input) { id } }`,
      { input: { name: '渭南盗墓团伙专案', entityIds: players.map((p) => p.id) } },
      analyst,
    );
    expect(saved.errors).toBeUndefined();
    const r = await exportBriefing(
      { ...INPUT, investigationId: saved.data!.saveInvestigation.id, maxGangs: 1 },
      analyst,
    );
    expect(r.errors).toBeUndefined();
    const text = all(await pdfText(Buffer.from(r.data!.exportBriefing.content, 'base64')));
    expect(text).toContain('专案：渭南盗墓团伙专案');
    for (const p of players) expect(text).toContain(compact(p.name!));
  });

  it('draws legible pages in Chromium (PNG), both languages', async () => {
    browser = await launchChromium();
    for (const [doc, lang] of [
      [zh, 'zh-CN'],
      [en, 'en'],
    ] as const) {
      const pages = [1, 2, 3, doc.text.pages];
      const pngs = await pdfPagesToPng(browser, doc.pdf, pages, 1.6);
      pngs.forEach((png, i) => {
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(30_000); // a page of text and drawing, not a blank
        fs.writeFileSync(path.join(OUT, `${lang}-page-${pages[i]}.png`), png);
      });
    }
  });
});

/** The gangs with a section: the `团伙 #n` headings of the analyst's document, in order. */
async function gangsOfBriefing(): Promise<number[]> {
  const found = [...all(zh.text).matchAll(/团伙#(\d+)·成员/g)].map((m) => Number(m[1]));
  return [...new Set(found)];
}

/** The key players of the gangs with a section (by the API), or of the whole run. */
async function keyPlayersOfBriefing(first = 5): Promise<Player[]> {
  const gangs = first === 5 ? await gangsOfBriefing() : [null];
  const out: Player[] = [];
  for (const community of gangs) {
    const r = await api.gql<{ keyPlayers: Player[] }>(
      `query($runId: ID, $community: Int, $first: Int) { keyPlayers(runId: $runId, community: $community, first: $first) { id name community } }`,
      { runId, community, first },
      analyst,
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data!.keyPlayers.filter((p) => p.name));
  }
  return out;
}

describe('briefing rules (pure)', () => {
  const state = (o: Partial<Record<string, number | boolean>>) => ({
    nodes: 100,
    largestComponent: 90,
    components: 3,
    communitiesBroken: 0,
    buyersReachable: 5,
    relicFlow: true,
    ...o,
  });
  const target = (uid: string) => ({
    uid,
    name: null,
    community: null,
    rank: null,
    betweenness: null,
    broker: null,
    participation: null,
  });

  it('reports strategies with the same targets as one and recommends by the stated order', async () => {
    const { groupStrategies, recommend } = await import('../../server/features/briefing/takedown.ts');
    const before = state({});
    const groups = groupStrategies(
      [
        { strategy: 'betweenness', removed: ['a', 'b'], before, after: state({ largestComponent: 80 }) },
        { strategy: 'brokers', removed: ['b', 'a'], before, after: state({ largestComponent: 80 }) },
        { strategy: 'greedy', removed: ['c', 'd'], before, after: state({ largestComponent: 60 }) },
      ] as never,
      target,
    );
    expect(groups.map((g) => g.strategies)).toEqual([['betweenness', 'brokers'], ['greedy']]);
    expect(recommend(groups)).toEqual({ group: 1, basis: 'largestComponent' });
    // Stopping the flow of relics outweighs everything else; equal on all figures: no recommendation.
    const flow = groupStrategies(
      [
        {
          strategy: 'degree',
          removed: ['a'],
          before,
          after: state({ relicFlow: false, largestComponent: 95 }),
        },
        { strategy: 'greedy', removed: ['c'], before, after: state({ communitiesBroken: 3 }) },
      ] as never,
      target,
    );
    expect(recommend(flow)).toEqual({ group: 0, basis: 'relicFlow' });
    const same = groupStrategies(
      [
        { strategy: 'degree', removed: ['a'], before, after: state({}) },
        { strategy: 'greedy', removed: ['c'], before, after: state({}) },
      ] as never,
      target,
    );
    expect(recommend(same)).toBeNull();
  });

  it('tells a market cluster from a gang by roles, sales and co-offending', async () => {
    const { kindOf } = await import('../../server/features/briefing/classify.ts');
    const base = {
      index: 0,
      size: 20,
      density: 0.2,
      cases: 0,
      sales: 30,
      sites: 0,
      relics: 10,
      firstAt: null,
      lastAt: null,
      keyPlayers: [],
      outsideSales: 30,
    };
    expect(kindOf({ ...base, marketSide: 15, offenders: 1, coOffenders: 0, tradePartners: 5 })).toBe(
      'market',
    );
    // Trading with only two groups: not the market; no co-offending either: not a gang.
    expect(kindOf({ ...base, marketSide: 15, offenders: 1, coOffenders: 0, tradePartners: 2 })).toBe('other');
    // Offending together makes a gang however much it buys.
    expect(kindOf({ ...base, marketSide: 10, offenders: 8, coOffenders: 8, tradePartners: 6 })).toBe('gang');
  });

  it('lays a gang out the same way every time, without overlapping discs', async () => {
    const { forceLayout } = await import('../../server/features/briefing/layout.ts');
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, radius: 3 + (i % 4) }));
    const edges = nodes.slice(1).map((n, i) => ({ a: nodes[i % 7]!.id, b: n.id, weight: 1 + (i % 3) }));
    const a = forceLayout(nodes, edges, 500, 300);
    const b = forceLayout(nodes, edges, 500, 300);
    expect([...a]).toEqual([...b]);
    for (const [i, p] of nodes.entries()) {
      const q = a.get(p.id)!;
      expect(q.x).toBeGreaterThanOrEqual(p.radius - 1e-6);
      expect(q.x).toBeLessThanOrEqual(500 - p.radius + 1e-6);
      for (const o of nodes.slice(i + 1)) {
        const r = a.get(o.id)!;
        expect(Math.hypot(q.x - r.x, q.y - r.y)).toBeGreaterThan(p.radius + o.radius);
      }
    }
  });
});
