// Streaming CSV rows with their line numbers (csv-parse). A malformed row (bad quoting) becomes a
// reject of that line instead of stopping the file.
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
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
          reason: `unreadable CSV: ${err.message}`,
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
