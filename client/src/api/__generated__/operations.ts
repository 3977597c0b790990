/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AlertRuleInput = {
  enabled?: boolean | null | undefined;
  kind: AlertRuleKind;
  params?: unknown;
  /** Admins only (admin:alerts). */
  shared?: boolean | null | undefined;
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
  enabled?: boolean | null | undefined;
  params?: unknown;
  shared?: boolean | null | undefined;
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

/** Who the actors of an analysed network are. */
export type AnalysisSubject =
  /** People (default): every kind of evidence between people. */
  | 'PERSON'
  /** Phones: the call network, for call records whose numbers have no known holders. */
  | 'PHONE';

export type BriefingInput = {
  /** The case reference printed on the cover and at the head of every page (1 to 100 characters). */
  caseReference: string;
  /** A saved investigation the caller may open (needs save:investigation). */
  investigationId?: string | number | null | undefined;
  language?: BriefingLanguage | null | undefined;
  marking?: ProtectiveMarking | null | undefined;
  /** Gangs given a section of their own, most important first (0..40); the rest are listed in one table. */
  maxGangs?: number | null | undefined;
  paper?: PaperSize | null | undefined;
  /** The community-detection run; the latest when omitted. */
  runId?: string | number | null | undefined;
  /** A succeeded takedown job (simulateTakedown): its strategies become the takedown section. */
  takedownJobId?: string | number | null | undefined;
  /** Replaces the standard title (at most 200 characters). */
  title?: string | null | undefined;
  /** The issuing unit (1 to 200 characters). */
  unit: string;
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

export type CommunitiesInput = {
  /** LOUVAIN (default) or LEIDEN (needs GDS: runs on GDS whatever the engine's AUTO would choose). */
  algorithm?: CommunityAlgorithm | null | undefined;
  /** Sources sampled for betweenness on large graphs (default 500). */
  betweennessSamples?: number | null | undefined;
  /**
   * Consensus: run this many seeds in all (the run's seed, then seed+1, ...; 2..100, default 0 = none)
   * and record each person's and each community's stability (KeyPlayer.stability, Community.stability).
   */
  consensus?: number | null | undefined;
  /** Which engine detects the communities (default AUTO); the job and its AnalysisRun say which ran. */
  engine?: AnalysisEngine | null | undefined;
  projection?: ProjectionInput | null | undefined;
  /** Louvain resolution (default 1; higher finds smaller gangs). */
  resolution?: number | null | undefined;
  /** RNG seed: the same seed on the same data gives the same communities (default 42). */
  seed?: number | null | undefined;
  /** PERSON (default) or PHONE (the call network); the same as projection.subject. */
  subject?: AnalysisSubject | null | undefined;
};

/** Community detection algorithm: LOUVAIN (graphology or GDS) or LEIDEN (GDS gds.leiden only). */
export type CommunityAlgorithm =
  | 'LEIDEN'
  | 'LOUVAIN';

/** Weight per kind of evidence in the person-to-person projection (0 leaves a kind out). */
export type EvidenceWeightsInput = {
  /** Shared group membership (MEMBER_OF a Group): 1/(n-1) per shared group of n members, times this (default 1). */
  affiliation?: number | null | undefined;
  associate?: number | null | undefined;
  calls?: number | null | undefined;
  coOffending?: number | null | undefined;
  coSighting?: number | null | undefined;
  family?: number | null | undefined;
  sale?: number | null | undefined;
  sharedPhone?: number | null | undefined;
  sharedVehicle?: number | null | undefined;
};

export type EvolutionInput = {
  /** Share of its windows a member must be in to be in the gang's core (default 0.75). */
  coreShare?: number | null | undefined;
  /** Which engine detects each window's communities (default AUTO); the job and its result say which ran. */
  engine?: AnalysisEngine | null | undefined;
  from: number;
  /** CORE: windows a lineage may go unseen and still resume (default 1). */
  maxGap?: number | null | undefined;
  /** CORE: a lineage's most recent windows whose members it carries forward (default 3). */
  memory?: number | null | undefined;
  /** How gangs are followed from window to window (default CORE; docs/analysis.md, Gang evolution). */
  method?: EvolutionMethod | null | undefined;
  /** CORE: ...and at least this share of the smaller of the two (default 0.2). */
  minShare?: number | null | undefined;
  /** CORE: people a community must share with a lineage to continue it (default 2). */
  minShared?: number | null | undefined;
  minSize?: number | null | undefined;
  projection?: ProjectionInput | null | undefined;
  resolution?: number | null | undefined;
  seed?: number | null | undefined;
  /** CORE: share of a lineage's persisting members a split part or a merge must take (default 0.3). */
  splitShare?: number | null | undefined;
  stepDays?: number | null | undefined;
  /** JACCARD: Jaccard overlap for two communities to be the same gang (default 0.3). */
  threshold?: number | null | undefined;
  to: number;
  windowDays?: number | null | undefined;
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

export type InvestigationInput = {
  description?: string | null | undefined;
  /** Up to 500 entity ids. */
  entityIds: Array<string | number>;
  /** A JSON object of at most 20 kB. */
  filters?: unknown;
  /** 1 to 200 characters. */
  name: string;
  shared?: boolean | null | undefined;
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

export type KeyPlayerMeasure =
  | 'betweenness'
  | 'broker'
  | 'degree'
  | 'pagerank'
  | 'strength';

export type NeighbourhoodInput = {
  /** Most nodes to return; defaults to and may not exceed the service's MAX_RESULT_NODES. */
  cap?: number | null | undefined;
  /** 1 to 3. */
  hops?: number | null | undefined;
  /** The starting entities (1 to 50). */
  ids: Array<string | number>;
  includeMerged?: boolean | null | undefined;
  /** Keep only links and nodes at least this confident (0..1). */
  minConfidence?: number | null | undefined;
  /**
   * Keep only nodes with one of these labels. By default every type except individual Call records,
   * which CALLS edges summarise; name `Call` to expand them.
   */
  nodeTypes?: Array<string> | null | undefined;
  /** Follow only these relationship types (see graphVocabulary). */
  relTypes?: Array<string> | null | undefined;
  /** Keep only links and events that overlap this window. */
  window?: TimeWindow | null | undefined;
};

export type PaperSize =
  | 'A4'
  | 'LETTER';

export type PathInput = {
  /** For K_SHORTEST and ALL_SHORTEST: the nextCursor of the previous page, for the next k paths. */
  after?: string | null | undefined;
  from: string | number;
  includeMerged?: boolean | null | undefined;
  /** For K_SHORTEST and ALL_SHORTEST: most paths to return per page (1 to 10). */
  k?: number | null | undefined;
  /** 1 to 8. */
  maxHops?: number | null | undefined;
  minConfidence?: number | null | undefined;
  mode?: PathMode | null | undefined;
  /** Follow only these relationship types; all by default. */
  relTypes?: Array<string> | null | undefined;
  to: string | number;
};

export type PathMode =
  /** Every path of the shortest length. */
  | 'ALL_SHORTEST'
  /** The k shortest paths (alternatives of increasing length). */
  | 'K_SHORTEST'
  /** One shortest path. */
  | 'SHORTEST';

export type ProjectionInput = {
  /** Halve a pair's call weight for every this many days since their last call. */
  callHalfLifeDays?: number | null | undefined;
  /** Vehicles near the same site within this many minutes count as co-sighted (default 30). */
  coSightingMinutes?: number | null | undefined;
  /** Only evidence inside this window (epoch ms). */
  from?: number | null | undefined;
  /** Only links at least this confident (0..1). */
  minConfidence?: number | null | undefined;
  /** PERSON (default) or PHONE: who the actors are. */
  subject?: AnalysisSubject | null | undefined;
  to?: number | null | undefined;
  weights?: EvidenceWeightsInput | null | undefined;
};

/** Protective markings (server/features/briefing/markings.ts holds their words in each language). */
export type ProtectiveMarking =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'SECRET'
  | 'WORK_SECRET';

export type RepeatOffendersInput = {
  limit?: number | null | undefined;
  /** Cases a person must be party to (default 2). */
  minCases?: number | null | undefined;
  projection?: ProjectionInput | null | undefined;
};

export type Role =
  | 'admin'
  | 'analyst'
  | 'commander'
  | 'detective';

export type TakedownInput = {
  /** Which engine runs the simulation (default AUTO); the job and its result say which ran. */
  engine?: AnalysisEngine | null | undefined;
  k?: number | null | undefined;
  /** People (Person ids) to remove; or leave empty and give strategies. */
  people?: Array<string | number> | null | undefined;
  projection?: ProjectionInput | null | undefined;
  resolution?: number | null | undefined;
  seed?: number | null | undefined;
  /** Strategies to compare, each choosing k people. */
  strategies?: Array<TakedownStrategy> | null | undefined;
};

export type TakedownStrategy =
  | 'betweenness'
  | 'brokers'
  | 'degree'
  | 'greedy';

export type TimePathInput = {
  from: string | number;
  /** Most paths to return (1 to 20); earliest arrival first. */
  k?: number | null | undefined;
  /** Largest allowed time between one hop and the next (ms). */
  maxGapMs?: number | null | undefined;
  /** 1 to 8; Person-Sale-Person counts as 2 hops. */
  maxHops?: number | null | undefined;
  /**
   * Relationship types to follow. Default: SOLD, BOUGHT (goods passing hand to hand). Calls: FROM,
   * TO (through Call records) or CALLS (summaries).
   */
  relTypes?: Array<string> | null | undefined;
  /** Only sales of this relic (the question: could this relic have passed from `from` to `to`?). */
  relicId?: string | number | null | undefined;
  /**
   * Follow the flow: seller to buyer, caller to callee (BOUGHT and FROM are walked backwards).
   * Default true.
   */
  respectDirection?: boolean | null | undefined;
  to: string | number;
  /** Only events inside this window. */
  window?: TimeWindow | null | undefined;
};

/** An interval of epoch milliseconds; either end may be open. */
export type TimeWindow = {
  from?: number | null | undefined;
  to?: number | null | undefined;
};

type CanvasEntity_Call_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Case_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Group_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_OtherEntity_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Person_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Phone_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Relic_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Sale_Fragment = { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Sighting_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Site_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Vehicle_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

export type CanvasEntityFragment =
  | CanvasEntity_Call_Fragment
  | CanvasEntity_Case_Fragment
  | CanvasEntity_Group_Fragment
  | CanvasEntity_OtherEntity_Fragment
  | CanvasEntity_Person_Fragment
  | CanvasEntity_Phone_Fragment
  | CanvasEntity_Relic_Fragment
  | CanvasEntity_Sale_Fragment
  | CanvasEntity_Sighting_Fragment
  | CanvasEntity_Site_Fragment
  | CanvasEntity_Vehicle_Fragment
;

export type CanvasSubgraphFragment = { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
     }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> };

export type EntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntitiesQuery = { entities: Array<
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
   | null> };

export type NeighbourhoodQueryVariables = Exact<{
  input: NeighbourhoodInput;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
       }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } };

export type SessionUserFragment = { id: string, username: string, role: Role, permissions: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, role: Role, permissions: Array<string> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, username: string, role: Role, permissions: Array<string> } } };

