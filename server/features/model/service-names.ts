// The names the service itself uses in the graph, beside the investigation data model (model.ts):
// the labels of its own nodes, the relationship types it creates or derives, and the properties it
// sets on data or reads from its own nodes. This is the one list of them. Ingest never creates or
// changes anything by these names: what a dataset ships under one of them is kept in the data
// namespace (`Src_`, `SRC_`, `src_`; docs/ingest.md "Names the service keeps"), and
// tests/unit/service-names.test.ts scans cypher/ so that a new label or type cannot be left out.

/** Labels of the service's own nodes, each with what it holds (quoted in ingest reports). */
export const SERVICE_LABELS = {
  User: 'accounts',
  ApiToken: 'API tokens',
  ServiceSecret: 'the session-signing secret',
  Investigation: 'saved investigations',
  Note: 'notes on entities',
  AuditEntry: 'the audit trail',
  AuditHead: 'the audit trail',
  AuditBatch: 'the audit trail',
  AuditSpoolMark: 'the audit trail',
  AnalysisRun: 'analysis runs',
  Community: 'communities found by analysis',
  Job: 'analysis jobs',
  SchemaMigration: 'applied schema migrations',
  MigrationLock: 'the schema migration lock',
  SearchFormsBackfill: "the search forms' one-time backfill",
  Alert: 'alerts raised by standing patterns',
  AlertRule: 'alert rules (standing patterns)',
  Watch: 'watchlists',
  Geofence: 'geofences round sites',
  Import: 'the record of each ingest run (imports, roll-back)',
} as const satisfies Record<string, string>;

/** Every label with one of these prefixes is the service's too (the audit trail's, present or future). */
export const SERVICE_LABEL_PREFIXES = ['Audit'] as const;

/** Relationship types of the service's own bookkeeping (between its nodes, or onto entities). */
export const SERVICE_RELATIONSHIP_TYPES = {
  HAS_TOKEN: "a user's API tokens",
  ABOUT: 'notes on entities',
  FOUND: "an analysis run's communities",
  MEMBER_OF: "a person's community in an analysis run",
  LINKED_TO: 'links between communities of an analysis run',
  MERGED_INTO: 'entity resolution: a record merged into a canonical person',
  POSSIBLY_SAME_AS: 'entity resolution: candidate duplicates',
} as const satisfies Record<string, string>;

/**
 * Relationship types both the service and the data model use, told apart by their ends:
 * MEMBER_OF is a person's community in an analysis run (Person→Community) and a membership of
 * affiliation data (Person→Group, model.ts). Ingest writes them only between the model's ends.
 */
export const SHARED_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(['MEMBER_OF']);

/** Model relationship types the service derives itself; no input may write them. */
export const DERIVED_RELATIONSHIP_TYPES = {
  CALLS: 'derived by the service from Call records',
} as const satisfies Record<string, string>;

/**
 * Properties the service sets on data or relies on: identity, provenance and search (set by
 * ingest's writer), entity resolution's marks, the import's own notes, and the fields that give
 * an account its access (refused on anything, so no node can pose as an account).
 */
export const SERVICE_PROPERTIES = {
  uid: "an entity's id",
  key: "an entity's natural key",
  sources: 'provenance',
  ingestedAt: 'provenance',
  confidence: 'provenance',
  searchText: 'the full-text search index',
  mergedInto: 'entity resolution',
  mergedFrom: 'entity resolution',
  mergeCopyOf: 'entity resolution',
  importedLabels: "ingest's note of labels outside the model",
  importedType: "ingest's note of a mapped relationship type",
  passwordHash: "an account's password hash",
  role: "an account's role",
  disabled: 'whether an account is disabled',
  geoPoint: "geofences: a sighting's or site's point from its lat/lon",
} as const satisfies Record<string, string>;

/** Keys of the canonical persons entity resolution creates start with this (`Person:merged-…`). */
export const CANONICAL_KEY_PREFIX = 'merged-';

/** Where a dataset's own use of a service name is kept: `User` → `Src_User`, and so on. */
export const DATA_NAMESPACE = { label: 'Src_', type: 'SRC_', property: 'src_' } as const;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** What the service uses a label for, or undefined when it is free for data. */
export function serviceLabelUse(label: string): string | undefined {
  if (own(SERVICE_LABELS, label)) return SERVICE_LABELS[label as keyof typeof SERVICE_LABELS];
  if (SERVICE_LABEL_PREFIXES.some((p) => label.startsWith(p))) return 'the audit trail';
  return undefined;
}

/** What the service uses a relationship type for (its own or derived), or undefined. */
export function serviceTypeUse(type: string): string | undefined {
  if (own(SERVICE_RELATIONSHIP_TYPES, type))
    return SERVICE_RELATIONSHIP_TYPES[type as keyof typeof SERVICE_RELATIONSHIP_TYPES];
  if (own(DERIVED_RELATIONSHIP_TYPES, type))
    return DERIVED_RELATIONSHIP_TYPES[type as keyof typeof DERIVED_RELATIONSHIP_TYPES];
  return undefined;
}

/** What the service uses a property for, or undefined. */
export function servicePropertyUse(name: string): string | undefined {
  return own(SERVICE_PROPERTIES, name)
    ? SERVICE_PROPERTIES[name as keyof typeof SERVICE_PROPERTIES]
    : undefined;
}

/** A dataset's label as it is stored: a service label moves into the data namespace. */
export const dataLabel = (label: string) =>
  serviceLabelUse(label) === undefined ? label : `${DATA_NAMESPACE.label}${label}`;
/** A dataset's relationship type as it is stored. */
export const dataType = (type: string) =>
  serviceTypeUse(type) === undefined ? type : `${DATA_NAMESPACE.type}${type}`;
/** A dataset's property name as it is stored. */
export const dataProperty = (name: string) =>
  servicePropertyUse(name) === undefined ? name : `${DATA_NAMESPACE.property}${name}`;
