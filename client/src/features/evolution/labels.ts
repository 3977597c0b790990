// What a band is called and its colour: the gang of the latest run it became.
import i18next from 'i18next';
import { COMMUNITY_COLORS } from '../../config.ts';
import { gangName } from '../takedown/data.ts';
import type { LoadedEvolution } from './data.ts';

/** The label of a band: the run gang it became, "now in" it, or none. */
export function bandLabel(data: LoadedEvolution, band: number): string {
  const m = data.matches.get(band);
  if (!m) return i18next.t('evolution:band.unmatched');
  return m.primary ? gangName(m.gang) : i18next.t('evolution:band.nowIn', { gang: gangName(m.gang) });
}

export function bandColor(data: LoadedEvolution, band: number): string {
  const m = data.matches.get(band);
  return m ? COMMUNITY_COLORS[m.gang % COMMUNITY_COLORS.length]! : '#8a94a0';
}