export type AlertFieldsFragment = { id: string, ruleId: string, ruleKind: AlertRuleKind, ruleParams: unknown, shared: boolean, status: AlertStatus, recordIds: Array<string>, detail: unknown, raisedAt: number, investigationId: string | null, records: Array<
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
   | null> };

export type AlertRuleFieldsFragment = { id: string, kind: AlertRuleKind, params: unknown, shared: boolean, enabled: boolean, owner: string, mine: boolean, createdAt: number, updatedAt: number };

export type AlertCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertCountQuery = { alertCount: number };

export type AlertInboxQueryVariables = Exact<{
  status?: AlertStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertInboxQuery = { alerts: { nextCursor: string | null, items: Array<{ id: string, ruleId: string, ruleKind: AlertRuleKind, ruleParams: unknown, shared: boolean, status: AlertStatus, recordIds: Array<string>, detail: unknown, raisedAt: number, investigationId: string | null, records: Array<
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
       | null> }> } };

export type AlertDetailEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AlertDetailEntitiesQuery = { entities: Array<
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
   | null> };

export type SetAlertStatusMutationVariables = Exact<{
  id: string | number;
  status: AlertStatus;
}>;


export type SetAlertStatusMutation = { setAlertStatus: { id: string, status: AlertStatus } };

export type AlertToInvestigationMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AlertToInvestigationMutation = { alertToInvestigation: { alert: { id: string, status: AlertStatus, investigationId: string | null }, investigation: { id: string, name: string } } };

export type WatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchesQuery = { watches: Array<{ id: string, entityId: string, entityType: string, createdAt: number }> };

export type WatchMutationVariables = Exact<{
  entityId: string | number;
}>;


export type WatchMutation = { watch: { id: string, entityId: string, entityType: string, createdAt: number } };

export type UnwatchMutationVariables = Exact<{
  entityId: string | number;
}>;


export type UnwatchMutation = { unwatch: boolean };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { alertRules: Array<{ id: string, kind: AlertRuleKind, params: unknown, shared: boolean, enabled: boolean, owner: string, mine: boolean, createdAt: number, updatedAt: number }> };

export type AlertRuleInvestigationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRuleInvestigationsQuery = { investigations: { items: Array<{ id: string, name: string }> } };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { createAlertRule: { id: string, kind: AlertRuleKind, params: unknown, shared: boolean, enabled: boolean, owner: string, mine: boolean, createdAt: number, updatedAt: number } };

export type UpdateAlertRuleMutationVariables = Exact<{
  id: string | number;
  input: AlertRuleUpdate;
}>;


export type UpdateAlertRuleMutation = { updateAlertRule: { id: string, kind: AlertRuleKind, params: unknown, shared: boolean, enabled: boolean, owner: string, mine: boolean, createdAt: number, updatedAt: number } };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAlertRuleMutation = { deleteAlertRule: boolean };

export type ExportBriefingMutationVariables = Exact<{
  input: BriefingInput;
}>;


export type ExportBriefingMutation = { exportBriefing: { filename: string, mimeType: string, byteSize: number, pages: number, auditReference: string, namesShown: boolean, content: string } };

export type BriefingLatestTakedownQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefingLatestTakedownQuery = { jobs: { items: Array<{ id: string, finishedAt: number | null, createdAt: number }> } };

export type ChainsResaleQueryVariables = Exact<{
  relicId: string | number;
  maxGapMs?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ChainsResaleQuery = { resaleChains: { nextCursor: string | null, relic: { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }, origin: { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown } | null, items: Array<{ startAt: number | null, endAt: number | null, steps: Array<{ at: number | null, price: number | null, currency: string | null, sale: { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }, sellers: Array<{ id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }>, buyers: Array<{ id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }>, soldAt: { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown } | null }>, lastHolders: Array<{ id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }> }>, subgraph: { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
         }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } } };

type DetailsEntityFields_Call_Fragment = { at: number | null, durationSeconds: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Case_Fragment = { title: string | null, kind: string | null, place: string | null, at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Group_Fragment = { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_OtherEntity_Fragment = { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Person_Fragment = { name: string | null, aliases: Array<string>, documentIds: Array<string>, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Phone_Fragment = { number: string | null, imei: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Relic_Fragment = { name: string | null, catalogueNumber: string | null, description: string | null, period: string | null, material: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Sale_Fragment = { at: number | null, price: number | null, currency: string | null, channel: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Sighting_Fragment = { at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Site_Fragment = { name: string | null, kind: string | null, place: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

type DetailsEntityFields_Vehicle_Fragment = { plate: string | null, vin: string | null, make: string | null, model: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown };

export type DetailsEntityFieldsFragment =
  | DetailsEntityFields_Call_Fragment
  | DetailsEntityFields_Case_Fragment
  | DetailsEntityFields_Group_Fragment
  | DetailsEntityFields_OtherEntity_Fragment
  | DetailsEntityFields_Person_Fragment
  | DetailsEntityFields_Phone_Fragment
  | DetailsEntityFields_Relic_Fragment
  | DetailsEntityFields_Sale_Fragment
  | DetailsEntityFields_Sighting_Fragment
  | DetailsEntityFields_Site_Fragment
  | DetailsEntityFields_Vehicle_Fragment
;

export type DetailsEdgeFieldsFragment = { id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } };

export type DetailsEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsEntityQuery = { entity:
    | { at: number | null, durationSeconds: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { title: string | null, kind: string | null, place: string | null, at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { name: string | null, aliases: Array<string>, documentIds: Array<string>, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { number: string | null, imei: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { name: string | null, catalogueNumber: string | null, description: string | null, period: string | null, material: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { at: number | null, price: number | null, currency: string | null, channel: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { name: string | null, kind: string | null, place: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
    | { plate: string | null, vin: string | null, make: string | null, model: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
   };

export type DetailsRelatedQueryVariables = Exact<{
  input: NeighbourhoodInput;
}>;


export type DetailsRelatedQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, entity:
        | { at: number | null, durationSeconds: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { title: string | null, kind: string | null, place: string | null, at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, aliases: Array<string>, documentIds: Array<string>, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { number: string | null, imei: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, catalogueNumber: string | null, description: string | null, period: string | null, material: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, channel: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, kind: string | null, place: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { plate: string | null, vin: string | null, make: string | null, model: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
       }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: unknown }> } };

export type DetailsRelicsHandledQueryVariables = Exact<{
  personId: string | number;
  first?: number | null | undefined;
}>;


export type DetailsRelicsHandledQuery = { relicsHandled: { nextCursor: string | null, items: Array<{ acquiredAt: number | null, disposedAt: number | null, relic: { name: string | null, catalogueNumber: string | null, description: string | null, period: string | null, material: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }, steps: Array<{ at: number | null, price: number | null, currency: string | null }> }> } };

export type DetailsNotesQueryVariables = Exact<{
  entityId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DetailsNotesQuery = { notes: { nextCursor: string | null, items: Array<{ id: string, text: string, authorId: string, author: string, createdAt: number }> } };

export type DetailsAddNoteMutationVariables = Exact<{
  entityId: string | number;
  text: string;
}>;


export type DetailsAddNoteMutation = { addNote: { id: string, text: string, authorId: string, author: string, createdAt: number } };

export type DetailsDeleteNoteMutationVariables = Exact<{
  id: string | number;
}>;


export type DetailsDeleteNoteMutation = { deleteNote: boolean };

export type DetailsWhyQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DetailsWhyQuery = { why: { nextCursor: string | null, items: Array<{ sources: Array<string>, confidence: number | null, via:
        | { at: number | null, durationSeconds: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { title: string | null, kind: string | null, place: string | null, at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, aliases: Array<string>, documentIds: Array<string>, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { number: string | null, imei: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, catalogueNumber: string | null, description: string | null, period: string | null, material: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, channel: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { name: string | null, kind: string | null, place: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
        | { plate: string | null, vin: string | null, make: string | null, model: string | null, id: string, type: string, label: string, sources: Array<string>, confidence: number | null, ingestedAt: number | null, mergedInto: string | null, properties: unknown }
       | null, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> }> } };

export type EvolutionJobFieldsFragment = { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown };

export type EvolutionJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvolutionJobsQuery = { jobs: { items: Array<{ id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown }> } };

export type EvolutionJobQueryVariables = Exact<{
  id: string | number;
}>;


export type EvolutionJobQuery = { job: { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown } };

export type StartEvolutionMutationVariables = Exact<{
  input: EvolutionInput;
}>;


export type StartEvolutionMutation = { trackGangEvolution: { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown } };

export type EvolutionReportQueryVariables = Exact<{
  jobId: string | number;
}>;


export type EvolutionReportQuery = { evolutionReport: { jobId: string, births: number, deaths: number, merges: number, splits: number, windows: Array<{ label: string, start: number, end: number, communities: number, people: number, modularity: number | null }>, gangs: Array<{ id: number, parent: number | null, windows: Array<number>, sizes: Array<number>, core: Array<string> }>, events: Array<{ kind: string, window: number, gang: number, related: Array<number> }> } };

export type EvolutionRunQueryVariables = Exact<{ [key: string]: never; }>;


export type EvolutionRunQuery = { analysisRuns: { items: Array<{ id: string, createdAt: number, nodeCount: number, communityCount: number }> }, communities: { items: Array<{ runId: string, index: number, size: number, density: number, cases: number | null, sales: number | null, relics: number | null, sites: number | null, firstAt: number | null, lastAt: number | null }> } };

export type EvolutionMembersQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  community: number;
}>;


export type EvolutionMembersQuery = { keyPlayers: Array<{ id: string, community: number }> };

export type EvolutionKeyPlayersQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  community: number;
}>;


export type EvolutionKeyPlayersQuery = { keyPlayers: Array<{ id: string, name: string | null, pagerank: number }> };

export type GangJobFragment = { id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null };

export type GangRunFragment = { id: string, createdAt: number, engine: string, nodeCount: number, edgeCount: number, communityCount: number, modularity: number, resolution: number, seed: number };

export type GangSummaryFragment = { runId: string, index: number, size: number, density: number, keyPlayers: Array<string>, cases: number | null, sales: number | null, sites: number | null, relics: number | null, firstAt: number | null, lastAt: number | null };

export type RankedPersonFragment = { id: string, name: string | null, community: number, degree: number, strength: number, betweenness: number, pagerank: number, participation: number, broker: number };

export type GangRunsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GangRunsQuery = { analysisRuns: { items: Array<{ id: string, createdAt: number, engine: string, nodeCount: number, edgeCount: number, communityCount: number, modularity: number, resolution: number, seed: number }> } };

export type GangJobStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type GangJobStatusQuery = { job: { id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null } };

export type GangRunningJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type GangRunningJobsQuery = { jobs: { items: Array<{ id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null }> } };

export type GangLatestRepeatOffendersQueryVariables = Exact<{ [key: string]: never; }>;


export type GangLatestRepeatOffendersQuery = { jobs: { items: Array<{ id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null }> } };

export type GangDetectMutationVariables = Exact<{
  input?: CommunitiesInput | null | undefined;
}>;


export type GangDetectMutation = { detectCommunities: { id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null } };

export type GangFindRepeatOffendersMutationVariables = Exact<{
  input?: RepeatOffendersInput | null | undefined;
}>;


export type GangFindRepeatOffendersMutation = { findRepeatOffenders: { id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null } };

export type GangCancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type GangCancelJobMutation = { cancelJob: { id: string, kind: string, status: JobStatus, progress: number, runId: string | null, createdAt: number, finishedAt: number | null } };

export type GangListQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GangListQuery = { communities: { nextCursor: string | null, items: Array<{ runId: string, index: number, size: number, density: number, keyPlayers: Array<string>, cases: number | null, sales: number | null, sites: number | null, relics: number | null, firstAt: number | null, lastAt: number | null }> } };

export type GangOverviewQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type GangOverviewQuery = { communityGraph: { runId: string, totalCommunities: number, totalLinks: number, capped: boolean, nodes: Array<{ runId: string, index: number, size: number, density: number, keyPlayers: Array<string>, cases: number | null, sales: number | null, sites: number | null, relics: number | null, firstAt: number | null, lastAt: number | null }>, edges: Array<{ source: number, target: number, weight: number, links: number }> } };

export type GangKeyPlayersQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  community?: number | null | undefined;
  by?: KeyPlayerMeasure | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GangKeyPlayersQuery = { keyPlayers: Array<{ id: string, name: string | null, community: number, degree: number, strength: number, betweenness: number, pagerank: number, participation: number, broker: number }> };

export type GangBrokersQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type GangBrokersQuery = { brokers: Array<{ id: string, name: string | null, community: number, degree: number, strength: number, betweenness: number, pagerank: number, participation: number, broker: number }> };

export type GangRepeatOffendersQueryVariables = Exact<{
  jobId: string | number;
}>;


export type GangRepeatOffendersQuery = { repeatOffenders: { jobId: string, minCases: number, total: number, offenders: Array<{ id: string, cases: number, first: number | null, last: number | null, timeline: Array<{ caseId: string, at: number | null, role: string }> }> } };

export type GangPeopleQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GangPeopleQuery = { entities: Array<
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { name: string | null, id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
    | { id: string, type: string, label: string }
   | null> };

export type InvestigationSummaryFragment = { id: string, name: string, description: string | null, ownerId: string, owner: string, shared: boolean, entityIds: Array<string>, createdAt: number, updatedAt: number };

export type InvestigationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type InvestigationsQuery = { investigations: { nextCursor: string | null, items: Array<{ id: string, name: string, description: string | null, ownerId: string, owner: string, shared: boolean, entityIds: Array<string>, createdAt: number, updatedAt: number }> } };

export type InvestigationQueryVariables = Exact<{
  id: string | number;
}>;


export type InvestigationQuery = { investigation: { filters: unknown, id: string, name: string, description: string | null, ownerId: string, owner: string, shared: boolean, entityIds: Array<string>, createdAt: number, updatedAt: number, entities: Array<
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
     | null> } };

export type SavedLinksQueryVariables = Exact<{
  input: NeighbourhoodInput;
}>;


export type SavedLinksQuery = { neighbourhood: { truncated: boolean, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } };

export type SaveInvestigationMutationVariables = Exact<{
  input: InvestigationInput;
}>;


export type SaveInvestigationMutation = { saveInvestigation: { id: string, name: string, description: string | null, ownerId: string, owner: string, shared: boolean, entityIds: Array<string>, createdAt: number, updatedAt: number } };

export type UpdateInvestigationMutationVariables = Exact<{
  id: string | number;
  input: InvestigationInput;
}>;


export type UpdateInvestigationMutation = { updateInvestigation: { id: string, name: string, description: string | null, ownerId: string, owner: string, shared: boolean, entityIds: Array<string>, createdAt: number, updatedAt: number } };

export type DeleteInvestigationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteInvestigationMutation = { deleteInvestigation: boolean };

export type PathsFindQueryVariables = Exact<{
  input: PathInput;
}>;


export type PathsFindQuery = { paths: { paths: Array<{ length: number, nodeIds: Array<string>, edgeIds: Array<string> }>, subgraph: { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
         }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } } };

export type PathsTimeFindQueryVariables = Exact<{
  input: TimePathInput;
}>;


export type PathsTimeFindQuery = { timePaths: { found: boolean, paths: Array<{ length: number, nodeIds: Array<string>, edgeIds: Array<string>, times: Array<number>, departAt: number | null, arriveAt: number | null }>, subgraph: { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
          | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
         }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } } };

export type PathsVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type PathsVocabularyQuery = { graphVocabulary: { relationshipTypes: Array<string> } };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { nextCursor: string | null, items: Array<{ score: number, exact: boolean, entity:
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
       }> } };

export type StartRunsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type StartRunsQuery = { analysisRuns: { items: Array<{ id: string, kind: string, createdAt: number, nodeCount: number, edgeCount: number, communityCount: number, modularity: number }> } };

export type StartGangsQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type StartGangsQuery = { communities: { items: Array<{ index: number, size: number, density: number, keyPlayers: Array<string>, cases: number | null, sales: number | null, firstAt: number | null, lastAt: number | null }> }, keyPlayers: Array<{ id: string, name: string | null, community: number }> };

export type TakedownJobFieldsFragment = { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown };

export type TakedownJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type TakedownJobsQuery = { jobs: { items: Array<{ id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown }> } };

export type TakedownJobQueryVariables = Exact<{
  id: string | number;
}>;


export type TakedownJobQuery = { job: { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown } };

export type StartTakedownMutationVariables = Exact<{
  input: TakedownInput;
}>;


export type StartTakedownMutation = { simulateTakedown: { id: string, kind: string, status: JobStatus, progress: number, createdAt: number, createdBy: string | null, finishedAt: number | null, params: unknown } };

export type TakedownStateFragment = { nodes: number, largestComponent: number, components: number, communitiesBroken: number, buyersReachable: number, relicFlow: boolean };

export type TakedownComparisonQueryVariables = Exact<{
  jobId: string | number;
}>;


export type TakedownComparisonQuery = { takedownComparison: { jobId: string, engine: string | null, people: number, looters: number, buyers: number, communities: number, notInNetwork: Array<string>, results: Array<{ strategy: string, removed: Array<string>, before: { nodes: number, largestComponent: number, components: number, communitiesBroken: number, buyersReachable: number, relicFlow: boolean }, after: { nodes: number, largestComponent: number, components: number, communitiesBroken: number, buyersReachable: number, relicFlow: boolean } }> } };

export type TakedownGangsQueryVariables = Exact<{ [key: string]: never; }>;


export type TakedownGangsQuery = { analysisRuns: { items: Array<{ id: string, createdAt: number, nodeCount: number, communityCount: number, modularity: number }> }, communityGraph: { runId: string, totalCommunities: number, totalLinks: number, capped: boolean, nodes: Array<{ index: number, size: number, density: number, cases: number | null, sales: number | null, relics: number | null, sites: number | null, firstAt: number | null, lastAt: number | null }>, edges: Array<{ source: number, target: number, weight: number, links: number }> } };

export type TakedownRankedQueryVariables = Exact<{
  runId?: string | number | null | undefined;
}>;


export type TakedownRankedQuery = { byBetweenness: Array<{ id: string, name: string | null, community: number }>, byDegree: Array<{ id: string, name: string | null, community: number }>, byBroker: Array<{ id: string, name: string | null, community: number }> };

export type TakedownGangMembersQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  community: number;
}>;


export type TakedownGangMembersQuery = { keyPlayers: Array<{ id: string, name: string | null, community: number }> };
