// Protective markings: the levels a briefing may carry, printed at the head and foot of every
// page. The Chinese labels are those of public-security practice (内部资料, 警务工作秘密) and of
// the Law on Guarding State Secrets (秘密★, 机密★; its official English calls them confidential
// and secret). A deployment that uses other levels changes MARKING_LEVELS (types.ts) and this table; the GraphQL enum
// ProtectiveMarking names the same keys.
import type { BriefingLanguage, MarkingLevel } from './types.ts';

export { MARKING_LEVELS, type MarkingLevel } from './types.ts';

export interface Marking {
  label: Record<BriefingLanguage, string>;
  /** Printed in red: every level above PUBLIC. */
  restricted: boolean;
}

export const MARKINGS: Readonly<Record<MarkingLevel, Marking>> = {
  PUBLIC: { label: { 'zh-CN': '公开', en: 'PUBLIC' }, restricted: false },
  INTERNAL: {
    label: { 'zh-CN': '内部资料 注意保存', en: 'INTERNAL – HANDLE WITH CARE' },
    restricted: true,
  },
  WORK_SECRET: {
    label: { 'zh-CN': '警务工作秘密', en: 'POLICE WORK SECRET' },
    restricted: true,
  },
  CONFIDENTIAL: { label: { 'zh-CN': '秘密★', en: 'CONFIDENTIAL' }, restricted: true },
  SECRET: { label: { 'zh-CN': '机密★', en: 'SECRET' }, restricted: true },
};

export function markingLabel(level: MarkingLevel, language: BriefingLanguage): string {
  return MARKINGS[level].label[language];
}
