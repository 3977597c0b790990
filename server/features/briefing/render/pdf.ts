// The briefing as a PDF: cover, summary, a section per gang, the other gangs and the market
// clusters, the takedown options, the investigation, and the appendix (method, rules, sources,
// audit). Every word from the language's catalogue, every number and date through format.ts.
import { catalogueOf, type Catalogue } from '../catalogue/index.ts';
import { formatter, type Formatter } from '../format.ts';
import { MARKINGS, markingLabel } from '../markings.ts';
import { DEFAULT_WEIGHTS } from '../../analysis/projection.ts';
import {
  MEMBER_ROLES,
  type BriefingModel,
  type CommunityProfile,
  type GangDetail,
  type Member,
  type NetworkState,
  type Reason,
  type StrategyGroup,
  type TakedownSection,
  type TargetRef,
} from '../types.ts';
import { drawActivity } from './bars.ts';
import { COLOURS, Doc } from './doc.ts';
import { drawNetwork } from './network.ts';

export interface RenderedBriefing {
  pdf: Buffer;
  pages: number;
}

interface Ctx {
  doc: Doc;
  t: Catalogue;
  f: Formatter;
  m: BriefingModel;
}

/** An empty cell. */
const NONE = '–';
const nOf = (c: Ctx, n: number) => ({ n, s: c.f.int(n) });
const join = (c: Ctx, parts: readonly string[]) => parts.join(c.t.listJoin);
const gangName = (c: Ctx, index: number) => c.t.gang.heading(String(index));
const strategies = (c: Ctx, names: readonly string[]) =>
  names.map((s) => c.t.strategy[s] ?? s).join(c.t.takedown.and);

function reasonText(c: Ctx, r: Reason): string {
  const { t, f } = c;
  switch (r.kind) {
    case 'relics':
      return t.reason.relics(f.int(r.value));
    case 'cases':
      return t.reason.cases(f.int(r.value));
    case 'size':
      return t.reason.size(f.int(r.value));
    case 'recent':
      return t.reason.recent(f.month(r.at));
    case 'new':
      return t.reason.new;
    case 'grew':
      return t.reason.grew(f.int(r.from), f.int(r.to));
  }
}

const reasons = (c: Ctx, g: GangDetail) =>
  g.reasons.length
    ? join(
        c,
        g.reasons.map((r) => reasonText(c, r)),
      )
    : c.t.reason.none;

function cover(c: Ctx): void {
  const { doc, t, f, m } = c;
  const marking = MARKINGS[m.request.marking];
  doc.y = doc.top + 40;
  doc.font('bold', 20, marking.restricted ? COLOURS.marking : COLOURS.muted);
  doc.pdf.text(markingLabel(m.request.marking, m.request.language), doc.left, doc.y, {
    width: doc.width,
    align: 'center',
  });
  doc.y += 50;
  doc.font('bold', 24, COLOURS.accent);
  doc.pdf.text(m.request.title ?? t.documentTitle, doc.left, doc.y, { width: doc.width, align: 'center' });
  doc.y += 8;
  doc.font('regular', 12, COLOURS.muted);
  doc.pdf.text(t.subtitle, doc.left, doc.y, { width: doc.width, align: 'center' });
  doc.y += 60;
  const span =
    m.span.from !== null && m.span.to !== null
      ? t.cover.spanValue(f.date(m.span.from), f.date(m.span.to))
      : t.cover.noSpan;
  doc.facts(
    [
      [t.marking, markingLabel(m.request.marking, m.request.language)],
      [t.cover.caseReference, m.request.caseReference],
      [t.cover.unit, m.request.unit],
      [t.cover.author, t.cover.authorValue(m.reader.username, t.cover.role[m.reader.role] ?? m.reader.role)],
      [t.cover.issued, f.date(m.generatedAt)],
      [t.cover.dataSpan, span],
      [t.cover.run, t.cover.runValue(f.date(m.run.createdAt), m.run.engine)],
      [t.cover.names, m.reader.names ? t.cover.namesShown : t.cover.namesWithheld],
      [t.cover.auditReference, m.auditReference],
    ],
    0.3,
    11,
  );
  doc.y += 30;
  doc.para(t.cover.handling, { size: 9, colour: COLOURS.muted });
}

