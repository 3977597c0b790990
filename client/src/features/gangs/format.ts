// How the gangs task writes its numbers: measures to three significant figures (a PageRank of
// 0.00119 reads "0.00119", not "0"), counts whole, in the reader's language (i18n/format.ts).
import { formatNumber } from '../../i18n/format.ts';
import type { Measure, Ranked } from './data.ts';

/** A measure's value as a person reads it. */
export function formatMeasure(by: Measure | 'strength' | 'participation', value: number): string {
  if (by === 'degree') return formatNumber(value);
  if (!Number.isFinite(value) || value === 0) return formatNumber(0);
  const digits = Math.max(0, Math.min(10, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return formatNumber(value, digits);
}

/** The value of the measure a ranking is by. */
export const measureOf = (p: Ranked, by: Measure): number => p[by];
