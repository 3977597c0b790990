import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as AccountUser } from '../../auth/accounts.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Crimegraph's GraphQL API. Feature files extend Query and Mutation; this file holds the roots and
   * the service's own status.
   */
  JSON: { input: unknown; output: unknown; }
};

export type Alert = {
  __typename?: 'Alert';
  /** What matched: site, vehicle, relic, earlier sales, gangs, the watched person … as ids. */
  detail?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** The investigation the caller turned it into. */
  investigationId?: Maybe<Scalars['ID']['output']>;
  raisedAt: Scalars['Float']['output'];
  /** The records that triggered it (entity ids), the same every time the same records arrive. */
  recordIds: Array<Scalars['ID']['output']>;
  /** The entities of recordIds, in that order; null where one no longer exists. */
  records: Array<Maybe<Entity>>;
  ruleId: Scalars['ID']['output'];
  ruleKind: AlertRuleKind;
  /** The rule's parameters when it raised the alert. */
  ruleParams: Scalars['JSON']['output'];
  /** Raised by a shared rule. */
  shared: Scalars['Boolean']['output'];
  /** Where those records came from: file#line (or feed#record) of each. */
  sources: Array<Scalars['String']['output']>;
  /** The caller's own status of it. */
  status: AlertStatus;
};

export type AlertInvestigation = {
  __typename?: 'AlertInvestigation';
  alert: Alert;
  investigation: Investigation;
};