function summary(c: Ctx): void {
  const { doc, t, f, m } = c;
  doc.newPage();
  doc.heading(t.summary.heading);
  const count = (k: CommunityProfile['kind']) => m.communities.filter((x) => x.kind === k).length;
  doc.para(
    t.summary.overview(
      f.int(m.run.nodeCount),
      f.int(m.communities.length),
      nOf(c, count('gang')),
      nOf(c, count('market')),
      nOf(c, count('other')),
    ),
  );
  doc.heading(t.summary.mattersHeading, 2);
  if (m.gangs.length === 0) doc.para(t.summary.noGangs);
  m.gangs.slice(0, m.topGangs).forEach((g, i) => {
    doc.para(
      `${i + 1}. ${t.summary.gangLine(gangName(c, g.profile.index), t.gang.members(f.int(g.profile.size), g.profile.size), reasons(c, g))}`,
      { indent: 8 },
    );
  });
  doc.para(t.summary.mattersOrder, { size: 8.5, colour: COLOURS.muted });
  doc.heading(t.summary.changesHeading, 2);
  const p = m.previous;
  doc.para(
    p
      ? t.summary.changes(
          f.date(p.run.createdAt),
          nOf(c, p.continued),
          nOf(c, p.newGangs),
          nOf(c, p.ended),
          f.dec(p.nmi, 2),
        )
      : t.summary.firstRun,
  );
  if (m.takedown) {
    doc.heading(t.summary.takedownHeading, 2);
    for (const line of takedownGlance(c, m.takedown)) doc.para(line, { indent: 8 });
  }
  if (m.gangs.length) {
    doc.heading(t.summary.tableHeading, 2);
    doc.table(
      gangColumns(c),
      m.gangs.map((g, i) => gangRow(c, g.profile, i + 1)),
    );
  }
}

function gangColumns(c: Ctx) {
  const k = c.t.columns;
  return [
    { header: k.rank, width: 0.6, align: 'right' as const },
    { header: k.gang, width: 1.4 },
    { header: k.members, width: 1, align: 'right' as const },
    { header: k.cases, width: 1, align: 'right' as const },
    { header: k.sales, width: 1, align: 'right' as const },
    { header: k.relics, width: 1, align: 'right' as const },
    { header: k.lastActive, width: 1.8 },
  ];
}

function gangRow(c: Ctx, g: CommunityProfile, rank: number): string[] {
  const { f } = c;
  return [
    String(rank),
    gangName(c, g.index),
    f.int(g.size),
    f.int(g.cases),
    f.int(g.sales),
    f.int(g.relics),
    g.lastAt !== null ? f.month(g.lastAt) : NONE,
  ];
}

/** The label of a member: the name when the reader may see it, else K1…/B1… at gang level. */
function memberLabel(c: Ctx, g: GangDetail, m: Member): string | null {
  if (m.name) return m.name;
  if (c.m.reader.names) return null;
  const k = g.keyPlayers.findIndex((x) => x.uid === m.uid);
  if (k >= 0) return c.t.gang.keyLabel(String(k + 1));
  const b = g.brokers.findIndex((x) => x.uid === m.uid);
  if (b >= 0) return c.t.gang.brokerLabel(String(b + 1));
  return null;
}

