// The briefing's words: one typed catalogue per language, so a key missing from either fails the
// type check. Entries that take values are functions of already formatted strings (format.ts);
// English plurals are chosen from the raw count where a count is given.
import type { CommunityKind, MemberRole } from '../types.ts';

type S = string;
/** A count: the number (for plurals) and its formatted text. */
export interface N {
  n: number;
  s: string;
}

export interface Catalogue {
  documentTitle: S;
  subtitle: S;
  pageOf: (page: S, pages: S) => S;
  marking: S;
  cover: {
    caseReference: S;
    unit: S;
    author: S;
    authorValue: (name: S, role: S) => S;
    issued: S;
    dataSpan: S;
    run: S;
    runValue: (date: S, engine: S) => S;
    names: S;
    namesShown: S;
    namesWithheld: S;
    auditReference: S;
    handling: S;
    role: Record<string, S>;
    spanValue: (from: S, to: S) => S;
    noSpan: S;
  };
  summary: {
    heading: S;
    overview: (people: S, communities: S, gangs: N, markets: N, others: N) => S;
    mattersHeading: S;
    mattersOrder: S;
    noGangs: S;
    gangLine: (gang: S, members: S, reasons: S) => S;
    changesHeading: S;
    firstRun: S;
    changes: (date: S, continued: N, fresh: N, ended: N, nmi: S) => S;
    takedownHeading: S;
    tableHeading: S;
  };
  reason: {
    relics: (n: S) => S;
    cases: (n: S) => S;
    size: (n: S) => S;
    recent: (month: S) => S;
    new: S;
    grew: (from: S, to: S) => S;
    none: S;
  };
  gang: {
    heading: (index: S) => S;
    title: (heading: S, members: S) => S;
    ranked: (place: S) => S;
    members: (n: S, count: number) => S;
    pictureHeading: S;
    pictureNote: (drawn: S, total: S) => S;
    legendBroker: S;
    legendTie: S;
    legendKey: S;
    rolesHeading: S;
    keyPlayersHeading: S;
    keyPlayersNote: S;
    brokersHeading: S;
    brokersNote: S;
    noBrokers: S;
    casesHeading: S;
    casesLine: (cases: S, kinds: S) => S;
    salesLine: (sales: S, value: S) => S;
    relicsLine: (relics: S, value: S) => S;
    sitesLine: S;
    topRelics: S;
    activityHeading: S;
    noActivity: S;
    continues: (index: S, from: S, to: S, jaccard: S) => S;
    isNew: S;
    more: (n: S) => S;
    keyLabel: (n: S) => S;
    brokerLabel: (n: S) => S;
    sitesCases: (n: S, count: number) => S;
  };
  columns: {
    rank: S;
    gang: S;
    members: S;
    cases: S;
    sales: S;
    relics: S;
    lastActive: S;
    name: S;
    role: S;
    count: S;
    people: S;
    pagerank: S;
    degree: S;
    betweenness: S;
    broker: S;
    participation: S;
    measure: S;
    before: S;
    after: S;
    marketShare: S;
    tradePartners: S;
    source: S;
    type: S;
    records: S;
  };
  lists: {
    otherGangsHeading: S;
    marketsHeading: S;
    marketsIntro: S;
    noMarkets: S;
    othersLine: (n: S) => S;
  };
  takedown: {
    heading: S;
    intro: (date: S, people: S, looters: S, buyers: S, communities: S) => S;
    strategyHeading: (names: S) => S;
    glance: (names: S, largest: S, broken: S, flow: S) => S;
    targets: S;
    sameTargets: (names: S) => S;
    why: Record<string, S>;
    whyGeneric: S;
    figure: {
      largestComponent: S;
      components: S;
      communitiesBroken: S;
      buyersReachable: S;
      relicFlow: S;
    };
    yes: S;
    no: S;
    differencesHeading: S;
    noDifference: S;
    difference: (a: S, b: S, what: S) => S;
    diff: {
      largestComponent: (a: S, b: S) => S;
      components: (a: S, b: S) => S;
      communitiesBroken: (a: S, b: S) => S;
      buyersReachable: (a: S, b: S) => S;
      relicFlow: (stops: S) => S;
    };
    recommendationHeading: S;
    recommend: (names: S, basis: S) => S;
    basis: Record<string, S>;
    noRecommendation: S;
    stillFlows: S;
    stopsFlow: S;
    notInNetwork: (n: S) => S;
    targetRef: (gang: S, rank: S) => S;
    targetOutside: S;
    targetMarket: (index: S) => S;
    anonymousTarget: (n: S) => S;
    and: S;
    listSeparator: S;
  };
  strategy: Record<string, S>;
  investigation: {
    heading: S;
    owner: (name: S, date: S) => S;
    entities: S;
    people: S;
    peopleWithheld: (n: S) => S;
  };
  appendix: {
    heading: S;
    method: S;
    algorithm: S;
    algorithmValue: S;
    engine: S;
    resolution: S;
    seed: S;
    modularity: S;
    stability: S;
    stabilityValue: (nmi: S, date: S, shared: S) => S;
    stabilityNone: S;
    network: S;
    networkValue: (people: S, ties: S) => S;
    weights: S;
    window: S;
    windowAll: S;
    minConfidence: S;
    betweenness: S;
    betweennessExact: S;
    betweennessSampled: (error: S) => S;
    rulesHeading: S;
    rules: S[];
    sourcesHeading: S;
    total: S;
    auditHeading: S;
    auditText: (ref: S) => S;
  };
  role: Record<MemberRole, S>;
  kind: Record<CommunityKind, S>;
  evidence: Record<string, S>;
  caseKind: Record<string, S>;
  entityType: Record<string, S>;
  siteKind: Record<string, S>;
  listJoin: S;
  /** Between clauses that hold commas themselves. */
  clauseJoin: S;
  /** "label: value" with the language's colon. */
  labelled: (label: S, value: S) => S;
  /** "main (note)" with the language's brackets. */
  aside: (main: S, note: S) => S;
}
