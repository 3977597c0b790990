// The path finder's answer in words: how many paths of how many steps (and whether the service cut
// the list), each path as a chain of captions with its link types and their direction.
import i18next from 'i18next';
import { caption, relName } from '../../graph/captions.ts';
import { formatSpan } from '../../i18n/format.ts';
import type { FoundPath, PathsAnswer } from './state.ts';

const t = (key: string, o?: Record<string, unknown>) => i18next.t(`paths:${key}`, o ?? {});

export function stepsText(min: number, max = min): string {
  return min === max ? t('steps', { count: min }) : t('stepsRange', { min, max });
}

/** "3 paths of 4 steps", "2 paths of 2–3 steps", or why there is none. */
export function summaryText(a: PathsAnswer): string {
  const n = a.paths.length;
  if (!n) {
    const filtered = a.relTypes.length > 0 || (a.mode !== 'TIME' && a.minConfidence > 0);
    if (a.mode === 'TIME') return t('noneTime', { count: a.maxHops });
    return filtered ? t('noneFiltered', { count: a.maxHops }) : t('none', { count: a.maxHops });
  }
  const lengths = a.paths.map((p) => p.length);
  return t('summary', { count: n, steps: stepsText(Math.min(...lengths), Math.max(...lengths)) });
}

/** What the list leaves out: the service's limit reached, the drawing cut. */
export function cutNotes(a: PathsAnswer): string[] {
  const out: string[] = [];
  const n = a.paths.length;
  if (n && n >= a.k) {
    if (a.mode === 'SHORTEST') out.push(t('cut.SHORTEST'));
    else if (a.mode === 'ALL_SHORTEST') out.push(t('cut.ALL_SHORTEST', { count: a.k }));
    else if (a.mode === 'K_SHORTEST') out.push(t('cut.K_SHORTEST', { count: a.k }));
    else out.push(t('cut.TIME', { count: a.k }));
  }
  if (a.truncated) out.push(t('cut.drawing'));
  return out;
}

/** The caption of a node of the answer. */
export function nodeCaption(a: PathsAnswer, id: string): string {
  const e = a.entities[id];
  if (!e) return i18next.t('caption.unknown', { type: i18next.t('entity.Entity') });
  return caption(e, (other) => (a.entities[other] ? caption(a.entities[other]!) : undefined));
}

export const nodeType = (a: PathsAnswer, id: string) => a.entities[id]?.type ?? 'Entity';

/** Step j of a path: the link's type in words, and whether it points along the path. */
export function stepLink(a: PathsAnswer, p: FoundPath, j: number): { rel: string; forward: boolean } {
  const link = a.links[p.edgeIds[j]!];
  if (!link) return { rel: i18next.t('rel.LINK'), forward: true };
  return { rel: relName(link.type), forward: link.source === p.nodeIds[j] };
}

/** One line: "Wang Jing —drives→ 豫H·RQ948 ←drives— Li Dong". */
export function pathLine(a: PathsAnswer, p: FoundPath): string {
  let out = nodeCaption(a, p.nodeIds[0]!);
  for (let j = 0; j < p.edgeIds.length; j++) {
    const { rel, forward } = stepLink(a, p, j);
    out += forward ? ` —${rel}→ ` : ` ←${rel}— `;
    out += nodeCaption(a, p.nodeIds[j + 1]!);
  }
  return out;
}

/** The link types of a path, in order, without repeats. */
export function pathTypes(a: PathsAnswer, p: FoundPath): string {
  const seen = [...new Set(p.edgeIds.map((e) => a.links[e]?.type).filter((x): x is string => !!x))];
  return seen.map(relName).join(i18next.t('paths:listSeparator'));
}

/** A time-respecting path's span: when it leaves, when it arrives. */
export const pathSpan = (p: FoundPath) =>
  p.departAt != null || p.arriveAt != null ? formatSpan(p.departAt, p.arriveAt) : null;