function gangSection(c: Ctx, g: GangDetail, place: number): void {
  const { doc, t, f, m } = c;
  doc.newPage();
  doc.heading(
    t.gang.title(gangName(c, g.profile.index), t.gang.members(f.int(g.profile.size), g.profile.size)),
  );
  doc.para(t.labelled(t.gang.ranked(f.int(place)), reasons(c, g)), { colour: COLOURS.muted });
  doc.para(
    g.previous
      ? t.gang.continues(
          String(g.previous.index),
          f.int(g.previous.size),
          f.int(g.profile.size),
          f.dec(g.previous.jaccard, 2),
        )
      : m.previous
        ? t.gang.isNew
        : '',
    { size: 9, colour: COLOURS.muted },
  );
  doc.heading(t.gang.pictureHeading, 2);
  drawNetwork(doc, g, Math.min(300, doc.bottom - doc.y - 40), {
    label: (uid) => {
      const member = g.members.find((x) => x.uid === uid);
      return member ? memberLabel(c, g, member) : null;
    },
    role: t.role,
    broker: t.gang.legendBroker,
    tie: t.gang.legendTie,
    size: t.gang.legendKey,
  });
  doc.para(t.gang.pictureNote(f.int(g.members.length), f.int(g.profile.size)), {
    size: 8,
    colour: COLOURS.muted,
  });

  doc.heading(t.gang.rolesHeading, 2);
  const byRole = (role: (typeof MEMBER_ROLES)[number]) => g.members.filter((x) => x.role === role);
  doc.table(
    [
      { header: t.columns.role, width: 1.3 },
      { header: t.columns.count, width: 0.6, align: 'right' },
      ...(m.reader.names ? [{ header: t.columns.people, width: 4.5 }] : []),
    ],
    MEMBER_ROLES.filter((r) => g.roleCounts[r] > 0).map((r) => {
      const row = [t.role[r], f.int(g.roleCounts[r])];
      if (m.reader.names) {
        const names = byRole(r)
          .map((x) => x.name)
          .filter((x): x is string => Boolean(x));
        const shown = names.slice(0, 12);
        const rest = g.roleCounts[r] - shown.length;
        row.push(join(c, shown) + (rest > 0 ? ` ${t.gang.more(f.int(rest))}` : ''));
      }
      return row;
    }),
  );

  doc.heading(t.gang.keyPlayersHeading, 2);
  doc.para(t.gang.keyPlayersNote, { size: 8.5, colour: COLOURS.muted });
  doc.table(
    [
      { header: t.columns.rank, width: 0.5, align: 'right' },
      { header: t.columns.name, width: 1.6 },
      { header: t.columns.role, width: 1.4 },
      { header: t.columns.pagerank, width: 1, align: 'right' },
      { header: t.columns.degree, width: 0.8, align: 'right' },
      { header: t.columns.betweenness, width: 1, align: 'right' },
    ],
    g.keyPlayers.map((k, i) => [
      String(i + 1),
      memberLabel(c, g, k) ?? NONE,
      t.role[k.role],
      f.dec(k.pagerank, 4),
      f.int(k.degree),
      f.dec(k.betweenness, 3),
    ]),
  );
  doc.heading(t.gang.brokersHeading, 2);
  doc.para(t.gang.brokersNote, { size: 8.5, colour: COLOURS.muted });
  if (g.brokers.length === 0) doc.para(t.gang.noBrokers);
  else {
    doc.table(
      [
        { header: t.columns.rank, width: 0.5, align: 'right' },
        { header: t.columns.name, width: 1.6 },
        { header: t.columns.role, width: 1.4 },
        { header: t.columns.broker, width: 1, align: 'right' },
        { header: t.columns.participation, width: 1, align: 'right' },
        { header: t.columns.betweenness, width: 1, align: 'right' },
      ],
      g.brokers.map((b, i) => [
        String(i + 1),
        memberLabel(c, g, b) ?? NONE,
        t.role[b.role],
        f.dec(b.broker, 3),
        f.dec(b.participation, 2),
        f.dec(b.betweenness, 3),
      ]),
    );
  }

  doc.heading(t.gang.casesHeading, 2);
  const kinds = join(
    c,
    g.caseKinds.map((k) => `${t.caseKind[k.kind] ?? k.kind} ${f.int(k.count)}`),
  );
  doc.para(t.gang.casesLine(f.int(g.profile.cases), kinds));
  doc.para(t.gang.salesLine(f.int(g.profile.sales), f.money(g.salesValue, 'CNY')));
  doc.para(t.gang.relicsLine(f.int(g.profile.relics), f.money(g.relicValue, 'CNY')));
  if (g.sites.length) {
    doc.para(t.labelled(t.gang.sitesLine, ''), { bold: true, size: 9 });
    for (const s of g.sites) {
      const kind = s.kind ? (t.siteKind[s.kind] ?? s.kind) : '';
      const name = kind ? t.aside(s.name, kind) : s.name;
      doc.para(
        `· ${t.labelled(`${name}${s.place ? ` ${s.place}` : ''}`, t.gang.sitesCases(f.int(s.cases), s.cases))}`,
        {
          size: 9,
          indent: 8,
          gap: 1,
        },
      );
    }
    doc.y += 3;
  }
  if (g.relics.length) {
    doc.para(t.labelled(t.gang.topRelics, ''), { bold: true, size: 9 });
    for (const r of g.relics) {
      doc.para(
        `· ${r.value !== null ? t.labelled(r.description, f.money(r.value, r.currency)) : r.description}`,
        {
          size: 9,
          indent: 8,
          gap: 1,
        },
      );
    }
    doc.y += 3;
  }
  doc.heading(t.gang.activityHeading, 2);
  if (g.activity.length === 0) doc.para(t.gang.noActivity);
  else drawActivity(doc, g.activity, { cases: t.columns.cases, sales: t.columns.sales });
}

