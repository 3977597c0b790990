// Resale chains of one relic, from its sales: a chain is a sequence of sales where a buyer of
// each sale is a seller of the next, strictly later (and within maxGap when given). Every maximal
// chain is returned: it starts with a sale no earlier sale leads to (the looter's or first
// dealer's) and ends with one that leads nowhere (the last known holders). Pure, so it is unit-tested.
// A sale without a date is linked only by its people (a buyer who sells on), never by a made-up time.
//
// relicCustody: the relic's custody as far as it is known, from holdings (HELD) and sales together,
// ordered by when each began; a step is certain when that start is dated (not approximate) and no
// other dated step's start period overlaps it, uncertain otherwise, with the reason.
import type { Db } from '../../db/db.ts';
import { periodEnd } from '../ingest/fields.ts';

export interface SaleRecord {
  key: string;
  at: number | null;
  sellers: readonly string[];
  buyers: readonly string[];
}

export const MAX_CHAINS = 1_000;

/** Chains as lists of indices into `sales`, earliest start first, then longest. */
export function resaleChains(sales: readonly SaleRecord[], maxGap: number | null = null): number[][] {
  const next: number[][] = sales.map(() => []);
  const hasPrev = sales.map(() => false);
  sales.forEach((a, i) => {
    const t = a.at;
    sales.forEach((b, j) => {
      if (i === j) return;
      if (t !== null && b.at !== null) {
        if (b.at <= t) return;
        if (maxGap !== null && b.at - t > maxGap) return;
      }
      if (!a.buyers.some((p) => b.sellers.includes(p))) return;
      next[i]!.push(j);
      hasPrev[j] = true;
    });
  });
  const chains: number[][] = [];
  const walk = (path: number[]) => {
    if (chains.length >= MAX_CHAINS) return;
    const last = path[path.length - 1]!;
    // Undated sales may link both ways (A sells to B, B to A): a chain visits a sale once.
    const onward = next[last]!.filter((j) => !path.includes(j));
    if (onward.length === 0) chains.push(path);
    else for (const j of onward) walk([...path, j]);
  };
  sales.forEach((_, i) => {
    if (!hasPrev[i]) walk([i]);
  });
  // Sales on a cycle of undated links with no start of their own: each begins a chain once.
  const covered = new Set(chains.flat());
  sales.forEach((_, i) => {
    if (!covered.has(i) && chains.length < MAX_CHAINS) walk([i]);
    for (const c of chains) for (const k of c) covered.add(k);
  });
  const at = (i: number) => sales[i]!.at ?? Number.POSITIVE_INFINITY;
  return chains.sort((x, y) => at(x[0]!) - at(y[0]!) || y.length - x.length);
}

/** One step of a relic's custody: a holding or a sale, and how sure its place in the order is. */
export interface CustodyStep {
  kind: 'HOLDING' | 'SALE';
  /** The holder's uid (HOLDING) or the sale's uid (SALE). */
  key: string;
  /** When it began, as far as known (start of the period `precision` names); null when unknown. */
  at: number | null;
  /** When a holding ended, as far as known. */
  until: number | null;
  precision: string;
  approximate: boolean;
  certain: boolean;
  /** Why the step is uncertain (null when certain). */
  reason: string | null;
  holder: string | null;
  sellers: string[];
  buyers: string[];
  price: number | null;
  currency: string | null;
}

interface StepInput {
  kind: 'HOLDING' | 'SALE';
  key: string;
  at: number | null;
  until: number | null;
  precision: string;
  /** Precision of the start (a holding's from; a sale's date). */
  startPrecision: string;
  approximate: boolean;
  holder?: string | null;
  sellers?: string[];
  buyers?: string[];
  price?: number | null;
  currency?: string | null;
}

/** Orders custody steps by what is known and marks each certain or uncertain. Pure. */
export function orderCustody(steps: readonly StepInput[]): CustodyStep[] {
  const period = (s: StepInput) =>
    s.at === null || s.startPrecision === 'unknown'
      ? null
      : ([s.at, periodEnd({ at: s.at, precision: s.startPrecision })] as const);
  const sorted = [...steps].sort((a, b) => {
    const pa = period(a);
    const pb = period(b);
    if (pa && pb) return pa[0] - pb[0] || pa[1] - pb[1] || a.key.localeCompare(b.key);
    if (pa) return -1;
    if (pb) return 1;
    return a.key.localeCompare(b.key);
  });
  return sorted.map((s) => {
    const p = period(s);
    let reason: string | null = null;
    if (!p) reason = 'no date: its place among the other steps is not known';
    else if (s.approximate) reason = 'approximate date';
    else {
      const clash = sorted.find((o) => {
        const q = o === s ? null : period(o);
        return q !== null && q[0] < p[1] && p[0] < q[1];
      });
      if (clash)
        reason = `its ${s.startPrecision} overlaps the date of ${clash.kind === 'SALE' ? 'sale' : 'holding by'} ${clash.key}`;
    }
    return {
      kind: s.kind,
      key: s.key,
      at: p ? s.at : null,
      until: s.until,
      precision: s.precision,
      approximate: s.approximate,
      certain: reason === null,
      reason,
      holder: s.holder ?? null,
      sellers: s.sellers ?? [],
      buyers: s.buyers ?? [],
      price: s.price ?? null,
      currency: s.currency ?? null,
    };
  });
}

const numOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const strOr = (v: unknown, d: string) => (typeof v === 'string' ? v : d);

/** A relic's custody (holdings and sales) by its uid, ordered by what is known (orderCustody). */
export async function relicCustody(db: Db, relicUid: string): Promise<CustodyStep[]> {
  const [row] = await db.read('queries/chains/get-relic-custody', { uid: relicUid });
  if (!row) return [];
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  const steps: StepInput[] = [
    ...list(row.holdings).map((h) => ({
      kind: 'HOLDING' as const,
      key: String(h.holder),
      at: numOrNull(h.from),
      until: numOrNull(h.to),
      precision: strOr(h.precision, 'unknown'),
      startPrecision: strOr(h.fromPrecision, h.from === null ? 'unknown' : strOr(h.precision, 'day')),
      approximate: h.approximate === true,
      holder: String(h.holder),
    })),
    ...list(row.sales).map((s) => {
      const precision = strOr(s.precision, s.at === null ? 'unknown' : 'day');
      return {
        kind: 'SALE' as const,
        key: String(s.sale),
        at: numOrNull(s.at),
        until: null,
        precision,
        startPrecision: precision,
        approximate: s.approximate === true,
        sellers: (s.sellers as string[] | null) ?? [],
        buyers: (s.buyers as string[] | null) ?? [],
        price: numOrNull(s.price),
        currency: typeof s.currency === 'string' ? s.currency : null,
      };
    }),
  ];
  return orderCustody(steps);
}
