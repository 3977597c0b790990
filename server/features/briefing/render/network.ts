// A gang's network picture, drawn with pdfkit's vector graphics: members as discs coloured by
// role and sized by PageRank, brokers ringed, ties as lines as thick as their evidence, labels
// (names, or K1/B1 at gang level) placed clear of each other, and a legend.
import { forceLayout, placeLabels } from '../layout.ts';
import { MEMBER_ROLES, type GangDetail, type MemberRole } from '../types.ts';
import { COLOURS, type Doc } from './doc.ts';

export const ROLE_COLOURS: Readonly<Record<MemberRole, string>> = {
  looter: '#c0392b',
  offender: '#e67e22',
  seller: '#8e44ad',
  buyer: '#2874a6',
  associate: '#95a5a6',
};

const LABEL_SIZE = 7;
/** Labels beyond the key players and brokers, when there is room. */
const EXTRA_LABELS = 20;

export interface PictureWords {
  label: (uid: string) => string | null;
  role: Record<MemberRole, string>;
  broker: string;
  tie: string;
  size: string;
}

export function drawNetwork(doc: Doc, gang: GangDetail, height: number, words: PictureWords): void {
  const pdf = doc.pdf;
  const w = doc.width;
  const legendH = 14;
  doc.ensure(height + legendH + 6);
  const x0 = doc.left;
  const y0 = doc.y;
  pdf.rect(x0, y0, w, height).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();

  const maxPr = Math.max(1e-12, ...gang.members.map((m) => m.pagerank));
  const radius = new Map(gang.members.map((m) => [m.uid, 2.5 + 6 * Math.sqrt(m.pagerank / maxPr)]));
  const inner = { w: w - 16, h: height - 16 };
  const at = forceLayout(
    gang.members.map((m) => ({ id: m.uid, radius: radius.get(m.uid)! })),
    gang.ties,
    inner.w,
    inner.h,
  );
  const ox = x0 + 8;
  const oy = y0 + 8;
  const maxW = Math.max(1e-9, ...gang.ties.map((t) => t.weight));
  pdf.save();
  pdf.strokeColor('#8795a1').strokeOpacity(0.55);
  for (const t of gang.ties) {
    const a = at.get(t.a);
    const b = at.get(t.b);
    if (!a || !b) continue;
    pdf
      .moveTo(ox + a.x, oy + a.y)
      .lineTo(ox + b.x, oy + b.y)
      .lineWidth(0.3 + 2.2 * Math.sqrt(t.weight / maxW))
      .stroke();
  }
  pdf.restore();
  const brokers = new Set(gang.brokers.map((b) => b.uid));
  // Smallest first, so the key players lie on top.
  for (const m of [...gang.members].reverse()) {
    const p = at.get(m.uid)!;
    const r = radius.get(m.uid)!;
    pdf
      .circle(ox + p.x, oy + p.y, r)
      .fillColor(ROLE_COLOURS[m.role])
      .fill();
    if (brokers.has(m.uid)) {
      pdf
        .circle(ox + p.x, oy + p.y, r + 1.8)
        .lineWidth(1.1)
        .strokeColor(COLOURS.ink)
        .stroke();
    }
  }
  const key = new Set(gang.keyPlayers.map((k) => k.uid));
  const wanted = gang.members
    .filter((m, i) => key.has(m.uid) || brokers.has(m.uid) || i < key.size + EXTRA_LABELS)
    .map((m) => ({ m, text: words.label(m.uid) }))
    .filter((l): l is { m: (typeof gang.members)[number]; text: string } => l.text !== null);
  doc.font('regular', LABEL_SIZE);
  const boxes = placeLabels(
    wanted.map(({ m, text }) => ({
      id: m.uid,
      w: pdf.widthOfString(text) + 2,
      h: LABEL_SIZE * 1.35,
      required: key.has(m.uid) || brokers.has(m.uid),
    })),
    at,
    radius,
    inner,
  );
  for (const { m, text } of wanted) {
    const b = boxes.get(m.uid);
    if (!b) continue;
    const bold = key.has(m.uid) || brokers.has(m.uid);
    pdf.save();
    pdf
      .rect(ox + b.x, oy + b.y, b.w, b.h)
      .fillColor('#ffffff')
      .fillOpacity(0.75)
      .fill();
    pdf.restore();
    doc.font(bold ? 'bold' : 'regular', LABEL_SIZE, COLOURS.ink);
    pdf.text(text, ox + b.x + 1, oy + b.y + 0.2, { lineBreak: false });
  }

  // Legend: one swatch per role present, then the broker ring, the tie and the size.
  let lx = x0;
  const ly = y0 + height + 5;
  doc.font('regular', 7.5, COLOURS.muted);
  const present = MEMBER_ROLES.filter((r) => gang.members.some((m) => m.role === r));
  for (const role of present) {
    pdf
      .circle(lx + 4, ly + 4, 3.5)
      .fillColor(ROLE_COLOURS[role])
      .fill();
    doc.font('regular', 7.5, COLOURS.muted);
    pdf.text(words.role[role], lx + 10, ly, { lineBreak: false });
    lx += 16 + pdf.widthOfString(words.role[role]);
  }
  pdf
    .circle(lx + 4, ly + 4, 3)
    .fillColor('#bbbbbb')
    .fill();
  pdf
    .circle(lx + 4, ly + 4, 4.8)
    .lineWidth(1)
    .strokeColor(COLOURS.ink)
    .stroke();
  doc.font('regular', 7.5, COLOURS.muted);
  pdf.text(words.broker, lx + 11, ly, { lineBreak: false });
  lx += 18 + pdf.widthOfString(words.broker);
  pdf
    .moveTo(lx, ly + 4)
    .lineTo(lx + 14, ly + 4)
    .lineWidth(1.5)
    .strokeColor('#8795a1')
    .stroke();
  pdf.text(words.tie, lx + 18, ly, { lineBreak: false });
  lx += 24 + pdf.widthOfString(words.tie);
  pdf.text(words.size, lx, ly, { lineBreak: false });
  doc.y = ly + legendH;
  doc.pdf.x = doc.left;
}
