// The briefing's API calls: render one (the server renders and audits it; it can take half a
// minute for a large network) and the latest takedown simulation to offer for its takedown
// section. Saving the file is the browser's download of a Blob under a name the reader recognises.
import type {
  BriefingInput,
  BriefingLanguage,
  BriefingLatestTakedownQuery,
  ExportBriefingMutation,
  ExportBriefingMutationVariables,
  PaperSize,
  ProtectiveMarking,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import DOC from './briefing.graphql?raw';

export type Briefing = ExportBriefingMutation['exportBriefing'];
export type { BriefingInput, BriefingLanguage };
export type Marking = ProtectiveMarking;
export type Paper = PaperSize;

/** The protective markings, lowest first (the server's ProtectiveMarking enum). */
export const MARKINGS: readonly Marking[] = ['PUBLIC', 'INTERNAL', 'WORK_SECRET', 'CONFIDENTIAL', 'SECRET'];
export const PAPERS: readonly Paper[] = ['A4', 'LETTER'];
export const BRIEFING_LANGUAGES: readonly BriefingLanguage[] = ['zh_CN', 'en'];

/** The document language for a UI language: zh-CN → zh_CN, anything else → en. */
export function briefingLanguage(uiLanguage: string): BriefingLanguage {
  return /^zh/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

export async function exportBriefing(input: BriefingInput): Promise<Briefing> {
  const d = await api.request<ExportBriefingMutation, ExportBriefingMutationVariables>(
    DOC,
    { input },
    'ExportBriefing',
  );
  return d.exportBriefing;
}

export interface TakedownOffer {
  id: string;
  at: number;
}

/** The latest succeeded takedown simulation, or null (none, or the role may not read jobs). */
export async function latestTakedown(): Promise<TakedownOffer | null> {
  const d = await api.request<BriefingLatestTakedownQuery>(DOC, {}, 'BriefingLatestTakedown');
  const j = d.jobs.items[0];
  return j ? { id: j.id, at: j.finishedAt ?? j.createdAt } : null;
}

/**
 * The name to save a briefing under: the case reference first (what the reader files it by),
 * then the server's name (date, audit reference, language), e.g.
 * "XA-2026-0117_briefing-BR-20261207-1A2B3C4D-zh-CN.pdf". Characters no file system accepts
 * become "-".
 */
export function downloadName(caseReference: string, serverName: string): string {
  const safe = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
      .replace(/\s+/g, '_')
      .replace(/^[-_.]+|[-_.]+$/g, '');
  const ref = safe(caseReference).slice(0, 60);
  const base = safe(serverName) || 'briefing.pdf';
  const name = ref ? `${ref}_${base}` : base;
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** Saves the briefing's file through the browser's download. */
export function saveFile(file: Briefing, name: string): void {
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType || 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
