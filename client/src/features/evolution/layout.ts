// Gang evolution as a picture: one column per time window, each gang a band across the windows it
// lives in (its height in a window = its size there, on one scale for the whole picture), merges
// and splits as flows between bands of neighbouring windows. Pure: the report in, boxes out, so
// the numbers drawn are the report's numbers.
import type { EvolutionReportQuery } from '../../api/__generated__/operations.ts';

export type Report = EvolutionReportQuery['evolutionReport'];
export type Lineage = Report['gangs'][number];

export interface Segment {
  gang: number;
  window: number;
  size: number;
  x: number;
  y: number;
  h: number;
}

export interface Band {
  gang: number;
  segments: Segment[];
}

export interface Flow {
  kind: 'continue' | 'merge' | 'split';
  from: Segment;
  to: Segment;
}

export interface Column {
  window: number;
  x: number;
  /** Gangs of the report alive in this window (all of them, drawn or not). */
  gangs: number;
  /** Their members. */
  members: number;
  /** The gangs not drawn as bands: how many and their members (told below the column, not drawn). */
  other: { count: number; members: number; y: number } | null;
}

export interface Picture {
  columns: Column[];
  bands: Band[];
  flows: Flow[];
  /** Pixels per member. */
  scale: number;
  width: number;
  height: number;
  barWidth: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Bands drawn on their own: the gangs largest at their peak (the rest are "other"). */
  shown: number;
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  gap?: number;
  barWidth?: number;
}

/** Gang ids by their peak size, largest first (ties: earlier born, lower id). */
export function rankGangs(report: Report): number[] {
  return [...report.gangs]
    .sort(
      (a, b) => Math.max(...b.sizes) - Math.max(...a.sizes) || a.windows[0]! - b.windows[0]! || a.id - b.id,
    )
    .map((g) => g.id);
}

/**
 * The vertical order of the bands: the largest first, each gang's offshoots (gangs whose parent it
 * is) right after it, so splits and merges run between neighbours.
 */
function bandOrder(report: Report, shown: Set<number>): number[] {
  const byId = new Map(report.gangs.map((g) => [g.id, g]));
  const rank = rankGangs(report).filter((id) => shown.has(id));
  const children = new Map<number, number[]>();
  for (const id of rank) {
    const p = byId.get(id)?.parent;
    if (p !== null && p !== undefined && shown.has(p)) children.set(p, [...(children.get(p) ?? []), id]);
  }
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  for (const id of rank) {
    const p = byId.get(id)?.parent;
    if (p === null || p === undefined || !shown.has(p)) visit(id);
  }
  for (const id of rank) visit(id);
  return out;
}

