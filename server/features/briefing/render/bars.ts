// Activity over time: cases and sales per year as paired bars with their counts.
import type { GangDetail } from '../types.ts';
import { COLOURS, type Doc } from './doc.ts';

export const CASE_COLOUR = '#c0392b';
export const SALE_COLOUR = '#2874a6';

export function drawActivity(
  doc: Doc,
  activity: GangDetail['activity'],
  words: { cases: string; sales: string },
  height = 90,
): void {
  const pdf = doc.pdf;
  doc.ensure(height + 20);
  const x0 = doc.left + 24;
  const y0 = doc.y + 10;
  const w = doc.width - 24;
  const max = Math.max(1, ...activity.map((a) => Math.max(a.cases, a.sales)));
  const slot = w / Math.max(1, activity.length);
  const bar = Math.min(14, slot * 0.36);
  const base = y0 + height - 14;
  const scale = (height - 30) / max;
  pdf
    .moveTo(x0, base)
    .lineTo(x0 + w, base)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
  const every = Math.ceil(activity.length / Math.max(1, Math.floor(w / 34)));
  activity.forEach((a, i) => {
    const cx = x0 + slot * i + slot / 2;
    const pairs: Array<[number, string, number]> = [
      [a.cases, CASE_COLOUR, cx - bar - 0.5],
      [a.sales, SALE_COLOUR, cx + 0.5],
    ];
    for (const [v, colour, x] of pairs) {
      if (v <= 0) continue;
      const h = v * scale;
      pdf
        .rect(x, base - h, bar, h)
        .fillColor(colour)
        .fill();
      doc.font('regular', 6.5, COLOURS.muted);
      pdf.text(String(v), x - 6, base - h - 8.5, { width: bar + 12, align: 'center', lineBreak: false });
    }
    if (i % every === 0) {
      doc.font('regular', 7, COLOURS.muted);
      pdf.text(String(a.year), cx - 20, base + 3, { width: 40, align: 'center', lineBreak: false });
    }
  });
  // Legend at the top left.
  pdf
    .rect(x0, y0 - 8, 7, 7)
    .fillColor(CASE_COLOUR)
    .fill();
  doc.font('regular', 7.5, COLOURS.muted);
  pdf.text(words.cases, x0 + 10, y0 - 9, { lineBreak: false });
  const lx = x0 + 18 + pdf.widthOfString(words.cases);
  pdf
    .rect(lx, y0 - 8, 7, 7)
    .fillColor(SALE_COLOUR)
    .fill();
  doc.font('regular', 7.5, COLOURS.muted);
  pdf.text(words.sales, lx + 10, y0 - 9, { lineBreak: false });
  doc.y = y0 + height + 2;
  doc.pdf.x = doc.left;
}
