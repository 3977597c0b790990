// Parser for the documented CSV layouts: checks the header against the layout (a file with the
// wrong columns is refused as a whole), then maps every row, rejecting bad rows one by one.
import type { Readable } from 'node:stream';
import { csvRows } from './csv.ts';
import { FileRefused } from './errors.ts';
import { Fields } from './fields.ts';
import { HEADER_SYNONYMS, LAYOUT_SPECS } from './layouts.ts';
import { why } from './reasons.ts';
import type { Layout, Parsed, Reject } from './types.ts';

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** Maps header cells onto a layout's column names; throws FileRefused if they do not fit. */
export function layoutColumns(layout: Layout, header: readonly string[], file: string): (string | null)[] {
  const spec = LAYOUT_SPECS[layout];
  const own = [...spec.required, ...spec.optional];
  const known = new Map(own.map((c) => [norm(c), c]));
  for (const [synonym, c] of Object.entries(HEADER_SYNONYMS))
    if (own.includes(c) && !known.has(norm(synonym))) known.set(norm(synonym), c);
  const columns = header.map((h) => known.get(norm(h)) ?? null);
  const unknown = header.filter((_h, i) => columns[i] === null);
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length || unknown.length) {
    const parts = [];
    if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    if (unknown.length) parts.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
    throw new FileRefused(
      file,
      `it is not a ${layout} file: ${parts.join('; ')} (expected ${spec.required.join(', ')}` +
        `${spec.optional.length ? ` and optionally ${spec.optional.join(', ')}` : ''}; see docs/ingest.md)`,
    );
  }
  return columns;
}

export async function* parseLayout(input: Readable, layout: Layout, file: string): AsyncGenerator<Parsed> {
  const spec = LAYOUT_SPECS[layout];
  const bad: Reject[] = [];
  let columns: (string | null)[] | undefined;
  for await (const { line, values } of csvRows(input, { file, onBadRow: (r) => bad.push(r) })) {
    if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
    if (!columns) {
      columns = layoutColumns(layout, values, file);
      continue;
    }
    yield mapRow(spec, columns, values, file, line);
  }
  if (!columns)
    throw new FileRefused(file, `it is empty (expected a header line: ${spec.required.join(',')},...)`);
  if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
}

export function mapRow(
  spec: (typeof LAYOUT_SPECS)[Layout],
  columns: readonly (string | null)[],
  values: readonly string[],
  file: string,
  line: number,
): Parsed {
  if (values.length !== columns.length) {
    return {
      rejects: [
        {
          file,
          line,
          field: '(record)',
          ...why('record.width', { expected: columns.length, got: values.length }),
        },
      ],
    };
  }
  const row: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (c) row[c] = values[i] ?? '';
  });
  const f = new Fields(row);
  const out = spec.map(f, `${file}#${line}`);
  if (!f.ok) return { rejects: f.problems.map((p) => ({ file, line, ...p })) };
  return { nodes: out.nodes, rels: out.rels, accepted: true };
}
