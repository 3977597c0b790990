// A thin layer over pdfkit for the briefing's pages: the page frame (protective marking at head
// and foot, page x of y, the audit reference), headings, paragraphs and tables that move to a
// new page when they do not fit.
import PDFDocument from 'pdfkit';
import { fonts, type FontName } from './fonts.ts';

export const COLOURS = {
  ink: '#1d2733',
  muted: '#5b6673',
  rule: '#c5ccd4',
  band: '#eef1f4',
  marking: '#b00000',
  accent: '#1f4e79',
} as const;

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Frame {
  marking: string;
  markingRestricted: boolean;
  pageOf: (page: number, pages: number) => string;
  footerLeft: string;
  headerRight: string;
}

export class Doc {
  readonly pdf: PDFKit.PDFDocument;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;

  constructor(size: 'A4' | 'LETTER', info: { title: string; author: string; subject: string; lang: string }) {
    this.pdf = new PDFDocument({
      size,
      margins: { top: 64, bottom: 64, left: 56, right: 56 },
      bufferPages: true,
      lang: info.lang,
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'Crimegraph' },
    });
    const f = fonts();
    this.pdf.registerFont('regular', f.regular);
    this.pdf.registerFont('bold', f.bold);
    this.left = this.pdf.page.margins.left;
    this.right = this.pdf.page.width - this.pdf.page.margins.right;
    this.top = this.pdf.page.margins.top;
    this.bottom = this.pdf.page.height - this.pdf.page.margins.bottom;
    this.width = this.right - this.left;
    this.font('regular', 10);
  }

  get y(): number {
    return this.pdf.y;
  }
  set y(v: number) {
    this.pdf.y = v;
  }

  font(name: FontName, size: number, colour: string = COLOURS.ink): this {
    this.pdf.font(name).fontSize(size).fillColor(colour);
    return this;
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = this.left;
    this.pdf.y = this.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.pdf.y + height > this.bottom) this.newPage();
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    this.ensure(size * 3.2);
    if (level === 1) this.y += 2;
    else this.y += size * 0.5;
    this.font('bold', size, level === 1 ? COLOURS.accent : COLOURS.ink);
    this.pdf.text(text, this.left, this.y, { width: this.width });
    if (level === 1) {
      const y = this.y + 2;
      this.pdf.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.8).strokeColor(COLOURS.accent).stroke();
      this.y = y + 8;
    } else this.y += 3;
    this.font('regular', 10);
  }

  para(
    text: string,
    opts: { size?: number; colour?: string; bold?: boolean; indent?: number; gap?: number } = {},
  ): void {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    this.font(opts.bold ? 'bold' : 'regular', size, opts.colour ?? COLOURS.ink);
    const h = this.pdf.heightOfString(text, { width: this.width - indent, lineGap: 1.5 });
    this.ensure(Math.min(h, size * 4));
    this.pdf.text(text, this.left + indent, this.y, { width: this.width - indent, lineGap: 1.5 });
    this.y += opts.gap ?? 4;
    this.font('regular', 10);
  }

  /** Label: value rows (the cover, the appendix). */
  facts(rows: ReadonlyArray<[string, string]>, labelShare = 0.3, size = 10): void {
    const lw = this.width * labelShare;
    for (const [label, value] of rows) {
      this.font('regular', size);
      const h = Math.max(
        this.pdf.heightOfString(value, { width: this.width - lw - 8, lineGap: 1 }),
        this.pdf.heightOfString(label, { width: lw - 6, lineGap: 1 }),
      );
      this.ensure(h + 4);
      const y = this.y;
      this.font('bold', size, COLOURS.muted);
      this.pdf.text(label, this.left, y, { width: lw - 6, lineGap: 1 });
      this.font('regular', size);
      this.pdf.text(value, this.left + lw, y, { width: this.width - lw - 8, lineGap: 1 });
      this.y = y + h + 4;
    }
  }

  table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, size = 8.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const measure = (cells: readonly string[], font: FontName) => {
      this.font(font, size);
      return Math.max(
        ...cells.map((c, i) => this.pdf.heightOfString(c || ' ', { width: widths[i]! - 2 * pad })),
      );
    };
    const draw = (cells: readonly string[], font: FontName, band: boolean) => {
      const h = measure(cells, font) + 2 * pad;
      const y = this.y;
      if (band) this.pdf.rect(this.left, y, this.width, h).fill(COLOURS.band);
      let x = this.left;
      this.font(font, size);
      cells.forEach((c, i) => {
        this.pdf.text(c, x + pad, y + pad, {
          width: widths[i]! - 2 * pad,
          align: columns[i]!.align ?? 'left',
        });
        x += widths[i]!;
      });
      this.pdf
        .moveTo(this.left, y + h)
        .lineTo(this.right, y + h)
        .lineWidth(0.4)
        .strokeColor(COLOURS.rule)
        .stroke();
      this.y = y + h;
    };
    const header = columns.map((c) => c.header);
    // A table that fits on one page starts on a new one rather than break; a longer one breaks
    // between rows, its header repeated.
    const whole =
      measure(header, 'bold') + rows.reduce((s, r) => s + measure(r, 'regular') + 2 * pad, 2 * pad);
    if (whole <= this.bottom - this.top) this.ensure(whole);
    else this.ensure(measure(header, 'bold') + measure(rows[0] ?? [''], 'regular') + 4 * pad);
    draw(header, 'bold', true);
    for (const row of rows) {
      const h = measure(row, 'regular') + 2 * pad;
      if (this.y + h > this.bottom) {
        this.newPage();
        draw(header, 'bold', true);
      }
      draw(row, 'regular', false);
    }
    this.y += 6;
    this.font('regular', 10);
  }

  /** Draws the frame on every page, once the number of pages is known. */
  finish(frame: Frame): number {
    const range = this.pdf.bufferedPageRange();
    const pages = range.count;
    for (let i = range.start; i < range.start + pages; i++) {
      this.pdf.switchToPage(i);
      const { page } = this.pdf;
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0; // the foot lies below the text area; no page break for it
      const colour = frame.markingRestricted ? COLOURS.marking : COLOURS.muted;
      this.font('bold', 10, colour);
      this.pdf.text(frame.marking, this.left, 26, { width: this.width, align: 'center', lineBreak: false });
      this.font('regular', 7.5, COLOURS.muted);
      this.pdf.text(frame.headerRight, this.left, 28, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      const footY = page.height - 40;
      this.pdf
        .moveTo(this.left, footY - 6)
        .lineTo(this.right, footY - 6)
        .lineWidth(0.4)
        .strokeColor(COLOURS.rule)
        .stroke();
      this.font('bold', 10, colour);
      this.pdf.text(frame.marking, this.left, footY, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      this.font('regular', 7.5, COLOURS.muted);
      this.pdf.text(frame.footerLeft, this.left, footY + 2, {
        width: this.width,
        align: 'left',
        lineBreak: false,
      });
      this.pdf.text(frame.pageOf(i - range.start + 1, pages), this.left, footY + 2, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      page.margins.bottom = bottomMargin;
    }
    return pages;
  }

  /** Ends the document; resolves with its bytes. */
  toBuffer(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.pdf.on('data', (c: Buffer) => chunks.push(c));
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
      this.pdf.end();
    });
  }
}
