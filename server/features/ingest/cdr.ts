// Call-detail records as operators and tools export them, read through a column mapping: which
// column holds the caller, the callee, the start, the duration and the cell site, and how the
// start is written. The VAST 2008 export loads with tests/fixtures/ingest/vast2008-mapping.json.
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { badInput } from '../../errors.ts';
import { csvRows } from './csv.ts';
import { FileRefused } from './errors.ts';
import { Fields, offsetMinutes, parseIsoDate, type FieldProblem } from './fields.ts';
import { callRecords, derivedCallKey } from './layouts.ts';
import { why } from './reasons.ts';
import type { Parsed, Reject } from './types.ts';

export const CdrMappingSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  start: z.string().min(1),
  /** "iso", "epoch-s", "epoch-ms", or a pattern of yyyy MM dd HH mm ss (other characters literal). */
  startFormat: z.string().min(1).default('iso'),
  /** Offset of local times without a zone, e.g. "+02:00"; UTC when absent. */
  timezone: z
    .string()
    .regex(/^(Z|UTC|[+-]\d{2}:?\d{2})$/i, 'expected UTC or an offset such as +02:00')
    .default('UTC'),
  duration: z.string().min(1).optional(),
  cell: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  delimiter: z.string().length(1).default(','),
});
export type CdrMapping = z.infer<typeof CdrMappingSchema>;

/** Validates a mapping (from JSON); a bad one names the field and what was expected. */
export function parseCdrMapping(value: unknown): CdrMapping {
  const r = CdrMappingSchema.safeParse(value);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(mapping)'}: ${i.message}`);
    throw badInput(`Ingest: invalid call-record mapping: ${problems.join('; ')}`);
  }
  return r.data;
}

const TOKENS: Record<string, string> = {
  yyyy: '(\\d{4})',
  MM: '(\\d{1,2})',
  dd: '(\\d{1,2})',
  HH: '(\\d{1,2})',
  mm: '(\\d{1,2})',
  ss: '(\\d{1,2})',
};

/** Compiles a start format into a parser to epoch ms; undefined means the text does not match. */
export function timeParser(format: string, timezone: string): (text: string) => number | undefined {
  const shift = /^(Z|UTC)$/i.test(timezone) ? 0 : offsetMinutes(timezone) * 60_000;
  if (format === 'iso') {
    return (t) => {
      const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(t.trim());
      const v = parseIsoDate(t);
      return v === undefined ? undefined : hasZone ? v : v - shift;
    };
  }
  if (format === 'epoch-s' || format === 'epoch-ms') {
    const k = format === 'epoch-s' ? 1000 : 1;
    return (t) => (/^\d+(\.\d+)?$/.test(t.trim()) ? Math.round(Number(t) * k) : undefined);
  }
  const order: string[] = [];
  let re = '';
  for (let i = 0; i < format.length;) {
    const tok = Object.keys(TOKENS).find((k) => format.startsWith(k, i));
    if (tok) {
      order.push(tok);
      re += TOKENS[tok];
      i += tok.length;
    } else {
      re += format[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  if (!order.includes('yyyy') || !order.includes('MM') || !order.includes('dd')) {
    throw badInput(`Ingest: call-record mapping startFormat ${JSON.stringify(format)} needs yyyy, MM and dd`);
  }
  const rx = new RegExp(`^${re}$`);
  return (t) => {
    const m = rx.exec(t.trim());
    if (!m) return undefined;
    const v: Record<string, number> = { yyyy: 0, MM: 1, dd: 1, HH: 0, mm: 0, ss: 0 };
    order.forEach((tok, i) => (v[tok] = Number(m[i + 1])));
    const iso = `${String(v.yyyy).padStart(4, '0')}-${pad(v.MM!)}-${pad(v.dd!)}T${pad(v.HH!)}:${pad(v.mm!)}:${pad(v.ss!)}Z`;
    const ms = parseIsoDate(iso);
    return ms === undefined ? undefined : ms - shift;
  };
}
const pad = (n: number) => String(n).padStart(2, '0');

export async function* parseCdr(input: Readable, mapping: CdrMapping, file: string): AsyncGenerator<Parsed> {
  const parseTime = timeParser(mapping.startFormat, mapping.timezone);
  const wanted = {
    from: mapping.from,
    to: mapping.to,
    start: mapping.start,
    duration: mapping.duration,
    cell: mapping.cell,
    id: mapping.id,
  };
  let index: Record<string, number> | undefined;
  let width = 0;
  const bad: Reject[] = [];
  for await (const { line, values } of csvRows(input, {
    file,
    delimiter: mapping.delimiter,
    onBadRow: (r) => bad.push(r),
  })) {
    if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
    if (!index) {
      const header = values.map((h) => h.trim());
      const missing = Object.values(wanted).filter(
        (c): c is string => c !== undefined && !header.includes(c),
      );
      if (missing.length) {
        throw new FileRefused(
          file,
          `it does not fit the call-record mapping: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m)).join(', ')} (header: ${header.join(',')})`,
        );
      }
      index = Object.fromEntries(
        Object.entries(wanted)
          .filter(([, c]) => c)
          .map(([k, c]) => [k, header.indexOf(c!)]),
      );
      width = header.length;
      continue;
    }
    if (values.length !== width) {
      yield {
        rejects: [
          { file, line, field: '(record)', ...why('record.width', { expected: width, got: values.length }) },
        ],
      };
      continue;
    }
    const row: Record<string, string> = {};
    for (const [k, i] of Object.entries(index)) row[k] = values[i] ?? '';
    const f = new Fields(row);
    const from = f.key('from', 'Phone') ?? '';
    const to = f.key('to', 'Phone') ?? '';
    const startText = f.req('start');
    const at = startText ? parseTime(startText) : undefined;
    if (startText && at === undefined)
      f.fail('start', why('call.start-invalid', { format: mapping.startFormat, got: startText }));
    const cell = f.opt('cell');
    const column = (p: FieldProblem): Reject => ({
      file,
      line,
      field: (wanted as Record<string, string | undefined>)[p.field] ?? p.field,
      code: p.code,
      params: p.params,
      reason: p.reason,
    });
    if (!f.ok) {
      yield { rejects: f.problems.map(column) };
      continue;
    }
    // A bad duration (real exports have negative ones) does not stop the call from landing: the
    // call is kept without it, and the field is reported in the rejects file.
    const d = new Fields(row);
    const durationSeconds = d.num('duration', { int: true, min: 0 });
    const dropped = d.problems.map((p) =>
      column({ field: p.field, ...why('call.kept-without', { ...p.params, cause: p.code }) }),
    );
    const key = f.opt('id') ?? derivedCallKey(from, to, at!, row.duration?.trim() || undefined, cell);
    const recs = callRecords({ key, from, to, at: at!, durationSeconds, cell }, `${file}#${line}`);
    if (dropped.length) recs.nodes[0]!.props.durationRecorded = row.duration;
    yield { ...recs, ...(dropped.length ? { rejects: dropped } : {}), accepted: true };
  }
  if (!index) throw new FileRefused(file, 'it is empty (expected a header line)');
  if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
}
