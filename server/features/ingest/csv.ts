// Streaming CSV rows with their line numbers (csv-parse). A malformed row (bad quoting) becomes a
// reject of that line instead of stopping the file. And the one rule for every cell the server
// writes to a CSV (csvCell).
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { why } from './reasons.ts';
import type { Reject } from './types.ts';

export interface CsvRow {
  line: number;
  values: string[];
}

export interface CsvOptions {
  delimiter?: string;
  /** Receives the lines csv-parse could not read (unbalanced quotes and the like). */
  onBadRow?: (reject: Reject) => void;
  file: string;
}

export async function* csvRows(input: Readable, opts: CsvOptions): AsyncGenerator<CsvRow> {
  // csv-parse reads ahead of its consumer: unreadable lines are held back and handed over in
  // line order, just before the next good row after them.
  const skipped: Reject[] = [];
  const parser = parse({
    delimiter: opts.delimiter ?? ',',
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) {
        const line = Number((err as CsvError & { lines?: number }).lines ?? 0);
        skipped.push({
          file: opts.file,
          line,
          field: '(record)',
          ...why('csv.unreadable', { message: err.message }),
        });
      }
      return undefined;
    },
  });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length && skipped[0]!.line < item.info.lines) opts.onBadRow?.(skipped.shift()!);
    yield { line: item.info.lines, values: item.record };
  }
  for (const r of skipped) opts.onBadRow?.(r);
}

/** Splits a list cell ("a; b;c") into trimmed, non-empty items. */
export function splitList(cell: string | undefined, sep = ';'): string[] {
  if (!cell) return [];
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of a CSV the server writes (the ingest report's rejects.csv), by the same rule as the
 * client's exports (client/src/graph/csv-cell.ts). A text cell that begins with =, +, -, @, a tab
 * or a carriage return would run as a formula in a spreadsheet (CSV injection): it is written with
 * a ' in front (OWASP's advice) and quoted. Text is prefixed even when it looks like a negative
 * number ("-5"); a finite number is written as it is, so it stays a number and cannot be a formula.
 */
export function csvCell(v: string | number): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  const s = String(v);
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