function lists(c: Ctx): void {
  const { doc, t, f, m } = c;
  doc.newPage();
  if (m.otherGangs.length) {
    doc.heading(t.lists.otherGangsHeading);
    const shown = m.otherGangs.slice(0, 200);
    doc.table(
      gangColumns(c),
      shown.map((g, i) => gangRow(c, g, m.gangs.length + i + 1)),
    );
    if (m.otherGangs.length > shown.length) doc.para(t.gang.more(f.int(m.otherGangs.length - shown.length)));
  }
  doc.heading(t.lists.marketsHeading);
  doc.para(t.lists.marketsIntro, { size: 9, colour: COLOURS.muted });
  if (m.markets.length === 0) doc.para(t.lists.noMarkets);
  else {
    doc.table(
      [
        { header: t.columns.gang, width: 1.2 },
        { header: t.columns.members, width: 0.8, align: 'right' },
        { header: t.columns.marketShare, width: 1.2, align: 'right' },
        { header: t.columns.tradePartners, width: 1.2, align: 'right' },
        { header: t.columns.sales, width: 0.8, align: 'right' },
        { header: t.columns.lastActive, width: 1.4 },
      ],
      m.markets
        .slice(0, 100)
        .map((k) => [
          `#${k.index}`,
          f.int(k.size),
          f.pct(k.marketSide / Math.max(1, k.size)),
          f.int(k.tradePartners),
          f.int(k.sales),
          k.lastAt !== null ? f.month(k.lastAt) : NONE,
        ]),
    );
  }
  const others = m.communities.filter((x) => x.kind === 'other').length;
  doc.para(t.lists.othersLine(f.int(others)), { size: 9, colour: COLOURS.muted });
}

function targetText(c: Ctx, target: TargetRef, n: number): string {
  const { t, f } = c;
  const kind = c.m.communities.find((x) => x.index === target.community)?.kind;
  const where =
    target.community === null || target.rank === null
      ? t.takedown.targetOutside
      : kind === 'gang'
        ? t.takedown.targetRef(String(target.community), f.int(target.rank))
        : kind === 'market'
          ? t.takedown.targetMarket(String(target.community))
          : t.takedown.targetOutside;
  const who = target.name ?? t.takedown.anonymousTarget(f.int(n));
  return t.aside(who, where);
}

const FIGURES = [
  'largestComponent',
  'components',
  'communitiesBroken',
  'buyersReachable',
  'relicFlow',
] as const;

function figure(c: Ctx, s: NetworkState, k: (typeof FIGURES)[number]): string {
  if (k === 'relicFlow') return s.relicFlow ? c.t.takedown.yes : c.t.takedown.no;
  return c.f.int(s[k]);
}

function whyIdentical(c: Ctx, g: StrategyGroup): string {
  const key = [...g.strategies].sort().join('+');
  return c.t.takedown.why[key] ?? c.t.takedown.whyGeneric;
}

function takedownGlance(c: Ctx, s: TakedownSection): string[] {
  const { t } = c;
  const lines = s.groups.map((g) =>
    t.takedown.glance(
      strategies(c, g.strategies),
      `${c.f.int(g.before.largestComponent)} → ${c.f.int(g.after.largestComponent)}`,
      c.f.int(g.after.communitiesBroken),
      g.after.relicFlow ? t.takedown.stillFlows : t.takedown.stopsFlow,
    ),
  );
  lines.push(recommendation(c, s));
  return lines;
}