export function layoutEvolution(report: Report, o: LayoutOptions): Picture {
  const top = o.top ?? 54;
  const bottom = o.bottom ?? 8;
  const left = o.left ?? 16;
  const right = o.right ?? 96;
  const gap = o.gap ?? 3;
  const barWidth = o.barWidth ?? 12;
  const byId = new Map(report.gangs.map((g) => [g.id, g]));
  const shown = new Set(rankGangs(report).slice(0, Math.max(0, o.shown)));
  const order = bandOrder(report, shown);
  const n = report.windows.length;
  const step = n > 1 ? (o.width - left - right - barWidth) / (n - 1) : 0;
  const colX = (w: number) => left + barWidth / 2 + w * step;

  // Per window: the drawn gangs alive in it, and the rest.
  const alive: number[][] = report.windows.map(() => []);
  const otherOf = report.windows.map(() => ({ count: 0, members: 0 }));
  const members = report.windows.map(() => 0);
  for (const g of report.gangs)
    g.windows.forEach((w, i) => {
      const size = g.sizes[i]!;
      members[w]! += size;
      if (!shown.has(g.id)) {
        otherOf[w]!.count++;
        otherOf[w]!.members += size;
      }
    });
  for (const id of order) for (const w of byId.get(id)!.windows) alive[w]!.push(id);

  // One scale for the whole picture: the fullest window's drawn bands fill the height, less a line
  // below them for the smaller gangs.
  const drawn = (w: number) =>
    alive[w]!.reduce((s, id) => s + byId.get(id)!.sizes[byId.get(id)!.windows.indexOf(w)]!, 0);
  const anyOther = otherOf.some((x) => x.count > 0);
  const room = o.height - top - bottom - (anyOther ? 16 : 0);
  let need = 1e-6;
  report.windows.forEach((_, w) => {
    const bars = alive[w]!.length;
    need = Math.max(need, drawn(w) / Math.max(1, room - gap * Math.max(0, bars - 1)));
  });
  const scale = 1 / need;

  const segments = new Map<string, Segment>();
  const key = (g: number, w: number) => `${g}@${w}`;
  const columns: Column[] = report.windows.map((_, w) => {
    let y = top;
    for (const id of alive[w]!) {
      const g = byId.get(id)!;
      const size = g.sizes[g.windows.indexOf(w)]!;
      const h = size * scale;
      segments.set(key(id, w), { gang: id, window: w, size, x: colX(w), y, h });
      y += h + gap;
    }
    const rest = otherOf[w]!;
    return {
      window: w,
      x: colX(w),
      gangs: report.gangs.filter((g) => g.windows.includes(w)).length,
      members: members[w]!,
      other: rest.count ? { ...rest, y: y + 2 } : null,
    };
  });

  const bands: Band[] = order.map((id) => ({
    gang: id,
    segments: byId.get(id)!.windows.map((w) => segments.get(key(id, w))!),
  }));

  // Flows between neighbouring windows, from the report's events (and a born gang's parent).
  const flows: Flow[] = [];
  const seen = new Set<string>();
  const add = (kind: Flow['kind'], from: number, to: number, w: number) => {
    const a = segments.get(key(from, w - 1));
    const b = segments.get(key(to, w));
    const k = `${from}>${to}@${w}`;
    if (!a || !b || seen.has(k)) return;
    seen.add(k);
    flows.push({ kind, from: a, to: b });
  };
  for (const e of report.events) {
    if (e.window < 1) continue;
    if (e.kind === 'continue') add('continue', e.gang, e.gang, e.window);
    else if (e.kind === 'merge') {
      for (const r of e.related) add(r === e.gang ? 'continue' : 'merge', r, e.gang, e.window);
    } else if (e.kind === 'split') {
      for (const r of e.related) add(r === e.gang ? 'continue' : 'split', e.gang, r, e.window);
    }
  }
  for (const g of report.gangs) {
    const first = g.windows[0]!;
    if (g.parent !== null && first > 0) add('split', g.parent, g.id, first);
  }
  // A gang alive in two neighbouring windows continues between them even when no event says so.
  for (const b of bands)
    for (let i = 1; i < b.segments.length; i++)
      if (b.segments[i]!.window === b.segments[i - 1]!.window + 1)
        add('continue', b.gang, b.gang, b.segments[i]!.window);

  return { columns, bands, flows, scale, width: o.width, height: o.height, barWidth };
}

export interface LabelBox {
  gang: number;
  x: number;
  y: number;
  width: number;
  text: string;
}

/** Approximate text width at 11 px: CJK characters are square, Latin about half. */
export function textWidth(text: string, px = 11): number {
  let w = 0;
  for (const ch of text) w += ch > '\u2e7f' ? px : ch === ' ' ? px * 0.3 : px * 0.58;
  return w;
}

/**
 * Band labels that fit beside a segment (its height at least one line, its width before the next
 * column) and overlap neither another label nor a window column: the first segment of each band
 * that has room, largest bands first.
 */
export function placeLabels(p: Picture, text: (gang: number) => string, px = 11): LabelBox[] {
  const line = px + 3;
  const placed: LabelBox[] = [];
  const step = p.columns.length > 1 ? p.columns[1]!.x - p.columns[0]!.x : p.width;
  const overlaps = (a: LabelBox) =>
    placed.some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + line && b.y < a.y + line);
  const bands = [...p.bands].sort(
    (a, b) => Math.max(...b.segments.map((s) => s.h)) - Math.max(...a.segments.map((s) => s.h)),
  );
  for (const b of bands) {
    const label = text(b.gang);
    const width = textWidth(label, px);
    for (const s of b.segments) {
      if (s.h < line) continue;
      const last = s.window === p.columns.length - 1;
      const room = last ? p.width - (s.x + p.barWidth / 2) - 4 : step - p.barWidth - 6;
      if (width > room) continue;
      const box = {
        gang: b.gang,
        x: s.x + p.barWidth / 2 + 3,
        y: s.y + (s.h - line) / 2,
        width,
        text: label,
      };
      if (overlaps(box)) continue;
      placed.push(box);
      break;
    }
  }
  return placed;
}
