// The before/after figures of a takedown, each with its label and how it reads.
import i18next from 'i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { NetworkFigures, StrategyGroup } from './data.ts';

export type FigureKey =
  'largestComponent' | 'components' | 'communitiesBroken' | 'buyersReachable' | 'relicFlow';

export const FIGURES: FigureKey[] = [
  'largestComponent',
  'components',
  'communitiesBroken',
  'buyersReachable',
  'relicFlow',
];

/** One figure as text: a number, or yes/no for relic flow. */
export function figureValue(f: NetworkFigures, key: FigureKey): string {
  if (key === 'relicFlow') return i18next.t(f.relicFlow ? 'takedown:flow.yes' : 'takedown:flow.no');
  return formatNumber(f[key]);
}

/** "1,964 → 1,961 (−3)"; gangs broken is an "after" figure only. */
export function figureChange(g: Pick<StrategyGroup, 'before' | 'after'>, key: FigureKey): string {
  if (key === 'communitiesBroken') return formatNumber(g.after.communitiesBroken);
  const before = figureValue(g.before, key);
  const after = figureValue(g.after, key);
  if (key === 'relicFlow') return `${before} → ${after}`;
  const d = g.after[key] - g.before[key];
  const diff = d === 0 ? '' : ` (${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d))})`;
  return `${before} → ${after}${diff}`;
}

export const figureLabel = (key: FigureKey): string => i18next.t(`takedown:figure.${key}`);

/** The strategies of a group by name, e.g. "Betweenness = Brokers". */
export function groupName(g: Pick<StrategyGroup, 'strategies'>): string {
  return g.strategies.map((s) => i18next.t(`takedown:strategy.${s}`)).join(' = ');
}
