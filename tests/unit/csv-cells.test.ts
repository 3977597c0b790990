// CSV cells written by the server (ingest reports) and by the client (canvas exports) follow one
// rule: a text cell a spreadsheet would run as a formula is prefixed with ' and quoted; numbers
// stay numbers; quotes, commas and line breaks are quoted as RFC 4180 says.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell as clientCell } from '../../client/src/graph/csv-cell.ts';
import { csvCell as serverCell } from '../../server/features/ingest/csv.ts';

const CASES: Array<[string | number, string]> = [
  ['plain', 'plain'],
  ['', ''],
  ['=1+2', `"'=1+2"`],
  ['+1', `"'+1"`],
  ['-1', `"'-1"`],
  ['@SUM(A1)', `"'@SUM(A1)"`],
  ['\t=cmd', `"'\t=cmd"`],
  ['\r=cmd', `"'\r=cmd"`],
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['a=b', 'a=b'],
  [' =not at the start', ' =not at the start'],
  [-5, '-5'],
  [-0.25, '-0.25'],
  [3, '3'],
  [Number.NEGATIVE_INFINITY, `"'-Infinity"`],
];

describe.each([
  ['server', serverCell],
  ['client', clientCell],
])('%s csvCell', (_side, cell) => {
  it.each(CASES)('writes %j as %s', (value, written) => {
    expect(cell(value)).toBe(written);
  });

  it('reads back as the text it was given, with the prefix on formula-like text only', () => {
    const values = CASES.map(([v]) => v);
    const [row] = parse(values.map(cell).join(','), { relax_quotes: false }) as string[][];
    expect(row).toEqual(
      values.map((v) => {
        const numeric = typeof v === 'number' && Number.isFinite(v);
        return !numeric && /^[=+\-@\t\r]/.test(String(v)) ? `'${String(v)}` : String(v);
      }),
    );
  });
});

describe('client csvCell', () => {
  it('writes lists and objects as JSON, undefined and null as empty cells', () => {
    expect(clientCell(undefined)).toBe('');
    expect(clientCell(null)).toBe('');
    expect(clientCell(['a', 'b'])).toBe('"[""a"",""b""]"');
  });
});