function recommendation(c: Ctx, s: TakedownSection): string {
  const { t } = c;
  if (!s.recommended) return t.takedown.noRecommendation;
  const g = s.groups[s.recommended.group]!;
  return t.takedown.recommend(strategies(c, g.strategies), t.takedown.basis[s.recommended.basis]!);
}

function differences(c: Ctx, s: TakedownSection): string[] {
  const { t, f } = c;
  const out: string[] = [];
  const ref = s.recommended ? s.groups[s.recommended.group]! : s.groups[0]!;
  for (const g of s.groups) {
    if (g === ref) continue;
    const parts: string[] = [];
    const a = ref.after;
    const b = g.after;
    if (a.relicFlow !== b.relicFlow)
      parts.push(t.takedown.diff.relicFlow(strategies(c, (a.relicFlow ? g : ref).strategies)));
    if (a.communitiesBroken !== b.communitiesBroken)
      parts.push(t.takedown.diff.communitiesBroken(f.int(a.communitiesBroken), f.int(b.communitiesBroken)));
    if (a.largestComponent !== b.largestComponent)
      parts.push(t.takedown.diff.largestComponent(f.int(a.largestComponent), f.int(b.largestComponent)));
    if (a.buyersReachable !== b.buyersReachable)
      parts.push(t.takedown.diff.buyersReachable(f.int(a.buyersReachable), f.int(b.buyersReachable)));
    if (a.components !== b.components)
      parts.push(t.takedown.diff.components(f.int(a.components), f.int(b.components)));
    if (parts.length)
      out.push(
        t.takedown.difference(
          strategies(c, ref.strategies),
          strategies(c, g.strategies),
          parts.join(t.clauseJoin),
        ),
      );
  }
  return out.length ? out : [t.takedown.noDifference];
}

function takedown(c: Ctx, s: TakedownSection): void {
  const { doc, t, f } = c;
  doc.newPage();
  doc.heading(t.takedown.heading);
  doc.para(
    t.takedown.intro(f.date(s.at), f.int(s.people), f.int(s.looters), f.int(s.buyers), f.int(s.communities)),
  );
  if (s.notInNetwork > 0) doc.para(t.takedown.notInNetwork(f.int(s.notInNetwork)), { size: 9 });
  for (const g of s.groups) {
    doc.heading(t.takedown.strategyHeading(strategies(c, g.strategies)), 2);
    if (g.strategies.length > 1) {
      doc.para(t.takedown.sameTargets(strategies(c, g.strategies)), { bold: true, size: 9.5 });
      doc.para(whyIdentical(c, g), { size: 9, colour: COLOURS.muted });
    }
    doc.para(
      t.labelled(
        t.takedown.targets,
        join(
          c,
          g.targets.map((x, i) => targetText(c, x, i + 1)),
        ),
      ),
    );
    doc.table(
      [
        { header: t.columns.measure, width: 2.6 },
        { header: t.columns.before, width: 1, align: 'right' },
        { header: t.columns.after, width: 1, align: 'right' },
      ],
      FIGURES.map((k) => [t.takedown.figure[k], figure(c, g.before, k), figure(c, g.after, k)]),
    );
  }
  doc.heading(t.takedown.differencesHeading, 2);
  for (const line of differences(c, s)) doc.para(line);
  doc.heading(t.takedown.recommendationHeading, 2);
  doc.para(recommendation(c, s), { bold: true });
}

function investigation(c: Ctx): void {
  const { doc, t, f, m } = c;
  const inv = m.investigation;
  if (!inv) return;
  doc.newPage();
  doc.heading(t.labelled(t.investigation.heading, inv.name));
  doc.para(t.investigation.owner(inv.owner, f.date(inv.updatedAt)), { colour: COLOURS.muted });
  if (inv.description) doc.para(inv.description);
  doc.heading(t.investigation.entities, 2);
  doc.table(
    [
      { header: t.columns.type, width: 2 },
      { header: t.columns.records, width: 1, align: 'right' },
    ],
    inv.types.map((x) => [t.entityType[x.type] ?? t.entityType.Other!, f.int(x.count)]),
  );
  doc.heading(t.investigation.people, 2);
  if (m.reader.names)
    doc.para(
      join(
        c,
        inv.people.map((p, i) => targetText(c, p, i + 1)),
      ),
    );
  else doc.para(t.investigation.peopleWithheld(f.int(inv.people.length)));
}

