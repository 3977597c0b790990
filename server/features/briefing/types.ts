// The briefing's request and the language-neutral model it is drawn from. The model holds what
// the data says; the renderer turns it into words through the catalogue of the chosen language.

export const BRIEFING_LANGUAGES = ['zh-CN', 'en'] as const;
export type BriefingLanguage = (typeof BRIEFING_LANGUAGES)[number];

/** Protective markings, lowest first; their labels are in markings.ts. */
export const MARKING_LEVELS = ['PUBLIC', 'INTERNAL', 'WORK_SECRET', 'CONFIDENTIAL', 'SECRET'] as const;
export type MarkingLevel = (typeof MARKING_LEVELS)[number];

export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What a person did, as the data shows it; one primary role each, in this order of precedence. */
export const MEMBER_ROLES = ['looter', 'offender', 'seller', 'buyer', 'associate'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What a community of the run is reported as (classify.ts states the rule). */
export const COMMUNITY_KINDS = ['gang', 'market', 'other'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export interface BriefingRequest {
  /** The community-detection run; the latest when absent. */
  runId?: string | null;
  takedownJobId?: string | null;
  investigationId?: string | null;
  language: BriefingLanguage;
  paper: PaperSize;
  marking: MarkingLevel;
  caseReference: string;
  unit: string;
  /** Replaces the catalogue's title. */
  title?: string | null;
  /** Gangs given a section of their own (the rest are listed in one table). */
  maxGangs: number;
}

/** Who reads it: the author, and whether people may be named (read:entities). */
export interface Reader {
  username: string;
  role: string;
  names: boolean;
}

export interface RunInfo {
  id: string;
  createdAt: number;
  engine: string;
  modularity: number;
  resolution: number;
  seed: number;
  nodeCount: number;
  edgeCount: number;
  communityCount: number;
  params: Record<string, unknown>;
  evidence: Record<string, number>;
  betweennessExact: boolean;
  betweennessError: number;
}

/** A community of the run with what its members did (repository.ts) and what it is reported as. */
export interface CommunityProfile {
  index: number;
  size: number;
  density: number;
  cases: number;
  sales: number;
  sites: number;
  relics: number;
  firstAt: number | null;
  lastAt: number | null;
  keyPlayers: string[];
  /** Members who bought relics and are party to no offence. */
  marketSide: number;
  /** Members party to an offending case. */
  offenders: number;
  /** Members party to an offending case together with another member. */
  coOffenders: number;
  /** Distinct other communities its members sold to or bought from. */
  tradePartners: number;
  /** Sales between its members and other communities' members. */
  outsideSales: number;
  kind: CommunityKind;
}

export interface Member {
  uid: string;
  /** Null when the reader may not see names. */
  name: string | null;
  role: MemberRole;
  degree: number;
  strength: number;
  betweenness: number;
  pagerank: number;
  participation: number;
  broker: number;
  offences: number;
  sold: number;
  bought: number;
}

export interface Tie {
  a: string;
  b: string;
  /** Evidence kind → how many records. */
  kinds: Record<string, number>;
  weight: number;
}

export interface GangDetail {
  profile: CommunityProfile;
  /** Ranked by PageRank; at most DRAWN_MEMBERS drawn. */
  members: Member[];
  roleCounts: Record<MemberRole, number>;
  keyPlayers: Member[];
  brokers: Member[];
  ties: Tie[];
  caseKinds: Array<{ kind: string; count: number }>;
  /** Per calendar year (China time): cases and sales. */
  activity: Array<{ year: number; cases: number; sales: number }>;
  salesValue: number;
  sites: Array<{ name: string; kind: string | null; place: string | null; cases: number }>;
  relics: Array<{
    description: string;
    period: string | null;
    value: number | null;
    currency: string | null;
  }>;
  relicValue: number;
  /** Why it is among those that matter (importance.ts). */
  reasons: Reason[];
  previous: GangMatch | null;
}

export type Reason =
  | { kind: 'relics'; value: number }
  | { kind: 'cases'; value: number }
  | { kind: 'size'; value: number }
  | { kind: 'recent'; at: number }
  | { kind: 'new' }
  | { kind: 'grew'; from: number; to: number };

export interface GangMatch {
  /** The previous run's community that shares most members, with the Jaccard overlap. */
  index: number;
  size: number;
  jaccard: number;
}

export interface Comparison {
  run: RunInfo;
  /** Normalised mutual information of the two partitions over the people in both. */
  nmi: number;
  shared: number;
  continued: number;
  newGangs: number;
  /** Previous communities of 3 or more that no gang of this run continues. */
  ended: number;
}

export interface NetworkState {
  nodes: number;
  largestComponent: number;
  components: number;
  communitiesBroken: number;
  buyersReachable: number;
  relicFlow: boolean;
}

export interface TargetRef {
  uid: string;
  name: string | null;
  community: number | null;
  rank: number | null;
  betweenness: number | null;
  broker: number | null;
  participation: number | null;
}

/** Strategies that removed the same people, reported as one. */
export interface StrategyGroup {
  strategies: string[];
  targets: TargetRef[];
  before: NetworkState;
  after: NetworkState;
}

export interface TakedownSection {
  jobId: string;
  /** When the simulation ran (epoch ms). */
  at: number;
  engine: string | null;
  people: number;
  looters: number;
  buyers: number;
  communities: number;
  notInNetwork: number;
  groups: StrategyGroup[];
  /** Index into groups of the recommended one, and the criterion that decided; null: no difference. */
  recommended: { group: number; basis: Basis } | null;
}

export type Basis = 'relicFlow' | 'communitiesBroken' | 'largestComponent' | 'buyersReachable' | 'components';

export interface InvestigationSection {
  name: string;
  description: string | null;
  owner: string;
  updatedAt: number;
  /** Entity type → count. */
  types: Array<{ type: string; count: number }>;
  /** People of the investigation, named when the reader may see names. */
  people: TargetRef[];
}

export interface SourceCount {
  source: string;
  type: string;
  count: number;
}

export interface BriefingModel {
  request: BriefingRequest;
  reader: Reader;
  generatedAt: number;
  auditReference: string;
  run: RunInfo;
  /** Earliest and latest case or sale of the run's communities. */
  span: { from: number | null; to: number | null };
  communities: CommunityProfile[];
  gangs: GangDetail[];
  /** Gangs without a section of their own, most important first. */
  otherGangs: CommunityProfile[];
  markets: CommunityProfile[];
  /** The gangs that matter most, for the summary (indices into gangs). */
  topGangs: number;
  previous: Comparison | null;
  takedown: TakedownSection | null;
  investigation: InvestigationSection | null;
  sources: SourceCount[];
}
