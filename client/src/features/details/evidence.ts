// The source records behind a link, as cards a detective reads: the relationship record itself
// (with the fields it was ingested with), or for a call summary (CALLS, "derived:calls") each call
// record that makes it up. Built from the evidence API's answer for the link's two ends.
import i18next from 'i18next';
import { relName } from '../../graph/captions.ts';
import { IDENTIFIER_KEYS, factsOf, fieldLabel, formatValue, type Fact } from './facts.ts';
import { propsOf, type ApiEdge, type WhyItem } from './data.ts';

export interface RecordCard {
  key: string;
  kind: 'link' | 'call' | 'event';
  /** Translated. */
  title: string;
  at: number | null;
  facts: Fact[];
  /** "<source>#<record>" references of the record. */
  refs: string[];
  identifiers: Array<{ label: string; value: string }>;
  confidence: number | null;
  ingestedAt: number | null;
  /** For a call: the caller's and the callee's phone. */
  parties?: { from?: string; to?: string };
}

/** What a link is on the canvas or in the API: enough to find its records. */
export interface LinkRef {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  properties: Record<string, unknown>;
  sources: string[];
  confidence: number | null;
  ingestedAt: number | null;
}

export const isDerived = (ref: string) => ref.startsWith('derived:');

/** Fields of a relationship as ingested: what it says, not the bookkeeping. */
const SUMMARY_FIELDS = ['firstAt', 'lastAt', 'count', 'totalSeconds'];

export function edgeToLink(e: ApiEdge): LinkRef {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    directed: e.directed,
    properties: (e.properties as Record<string, unknown> | null) ?? {},
    sources: e.evidence.sources,
    confidence: e.evidence.confidence,
    ingestedAt: e.evidence.ingestedAt,
  };
}

function identifierRows(props: Record<string, unknown>): Array<{ label: string; value: string }> {
  return Object.entries(props)
    .filter(([k, v]) => IDENTIFIER_KEYS.has(k) && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ({ label: fieldLabel(k), value: Array.isArray(v) ? v.join(', ') : String(v) }));
}

/** The record cards of the link's own sources (one per source that is a record). */
function ownRecords(link: LinkRef): RecordCard[] {
  const refs = link.sources.filter((s) => !isDerived(s));
  const facts = factsOf(link.properties, `rel.${link.type}`);
  return refs.map((ref) => ({
    key: ref,
    kind: 'link',
    title: i18next.t('details:record.link', { type: relName(link.type) }),
    at: null,
    facts,
    refs: [ref],
    identifiers: identifierRows(link.properties),
    confidence: link.confidence,
    ingestedAt: link.ingestedAt,
  }));
}

/** The call record `item` stands for, when it is a call from `from` to `to` (or either way). */
function isCallBetween(item: WhyItem, from: string, to: string, directed: boolean): boolean {
  if (!item.via || item.via.type !== 'Call') return false;
  const caller = item.edges.find((e) => e.type === 'FROM')?.target;
  const callee = item.edges.find((e) => e.type === 'TO')?.target;
  if (caller === from && callee === to) return true;
  return !directed && caller === to && callee === from;
}

export function callCard(item: WhyItem): RecordCard {
  const via = item.via!;
  const p = propsOf(via);
  const refs = [...new Set([...via.sources, ...item.edges.flatMap((e) => e.evidence.sources)])].filter(
    (s) => !isDerived(s),
  );
  return {
    key: via.id,
    kind: 'call',
    title: i18next.t('details:record.call'),
    at: typeof p.at === 'number' ? p.at : null,
    // Its time is in the card's title.
    facts: factsOf(p, 'Call', ['at']),
    refs,
    parties: {
      from: item.edges.find((e) => e.type === 'FROM')?.target,
      to: item.edges.find((e) => e.type === 'TO')?.target,
    },
    identifiers: identifierRows(p),
    confidence: item.confidence,
    ingestedAt: via.ingestedAt,
  };
}

export interface LinkEvidence {
  /** The link as the evidence API knows it (or as the canvas has it, when the API has no match). */
  link: LinkRef;
  cards: RecordCard[];
  /** True for a link summarised from other records (calls). */
  derived: boolean;
}

/**
 * The records behind `link` among the evidence between its two ends: its own record(s), and for a
 * call summary the calls in its direction.
 */
export function linkEvidence(canvasLink: LinkRef, items: readonly WhyItem[]): LinkEvidence {
  const direct = items.flatMap((i) => (i.via ? [] : i.edges)).find((e) => e.id === canvasLink.id);
  const link = direct ? edgeToLink(direct) : canvasLink;
  const derived = link.sources.some(isDerived);
  const cards = ownRecords(link);
  if (derived && link.type === 'CALLS')
    cards.push(
      ...items
        .filter((i) => isCallBetween(i, link.source, link.target, link.directed))
        .map(callCard)
        .sort((a, b) => (a.at ?? 0) - (b.at ?? 0)),
    );
  return { link, cards, derived };
}

/** Summary fields of a link (how many calls, total time), shown above its records. */
export function summaryFacts(link: LinkRef): Fact[] {
  return SUMMARY_FIELDS.filter(
    (k) => typeof link.properties[k] === 'number' && !['firstAt', 'lastAt'].includes(k),
  ).map((k) => ({
    key: k,
    label: fieldLabel(k),
    value: formatValue(k, link.properties[k], link.properties),
  }));
}
