export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** The largest standard error among the top-10 betweenness scores (0 when exact). */
  betweennessError: Scalars['Float']['output'];
  betweennessExact: Scalars['Boolean']['output'];
  communityCount: Scalars['Int']['output'];
  createdAt: Scalars['Float']['output'];
  edgeCount: Scalars['Int']['output'];
  /** The engine that detected the communities: `graphology (worker thread)` or `gds <version>`. */
  engine: Scalars['String']['output'];
  /** Pairs each kind of evidence contributed. */
  evidence: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  jobId?: Maybe<Scalars['ID']['output']>;
  kind: Scalars['String']['output'];
  modularity: Scalars['Float']['output'];
  nodeCount: Scalars['Int']['output'];
  params: Scalars['JSON']['output'];
  resolution: Scalars['Float']['output'];
  seed: Scalars['Int']['output'];
};

export type AnalysisRunPage = {
  __typename?: 'AnalysisRunPage';
  items: Array<AnalysisRun>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

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
  sources: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type CommunitiesInput = {
  /** Sources sampled for betweenness on large graphs (default 500). */
  betweennessSamples?: InputMaybe<Scalars['Int']['input']>;
  /** Which engine detects the communities (default AUTO); the job and its AnalysisRun say which ran. */
  engine?: InputMaybe<AnalysisEngine>;
  projection?: InputMaybe<ProjectionInput>;
  /** Louvain resolution (default 1; higher finds smaller gangs). */
  resolution?: InputMaybe<Scalars['Float']['input']>;
  /** RNG seed: the same seed on the same data gives the same communities (default 42). */
  seed?: InputMaybe<Scalars['Int']['input']>;
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
 * Sale, Call, Sighting) are identified by `<Type>:<key>`; imported records kept as they were (for
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
  window: Scalars['Int']['output'];
};

export type EvolutionInput = {
  /** Share of its windows a member must be in to be in the gang's core (default 0.75). */
  coreShare?: InputMaybe<Scalars['Float']['input']>;
  /** Which engine detects each window's communities (default AUTO); the job and its result say which ran. */
  engine?: InputMaybe<AnalysisEngine>;
  from: Scalars['Float']['input'];
  minSize?: InputMaybe<Scalars['Int']['input']>;
  projection?: InputMaybe<ProjectionInput>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  stepDays?: InputMaybe<Scalars['Float']['input']>;
  /** Jaccard overlap for two communities to be the same gang (default 0.3). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['Float']['input'];
  windowDays?: InputMaybe<Scalars['Float']['input']>;
};

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

/** How a batch of records handed to the ingest mutation is written (docs/ingest.md). */
export type IngestFormat =
  | 'calls'
  | 'cases'
  /** Call-detail records read through a column mapping (pass mapping). */
  | 'cdr'
  /** FollowTheMoney entities as JSON lines. */
  | 'ftm'
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
  field: Scalars['String']['output'];
  file: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  accepted: Scalars['Int']['output'];
  durationMs: Scalars['Float']['output'];
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
  strength: Scalars['Float']['output'];
};

export type KeyPlayerMeasure =
  | 'betweenness'
  | 'broker'
  | 'degree'
  | 'pagerank'
  | 'strength';

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
  cancelJob: Job;
  /** Creates an API token for scripts, acting as the caller; it expires (default API_TOKEN_DEFAULT_DAYS). */
  createApiToken: ApiToken;
  /** Admin: creates an account. */
  createUser: User;
  deleteInvestigation: Scalars['Boolean']['output'];
  /** Deletes a note; only its author or an admin may. */
  deleteNote: Scalars['Boolean']['output'];
  detectCommunities: Job;
  /** Runs duplicate detection over all active persons and stores the candidates scoring at least minScore. */
  findDuplicateCandidates: DuplicateDetection;
  findRepeatOffenders: Job;
  /**
   * Loads one batch through the ingest pipeline (the same as `npm run ingest`). `source` names the
   * file or feed the records cite as provenance ("<source>#<line>"); `text` is the CSV (with its
   * header line) or the JSON lines; `mapping` is the column mapping of call-detail records.
   * Idempotent: the same batch twice changes nothing. Needs the ingest permission.
   */
  ingest: IngestResult;
  /** Signs in and returns a session token. */
  login: Session;
  /** Admin: merges two or more persons into a new canonical person (reversible with unmergePerson). */
  mergePersons: PersonMerge;
  /** Revokes one of the caller's API tokens at once (an admin's: anyone's). Returns what it was. */
  revokeApiToken: ApiTokenInfo;
  saveInvestigation: Investigation;
  /** Admin: marks a candidate as not the same person (rejected) or open again. */
  setDuplicateStatus: DuplicateStatus;
  /** Admin: disables or re-enables an account; a disabled account's sessions and tokens stop working. */
  setUserDisabled: User;
  simulateTakedown: Job;
  trackGangEvolution: Job;
  /** Admin: undoes a merge, given the canonical's id; returns the restored original records. */
  unmergePerson: Array<Person>;
  /** Only the owner (or an admin) may update. */
  updateInvestigation: Investigation;
};


export type MutationAddNoteArgs = {
  entityId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
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


export type MutationDeleteInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetectCommunitiesArgs = {
  input?: InputMaybe<CommunitiesInput>;
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


export type MutationSaveInvestigationArgs = {
  input: InvestigationInput;
};


export type MutationSetDuplicateStatusArgs = {
  id: Scalars['ID']['input'];
  status: DuplicateStatus;
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


export type MutationUpdateInvestigationArgs = {
  id: Scalars['ID']['input'];
  input: InvestigationInput;
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

export type Path = {
  __typename?: 'Path';
  /** Edge ids, in order. */
  edgeIds: Array<Scalars['ID']['output']>;
  length: Scalars['Int']['output'];
  /** Node ids from `from` to `to`. */
  nodeIds: Array<Scalars['ID']['output']>;
};

export type PathInput = {
  from: Scalars['ID']['input'];
  includeMerged?: InputMaybe<Scalars['Boolean']['input']>;
  /** For K_SHORTEST and ALL_SHORTEST: most paths to return (1 to 10). */
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
  paths: Array<Path>;
  /** Every node and edge of the paths, to draw. */
  subgraph: Subgraph;
};

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  documentIds: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
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
  to?: InputMaybe<Scalars['Float']['input']>;
  weights?: InputMaybe<EvidenceWeightsInput>;
};

export type Query = {
  __typename?: 'Query';
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
  /** The labels and relationship types that can be used in filters. */
  graphVocabulary: GraphVocabulary;
  /** The service, its database and its schema version. Needs no credentials. */
  health: Health;
  investigation: Investigation;
  /** Your investigations and the ones colleagues shared, most recently updated first. */
  investigations: InvestigationPage;
  job: Job;
  jobs: JobPage;
  /** Key players of a run, overall or in one community, ranked by the measure. */
  keyPlayers: Array<KeyPlayer>;
  /** The signed-in caller. */
  me: User;
  /** The caller's own API tokens, newest first. */
  myApiTokens: ApiTokenPage;
  /** The entities within `hops` of the starting ones, with the links between them. */
  neighbourhood: Subgraph;
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
  /** Admin: checks the whole hash chain and reports the first broken link. */
  verifyAudit: AuditVerification;
  /** Why are `a` and `b` linked? Direct links first, then links through one intermediary. */
  why: EvidencePage;
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


export type QueryWhyArgs = {
  a: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  b: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type User = {
  __typename?: 'User';
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
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
