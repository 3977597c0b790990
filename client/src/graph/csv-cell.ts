// One cell of a CSV the client exports. The server writes its CSVs with the same rule
// (server/features/ingest/csv.ts, csvCell); tests/unit/csv-cells.test.ts holds both to it.
//
// A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a formula
// (CSV injection). Such a text cell is written with a ' in front, as OWASP advises, so that it
// shows as text, and quoted. Text that looks like a negative number ("-5") is prefixed too: text
// is never trusted. A number (typeof number, finite) is written as it is: -5 stays a number a
// spreadsheet can sum, and a number cannot carry a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  const s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
