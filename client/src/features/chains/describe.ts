// Resale chains in words: the time between two sales, a list of people by name.
import i18next from 'i18next';
import { caption, type CaptionInput } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';

const DAY = 86_400_000;

/** The time between one sale and the next: hours, days, months or years as fits. */
export function gapText(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const t = (k: string, count: number, digits = 0) =>
    i18next.t(`chains:gap.${k}`, { count, n: formatNumber(count, digits) });
  const days = ms / DAY;
  if (days < 1) return t('hours', Math.max(1, Math.round(ms / 3_600_000)));
  if (days < 90) return t('days', Math.round(days));
  if (days < 730) return t('months', Math.round(days / 30.44));
  return t('years', Math.round((days / 365.25) * 10) / 10, 1);
}

/** People by caption, as a list in the reader's language ("A, B and C", "A、B和C"). */
export function names(people: CaptionInput[]): string {
  if (!people.length) return '—';
  const list = people.map((p) => caption(p));
  try {
    return new Intl.ListFormat(i18next.language, { style: 'long', type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}
