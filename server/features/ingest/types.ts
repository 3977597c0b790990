// What parsers produce and what an ingest run reports. Parsers turn input rows into model
// records (NodeRecord/RelRecord, see writer.ts), records kept as they are (RawNode/RawRel: labels
// and types outside the model, e.g. POLE's Location), and rejects naming file, line, field, reason.
import type { Params, ReasonCode, ReportLanguage } from './reasons.ts';
import type { NodeRecord, RawNodeRow, RawRelRow, RelRecord } from './writer.ts';

export const LAYOUTS = [
  'persons',
  'phones',
  'vehicles',
  'relics',
  'sites',
  'cases',
  'sales',
  'calls',
  'sightings',
  'links',
  'edges',
  'affiliations',
  'holdings',
] as const;
export type Layout = (typeof LAYOUTS)[number];

export const FORMATS = [...LAYOUTS, 'cdr', 'ftm', 'neo4j-admin'] as const;
export type Format = (typeof FORMATS)[number];

/** Records kept as they are (labels and types outside the model): the writer's own row types. */
export type RawNode = RawNodeRow;
export type RawRel = RawRelRow;

export interface Reject {
  file: string;
  /** 1-based line (CSV, JSON lines) of the record. */
  line: number;
  /** The column or property at fault; "(record)" when the record as a whole is. */
  field: string;
  /** Stable code of the reason (reasons.ts REASONS), e.g. id-number.check-digit. */
  code: ReasonCode;
  /** The values the reason names, e.g. { expected: 'X', got: '3' }. */
  params: Params;
  /** The reason in the report's language (English unless the run asked for another). */
  reason: string;
}

/** What one input record turned into. */
export interface Parsed {
  nodes?: NodeRecord[];
  rels?: RelRecord[];
  rawNodes?: RawNode[];
  rawRels?: RawRel[];
  rejects?: Reject[];
  /** True when the record landed (at least in part) rather than being refused. */
  accepted?: boolean;
}

/** Called by parsers as they read, so the pipeline can report progress in bytes. */
export type BytesRead = (bytes: number) => void;

export interface FileSummary {
  file: string;
  /** "unknown" when the format could not be told (the file is then refused). */
  format: Format | 'unknown';
  records: number;
  accepted: number;
  rejected: number;
  /** Set when the whole file was refused (wrong columns, encoding, binary); nothing of it landed. */
  refused?: string;
}

export interface IngestSummary {
  files: FileSummary[];
  records: number;
  accepted: number;
  rejected: number;
  nodesCreated: number;
  relationshipsCreated: number;
  batches: number;
  durationMs: number;
  /** The first rejects (all of them are in the rejects file). */
  rejects: Reject[];
  /** The run's :Import id (server/features/imports): list it, roll it back. */
  importId?: string;
  /** Where the rejects CSV and summary JSON were written, when a report directory was used. */
  reportDir?: string;
  /** The language of the rejects' reasons and of the report (en unless the run asked for zh-CN). */
  language?: ReportLanguage;
}