function appendix(c: Ctx): void {
  const { doc, t, f, m } = c;
  const a = t.appendix;
  doc.newPage();
  doc.heading(a.heading);
  doc.heading(a.method, 2);
  const run = m.run;
  const projection = (run.params.projection ?? {}) as Record<string, unknown>;
  const weights = { ...DEFAULT_WEIGHTS, ...((projection.weights ?? {}) as Record<string, number>) };
  const from = typeof projection.from === 'number' ? projection.from : null;
  const to = typeof projection.to === 'number' ? projection.to : null;
  doc.facts(
    [
      [a.algorithm, a.algorithmValue],
      [a.engine, run.engine],
      [a.resolution, f.dec(run.resolution, 2)],
      [a.seed, String(run.seed)],
      [a.modularity, f.dec(run.modularity, 4)],
      [
        a.stability,
        m.previous
          ? a.stabilityValue(
              f.dec(m.previous.nmi, 3),
              f.date(m.previous.run.createdAt),
              f.int(m.previous.shared),
            )
          : a.stabilityNone,
      ],
      [a.network, a.networkValue(f.int(run.nodeCount), f.int(run.edgeCount))],
      [
        a.weights,
        join(
          c,
          Object.entries(weights).map(([k, v]) => `${t.evidence[k] ?? k} ${f.dec(v, 1)}`),
        ),
      ],
      [
        a.window,
        from !== null || to !== null
          ? t.cover.spanValue(from !== null ? f.date(from) : '…', to !== null ? f.date(to) : '…')
          : a.windowAll,
      ],
      [a.minConfidence, f.dec(Number(projection.minConfidence ?? 0), 2)],
      [
        a.betweenness,
        run.betweennessExact ? a.betweennessExact : a.betweennessSampled(f.dec(run.betweennessError, 4)),
      ],
    ],
    0.26,
    9,
  );
  doc.heading(a.rulesHeading, 2);
  a.rules.forEach((r, i) => doc.para(`${i + 1}. ${r}`, { size: 9, indent: 6 }));
  doc.heading(a.sourcesHeading, 2);
  const total = m.sources.reduce((s, x) => s + x.count, 0);
  doc.table(
    [
      { header: t.columns.source, width: 2 },
      { header: t.columns.type, width: 1.4 },
      { header: t.columns.records, width: 1, align: 'right' },
    ],
    [
      ...m.sources.map((s) => [s.source, t.entityType[s.type] ?? s.type, f.int(s.count)]),
      [a.total, '', f.int(total)],
    ],
  );
  doc.heading(a.auditHeading, 2);
  doc.para(a.auditText(m.auditReference));
}

/** Renders the model; the frame (marking, page x of y) goes on every page. */
export async function renderBriefing(m: BriefingModel): Promise<RenderedBriefing> {
  const t = catalogueOf(m.request.language);
  const f = formatter(m.request.language);
  const marking = markingLabel(m.request.marking, m.request.language);
  const doc = new Doc(m.request.paper, {
    title: m.request.title ?? t.documentTitle,
    author: m.reader.username,
    subject: `${m.request.caseReference} · ${marking}`,
    lang: m.request.language,
  });
  const c: Ctx = { doc, t, f, m };
  cover(c);
  summary(c);
  m.gangs.forEach((g, i) => gangSection(c, g, i + 1));
  lists(c);
  if (m.takedown) takedown(c, m.takedown);
  investigation(c);
  appendix(c);
  const pages = doc.finish({
    marking,
    markingRestricted: MARKINGS[m.request.marking].restricted,
    pageOf: (p, n) => t.pageOf(f.int(p), f.int(n)),
    footerLeft: `${t.cover.auditReference} ${m.auditReference}`,
    headerRight: m.request.caseReference,
  });
  return { pdf: await doc.toBuffer(), pages };
}
