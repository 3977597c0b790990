// The ingest feature's entry points: load files or directories (CLI, tests, other features) and
// load a batch of text (the GraphQL mutation). Everything goes through the same pipeline.
import type { Db } from '../../db/db.ts';
import type { CdrMapping } from './cdr.ts';
import { runUnits, type RunOptions } from './pipeline.ts';
import { planPaths, textUnit } from './plan.ts';
import type { TextEncoding } from './text-check.ts';
import type { Format, IngestSummary } from './types.ts';

export { parseCdrMapping, type CdrMapping } from './cdr.ts';
export { FileRefused } from './errors.ts';
export {
  REASONS,
  REPORT_LANGUAGES,
  reportLanguageOf,
  renderReason,
  type ReasonCode,
  type ReportLanguage,
} from './reasons.ts';
export { defaultReportDir } from './report.ts';
export { TEXT_ENCODINGS, textEncodingOf, type TextEncoding } from './text-check.ts';
export type { IngestProgress, RunOptions } from './pipeline.ts';
export { FORMATS, LAYOUTS, type Format, type IngestSummary, type Reject } from './types.ts';

export interface IngestOptions extends RunOptions {
  /** Read every input as this format instead of detecting it. */
  format?: Format;
  /** Column mapping for call-detail records (makes .csv inputs call records). */
  mapping?: CdrMapping;
  /** How the files are encoded: detected (auto: UTF-8, else GB18030) or declared (utf-8, gb18030). */
  encoding?: TextEncoding;
}

/**
 * Loads files and directories into the graph, e.g. ingestPath(db, '../shared/datasets/pole') or
 * ingestPath(db, 'cdr.csv', { mapping }). Idempotent: loading the same input again changes nothing.
 */
export function ingestPath(
  db: Db,
  paths: string | readonly string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const list = typeof paths === 'string' ? [paths] : paths;
  return runUnits(
    db,
    planPaths(list, { format: opts.format, mapping: opts.mapping, encoding: opts.encoding }),
    opts,
  );
}

/** Loads one batch of text in one format (CSV layout, call records with a mapping, FtM lines). */
export function ingestText(
  db: Db,
  input: { source: string; format: Format; text: string; mapping?: CdrMapping },
  opts: RunOptions = {},
): Promise<IngestSummary> {
  return runUnits(db, [textUnit(input.source, input.format, input.text, input.mapping)], opts);
}