export type AlertPage = {
  __typename?: 'AlertPage';
  items: Array<Alert>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type AlertRule = {
  __typename?: 'AlertRule';
  createdAt: Scalars['Float']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  /** Whether the caller may change or delete it. */
  mine: Scalars['Boolean']['output'];
  owner: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
  /** The pattern's parameters (docs/alerts.md lists them per kind). */
  params: Scalars['JSON']['output'];
  /** Made by an admin; its alerts reach every account that may read alerts. */
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['Float']['output'];
};

export type AlertRuleInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: AlertRuleKind;
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Admins only (admin:alerts). */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Geofences round sites, watchlists, standing patterns (alert rules) and the alert inbox
 * (docs/alerts.md). Rules carry a kind and parameters, never prose: the client names them in the
 * UI's language.
 */
export type AlertRuleKind =
  /** A new call between members of two different gangs of the latest community analysis. */
  | 'CROSS_GANG_CALL'
  /** A new record linking to a person of a saved investigation (or to their phone or vehicle). */
  | 'INVESTIGATION_LINK'
  /** A watched plate (or params.vehicleIds) sighted inside a site's geofence; at night unless params.night is false. */
  | 'PLATE_IN_GEOFENCE'
  /** A relic in a new sale record that was sold before, is reported in a case, or has a case relic's description. */
  | 'RELIC_RESURFACING'
  /** A new record linking to a watched entity (a gang: to one of its members), or to their phone or vehicle. */
  | 'WATCHED_ACTIVITY';

export type AlertRuleUpdate = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AlertStatus =
  | 'DISMISSED'
  | 'INVESTIGATION'
  | 'NEW'
  | 'SEEN';

/**
 * Analysis engines (communities, takedown, evolution). GRAPHOLOGY: in-process, in a worker thread of
 * the service. GDS: pushed down to Neo4j Graph Data Science (BAD_USER_INPUT when GDS is not installed,
 * or with a resolution other than 1). AUTO: GDS when it is installed, resolution is 1 and the network
 * (for evolution: its largest window) has at least 10,000,000 ties; graphology otherwise.
 */
export type AnalysisEngine =
  | 'AUTO'
  | 'GDS'
  | 'GRAPHOLOGY';

export type AnalysisRun = {
  __typename?: 'AnalysisRun';
  /** louvain, louvain (gds) or leiden (gds); null for runs before it was recorded. */
  algorithm?: Maybe<Scalars['String']['output']>;
  /** The largest standard error among the top-10 betweenness scores (0 when exact). */
  betweennessError: Scalars['Float']['output'];
  betweennessExact: Scalars['Boolean']['output'];
  communityCount: Scalars['Int']['output'];
  /** The connectivity check (null for runs before it was recorded). */
  connectivity?: Maybe<CommunityConnectivity>;
  /** Seeds run for the consensus, the run's own first (1: no consensus). */
  consensusRuns: Scalars['Int']['output'];
  consensusSeeds: Array<Scalars['Int']['output']>;
  createdAt: Scalars['Float']['output'];
  edgeCount: Scalars['Int']['output'];
  /** The engine that detected the communities: `graphology (worker thread)` or `gds <version>`. */
  engine: Scalars['String']['output'];
  /** Pairs each kind of evidence contributed. */
  evidence: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Actors without any tie (each a community of its own). */
  isolated?: Maybe<Scalars['Int']['output']>;
  jobId?: Maybe<Scalars['ID']['output']>;
  kind: Scalars['String']['output'];
  meanGangStability?: Maybe<Scalars['Float']['output']>;
  /** Mean stability of the people and of the communities over the consensus seeds (null without consensus). */
  meanPersonStability?: Maybe<Scalars['Float']['output']>;
  modularity: Scalars['Float']['output'];
  nodeCount: Scalars['Int']['output'];
  params: Scalars['JSON']['output'];
  resolution: Scalars['Float']['output'];
  seed: Scalars['Int']['output'];
  /** PERSON or PHONE: who the actors are (PERSON for runs before it was recorded). */
  subject: Scalars['String']['output'];
  /** Evidence the projection could not use, and why. */
  unusedEvidence: Array<UnusedEvidence>;
};

export type AnalysisRunPage = {
  __typename?: 'AnalysisRunPage';
  items: Array<AnalysisRun>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** Who the actors of an analysed network are. */
export type AnalysisSubject =
  /** People (default): every kind of evidence between people. */
  | 'PERSON'
  /** Phones: the call network, for call records whose numbers have no known holders. */
  | 'PHONE';

export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it stops working (epoch ms): API_TOKEN_DEFAULT_DAYS unless asked, at most API_TOKEN_MAX_DAYS. */
  expiresAt: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Shown once; only its hash is stored. */
  token: Scalars['String']['output'];
};

/** An API token as its owner and admins see it; never its secret. */
export type ApiTokenInfo = {
  __typename?: 'ApiTokenInfo';
  /** Epoch ms. */
  createdAt: Scalars['Float']['output'];
  /** Epoch ms; a token never lives past it. */
  expiresAt: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Epoch ms, to the minute; null if never used. */
  lastUsedAt?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Whose it is: the caller's own, or anyone's for an admin. */
  user: User;
};

export type ApiTokenPage = {
  __typename?: 'ApiTokenPage';
  items: Array<ApiTokenInfo>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One audited operation: who, when, what, on which entities, how many records. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Epoch milliseconds. */
  at: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  details?: Maybe<Scalars['JSON']['output']>;
  entityIds: Array<Scalars['String']['output']>;
  /** sha256 of the previous entry's hash and this entry's fields. */
  hash: Scalars['String']['output'];
  /** read (of person data), change, or auth (logins). */
  kind: Scalars['String']['output'];
  /** The GraphQL field or CLI command. */
  operation: Scalars['String']['output'];
  prevHash: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  /** Position in the chain, from 1. */
  seq: Scalars['Int']['output'];
  userId?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  items: Array<AuditEntry>;
  /** Pass as `after` for the next (older) page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** How many entries were checked. */
  checked: Scalars['Int']['output'];
  /** The seq of the first broken link, when not ok. */
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  /** The hash of the last entry (64 zeros for an empty log). */
  headHash: Scalars['String']['output'];
  /** The last entry of the chain (0 for an empty log). Keep it outside the database: verifying against it later shows entries removed from the end. */
  headSeq: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type BriefingFile = {
  __typename?: 'BriefingFile';
  /** The reference printed on the document and recorded with the export's audit entry. */
  auditReference: Scalars['String']['output'];
  byteSize: Scalars['Int']['output'];
  /** The file, base64. */
  content: Scalars['String']['output'];
  /** e.g. briefing-BR-20261207-1A2B3C4D-zh-CN.pdf */
  filename: Scalars['String']['output'];
  /** application/pdf */
  mimeType: Scalars['String']['output'];
  /** Whether people are named in it (the caller has read:entities). */
  namesShown: Scalars['Boolean']['output'];
  pages: Scalars['Int']['output'];
  /** SHA-256 of the file (hex), as the audit entry records it. */
  sha256: Scalars['String']['output'];
};

export type BriefingInput = {
  /** The case reference printed on the cover and at the head of every page (1 to 100 characters). */
  caseReference: Scalars['String']['input'];
  /** A saved investigation the caller may open (needs save:investigation). */
  investigationId?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<BriefingLanguage>;
  marking?: InputMaybe<ProtectiveMarking>;
  /** Gangs given a section of their own, most important first (0..40); the rest are listed in one table. */
  maxGangs?: InputMaybe<Scalars['Int']['input']>;
  paper?: InputMaybe<PaperSize>;
  /** The community-detection run; the latest when omitted. */
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** A succeeded takedown job (simulateTakedown): its strategies become the takedown section. */
  takedownJobId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the standard title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The issuing unit (1 to 200 characters). */
  unit: Scalars['String']['input'];
};

/**
 * The commander's briefing: a PDF generated on the server from one community-detection run
 * (optionally a takedown job and a saved investigation), in Chinese or English, with the protective
 * marking on every page. People are named only for readers with read:entities; others get
 * gang-level figures. Every export is recorded in the audit trail under its auditReference.
 */
export type BriefingLanguage =
  | 'en'
  | 'zh_CN';

export type Call = Entity & {
  __typename?: 'Call';
  /** When the call started (epoch ms). */
  at?: Maybe<Scalars['Float']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type Case = Entity & {
  __typename?: 'Case';
  /** When it happened (epoch ms). */
  at?: Maybe<Scalars['Float']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  /** The GB/T 2260 region it lies in. */
  region?: Maybe<Region>;
  sources: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type CommunitiesInput = {
  /** LOUVAIN (default) or LEIDEN (needs GDS: runs on GDS whatever the engine's AUTO would choose). */
  algorithm?: InputMaybe<CommunityAlgorithm>;
  /** Sources sampled for betweenness on large graphs (default 500). */
  betweennessSamples?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Consensus: run this many seeds in all (the run's seed, then seed+1, ...; 2..100, default 0 = none)
   * and record each person's and each community's stability (KeyPlayer.stability, Community.stability).
   */
  consensus?: InputMaybe<Scalars['Int']['input']>;
  /** Which engine detects the communities (default AUTO); the job and its AnalysisRun say which ran. */
  engine?: InputMaybe<AnalysisEngine>;
  projection?: InputMaybe<ProjectionInput>;
  /** Louvain resolution (default 1; higher finds smaller gangs). */
  resolution?: InputMaybe<Scalars['Float']['input']>;
  /** RNG seed: the same seed on the same data gives the same communities (default 42). */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** PERSON (default) or PHONE (the call network); the same as projection.subject. */
  subject?: InputMaybe<AnalysisSubject>;
};

export type Community = {
  __typename?: 'Community';
  caseIds: Array<Scalars['ID']['output']>;
  cases?: Maybe<Scalars['Int']['output']>;
  /** Ties inside / possible ties. */
  density: Scalars['Float']['output'];
  /** The community's active time span (epoch ms), from its cases and sales. */
  firstAt?: Maybe<Scalars['Float']['output']>;
  index: Scalars['Int']['output'];
  /** The top members by PageRank. */
  keyPlayers: Array<Scalars['ID']['output']>;
  lastAt?: Maybe<Scalars['Float']['output']>;
  relicIds: Array<Scalars['ID']['output']>;
  relics?: Maybe<Scalars['Int']['output']>;
  runId: Scalars['ID']['output'];
  sales?: Maybe<Scalars['Int']['output']>;
  siteIds: Array<Scalars['ID']['output']>;
  sites?: Maybe<Scalars['Int']['output']>;
  size: Scalars['Int']['output'];
  /** Consensus runs: mean Jaccard overlap with its best match over the other seeds (0..1; null without consensus). */
  stability?: Maybe<Scalars['Float']['output']>;
};

/** Community detection algorithm: LOUVAIN (graphology or GDS) or LEIDEN (GDS gds.leiden only). */
export type CommunityAlgorithm =
  | 'LEIDEN'
  | 'LOUVAIN';

/** The connectivity check of a run: every community is connected; disconnected ones were split. */
export type CommunityConnectivity = {
  __typename?: 'CommunityConnectivity';
  /** Communities the algorithm returned. */
  checked: Scalars['Int']['output'];
  /** Communities after splitting (the run's communities). */
  communities: Scalars['Int']['output'];
  /** Of those, communities that were not connected inside themselves (split into their parts). */
  disconnected: Scalars['Int']['output'];
};

/** A run's communities as one node each, with the weighted links between them. */
export type CommunityGraph = {
  __typename?: 'CommunityGraph';
  /** Whether nodes or edges were cut to the caps (first; at most 20,000 links). */
  capped: Scalars['Boolean']['output'];
  /** Links between the returned communities, heaviest first. */
  edges: Array<CommunityLink>;
  /** The largest communities, largest first. */
  nodes: Array<Community>;
  runId: Scalars['ID']['output'];
  /** All communities of the run. */
  totalCommunities: Scalars['Int']['output'];
  /** All links between the returned communities above minWeight. */
  totalLinks: Scalars['Int']['output'];
};

/** A link between two communities of a run: the projected ties between their members. */
export type CommunityLink = {
  __typename?: 'CommunityLink';
  /** Number of person-person edges between them. */
  links: Scalars['Int']['output'];
  /** Community indices (source < target). */
  source: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
  /** Total projected edge weight between the two communities' members. */
  weight: Scalars['Float']['output'];
};

export type CommunityPage = {
  __typename?: 'CommunityPage';
  items: Array<Community>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** Phone contact: who called whom, how often, first and last call. */
export type Contact = {
  __typename?: 'Contact';
  callee: Phone;
  caller: Phone;
  count: Scalars['Int']['output'];
  evidence: EdgeEvidence;
  firstAt?: Maybe<Scalars['Float']['output']>;
  lastAt?: Maybe<Scalars['Float']['output']>;
  totalSeconds?: Maybe<Scalars['Float']['output']>;
};

export type ContactPage = {
  __typename?: 'ContactPage';
  items: Array<Contact>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One step of a relic's custody, from a holding or a sale, and how sure its place in the order is. */
export type CustodyStep = {
  __typename?: 'CustodyStep';
  /** The record calls its date approximate (c., ~, 约). */
  approximate: Scalars['Boolean']['output'];
  /** When it began, as far as known: the start of the period `precision` names; null when unknown (never made up). */
  at?: Maybe<Scalars['Float']['output']>;
  buyers: Array<Person>;
  /** True when its place among the dated steps is established by the records; false with the reason otherwise. */
  certain: Scalars['Boolean']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  /** The holder (HOLDING). */
  holder?: Maybe<Person>;
  /** HOLDING or SALE. */
  kind: Scalars['String']['output'];
  /** day, month, year, decade or unknown. */
  precision: Scalars['String']['output'];
  price?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** The sale (SALE). */
  sale?: Maybe<Sale>;
  sellers: Array<Person>;
  /** When a holding ended, as far as known. */
  until?: Maybe<Scalars['Float']['output']>;
};

/** A stored candidate duplicate, with the decision taken on it. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  a: Person;
  b: Person;
  /** When the latest detection run found it (epoch ms). */
  detectedAt: Scalars['Float']['output'];
  evidence: Array<DuplicateEvidence>;
  id: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
  status: DuplicateStatus;
};

export type DuplicateCandidatePage = {
  __typename?: 'DuplicateCandidatePage';
  items: Array<DuplicateCandidate>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type DuplicateDetection = {
  __typename?: 'DuplicateDetection';
  /** The best candidates, up to limit. */
  candidates: Array<DuplicatePair>;
  /** Pairs scored: only pairs sharing a block (document, ID number, phone, IMEI, vehicle, name key or pinyin, birth date). */
  pairsCompared: Scalars['Int']['output'];
  personsScanned: Scalars['Int']['output'];
  /** Blocks too large to be evidence (a key shared by more than 50 people), not paired. */
  skippedBlocks: Scalars['Int']['output'];
  /** Candidates stored (all scoring at least minScore). */
  stored: Scalars['Int']['output'];
};

/**
 * Entity resolution: candidate duplicate persons with their evidence, and reversible merges. A merge
 * keeps every original record; it adds a canonical Person that the originals point to (`mergedInto`)
 * and that carries copies of their relationships. See docs/resolution.md.
 */
export type DuplicateEvidence = {
  __typename?: 'DuplicateEvidence';
  /** What matched: the document number, the IMEI and its two phone records, the two names, ... */
  detail: Scalars['String']['output'];
  /**
   * same-id-number (the same resident identity number), shared-document, same-imei, shared-phone,
   * shared-vehicle, same-name (traditional and simplified characters are one name), similar-name,
   * alias-match, same-birth-date, same-pinyin (homophones: a weak clue), or a conflict with a
   * negative weight: different-birth-date, different-sex, different-id-number (the birth date and
   * sex a record's identity number gives count when it states none).
   */
  kind: Scalars['String']['output'];
  /** Its contribution: positive clues combine as 1 - Π(1 - weight); a conflict scales the score down. */
  weight: Scalars['Float']['output'];
};

/** A scored pair of person records that may be one person (as found by a detection run). */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  a: Person;
  b: Person;
  /** Strongest first. */
  evidence: Array<DuplicateEvidence>;
  /** Stable across detection runs: derived from the two uids. */
  id: Scalars['ID']['output'];
  /** 0..1. */
  score: Scalars['Float']['output'];
};

export type DuplicateStatus =
  | 'merged'
  | 'open'
  | 'rejected';

/** A relationship, ready to draw: from `source` to `target`. */
export type Edge = {
  __typename?: 'Edge';
  /**
   * True when the direction carries meaning (who called whom, who sold); false for symmetric links
   * such as ASSOCIATE_OF, which are stored with an arbitrary direction.
   */
  directed: Scalars['Boolean']['output'];
  evidence: EdgeEvidence;
  /** Time span (epoch ms): first and last call, start and end of use, or the event's time. */
  firstAt?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  lastAt?: Maybe<Scalars['Float']['output']>;
  properties: Scalars['JSON']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** The relationship type, e.g. USES, CALLS, SOLD, ASSOCIATE_OF. */
  type: Scalars['String']['output'];
  /** How strong the link is: the number of calls for CALLS, otherwise 1. */
  weight: Scalars['Float']['output'];
};

/** The provenance behind a relationship or record. */
export type EdgeEvidence = {
  __typename?: 'EdgeEvidence';
  /** 0..1 */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** When it was first loaded (epoch ms). */
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  /** Source records: `<source>#<record>`; `derived:calls` for call summaries built from Call records. */
  sources: Array<Scalars['String']['output']>;
};

/**
 * Anything in the investigation graph. Model entities (Person, Phone, Vehicle, Relic, Site, Case,
 * Sale, Call, Sighting, Group) are identified by `<Type>:<key>`; imported records kept as they were (for
 * example POLE's Location or Officer) are `OtherEntity` and identified by a stable database id.
 */
export type Entity = {
  /** 0..1, the highest confidence any source gave it. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The API id: `<Type>:<key>` for model entities, a database element id for other records. */
  id: Scalars['ID']['output'];
  /** When it was first loaded (epoch ms). */
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  /** A short display name. */
  label: Scalars['String']['output'];
  /** Every label of the record. */
  labels: Array<Scalars['String']['output']>;
  /** When the record was merged into another by entity resolution, the uid of the survivor. */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  /** All stored properties (internal search fields left out). */
  properties: Scalars['JSON']['output'];
  /** Where the record came from: `<source>#<record>` for each source. */
  sources: Array<Scalars['String']['output']>;
  /** The entity type (its model label, or the record's own first label). */
  type: Scalars['String']['output'];
};

/** A record linking two entities: a relationship between them, or two through one intermediary. */
export type EvidenceLink = {
  __typename?: 'EvidenceLink';
  /** The weakest confidence along the link. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** One edge (direct) or two (through `via`). */
  edges: Array<Edge>;
  /** The source records: of the edges, and of `via` when it is an event (sale, call, case...). */
  sources: Array<Scalars['String']['output']>;
  /** null for a direct link. */
  via?: Maybe<Entity>;
};

export type EvidencePage = {
  __typename?: 'EvidencePage';
  items: Array<EvidenceLink>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** Weight per kind of evidence in the person-to-person projection (0 leaves a kind out). */
export type EvidenceWeightsInput = {
  /** Shared group membership (MEMBER_OF a Group): 1/(n-1) per shared group of n members, times this (default 1). */
  affiliation?: InputMaybe<Scalars['Float']['input']>;
  associate?: InputMaybe<Scalars['Float']['input']>;
  calls?: InputMaybe<Scalars['Float']['input']>;
  coOffending?: InputMaybe<Scalars['Float']['input']>;
  coSighting?: InputMaybe<Scalars['Float']['input']>;
  family?: InputMaybe<Scalars['Float']['input']>;
  sale?: InputMaybe<Scalars['Float']['input']>;
  sharedPhone?: InputMaybe<Scalars['Float']['input']>;
  sharedVehicle?: InputMaybe<Scalars['Float']['input']>;
};

export type EvolutionEvent = {
  __typename?: 'EvolutionEvent';
  gang: Scalars['Int']['output'];
  jaccard?: Maybe<Scalars['Float']['output']>;
  /** birth, death, continue, merge or split. */
  kind: Scalars['String']['output'];
  related: Array<Scalars['Int']['output']>;
  /** CORE, continue: people the community shares with the lineage's remembered windows. */
  shared?: Maybe<Scalars['Int']['output']>;
  window: Scalars['Int']['output'];
};

export type EvolutionInput = {
  /** Share of its windows a member must be in to be in the gang's core (default 0.75). */
  coreShare?: InputMaybe<Scalars['Float']['input']>;
  /** Which engine detects each window's communities (default AUTO); the job and its result say which ran. */
  engine?: InputMaybe<AnalysisEngine>;
  from: Scalars['Float']['input'];
  /** CORE: windows a lineage may go unseen and still resume (default 1). */
  maxGap?: InputMaybe<Scalars['Int']['input']>;
  /** CORE: a lineage's most recent windows whose members it carries forward (default 3). */
  memory?: InputMaybe<Scalars['Int']['input']>;
  /** How gangs are followed from window to window (default CORE; docs/analysis.md, Gang evolution). */
  method?: InputMaybe<EvolutionMethod>;
  /** CORE: ...and at least this share of the smaller of the two (default 0.2). */
  minShare?: InputMaybe<Scalars['Float']['input']>;
  /** CORE: people a community must share with a lineage to continue it (default 2). */
  minShared?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  projection?: InputMaybe<ProjectionInput>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** CORE: share of a lineage's persisting members a split part or a merge must take (default 0.3). */
  splitShare?: InputMaybe<Scalars['Float']['input']>;
  stepDays?: InputMaybe<Scalars['Float']['input']>;
  /** JACCARD: Jaccard overlap for two communities to be the same gang (default 0.3). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['Float']['input'];
  windowDays?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * CORE: each community continues the earlier lineage holding most of its persisting members
 * (weighted by how long they were in it), so an organisation with high turnover stays one lineage;
 * splits and merges are read off shares of persisting members. JACCARD: two communities are the same
 * gang when their member overlap is at least `threshold` (the earlier rule).
 */
export type EvolutionMethod =
  | 'CORE'
  | 'JACCARD';

export type EvolutionReport = {
  __typename?: 'EvolutionReport';
  births: Scalars['Int']['output'];
  deaths: Scalars['Int']['output'];
  events: Array<EvolutionEvent>;
  gangs: Array<GangLineage>;
  jobId: Scalars['ID']['output'];
  merges: Scalars['Int']['output'];
  movers: Array<GangMover>;
  splits: Scalars['Int']['output'];
  windows: Array<EvolutionWindow>;
};

export type EvolutionWindow = {
  __typename?: 'EvolutionWindow';
  communities: Scalars['Int']['output'];
  end: Scalars['Float']['output'];
  label: Scalars['String']['output'];
  modularity?: Maybe<Scalars['Float']['output']>;
  people: Scalars['Int']['output'];
  start: Scalars['Float']['output'];
};

export type GangLineage = {
  __typename?: 'GangLineage';
  /** Its persistent core: people in it for most of its life. */
  core: Array<Scalars['ID']['output']>;
  id: Scalars['Int']['output'];
  parent?: Maybe<Scalars['Int']['output']>;
  sizes: Array<Scalars['Int']['output']>;
  /** Windows (indices) the gang exists in, with its size there. */
  windows: Array<Scalars['Int']['output']>;
};

export type GangMover = {
  __typename?: 'GangMover';
  gangs: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  movedBetweenGangs: Scalars['Boolean']['output'];
  reappears: Scalars['Boolean']['output'];
  windows: Array<Scalars['Int']['output']>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type Geofence = {
  __typename?: 'Geofence';
  /** The centre (the site's point, or the polygon's mean). */
  center: GeoPoint;
  kind: GeofenceKind;
  /** Set by hand (kept when the site is ingested again). */
  manual: Scalars['Boolean']['output'];
  polygon?: Maybe<Array<GeoPoint>>;
  /** national, provincial, municipal or unranked (from the site's protectionLevel). */
  protectionLevel: Scalars['String']['output'];
  /** The circle's radius; for a polygon, the radius that encloses it. */
  radiusMeters: Scalars['Float']['output'];
  siteId: Scalars['ID']['output'];
  siteName?: Maybe<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
};

export type GeofenceInput = {
  /** 3 to 500 corners. */
  polygon?: InputMaybe<Array<GeoPointInput>>;
  /** A circle round the site (10 to 50,000 m); or give polygon. */
  radiusMeters?: InputMaybe<Scalars['Float']['input']>;
  /** IANA time zone of the site's local time (default the site's timeZone, else Asia/Shanghai). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type GeofenceKind =
  | 'CIRCLE'
  | 'POLYGON';

export type GeofencePage = {
  __typename?: 'GeofencePage';
  items: Array<Geofence>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type GeofenceSighting = {
  __typename?: 'GeofenceSighting';
  at: Scalars['Float']['output'];
  /** The sighting's time in the geofence's time zone (ISO 8601 with offset). */
  localTime: Scalars['String']['output'];
  /** Persons who own or drive the vehicle. */
  ownerIds: Array<Scalars['ID']['output']>;
  /** Phones those persons use. */
  phoneIds: Array<Scalars['ID']['output']>;
  plate?: Maybe<Scalars['String']['output']>;
  sightingId: Scalars['ID']['output'];
  siteId: Scalars['ID']['output'];
  sources: Array<Scalars['String']['output']>;
  vehicleId?: Maybe<Scalars['ID']['output']>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  entity: Entity;
  /** Hops from the nearest starting entity (0 for the starting entities); null where not meaningful. */
  hop?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** The entity types and relationship types present in the database, for filters. */
export type GraphVocabulary = {
  __typename?: 'GraphVocabulary';
  entityTypes: Array<Scalars['String']['output']>;
  relationshipTypes: Array<Scalars['String']['output']>;
};

/** An organisation, a meeting or an event people belong to or attended (affiliation data). */
export type Group = Entity & {
  __typename?: 'Group';
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  /** organisation, meeting, event or other. */
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

/** A relic that passed through a person's hands. */
export type HandledRelic = {
  __typename?: 'HandledRelic';
  /** Earliest purchase by the person (epoch ms). */
  acquiredAt?: Maybe<Scalars['Float']['output']>;
  /** Latest sale by the person (epoch ms). */
  disposedAt?: Maybe<Scalars['Float']['output']>;
  relic: Relic;
  /** The person's own purchases and sales of it, in date order. */
  steps: Array<ResaleStep>;
};

export type HandledRelicPage = {
  __typename?: 'HandledRelicPage';
  items: Array<HandledRelic>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type Health = {
  __typename?: 'Health';
  neo4j?: Maybe<Neo4jInfo>;
  /** The highest applied schema migration (NNN of cypher/schema/NNN-*.cypher). */
  schemaVersion?: Maybe<Scalars['Int']['output']>;
  status: HealthStatus;
  /** Seconds since the service started. */
  uptimeSeconds: Scalars['Float']['output'];
};

export type HealthStatus =
  | 'DB_UNAVAILABLE'
  | 'OK'
  | 'STARTING';

/** One ingest run: its files, when, who, how, and what it loaded. */
export type Import = {
  __typename?: 'Import';
  accepted?: Maybe<Scalars['Int']['output']>;
  /** When it started (epoch ms). */
  at: Scalars['Float']['output'];
  /** The account that ran it ('system' for loads outside the API and CLI). */
  by: Scalars['String']['output'];
  /** The files (or API batch names) its records cite as their source. */
  files: Array<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  nodesCreated?: Maybe<Scalars['Int']['output']>;
  records?: Maybe<Scalars['Int']['output']>;
  rejected?: Maybe<Scalars['Int']['output']>;
  relationshipsCreated?: Maybe<Scalars['Int']['output']>;
  rolledBackAt?: Maybe<Scalars['Float']['output']>;
  rolledBackBy?: Maybe<Scalars['String']['output']>;
  status: ImportStatus;
  /** cli, graphql or api. */
  via: Scalars['String']['output'];
};

export type ImportPage = {
  __typename?: 'ImportPage';
  items: Array<Import>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type ImportStatus =
  | 'done'
  | 'rolled_back'
  | 'running';

/** How a batch of records handed to the ingest mutation is written (docs/ingest.md). */
export type IngestFormat =
  /** Affiliation data: person, group (organisation, meeting, event), role, time. */
  | 'affiliations'
  | 'calls'
  | 'cases'
  /** Call-detail records read through a column mapping (pass mapping). */
  | 'cdr'
  /** An edge list: ties between entities with optional weight, time, direction, kind and source. */
  | 'edges'
  /** FollowTheMoney entities as JSON lines. */
  | 'ftm'
  /** Who held which relic, from and to as far as known (a day, month, year, decade or unknown). */
  | 'holdings'
  | 'links'
  | 'persons'
  | 'phones'
  | 'relics'
  | 'sales'
  | 'sightings'
  | 'sites'
  | 'vehicles';

/** A record that did not land: where it was and why. */
export type IngestReject = {
  __typename?: 'IngestReject';
  /** The stable code of the reason (docs/ingest.md lists them), e.g. id-number.check-digit. */
  code: Scalars['String']['output'];
  field: Scalars['String']['output'];
  file: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  /** The values the reason names, e.g. { expected: 'X', got: '3' }. */
  params: Scalars['JSON']['output'];
  /** Why, in the language the mutation was asked for (zh-CN: a sentence naming the line and the field). */
  reason: Scalars['String']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  accepted: Scalars['Int']['output'];
  durationMs: Scalars['Float']['output'];
  /** The run's import record (see imports, rollbackImport); null when nothing was read. */
  importId?: Maybe<Scalars['ID']['output']>;
  nodesCreated: Scalars['Int']['output'];
  records: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** The first 1000 rejects. */
  rejects: Array<IngestReject>;
  relationshipsCreated: Scalars['Int']['output'];
};

/** A named set of entities and filters that the owner, and colleagues when shared, can reopen. */
export type Investigation = {
  __typename?: 'Investigation';
  createdAt: Scalars['Float']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The entities, in the order saved; null where one no longer exists. */
  entities: Array<Maybe<Entity>>;
  entityIds: Array<Scalars['ID']['output']>;
  /** The view's filters (e.g. a NeighbourhoodInput without ids), as the client saved them. */
  filters?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
  /** Visible to every account that may save investigations. */
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['Float']['output'];
};

export type InvestigationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500 entity ids. */
  entityIds: Array<Scalars['ID']['input']>;
  /** A JSON object of at most 20 kB. */
  filters?: InputMaybe<Scalars['JSON']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

export type InvestigationPage = {
  __typename?: 'InvestigationPage';
  items: Array<Investigation>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type Job = {
  __typename?: 'Job';
  createdAt: Scalars['Float']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Which engine ran the analysis, e.g. `graphology (worker thread)` or `gds 2.13.9`. */
  engine?: Maybe<Scalars['String']['output']>;
  /** Why it failed (e.g. `interrupted by restart`). */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** communities, takedown, evolution or repeat-offenders. */
  kind: Scalars['String']['output'];
  message?: Maybe<Scalars['String']['output']>;
  params: Scalars['JSON']['output'];
  /** 0..1. */
  progress: Scalars['Float']['output'];
  /** The job's summary result (JSON); the typed queries below read the details. */
  result?: Maybe<Scalars['JSON']['output']>;
  /** The analysis run it wrote (community detection). */
  runId?: Maybe<Scalars['ID']['output']>;
  startedAt?: Maybe<Scalars['Float']['output']>;
  status: JobStatus;
};

export type JobPage = {
  __typename?: 'JobPage';
  items: Array<Job>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Network analysis jobs: community detection (gangs), key players and brokers, repeat offenders,
 * gang evolution over time windows and takedown simulation. Every analysis runs as a job: start it
 * with a mutation, watch `job(id)` (status, progress, engine), read its results.
 */
export type JobStatus =
  | 'cancelled'
  | 'failed'
  | 'queued'
  | 'running'
  | 'succeeded';

export type KeyPlayer = {
  __typename?: 'KeyPlayer';
  betweenness: Scalars['Float']['output'];
  /** Broker score: participation × relative betweenness. */
  broker: Scalars['Float']['output'];
  community: Scalars['Int']['output'];
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  pagerank: Scalars['Float']['output'];
  /** Participation coefficient: 0 = ties in one community only. */
  participation: Scalars['Float']['output'];
  /** Consensus runs: share of the other seeds in which this person fell in their community (0..1; null without consensus). */
  stability?: Maybe<Scalars['Float']['output']>;
  strength: Scalars['Float']['output'];
};

export type KeyPlayerMeasure =
  | 'betweenness'
  | 'broker'
  | 'degree'
  | 'pagerank'
  | 'strength';

/** A page of key players, with the cursor of the next page (null on the last). */
export type KeyPlayerPage = {
  __typename?: 'KeyPlayerPage';
  items: Array<KeyPlayer>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One original record merged into a canonical person, with who merged it, when and why. */
export type MergedRecord = {
  __typename?: 'MergedRecord';
  at: Scalars['Float']['output'];
  by: Scalars['String']['output'];
  person: Person;
  reason: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A no-op that lets feature files extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Adds a note (1 to 10,000 characters) to an entity. */
  addNote: Note;
  /** Saves the alert's records as a new investigation of the caller. */
  alertToInvestigation: AlertInvestigation;
  cancelJob: Job;
  /** Drops a hand-set geofence; the site's automatic one is built again. */
  clearGeofence: Scalars['Boolean']['output'];
  createAlertRule: AlertRule;
  /** Creates an API token for scripts, acting as the caller; it expires (default API_TOKEN_DEFAULT_DAYS). */
  createApiToken: ApiToken;
  /** Admin: creates an account. */
  createUser: User;
  deleteAlertRule: Scalars['Boolean']['output'];
  deleteInvestigation: Scalars['Boolean']['output'];
  /** Deletes a note; only its author or an admin may. */
  deleteNote: Scalars['Boolean']['output'];
  detectCommunities: Job;
  /** Renders and audits a briefing (read:briefing). */
  exportBriefing: BriefingFile;
  /** Runs duplicate detection over all active persons and stores the candidates scoring at least minScore. */
  findDuplicateCandidates: DuplicateDetection;
  findRepeatOffenders: Job;
  /**
   * Loads one batch through the ingest pipeline (the same as `npm run ingest`). `source` names the
   * file or feed the records cite as provenance ("<source>#<line>"); `text` is the CSV (with its
   * header line) or the JSON lines; `mapping` is the column mapping of call-detail records.
   * Idempotent: the same batch twice changes nothing. Needs the ingest permission. `language` is the
   * language of the rejects' reasons (a tag such as zh-CN or en: any zh… is Chinese, anything else
   * English; default English).
   */
  ingest: IngestResult;
  /** Signs in and returns a session token. */
  login: Session;
  /** Admin: merges two or more persons into a new canonical person (reversible with unmergePerson). */
  mergePersons: PersonMerge;
  /** Builds or updates the automatic geofence of every site with coordinates. Returns how many. */
  refreshGeofences: Scalars['Int']['output'];
  /** Revokes one of the caller's API tokens at once (an admin's: anyone's). Returns what it was. */
  revokeApiToken: ApiTokenInfo;
  /**
   * Rolls an import back in one transaction: records whose only source is that import are removed,
   * shared ones lose its source, derived call summaries are recomputed; audited. With dryRun, the same
   * transaction is rolled back and reports the same counts, changing nothing. Needs the ingest permission.
   */
  rollbackImport: RollbackResult;
  saveInvestigation: Investigation;
  /** Sets the caller's status of an alert (NEW, SEEN or DISMISSED). */
  setAlertStatus: Alert;
  /** Admin: marks a candidate as not the same person (rejected) or open again. */
  setDuplicateStatus: DuplicateStatus;
  setGeofence: Geofence;
  /** Admin: disables or re-enables an account; a disabled account's sessions and tokens stop working. */
  setUserDisabled: User;
  simulateTakedown: Job;
  trackGangEvolution: Job;
  /** Admin: undoes a merge, given the canonical's id; returns the restored original records. */
  unmergePerson: Array<Person>;
  unwatch: Scalars['Boolean']['output'];
  /** Own rules; shared ones by an admin. Applies from the next ingest. */
  updateAlertRule: AlertRule;
  /** Only the owner (or an admin) may update. */
  updateInvestigation: Investigation;
  watch: Watch;
};


export type MutationAddNoteArgs = {
  entityId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAlertToInvestigationArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClearGeofenceArgs = {
  siteId: Scalars['ID']['input'];
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateApiTokenArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  password: Scalars['String']['input'];
  role: Role;
  username: Scalars['String']['input'];
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetectCommunitiesArgs = {
  input?: InputMaybe<CommunitiesInput>;
};


export type MutationExportBriefingArgs = {
  input: BriefingInput;
};


export type MutationFindDuplicateCandidatesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationFindRepeatOffendersArgs = {
  input?: InputMaybe<RepeatOffendersInput>;
};


export type MutationIngestArgs = {
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  format: IngestFormat;
  language?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  source: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMergePersonsArgs = {
  ids: Array<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackImportArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  importId: Scalars['ID']['input'];
};


export type MutationSaveInvestigationArgs = {
  input: InvestigationInput;
};


export type MutationSetAlertStatusArgs = {
  id: Scalars['ID']['input'];
  status: AlertStatus;
};


export type MutationSetDuplicateStatusArgs = {
  id: Scalars['ID']['input'];
  status: DuplicateStatus;
};


export type MutationSetGeofenceArgs = {
  input: GeofenceInput;
  siteId: Scalars['ID']['input'];
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSimulateTakedownArgs = {
  input: TakedownInput;
};


export type MutationTrackGangEvolutionArgs = {
  input: EvolutionInput;
};


export type MutationUnmergePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnwatchArgs = {
  entityId: Scalars['ID']['input'];
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleUpdate;
};


export type MutationUpdateInvestigationArgs = {
  id: Scalars['ID']['input'];
  input: InvestigationInput;
};


export type MutationWatchArgs = {
  entityId: Scalars['ID']['input'];
};

export type NeighbourhoodInput = {
  /** Most nodes to return; defaults to and may not exceed the service's MAX_RESULT_NODES. */
  cap?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 3. */
  hops?: InputMaybe<Scalars['Int']['input']>;
  /** The starting entities (1 to 50). */
  ids: Array<Scalars['ID']['input']>;
  includeMerged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep only links and nodes at least this confident (0..1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Keep only nodes with one of these labels. By default every type except individual Call records,
   * which CALLS edges summarise; name `Call` to expand them.
   */
  nodeTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Follow only these relationship types (see graphVocabulary). */
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keep only links and events that overlap this window. */
  window?: InputMaybe<TimeWindow>;
};

export type Neo4jInfo = {
  __typename?: 'Neo4jInfo';
  /** Where the service reaches the database (host:port of its Bolt server): for admins; null otherwise. */
  address?: Maybe<Scalars['String']['output']>;
  edition: Scalars['String']['output'];
  /** True when this service started the database itself (the embedded default). */
  embedded: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type NetworkState = {
  __typename?: 'NetworkState';
  buyersReachable: Scalars['Int']['output'];
  communitiesBroken: Scalars['Int']['output'];
  components: Scalars['Int']['output'];
  largestComponent: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  /** Whether relics can still flow from looters to buyers. */
  relicFlow: Scalars['Boolean']['output'];
};

export type Note = {
  __typename?: 'Note';
  author: Scalars['String']['output'];
  authorId: Scalars['ID']['output'];
  createdAt: Scalars['Float']['output'];
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type NotePage = {
  __typename?: 'NotePage';
  items: Array<Note>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** An imported record kept with its own labels (e.g. POLE's Location, Officer, Crime). */
export type OtherEntity = Entity & {
  __typename?: 'OtherEntity';
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type PaperSize =
  | 'A4'
  | 'LETTER';

export type Path = {
  __typename?: 'Path';
  /** Edge ids, in order. */
  edgeIds: Array<Scalars['ID']['output']>;
  length: Scalars['Int']['output'];
  /** Node ids from `from` to `to`. */
  nodeIds: Array<Scalars['ID']['output']>;
};

export type PathInput = {
  /** For K_SHORTEST and ALL_SHORTEST: the nextCursor of the previous page, for the next k paths. */
  after?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  includeMerged?: InputMaybe<Scalars['Boolean']['input']>;
  /** For K_SHORTEST and ALL_SHORTEST: most paths to return per page (1 to 10). */
  k?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 8. */
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  mode?: InputMaybe<PathMode>;
  /** Follow only these relationship types; all by default. */
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};

export type PathMode =
  /** Every path of the shortest length. */
  | 'ALL_SHORTEST'
  /** The k shortest paths (alternatives of increasing length). */
  | 'K_SHORTEST'
  /** One shortest path. */
  | 'SHORTEST';

export type PathResult = {
  __typename?: 'PathResult';
  /** Whether more paths than the ones returned exist (the page was cut at k): never a silent cap. */
  hasMore: Scalars['Boolean']['output'];
  /** Pass as input.after for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Why the answer stopped early, in words; null when it did not. */
  note?: Maybe<Scalars['String']['output']>;
  paths: Array<Path>;
  /** Every node and edge of the paths, to draw. */
  subgraph: Subgraph;
  /** The same as hasMore: the answer stopped early. */
  truncated: Scalars['Boolean']['output'];
};

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  /** Birth date as recorded (YYYY-MM-DD). */
  birthDate?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  documentIds: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The resident identity number (GB 11643, 18 characters) when one is known. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Where the identity number was issued: the region its first six digits name. */
  idRegion?: Maybe<Region>;
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** ISO 3166 country code. */
  nationality?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  /** `male` or `female`, as recorded or as the identity number says. */
  sex?: Maybe<Scalars['String']['output']>;
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type PersonMerge = {
  __typename?: 'PersonMerge';
  /** The merged person the analyses see; its sources are the union of the originals'. */
  canonical: Person;
  /** The original records, unchanged except for mergedInto. */
  members: Array<MergedRecord>;
};

export type Phone = Entity & {
  __typename?: 'Phone';
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  imei?: Maybe<Scalars['String']['output']>;
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type ProjectionInput = {
  /** Halve a pair's call weight for every this many days since their last call. */
  callHalfLifeDays?: InputMaybe<Scalars['Float']['input']>;
  /** Vehicles near the same site within this many minutes count as co-sighted (default 30). */
  coSightingMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** Only evidence inside this window (epoch ms). */
  from?: InputMaybe<Scalars['Float']['input']>;
  /** Only links at least this confident (0..1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** PERSON (default) or PHONE: who the actors are. */
  subject?: InputMaybe<AnalysisSubject>;
  to?: InputMaybe<Scalars['Float']['input']>;
  weights?: InputMaybe<EvidenceWeightsInput>;
};

/** Protective markings (server/features/briefing/markings.ts holds their words in each language). */
export type ProtectiveMarking =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'SECRET'
  | 'WORK_SECRET';

export type Query = {
  __typename?: 'Query';
  alert: Alert;
  /** The header's count: alerts new to the caller. */
  alertCount: Scalars['Int']['output'];
  /** The caller's alert rules and the shared ones. */
  alertRules: Array<AlertRule>;
  /** The caller's inbox: alerts of their rules and of shared rules, newest first; without status, all but dismissed. */
  alerts: AlertPage;
  analysisRuns: AnalysisRunPage;
  /** Admin: API tokens of one user (userId) or of everyone, newest first. */
  apiTokens: ApiTokenPage;
  /** Admin: the audit trail, newest first. `user` is a user id or username; `from`/`to` epoch ms. */
  auditEntries: AuditPage;
  /** People who bridge communities, by broker score. */
  brokers: Array<KeyPlayer>;
  /** Communities of a run (the latest community run when runId is omitted), largest first. */
  communities: CommunityPage;
  /**
   * The community graph of a run (latest community run when runId is omitted): one node per community
   * (at most `first`, 1..2000, largest first) and the links between them of weight >= minWeight.
   */
  communityGraph: CommunityGraph;
  /**
   * Phone contacts of a phone, or of every phone a person uses: who called whom, how often, first
   * and last call; most frequent first.
   */
  contacts: ContactPage;
  /** Stored candidate duplicates, best first (open ones by default). */
  duplicateCandidates: DuplicateCandidatePage;
  /** Several entities by id, in the order asked; null where there is none. */
  entities: Array<Maybe<Entity>>;
  /** One entity by id. NOT_FOUND when there is none. */
  entity: Entity;
  evolutionReport: EvolutionReport;
  geofences: GeofencePage;
  /** The labels and relationship types that can be used in filters. */
  graphVocabulary: GraphVocabulary;
  /** The service, its database and its schema version. Needs no credentials. */
  health: Health;
  /** The recorded ingest runs, newest first. Needs the ingest permission. */
  imports: ImportPage;
  investigation: Investigation;
  /** Your investigations and the ones colleagues shared, most recently updated first. */
  investigations: InvestigationPage;
  job: Job;
  jobs: JobPage;
  /** The same ranking as keyPlayers, as a page: pass nextCursor as `after` for the next one. */
  keyPlayerPage: KeyPlayerPage;
  /** Key players of a run, overall or in one community, ranked by the measure. */
  keyPlayers: Array<KeyPlayer>;
  /** The signed-in caller. */
  me: User;
  /** The caller's own API tokens, newest first. */
  myApiTokens: ApiTokenPage;
  /** The entities within `hops` of the starting ones, with the links between them. */
  neighbourhood: Subgraph;
  /** Vehicles seen inside geofences at night in each site's local time (hours wrap past midnight; defaults 20 to 6). */
  nightSightings: Array<GeofenceSighting>;
  /** Notes on an entity, newest first. */
  notes: NotePage;
  /** Shortest, all shortest or the k best paths between two entities. */
  paths: PathResult;
  /** A canonical person and the original records merged into it; null when `id` is not a canonical. */
  personMerge?: Maybe<PersonMerge>;
  /** The relics that passed through a person's hands, earliest first. */
  relicsHandled: HandledRelicPage;
  repeatOffenders: RepeatOffenders;
  /**
   * Every time-ordered chain of sales of a relic, from the site it was taken from to its last known
   * holders, with prices and dates. `maxGapMs` limits the time between one sale and the next.
   */
  resaleChains: ResaleChainPage;
  /**
   * Full-text search across names, aliases, document numbers, phone numbers, IMEIs, plates, VINs
   * and relic catalogue numbers, tolerant of typos. Exact identifiers rank first. `types` keeps only
   * those entity types. Merged-away duplicates are left out unless `includeMerged`. Chinese: a name
   * is found by its characters (one character too; traditional or simplified), its pinyin with or
   * without tones and spaces ("wangjun", "Wang Jun", "wáng jūn"), its initials ("wj") or mixed
   * input ("王 jun"); Chinese words (文物, 石窟) are found where they stand in names, descriptions,
   * titles and summaries; a phone by its last 8 digits, with the person who uses it right after.
   * `region` keeps sites, cases and sightings in that region and people whose identity number was
   * issued there.
   */
  search: SearchPage;
  /** A takedown job's before/after figures, strategies side by side (commanders' briefing). */
  takedownComparison: TakedownComparison;
  /**
   * Paths whose timed steps (sales, calls, events, periods of use) go forward in time, each within
   * `maxGapMs` of the previous one.
   */
  timePaths: TimePathResult;
  /** Admin: user accounts. */
  users: UserPage;
  /** The same vehicle inside the geofences of at least minSites sites. */
  vehiclesAtSites: Array<VehicleAtSites>;
  /** Vehicles inside a case's site's geofence in the days before the case. */
  vehiclesBeforeCases: Array<VehicleBeforeCase>;
  /** Admin: checks the whole hash chain and reports the first broken link. */
  verifyAudit: AuditVerification;
  /** The caller's watchlist. */
  watches: Array<Watch>;
  /** Why are `a` and `b` linked? Direct links first, then links through one intermediary. */
  why: EvidencePage;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AlertStatus>;
};


export type QueryAnalysisRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Float']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Float']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBrokersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommunityGraphArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minWeight?: InputMaybe<Scalars['Float']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  window?: InputMaybe<TimeWindow>;
};


export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<DuplicateStatus>;
};


export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvolutionReportArgs = {
  jobId: Scalars['ID']['input'];
};


export type QueryGeofencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestigationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
};


export type QueryKeyPlayerPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<KeyPlayerMeasure>;
  community?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKeyPlayersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<KeyPlayerMeasure>;
  community?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  input: NeighbourhoodInput;
};


export type QueryNightSightingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Float']['input']>;
  nightEndHour?: InputMaybe<Scalars['Int']['input']>;
  nightStartHour?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  input: PathInput;
};


export type QueryPersonMergeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelicsHandledArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryRepeatOffendersArgs = {
  jobId: Scalars['ID']['input'];
};


export type QueryResaleChainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxGapMs?: InputMaybe<Scalars['Float']['input']>;
  relicId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeMerged?: InputMaybe<Scalars['Boolean']['input']>;
  query: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryTakedownComparisonArgs = {
  jobId: Scalars['ID']['input'];
};


export type QueryTimePathsArgs = {
  input: TimePathInput;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVehiclesAtSitesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Float']['input']>;
  minSites?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryVehiclesBeforeCasesArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhyArgs = {
  a: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  b: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A place of China's administrative division (GB/T 2260): a province, prefecture or county. */
export type Region = {
  __typename?: 'Region';
  /** The six-digit GB/T 2260 code. */
  code: Scalars['String']['output'];
  county?: Maybe<Scalars['String']['output']>;
  /** The full name from the province down (陕西省咸阳市乾县). */
  fullName: Scalars['String']['output'];
  prefecture?: Maybe<Scalars['String']['output']>;
  province: Scalars['String']['output'];
};

export type Relic = Entity & {
  __typename?: 'Relic';
  catalogueNumber?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  material?: Maybe<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type RepeatOffender = {
  __typename?: 'RepeatOffender';
  cases: Scalars['Int']['output'];
  first?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  last?: Maybe<Scalars['Float']['output']>;
  timeline: Array<RepeatOffenderCase>;
};

export type RepeatOffenderCase = {
  __typename?: 'RepeatOffenderCase';
  at?: Maybe<Scalars['Float']['output']>;
  caseId: Scalars['ID']['output'];
  role: Scalars['String']['output'];
};

export type RepeatOffenders = {
  __typename?: 'RepeatOffenders';
  jobId: Scalars['ID']['output'];
  minCases: Scalars['Int']['output'];
  offenders: Array<RepeatOffender>;
  total: Scalars['Int']['output'];
};

export type RepeatOffendersInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Cases a person must be party to (default 2). */
  minCases?: InputMaybe<Scalars['Int']['input']>;
  projection?: InputMaybe<ProjectionInput>;
};

/** A time-ordered chain of sales of one relic: each buyer sells on, later. */
export type ResaleChain = {
  __typename?: 'ResaleChain';
  endAt?: Maybe<Scalars['Float']['output']>;
  /** The buyers of the last sale: the last known holders. */
  lastHolders: Array<Person>;
  /** The site the relic was taken from. */
  origin?: Maybe<Site>;
  startAt?: Maybe<Scalars['Float']['output']>;
  steps: Array<ResaleStep>;
};

export type ResaleChainPage = {
  __typename?: 'ResaleChainPage';
  /**
   * The relic's custody from holdings and sales together, ordered by when each began as far as known
   * (undated steps last), each step certain or uncertain.
   */
  custody: Array<CustodyStep>;
  items: Array<ResaleChain>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  origin?: Maybe<Site>;
  relic: Relic;
  /** Every chain of the page, to draw. */
  subgraph: Subgraph;
};

/** One sale in a resale chain. */
export type ResaleStep = {
  __typename?: 'ResaleStep';
  at?: Maybe<Scalars['Float']['output']>;
  buyers: Array<Person>;
  currency?: Maybe<Scalars['String']['output']>;
  price?: Maybe<Scalars['Float']['output']>;
  sale: Sale;
  sellers: Array<Person>;
  /** Where it was sold (auction house, market...). */
  soldAt?: Maybe<Site>;
};

export type Role =
  | 'admin'
  | 'analyst'
  | 'commander'
  | 'detective';

/** What rolling an import back removed and changed (or, for a dry run, would). */
export type RollbackResult = {
  __typename?: 'RollbackResult';
  dryRun: Scalars['Boolean']['output'];
  /** The import's files whose sources were removed. */
  files: Array<Scalars['String']['output']>;
  importId: Scalars['ID']['output'];
  nodesDeleted: Scalars['Int']['output'];
  /** Records whose only source was this import but which other imports' links still use. */
  nodesKept: Scalars['Int']['output'];
  nodesUpdated: Scalars['Int']['output'];
  phonesRefreshed: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
  relationshipsUpdated: Scalars['Int']['output'];
  /** Files another finished import also loaded: their records stay, being that import's too. */
  sharedFiles: Array<Scalars['String']['output']>;
};

export type Sale = Entity & {
  __typename?: 'Sale';
  /** When the sale took place (epoch ms). */
  at?: Maybe<Scalars['Float']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  price?: Maybe<Scalars['Float']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** True when the query is exactly one of the entity's keys, names or identifiers. */
  exact: Scalars['Boolean']['output'];
  /** Relevance; exact identifier matches rank first whatever their score. */
  score: Scalars['Float']['output'];
};

export type SearchPage = {
  __typename?: 'SearchPage';
  items: Array<SearchHit>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['Float']['output'];
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: User;
};

export type Sighting = Entity & {
  __typename?: 'Sighting';
  /** When the vehicle was seen (epoch ms). */
  at?: Maybe<Scalars['Float']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  properties: Scalars['JSON']['output'];
  /** The GB/T 2260 region it lies in. */
  region?: Maybe<Region>;
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type Site = Entity & {
  __typename?: 'Site';
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  /** The GB/T 2260 region it lies in. */
  region?: Maybe<Region>;
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

/**
 * A graph the client draws directly. When the result would have more than `cap` nodes it is cut to
 * the `cap` best-connected nodes and `truncated` is true: never a silent truncation.
 */
export type Subgraph = {
  __typename?: 'Subgraph';
  cap: Scalars['Int']['output'];
  edges: Array<Edge>;
  nodes: Array<GraphNode>;
  /** Why the result was cut, in words. */
  note?: Maybe<Scalars['String']['output']>;
  /** Nodes the query reached. When truncated, counted up to the hop where the cap was hit. */
  totalNodes?: Maybe<Scalars['Int']['output']>;
  truncated: Scalars['Boolean']['output'];
};

export type TakedownComparison = {
  __typename?: 'TakedownComparison';
  buyers: Scalars['Int']['output'];
  communities: Scalars['Int']['output'];
  engine?: Maybe<Scalars['String']['output']>;
  jobId: Scalars['ID']['output'];
  looters: Scalars['Int']['output'];
  notInNetwork: Array<Scalars['ID']['output']>;
  people: Scalars['Int']['output'];
  results: Array<TakedownResult>;
};

export type TakedownInput = {
  /** Which engine runs the simulation (default AUTO); the job and its result say which ran. */
  engine?: InputMaybe<AnalysisEngine>;
  k?: InputMaybe<Scalars['Int']['input']>;
  /** People (Person ids) to remove; or leave empty and give strategies. */
  people?: InputMaybe<Array<Scalars['ID']['input']>>;
  projection?: InputMaybe<ProjectionInput>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Strategies to compare, each choosing k people. */
  strategies?: InputMaybe<Array<TakedownStrategy>>;
};

export type TakedownResult = {
  __typename?: 'TakedownResult';
  after: NetworkState;
  before: NetworkState;
  removed: Array<Scalars['ID']['output']>;
  /** given, betweenness, brokers, degree or greedy. */
  strategy: Scalars['String']['output'];
};

export type TakedownStrategy =
  | 'betweenness'
  | 'brokers'
  | 'degree'
  | 'greedy';

export type TimePathInput = {
  from: Scalars['ID']['input'];
  /** Most paths to return (1 to 20); earliest arrival first. */
  k?: InputMaybe<Scalars['Int']['input']>;
  /** Largest allowed time between one hop and the next (ms). */
  maxGapMs?: InputMaybe<Scalars['Float']['input']>;
  /** 1 to 8; Person-Sale-Person counts as 2 hops. */
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Relationship types to follow. Default: SOLD, BOUGHT (goods passing hand to hand). Calls: FROM,
   * TO (through Call records) or CALLS (summaries).
   */
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only sales of this relic (the question: could this relic have passed from `from` to `to`?). */
  relicId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Follow the flow: seller to buyer, caller to callee (BOUGHT and FROM are walked backwards).
   * Default true.
   */
  respectDirection?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
  /** Only events inside this window. */
  window?: InputMaybe<TimeWindow>;
};

export type TimePathResult = {
  __typename?: 'TimePathResult';
  /** False when no path goes forward in time (even if an untimed path exists). */
  found: Scalars['Boolean']['output'];
  paths: Array<TimedPath>;
  subgraph: Subgraph;
};

/** An interval of epoch milliseconds; either end may be open. */
export type TimeWindow = {
  from?: InputMaybe<Scalars['Float']['input']>;
  to?: InputMaybe<Scalars['Float']['input']>;
};

export type TimedPath = {
  __typename?: 'TimedPath';
  arriveAt?: Maybe<Scalars['Float']['output']>;
  departAt?: Maybe<Scalars['Float']['output']>;
  edgeIds: Array<Scalars['ID']['output']>;
  length: Scalars['Int']['output'];
  nodeIds: Array<Scalars['ID']['output']>;
  /** The times (epoch ms) of the timed steps, in path order: strictly increasing. */
  times: Array<Scalars['Float']['output']>;
};

/** Evidence in the database an analysis could not use, and why. */
export type UnusedEvidence = {
  __typename?: 'UnusedEvidence';
  /** calls, associate, affiliation, case, sale or vehicle. */
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Pairs of phones they join, where counted. */
  pairs?: Maybe<Scalars['Float']['output']>;
  /** no-holder (a phone nobody is recorded as using), same-person, or subject-phone (person evidence in a phone network). */
  reason: Scalars['String']['output'];
  /** Records (calls, relationships) not used. */
  records: Scalars['Float']['output'];
};

export type User = {
  __typename?: 'User';
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** What this account may do (read:entities, run:jobs, …): clients show only what these allow. */
  permissions: Array<Scalars['String']['output']>;
  role: Role;
  username: Scalars['String']['output'];
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

export type Vehicle = Entity & {
  __typename?: 'Vehicle';
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  make?: Maybe<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  model?: Maybe<Scalars['String']['output']>;
  plate?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
  sources: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  vin?: Maybe<Scalars['String']['output']>;
};

export type VehicleAtSites = {
  __typename?: 'VehicleAtSites';
  plate?: Maybe<Scalars['String']['output']>;
  sightingIds: Array<Scalars['ID']['output']>;
  siteIds: Array<Scalars['ID']['output']>;
  vehicleId: Scalars['ID']['output'];
};

export type VehicleBeforeCase = {
  __typename?: 'VehicleBeforeCase';
  at: Scalars['Float']['output'];
  caseAt: Scalars['Float']['output'];
  caseId: Scalars['ID']['output'];
  plate?: Maybe<Scalars['String']['output']>;
  sightingId: Scalars['ID']['output'];
  siteId: Scalars['ID']['output'];
  sources: Array<Scalars['String']['output']>;
  vehicleId: Scalars['ID']['output'];
};

export type Watch = {
  __typename?: 'Watch';
  createdAt: Scalars['Float']['output'];
  /** An entity id (Person, Phone, Vehicle, Relic) or a gang: Community:<runId>:<index>. */
  entityId: Scalars['ID']['output'];
  /** Person, Phone, Vehicle, Relic or Gang. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( Partial<Call> )
    | ( Partial<Case> )
    | ( Partial<Group> )
    | ( Partial<OtherEntity> )
    | ( Partial<Person> )
    | ( Partial<Phone> )
    | ( Partial<Relic> )
    | ( Partial<Sale> )
    | ( Partial<Sighting> )
    | ( Partial<Site> )
    | ( Partial<Vehicle> )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alert: ResolverTypeWrapper<Partial<Omit<Alert, 'records'> & { records: Array<Maybe<ResolversTypes['Entity']>> }>>;
  AlertInvestigation: ResolverTypeWrapper<Partial<Omit<AlertInvestigation, 'alert' | 'investigation'> & { alert: ResolversTypes['Alert'], investigation: ResolversTypes['Investigation'] }>>;
  AlertPage: ResolverTypeWrapper<Partial<Omit<AlertPage, 'items'> & { items: Array<ResolversTypes['Alert']> }>>;
  AlertRule: ResolverTypeWrapper<Partial<AlertRule>>;
  AlertRuleInput: ResolverTypeWrapper<Partial<AlertRuleInput>>;
  AlertRuleKind: ResolverTypeWrapper<Partial<AlertRuleKind>>;
  AlertRuleUpdate: ResolverTypeWrapper<Partial<AlertRuleUpdate>>;
  AlertStatus: ResolverTypeWrapper<Partial<AlertStatus>>;
  AnalysisEngine: ResolverTypeWrapper<Partial<AnalysisEngine>>;
  AnalysisRun: ResolverTypeWrapper<Partial<AnalysisRun>>;
  AnalysisRunPage: ResolverTypeWrapper<Partial<AnalysisRunPage>>;
  AnalysisSubject: ResolverTypeWrapper<Partial<AnalysisSubject>>;
  ApiToken: ResolverTypeWrapper<Partial<ApiToken>>;
  ApiTokenInfo: ResolverTypeWrapper<Partial<Omit<ApiTokenInfo, 'user'> & { user: ResolversTypes['User'] }>>;
  ApiTokenPage: ResolverTypeWrapper<Partial<Omit<ApiTokenPage, 'items'> & { items: Array<ResolversTypes['ApiTokenInfo']> }>>;
  AuditEntry: ResolverTypeWrapper<Partial<AuditEntry>>;
  AuditPage: ResolverTypeWrapper<Partial<AuditPage>>;
  AuditVerification: ResolverTypeWrapper<Partial<AuditVerification>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  BriefingFile: ResolverTypeWrapper<Partial<BriefingFile>>;
  BriefingInput: ResolverTypeWrapper<Partial<BriefingInput>>;
  BriefingLanguage: ResolverTypeWrapper<Partial<BriefingLanguage>>;
  Call: ResolverTypeWrapper<Partial<Call>>;
  Case: ResolverTypeWrapper<Partial<Case>>;
  CommunitiesInput: ResolverTypeWrapper<Partial<CommunitiesInput>>;
  Community: ResolverTypeWrapper<Partial<Community>>;
  CommunityAlgorithm: ResolverTypeWrapper<Partial<CommunityAlgorithm>>;
  CommunityConnectivity: ResolverTypeWrapper<Partial<CommunityConnectivity>>;
  CommunityGraph: ResolverTypeWrapper<Partial<CommunityGraph>>;
  CommunityLink: ResolverTypeWrapper<Partial<CommunityLink>>;
  CommunityPage: ResolverTypeWrapper<Partial<CommunityPage>>;
  Contact: ResolverTypeWrapper<Partial<Contact>>;
  ContactPage: ResolverTypeWrapper<Partial<ContactPage>>;
  CustodyStep: ResolverTypeWrapper<Partial<CustodyStep>>;
  DuplicateCandidate: ResolverTypeWrapper<Partial<DuplicateCandidate>>;
  DuplicateCandidatePage: ResolverTypeWrapper<Partial<DuplicateCandidatePage>>;
  DuplicateDetection: ResolverTypeWrapper<Partial<DuplicateDetection>>;
  DuplicateEvidence: ResolverTypeWrapper<Partial<DuplicateEvidence>>;
  DuplicatePair: ResolverTypeWrapper<Partial<DuplicatePair>>;
  DuplicateStatus: ResolverTypeWrapper<Partial<DuplicateStatus>>;
  Edge: ResolverTypeWrapper<Partial<Edge>>;
  EdgeEvidence: ResolverTypeWrapper<Partial<EdgeEvidence>>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EvidenceLink: ResolverTypeWrapper<Partial<Omit<EvidenceLink, 'via'> & { via?: Maybe<ResolversTypes['Entity']> }>>;
  EvidencePage: ResolverTypeWrapper<Partial<Omit<EvidencePage, 'items'> & { items: Array<ResolversTypes['EvidenceLink']> }>>;
  EvidenceWeightsInput: ResolverTypeWrapper<Partial<EvidenceWeightsInput>>;
  EvolutionEvent: ResolverTypeWrapper<Partial<EvolutionEvent>>;
  EvolutionInput: ResolverTypeWrapper<Partial<EvolutionInput>>;
  EvolutionMethod: ResolverTypeWrapper<Partial<EvolutionMethod>>;
  EvolutionReport: ResolverTypeWrapper<Partial<EvolutionReport>>;
  EvolutionWindow: ResolverTypeWrapper<Partial<EvolutionWindow>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  GangLineage: ResolverTypeWrapper<Partial<GangLineage>>;
  GangMover: ResolverTypeWrapper<Partial<GangMover>>;
  GeoPoint: ResolverTypeWrapper<Partial<GeoPoint>>;
  GeoPointInput: ResolverTypeWrapper<Partial<GeoPointInput>>;
  Geofence: ResolverTypeWrapper<Partial<Geofence>>;
  GeofenceInput: ResolverTypeWrapper<Partial<GeofenceInput>>;
  GeofenceKind: ResolverTypeWrapper<Partial<GeofenceKind>>;
  GeofencePage: ResolverTypeWrapper<Partial<GeofencePage>>;
  GeofenceSighting: ResolverTypeWrapper<Partial<GeofenceSighting>>;
  GraphNode: ResolverTypeWrapper<Partial<Omit<GraphNode, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  GraphVocabulary: ResolverTypeWrapper<Partial<GraphVocabulary>>;
  Group: ResolverTypeWrapper<Partial<Group>>;
  HandledRelic: ResolverTypeWrapper<Partial<HandledRelic>>;
  HandledRelicPage: ResolverTypeWrapper<Partial<HandledRelicPage>>;
  Health: ResolverTypeWrapper<Partial<Health>>;
  HealthStatus: ResolverTypeWrapper<Partial<HealthStatus>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Import: ResolverTypeWrapper<Partial<Import>>;
  ImportPage: ResolverTypeWrapper<Partial<ImportPage>>;
  ImportStatus: ResolverTypeWrapper<Partial<ImportStatus>>;
  IngestFormat: ResolverTypeWrapper<Partial<IngestFormat>>;
  IngestReject: ResolverTypeWrapper<Partial<IngestReject>>;
  IngestResult: ResolverTypeWrapper<Partial<IngestResult>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Investigation: ResolverTypeWrapper<Partial<Omit<Investigation, 'entities'> & { entities: Array<Maybe<ResolversTypes['Entity']>> }>>;
  InvestigationInput: ResolverTypeWrapper<Partial<InvestigationInput>>;
  InvestigationPage: ResolverTypeWrapper<Partial<Omit<InvestigationPage, 'items'> & { items: Array<ResolversTypes['Investigation']> }>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  Job: ResolverTypeWrapper<Partial<Job>>;
  JobPage: ResolverTypeWrapper<Partial<JobPage>>;
  JobStatus: ResolverTypeWrapper<Partial<JobStatus>>;
  KeyPlayer: ResolverTypeWrapper<Partial<KeyPlayer>>;
  KeyPlayerMeasure: ResolverTypeWrapper<Partial<KeyPlayerMeasure>>;
  KeyPlayerPage: ResolverTypeWrapper<Partial<KeyPlayerPage>>;
  MergedRecord: ResolverTypeWrapper<Partial<MergedRecord>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourhoodInput: ResolverTypeWrapper<Partial<NeighbourhoodInput>>;
  Neo4jInfo: ResolverTypeWrapper<Partial<Neo4jInfo>>;
  NetworkState: ResolverTypeWrapper<Partial<NetworkState>>;
  Note: ResolverTypeWrapper<Partial<Note>>;
  NotePage: ResolverTypeWrapper<Partial<NotePage>>;
  OtherEntity: ResolverTypeWrapper<Partial<OtherEntity>>;
  PaperSize: ResolverTypeWrapper<Partial<PaperSize>>;
  Path: ResolverTypeWrapper<Partial<Path>>;
  PathInput: ResolverTypeWrapper<Partial<PathInput>>;
  PathMode: ResolverTypeWrapper<Partial<PathMode>>;
  PathResult: ResolverTypeWrapper<Partial<Omit<PathResult, 'subgraph'> & { subgraph: ResolversTypes['Subgraph'] }>>;
  Person: ResolverTypeWrapper<Partial<Person>>;
  PersonMerge: ResolverTypeWrapper<Partial<PersonMerge>>;
  Phone: ResolverTypeWrapper<Partial<Phone>>;
  ProjectionInput: ResolverTypeWrapper<Partial<ProjectionInput>>;
  ProtectiveMarking: ResolverTypeWrapper<Partial<ProtectiveMarking>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Partial<Region>>;
  Relic: ResolverTypeWrapper<Partial<Relic>>;
  RepeatOffender: ResolverTypeWrapper<Partial<RepeatOffender>>;
  RepeatOffenderCase: ResolverTypeWrapper<Partial<RepeatOffenderCase>>;
  RepeatOffenders: ResolverTypeWrapper<Partial<RepeatOffenders>>;
  RepeatOffendersInput: ResolverTypeWrapper<Partial<RepeatOffendersInput>>;
  ResaleChain: ResolverTypeWrapper<Partial<ResaleChain>>;
  ResaleChainPage: ResolverTypeWrapper<Partial<Omit<ResaleChainPage, 'subgraph'> & { subgraph: ResolversTypes['Subgraph'] }>>;
  ResaleStep: ResolverTypeWrapper<Partial<ResaleStep>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  RollbackResult: ResolverTypeWrapper<Partial<RollbackResult>>;
  Sale: ResolverTypeWrapper<Partial<Sale>>;
  SearchHit: ResolverTypeWrapper<Partial<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  SearchPage: ResolverTypeWrapper<Partial<Omit<SearchPage, 'items'> & { items: Array<ResolversTypes['SearchHit']> }>>;
  Session: ResolverTypeWrapper<Partial<Omit<Session, 'user'> & { user: ResolversTypes['User'] }>>;
  Sighting: ResolverTypeWrapper<Partial<Sighting>>;
  Site: ResolverTypeWrapper<Partial<Site>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subgraph: ResolverTypeWrapper<Partial<Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>>;
  TakedownComparison: ResolverTypeWrapper<Partial<TakedownComparison>>;
  TakedownInput: ResolverTypeWrapper<Partial<TakedownInput>>;
  TakedownResult: ResolverTypeWrapper<Partial<TakedownResult>>;
  TakedownStrategy: ResolverTypeWrapper<Partial<TakedownStrategy>>;
  TimePathInput: ResolverTypeWrapper<Partial<TimePathInput>>;
  TimePathResult: ResolverTypeWrapper<Partial<Omit<TimePathResult, 'subgraph'> & { subgraph: ResolversTypes['Subgraph'] }>>;
  TimeWindow: ResolverTypeWrapper<Partial<TimeWindow>>;
  TimedPath: ResolverTypeWrapper<Partial<TimedPath>>;
  UnusedEvidence: ResolverTypeWrapper<Partial<UnusedEvidence>>;
  User: ResolverTypeWrapper<AccountUser>;
  UserPage: ResolverTypeWrapper<Partial<Omit<UserPage, 'items'> & { items: Array<ResolversTypes['User']> }>>;
  Vehicle: ResolverTypeWrapper<Partial<Vehicle>>;
  VehicleAtSites: ResolverTypeWrapper<Partial<VehicleAtSites>>;
  VehicleBeforeCase: ResolverTypeWrapper<Partial<VehicleBeforeCase>>;
  Watch: ResolverTypeWrapper<Partial<Watch>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alert: Partial<Omit<Alert, 'records'> & { records: Array<Maybe<ResolversParentTypes['Entity']>> }>;
  AlertInvestigation: Partial<Omit<AlertInvestigation, 'alert' | 'investigation'> & { alert: ResolversParentTypes['Alert'], investigation: ResolversParentTypes['Investigation'] }>;
  AlertPage: Partial<Omit<AlertPage, 'items'> & { items: Array<ResolversParentTypes['Alert']> }>;
  AlertRule: Partial<AlertRule>;
  AlertRuleInput: Partial<AlertRuleInput>;
  AlertRuleUpdate: Partial<AlertRuleUpdate>;
  AnalysisRun: Partial<AnalysisRun>;
  AnalysisRunPage: Partial<AnalysisRunPage>;
  ApiToken: Partial<ApiToken>;
  ApiTokenInfo: Partial<Omit<ApiTokenInfo, 'user'> & { user: ResolversParentTypes['User'] }>;
  ApiTokenPage: Partial<Omit<ApiTokenPage, 'items'> & { items: Array<ResolversParentTypes['ApiTokenInfo']> }>;
  AuditEntry: Partial<AuditEntry>;
  AuditPage: Partial<AuditPage>;
  AuditVerification: Partial<AuditVerification>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  BriefingFile: Partial<BriefingFile>;
  BriefingInput: Partial<BriefingInput>;
  Call: Partial<Call>;
  Case: Partial<Case>;
  CommunitiesInput: Partial<CommunitiesInput>;
  Community: Partial<Community>;
  CommunityConnectivity: Partial<CommunityConnectivity>;
  CommunityGraph: Partial<CommunityGraph>;
  CommunityLink: Partial<CommunityLink>;
  CommunityPage: Partial<CommunityPage>;
  Contact: Partial<Contact>;
  ContactPage: Partial<ContactPage>;
  CustodyStep: Partial<CustodyStep>;
  DuplicateCandidate: Partial<DuplicateCandidate>;
  DuplicateCandidatePage: Partial<DuplicateCandidatePage>;
  DuplicateDetection: Partial<DuplicateDetection>;
  DuplicateEvidence: Partial<DuplicateEvidence>;
  DuplicatePair: Partial<DuplicatePair>;
  Edge: Partial<Edge>;
  EdgeEvidence: Partial<EdgeEvidence>;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EvidenceLink: Partial<Omit<EvidenceLink, 'via'> & { via?: Maybe<ResolversParentTypes['Entity']> }>;
  EvidencePage: Partial<Omit<EvidencePage, 'items'> & { items: Array<ResolversParentTypes['EvidenceLink']> }>;
  EvidenceWeightsInput: Partial<EvidenceWeightsInput>;
  EvolutionEvent: Partial<EvolutionEvent>;
  EvolutionInput: Partial<EvolutionInput>;
  EvolutionReport: Partial<EvolutionReport>;
  EvolutionWindow: Partial<EvolutionWindow>;
  Float: Partial<Scalars['Float']['output']>;
  GangLineage: Partial<GangLineage>;
  GangMover: Partial<GangMover>;
  GeoPoint: Partial<GeoPoint>;
  GeoPointInput: Partial<GeoPointInput>;
  Geofence: Partial<Geofence>;
  GeofenceInput: Partial<GeofenceInput>;
  GeofencePage: Partial<GeofencePage>;
  GeofenceSighting: Partial<GeofenceSighting>;
  GraphNode: Partial<Omit<GraphNode, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  GraphVocabulary: Partial<GraphVocabulary>;
  Group: Partial<Group>;
  HandledRelic: Partial<HandledRelic>;
  HandledRelicPage: Partial<HandledRelicPage>;
  Health: Partial<Health>;
  ID: Partial<Scalars['ID']['output']>;
  Import: Partial<Import>;
  ImportPage: Partial<ImportPage>;
  IngestReject: Partial<IngestReject>;
  IngestResult: Partial<IngestResult>;
  Int: Partial<Scalars['Int']['output']>;
  Investigation: Partial<Omit<Investigation, 'entities'> & { entities: Array<Maybe<ResolversParentTypes['Entity']>> }>;
  InvestigationInput: Partial<InvestigationInput>;
  InvestigationPage: Partial<Omit<InvestigationPage, 'items'> & { items: Array<ResolversParentTypes['Investigation']> }>;
  JSON: Partial<Scalars['JSON']['output']>;
  Job: Partial<Job>;
  JobPage: Partial<JobPage>;
  KeyPlayer: Partial<KeyPlayer>;
  KeyPlayerPage: Partial<KeyPlayerPage>;
  MergedRecord: Partial<MergedRecord>;
  Mutation: Record<PropertyKey, never>;
  NeighbourhoodInput: Partial<NeighbourhoodInput>;
  Neo4jInfo: Partial<Neo4jInfo>;
  NetworkState: Partial<NetworkState>;
  Note: Partial<Note>;
  NotePage: Partial<NotePage>;
  OtherEntity: Partial<OtherEntity>;
  Path: Partial<Path>;
  PathInput: Partial<PathInput>;
  PathResult: Partial<Omit<PathResult, 'subgraph'> & { subgraph: ResolversParentTypes['Subgraph'] }>;
  Person: Partial<Person>;
  PersonMerge: Partial<PersonMerge>;
  Phone: Partial<Phone>;
  ProjectionInput: Partial<ProjectionInput>;
  Query: Record<PropertyKey, never>;
  Region: Partial<Region>;
  Relic: Partial<Relic>;
  RepeatOffender: Partial<RepeatOffender>;
  RepeatOffenderCase: Partial<RepeatOffenderCase>;
  RepeatOffenders: Partial<RepeatOffenders>;
  RepeatOffendersInput: Partial<RepeatOffendersInput>;
  ResaleChain: Partial<ResaleChain>;
  ResaleChainPage: Partial<Omit<ResaleChainPage, 'subgraph'> & { subgraph: ResolversParentTypes['Subgraph'] }>;
  ResaleStep: Partial<ResaleStep>;
  RollbackResult: Partial<RollbackResult>;
  Sale: Partial<Sale>;
  SearchHit: Partial<Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  SearchPage: Partial<Omit<SearchPage, 'items'> & { items: Array<ResolversParentTypes['SearchHit']> }>;
  Session: Partial<Omit<Session, 'user'> & { user: ResolversParentTypes['User'] }>;
  Sighting: Partial<Sighting>;
  Site: Partial<Site>;
  String: Partial<Scalars['String']['output']>;
  Subgraph: Partial<Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> }>;
  TakedownComparison: Partial<TakedownComparison>;
  TakedownInput: Partial<TakedownInput>;
  TakedownResult: Partial<TakedownResult>;
  TimePathInput: Partial<TimePathInput>;
  TimePathResult: Partial<Omit<TimePathResult, 'subgraph'> & { subgraph: ResolversParentTypes['Subgraph'] }>;
  TimeWindow: Partial<TimeWindow>;
  TimedPath: Partial<TimedPath>;
  UnusedEvidence: Partial<UnusedEvidence>;
  User: AccountUser;
  UserPage: Partial<Omit<UserPage, 'items'> & { items: Array<ResolversParentTypes['User']> }>;
  Vehicle: Partial<Vehicle>;
  VehicleAtSites: Partial<VehicleAtSites>;
  VehicleBeforeCase: Partial<VehicleBeforeCase>;
  Watch: Partial<Watch>;
};

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  detail?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  records?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleKind?: Resolver<ResolversTypes['AlertRuleKind'], ParentType, ContextType>;
  ruleParams?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlertStatus'], ParentType, ContextType>;
};

export type AlertInvestigationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertInvestigation'] = ResolversParentTypes['AlertInvestigation']> = {
  alert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
  investigation?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType>;
};

export type AlertPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertPage'] = ResolversParentTypes['AlertPage']> = {
  items?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AlertRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertRule'] = ResolversParentTypes['AlertRule']> = {
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertRuleKind'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnalysisRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysisRun'] = ResolversParentTypes['AnalysisRun']> = {
  algorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  betweennessError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  betweennessExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  communityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connectivity?: Resolver<Maybe<ResolversTypes['CommunityConnectivity']>, ParentType, ContextType>;
  consensusRuns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consensusSeeds?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isolated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  jobId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meanGangStability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanPersonStability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unusedEvidence?: Resolver<Array<ResolversTypes['UnusedEvidence']>, ParentType, ContextType>;
};

export type AnalysisRunPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysisRunPage'] = ResolversParentTypes['AnalysisRunPage']> = {
  items?: Resolver<Array<ResolversTypes['AnalysisRun']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  expiresAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiTokenInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenInfo'] = ResolversParentTypes['ApiTokenInfo']> = {
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ApiTokenPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenPage'] = ResolversParentTypes['ApiTokenPage']> = {
  items?: Resolver<Array<ResolversTypes['ApiTokenInfo']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  at?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  items?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditVerification'] = ResolversParentTypes['AuditVerification']> = {
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BriefingFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefingFile'] = ResolversParentTypes['BriefingFile']> = {
  auditReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namesShown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Call'] = ResolversParentTypes['Call']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  caseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  cases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keyPlayers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lastAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relicIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relics?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sales?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  siteIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sites?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CommunityConnectivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityConnectivity'] = ResolversParentTypes['CommunityConnectivity']> = {
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disconnected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityGraph'] = ResolversParentTypes['CommunityGraph']> = {
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CommunityLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totalCommunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityLink'] = ResolversParentTypes['CommunityLink']> = {
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CommunityPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityPage'] = ResolversParentTypes['CommunityPage']> = {
  items?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  callee?: Resolver<ResolversTypes['Phone'], ParentType, ContextType>;
  caller?: Resolver<ResolversTypes['Phone'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EdgeEvidence'], ParentType, ContextType>;
  firstAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ContactPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPage'] = ResolversParentTypes['ContactPage']> = {
  items?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustodyStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustodyStep'] = ResolversParentTypes['CustodyStep']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  buyers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  certain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sale?: Resolver<Maybe<ResolversTypes['Sale']>, ParentType, ContextType>;
  sellers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  a?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DuplicateEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DuplicateStatus'], ParentType, ContextType>;
};

export type DuplicateCandidatePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidatePage'] = ResolversParentTypes['DuplicateCandidatePage']> = {
  items?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DuplicateDetectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateDetection'] = ResolversParentTypes['DuplicateDetection']> = {
  candidates?: Resolver<Array<ResolversTypes['DuplicatePair']>, ParentType, ContextType>;
  pairsCompared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personsScanned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedBlocks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DuplicateEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateEvidence'] = ResolversParentTypes['DuplicateEvidence']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DuplicatePairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatePair'] = ResolversParentTypes['DuplicatePair']> = {
  a?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DuplicateEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EdgeEvidence'], ParentType, ContextType>;
  firstAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EdgeEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EdgeEvidence'] = ResolversParentTypes['EdgeEvidence']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Call' | 'Case' | 'Group' | 'OtherEntity' | 'Person' | 'Phone' | 'Relic' | 'Sale' | 'Sighting' | 'Site' | 'Vehicle', ParentType, ContextType>;
};

export type EvidenceLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceLink'] = ResolversParentTypes['EvidenceLink']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type EvidencePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidencePage'] = ResolversParentTypes['EvidencePage']> = {
  items?: Resolver<Array<ResolversTypes['EvidenceLink']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvolutionEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvolutionEvent'] = ResolversParentTypes['EvolutionEvent']> = {
  gang?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jaccard?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  shared?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvolutionReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvolutionReport'] = ResolversParentTypes['EvolutionReport']> = {
  births?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deaths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EvolutionEvent']>, ParentType, ContextType>;
  gangs?: Resolver<Array<ResolversTypes['GangLineage']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movers?: Resolver<Array<ResolversTypes['GangMover']>, ParentType, ContextType>;
  splits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['EvolutionWindow']>, ParentType, ContextType>;
};

export type EvolutionWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvolutionWindow'] = ResolversParentTypes['EvolutionWindow']> = {
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GangLineageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GangLineage'] = ResolversParentTypes['GangLineage']> = {
  core?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sizes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GangMoverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GangMover'] = ResolversParentTypes['GangMover']> = {
  gangs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedBetweenGangs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reappears?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GeofenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Geofence'] = ResolversParentTypes['Geofence']> = {
  center?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GeofenceKind'], ParentType, ContextType>;
  manual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  polygon?: Resolver<Maybe<Array<ResolversTypes['GeoPoint']>>, ParentType, ContextType>;
  protectionLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  radiusMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  siteName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GeofencePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeofencePage'] = ResolversParentTypes['GeofencePage']> = {
  items?: Resolver<Array<ResolversTypes['Geofence']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeofenceSightingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeofenceSighting'] = ResolversParentTypes['GeofenceSighting']> = {
  at?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  phoneIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sightingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  vehicleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  hop?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphVocabularyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphVocabulary'] = ResolversParentTypes['GraphVocabulary']> = {
  entityTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HandledRelicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HandledRelic'] = ResolversParentTypes['HandledRelic']> = {
  acquiredAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  disposedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relic?: Resolver<ResolversTypes['Relic'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ResaleStep']>, ParentType, ContextType>;
};

export type HandledRelicPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HandledRelicPage'] = ResolversParentTypes['HandledRelicPage']> = {
  items?: Resolver<Array<ResolversTypes['HandledRelic']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4j?: Resolver<Maybe<ResolversTypes['Neo4jInfo']>, ParentType, ContextType>;
  schemaVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  uptimeSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Import'] = ResolversParentTypes['Import']> = {
  accepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodesCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  records?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rejected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relationshipsCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rolledBackAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolledBackBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPage'] = ResolversParentTypes['ImportPage']> = {
  items?: Resolver<Array<ResolversTypes['Import']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestRejectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestReject'] = ResolversParentTypes['IngestReject']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejects?: Resolver<Array<ResolversTypes['IngestReject']>, ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvestigationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation']> = {
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  filters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InvestigationPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvestigationPage'] = ResolversParentTypes['InvestigationPage']> = {
  items?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  runId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
};

export type JobPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPage'] = ResolversParentTypes['JobPage']> = {
  items?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KeyPlayerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyPlayer'] = ResolversParentTypes['KeyPlayer']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  broker?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type KeyPlayerPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyPlayerPage'] = ResolversParentTypes['KeyPlayerPage']> = {
  items?: Resolver<Array<ResolversTypes['KeyPlayer']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MergedRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergedRecord'] = ResolversParentTypes['MergedRecord']> = {
  at?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addNote?: Resolver<ResolversTypes['Note'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'entityId' | 'text'>>;
  alertToInvestigation?: Resolver<ResolversTypes['AlertInvestigation'], ParentType, ContextType, RequireFields<MutationAlertToInvestigationArgs, 'id' | 'name'>>;
  cancelJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCancelJobArgs, 'id'>>;
  clearGeofence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationClearGeofenceArgs, 'siteId'>>;
  createAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationCreateAlertRuleArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'password' | 'role' | 'username'>>;
  deleteAlertRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAlertRuleArgs, 'id'>>;
  deleteInvestigation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteInvestigationArgs, 'id'>>;
  deleteNote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNoteArgs, 'id'>>;
  detectCommunities?: Resolver<ResolversTypes['Job'], ParentType, ContextType, Partial<MutationDetectCommunitiesArgs>>;
  exportBriefing?: Resolver<ResolversTypes['BriefingFile'], ParentType, ContextType, RequireFields<MutationExportBriefingArgs, 'input'>>;
  findDuplicateCandidates?: Resolver<ResolversTypes['DuplicateDetection'], ParentType, ContextType, RequireFields<MutationFindDuplicateCandidatesArgs, 'limit' | 'minScore'>>;
  findRepeatOffenders?: Resolver<ResolversTypes['Job'], ParentType, ContextType, Partial<MutationFindRepeatOffendersArgs>>;
  ingest?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'format' | 'source' | 'text'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  mergePersons?: Resolver<ResolversTypes['PersonMerge'], ParentType, ContextType, RequireFields<MutationMergePersonsArgs, 'ids' | 'reason'>>;
  refreshGeofences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeApiToken?: Resolver<ResolversTypes['ApiTokenInfo'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  rollbackImport?: Resolver<ResolversTypes['RollbackResult'], ParentType, ContextType, RequireFields<MutationRollbackImportArgs, 'dryRun' | 'importId'>>;
  saveInvestigation?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationSaveInvestigationArgs, 'input'>>;
  setAlertStatus?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationSetAlertStatusArgs, 'id' | 'status'>>;
  setDuplicateStatus?: Resolver<ResolversTypes['DuplicateStatus'], ParentType, ContextType, RequireFields<MutationSetDuplicateStatusArgs, 'id' | 'status'>>;
  setGeofence?: Resolver<ResolversTypes['Geofence'], ParentType, ContextType, RequireFields<MutationSetGeofenceArgs, 'input' | 'siteId'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'disabled' | 'id'>>;
  simulateTakedown?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationSimulateTakedownArgs, 'input'>>;
  trackGangEvolution?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationTrackGangEvolutionArgs, 'input'>>;
  unmergePerson?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationUnmergePersonArgs, 'id'>>;
  unwatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnwatchArgs, 'entityId'>>;
  updateAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationUpdateAlertRuleArgs, 'id' | 'input'>>;
  updateInvestigation?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationUpdateInvestigationArgs, 'id' | 'input'>>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationWatchArgs, 'entityId'>>;
};

export type Neo4jInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neo4jInfo'] = ResolversParentTypes['Neo4jInfo']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  embedded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkState'] = ResolversParentTypes['NetworkState']> = {
  buyersReachable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communitiesBroken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestComponent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relicFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotePage'] = ResolversParentTypes['NotePage']> = {
  items?: Resolver<Array<ResolversTypes['Note']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OtherEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OtherEntity'] = ResolversParentTypes['OtherEntity']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonMergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMerge'] = ResolversParentTypes['PersonMerge']> = {
  canonical?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MergedRecord']>, ParentType, ContextType>;
};

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imei?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<QueryAlertArgs, 'id'>>;
  alertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alertRules?: Resolver<Array<ResolversTypes['AlertRule']>, ParentType, ContextType>;
  alerts?: Resolver<ResolversTypes['AlertPage'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  analysisRuns?: Resolver<ResolversTypes['AnalysisRunPage'], ParentType, ContextType, RequireFields<QueryAnalysisRunsArgs, 'first'>>;
  apiTokens?: Resolver<ResolversTypes['ApiTokenPage'], ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'first'>>;
  auditEntries?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  brokers?: Resolver<Array<ResolversTypes['KeyPlayer']>, ParentType, ContextType, RequireFields<QueryBrokersArgs, 'first'>>;
  communities?: Resolver<ResolversTypes['CommunityPage'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first'>>;
  communityGraph?: Resolver<ResolversTypes['CommunityGraph'], ParentType, ContextType, RequireFields<QueryCommunityGraphArgs, 'first' | 'minWeight'>>;
  contacts?: Resolver<ResolversTypes['ContactPage'], ParentType, ContextType, RequireFields<QueryContactsArgs, 'first' | 'id'>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicateCandidatePage'], ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first' | 'minScore' | 'status'>>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'ids'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  evolutionReport?: Resolver<ResolversTypes['EvolutionReport'], ParentType, ContextType, RequireFields<QueryEvolutionReportArgs, 'jobId'>>;
  geofences?: Resolver<ResolversTypes['GeofencePage'], ParentType, ContextType, RequireFields<QueryGeofencesArgs, 'first'>>;
  graphVocabulary?: Resolver<ResolversTypes['GraphVocabulary'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  imports?: Resolver<ResolversTypes['ImportPage'], ParentType, ContextType, RequireFields<QueryImportsArgs, 'first'>>;
  investigation?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<QueryInvestigationArgs, 'id'>>;
  investigations?: Resolver<ResolversTypes['InvestigationPage'], ParentType, ContextType, RequireFields<QueryInvestigationsArgs, 'first'>>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  jobs?: Resolver<ResolversTypes['JobPage'], ParentType, ContextType, RequireFields<QueryJobsArgs, 'first'>>;
  keyPlayerPage?: Resolver<ResolversTypes['KeyPlayerPage'], ParentType, ContextType, RequireFields<QueryKeyPlayerPageArgs, 'by' | 'first'>>;
  keyPlayers?: Resolver<Array<ResolversTypes['KeyPlayer']>, ParentType, ContextType, RequireFields<QueryKeyPlayersArgs, 'by' | 'first'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  myApiTokens?: Resolver<ResolversTypes['ApiTokenPage'], ParentType, ContextType, RequireFields<QueryMyApiTokensArgs, 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'input'>>;
  nightSightings?: Resolver<Array<ResolversTypes['GeofenceSighting']>, ParentType, ContextType, RequireFields<QueryNightSightingsArgs, 'first' | 'nightEndHour' | 'nightStartHour'>>;
  notes?: Resolver<ResolversTypes['NotePage'], ParentType, ContextType, RequireFields<QueryNotesArgs, 'entityId' | 'first'>>;
  paths?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'input'>>;
  personMerge?: Resolver<Maybe<ResolversTypes['PersonMerge']>, ParentType, ContextType, RequireFields<QueryPersonMergeArgs, 'id'>>;
  relicsHandled?: Resolver<ResolversTypes['HandledRelicPage'], ParentType, ContextType, RequireFields<QueryRelicsHandledArgs, 'first' | 'personId'>>;
  repeatOffenders?: Resolver<ResolversTypes['RepeatOffenders'], ParentType, ContextType, RequireFields<QueryRepeatOffendersArgs, 'jobId'>>;
  resaleChains?: Resolver<ResolversTypes['ResaleChainPage'], ParentType, ContextType, RequireFields<QueryResaleChainsArgs, 'first' | 'relicId'>>;
  search?: Resolver<ResolversTypes['SearchPage'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'includeMerged' | 'query'>>;
  takedownComparison?: Resolver<ResolversTypes['TakedownComparison'], ParentType, ContextType, RequireFields<QueryTakedownComparisonArgs, 'jobId'>>;
  timePaths?: Resolver<ResolversTypes['TimePathResult'], ParentType, ContextType, RequireFields<QueryTimePathsArgs, 'input'>>;
  users?: Resolver<ResolversTypes['UserPage'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  vehiclesAtSites?: Resolver<Array<ResolversTypes['VehicleAtSites']>, ParentType, ContextType, RequireFields<QueryVehiclesAtSitesArgs, 'first' | 'minSites'>>;
  vehiclesBeforeCases?: Resolver<Array<ResolversTypes['VehicleBeforeCase']>, ParentType, ContextType, RequireFields<QueryVehiclesBeforeCasesArgs, 'days' | 'first'>>;
  verifyAudit?: Resolver<ResolversTypes['AuditVerification'], ParentType, ContextType>;
  watches?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['EvidencePage'], ParentType, ContextType, RequireFields<QueryWhyArgs, 'a' | 'b' | 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relic'] = ResolversParentTypes['Relic']> = {
  catalogueNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RepeatOffenderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepeatOffender'] = ResolversParentTypes['RepeatOffender']> = {
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  first?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['RepeatOffenderCase']>, ParentType, ContextType>;
};

export type RepeatOffenderCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepeatOffenderCase'] = ResolversParentTypes['RepeatOffenderCase']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RepeatOffendersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepeatOffenders'] = ResolversParentTypes['RepeatOffenders']> = {
  jobId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offenders?: Resolver<Array<ResolversTypes['RepeatOffender']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResaleChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResaleChain'] = ResolversParentTypes['ResaleChain']> = {
  endAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastHolders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  startAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ResaleStep']>, ParentType, ContextType>;
};

export type ResaleChainPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResaleChainPage'] = ResolversParentTypes['ResaleChainPage']> = {
  custody?: Resolver<Array<ResolversTypes['CustodyStep']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ResaleChain']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  relic?: Resolver<ResolversTypes['Relic'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
};

export type ResaleStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResaleStep'] = ResolversParentTypes['ResaleStep']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  buyers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sale?: Resolver<ResolversTypes['Sale'], ParentType, ContextType>;
  sellers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  soldAt?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
};

export type RollbackResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RollbackResult'] = ResolversParentTypes['RollbackResult']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phonesRefreshed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedFiles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SaleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sale'] = ResolversParentTypes['Sale']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchPage'] = ResolversParentTypes['SearchPage']> = {
  items?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SightingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sighting'] = ResolversParentTypes['Sighting']> = {
  at?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  cap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalNodes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TakedownComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TakedownComparison'] = ResolversParentTypes['TakedownComparison']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  looters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notInNetwork?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['TakedownResult']>, ParentType, ContextType>;
};

export type TakedownResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TakedownResult'] = ResolversParentTypes['TakedownResult']> = {
  after?: Resolver<ResolversTypes['NetworkState'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['NetworkState'], ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimePathResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimePathResult'] = ResolversParentTypes['TimePathResult']> = {
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['TimedPath']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
};

export type TimedPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimedPath'] = ResolversParentTypes['TimedPath']> = {
  arriveAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  departAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  times?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type UnusedEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnusedEvidence'] = ResolversParentTypes['UnusedEvidence']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pairs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserPage'] = ResolversParentTypes['UserPage']> = {
  items?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  make?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VehicleAtSitesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VehicleAtSites'] = ResolversParentTypes['VehicleAtSites']> = {
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sightingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  siteIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  vehicleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VehicleBeforeCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VehicleBeforeCase'] = ResolversParentTypes['VehicleBeforeCase']> = {
  at?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  caseAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sightingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  vehicleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  createdAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alert?: AlertResolvers<ContextType>;
  AlertInvestigation?: AlertInvestigationResolvers<ContextType>;
  AlertPage?: AlertPageResolvers<ContextType>;
  AlertRule?: AlertRuleResolvers<ContextType>;
  AnalysisRun?: AnalysisRunResolvers<ContextType>;
  AnalysisRunPage?: AnalysisRunPageResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenInfo?: ApiTokenInfoResolvers<ContextType>;
  ApiTokenPage?: ApiTokenPageResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuditVerification?: AuditVerificationResolvers<ContextType>;
  BriefingFile?: BriefingFileResolvers<ContextType>;
  Call?: CallResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityConnectivity?: CommunityConnectivityResolvers<ContextType>;
  CommunityGraph?: CommunityGraphResolvers<ContextType>;
  CommunityLink?: CommunityLinkResolvers<ContextType>;
  CommunityPage?: CommunityPageResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactPage?: ContactPageResolvers<ContextType>;
  CustodyStep?: CustodyStepResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateCandidatePage?: DuplicateCandidatePageResolvers<ContextType>;
  DuplicateDetection?: DuplicateDetectionResolvers<ContextType>;
  DuplicateEvidence?: DuplicateEvidenceResolvers<ContextType>;
  DuplicatePair?: DuplicatePairResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  EdgeEvidence?: EdgeEvidenceResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EvidenceLink?: EvidenceLinkResolvers<ContextType>;
  EvidencePage?: EvidencePageResolvers<ContextType>;
  EvolutionEvent?: EvolutionEventResolvers<ContextType>;
  EvolutionReport?: EvolutionReportResolvers<ContextType>;
  EvolutionWindow?: EvolutionWindowResolvers<ContextType>;
  GangLineage?: GangLineageResolvers<ContextType>;
  GangMover?: GangMoverResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Geofence?: GeofenceResolvers<ContextType>;
  GeofencePage?: GeofencePageResolvers<ContextType>;
  GeofenceSighting?: GeofenceSightingResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphVocabulary?: GraphVocabularyResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  HandledRelic?: HandledRelicResolvers<ContextType>;
  HandledRelicPage?: HandledRelicPageResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Import?: ImportResolvers<ContextType>;
  ImportPage?: ImportPageResolvers<ContextType>;
  IngestReject?: IngestRejectResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Investigation?: InvestigationResolvers<ContextType>;
  InvestigationPage?: InvestigationPageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  JobPage?: JobPageResolvers<ContextType>;
  KeyPlayer?: KeyPlayerResolvers<ContextType>;
  KeyPlayerPage?: KeyPlayerPageResolvers<ContextType>;
  MergedRecord?: MergedRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neo4jInfo?: Neo4jInfoResolvers<ContextType>;
  NetworkState?: NetworkStateResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NotePage?: NotePageResolvers<ContextType>;
  OtherEntity?: OtherEntityResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonMerge?: PersonMergeResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Relic?: RelicResolvers<ContextType>;
  RepeatOffender?: RepeatOffenderResolvers<ContextType>;
  RepeatOffenderCase?: RepeatOffenderCaseResolvers<ContextType>;
  RepeatOffenders?: RepeatOffendersResolvers<ContextType>;
  ResaleChain?: ResaleChainResolvers<ContextType>;
  ResaleChainPage?: ResaleChainPageResolvers<ContextType>;
  ResaleStep?: ResaleStepResolvers<ContextType>;
  RollbackResult?: RollbackResultResolvers<ContextType>;
  Sale?: SaleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchPage?: SearchPageResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Sighting?: SightingResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TakedownComparison?: TakedownComparisonResolvers<ContextType>;
  TakedownResult?: TakedownResultResolvers<ContextType>;
  TimePathResult?: TimePathResultResolvers<ContextType>;
  TimedPath?: TimedPathResolvers<ContextType>;
  UnusedEvidence?: UnusedEvidenceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPage?: UserPageResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
  VehicleAtSites?: VehicleAtSitesResolvers<ContextType>;
  VehicleBeforeCase?: VehicleBeforeCaseResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
};

