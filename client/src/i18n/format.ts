// Dates, numbers and money in the reader's language (Intl). Every time shown to a user goes
// through here: never an epoch number.
import i18next from 'i18next';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function fmt<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (l: string) => T): T {
  const k = `${i18next.language}|${key}`;
  let f = cache.get(k) as T | undefined;
  if (!f) cache.set(k, (f = make(i18next.language || 'en')));
  return f;
}

export function formatDate(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return fmt('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' })).format(ms);
}

export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return fmt(
    'datetime',
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(ms);
}

/** "3 Mar 2021 – 9 Jun 2022", or one date when both ends are the same day. */
export function formatSpan(from: number | null | undefined, to: number | null | undefined): string {
  if (from == null && to == null) return '—';
  if (from == null || to == null || formatDate(from) === formatDate(to)) return formatDate(from ?? to);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return fmt(`num${digits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: digits })).format(n);
}

export function formatPercent(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return fmt('pct', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(
    n,
  );
}

export function formatMoney(amount: number | null | undefined, currency?: string | null): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const c = currency && /^[A-Z]{3}$/.test(currency) ? currency : 'CNY';
  return fmt(
    `money${c}`,
    (l) => new Intl.NumberFormat(l, { style: 'currency', currency: c, maximumFractionDigits: 0 }),
  ).format(amount);
}
