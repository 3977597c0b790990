// Rules and alerts in words, in the reader's language: a rule is stored as a kind and parameters
// only (docs/alerts.md), so its sentence is made here; an alert reads as what happened, naming the
// records and entities by their captions (graph/captions.ts), never by id.
import i18next from 'i18next';
import type { AlertRuleKind } from '../../api/__generated__/operations.ts';
import { caption, relName, type Parties } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Alert, Entity } from './data.ts';

export const KINDS: AlertRuleKind[] = [
  'WATCHED_ACTIVITY',
  'PLATE_IN_GEOFENCE',
  'RELIC_RESURFACING',
  'CROSS_GANG_CALL',
  'INVESTIGATION_LINK',
];

/** The sale channels the data model knows (details:value.channel.*). */
export const CHANNELS = ['auction', 'online', 'dealer', 'market', 'private', 'smuggled-abroad', 'other'];

export interface RuleParams {
  night?: boolean;
  nightStartHour?: number;
  nightEndHour?: number;
  vehicleIds?: string[];
  siteIds?: string[];
  channels?: string[];
  watchedOnly?: boolean;
  watchedGangsOnly?: boolean;
  investigationIds?: string[];
}

const t = (key: string, opts?: Record<string, unknown>) => i18next.t(`alerts:${key}`, opts ?? {});
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
export const channelName = (c: string): string =>
  i18next.t([`details:value.channel.${c}`, `details:value.any.${c}`], { defaultValue: c });
const list = (xs: string[]) => xs.join(i18next.t('details:listSeparator', { defaultValue: ', ' }));

export const kindName = (kind: AlertRuleKind): string => t(`kind.${kind}.name`);

/** A rule in one sentence: its kind and what its parameters narrow it to. */
export function ruleSentence(kind: AlertRuleKind, raw: unknown): string {
  const p = (raw && typeof raw === 'object' ? raw : {}) as RuleParams;
  const parts: string[] = [];
  switch (kind) {
    case 'PLATE_IN_GEOFENCE': {
      const night = p.night !== false;
      parts.push(
        night
          ? t('kind.PLATE_IN_GEOFENCE.night', {
              from: hour(p.nightStartHour ?? 20),
              to: hour(p.nightEndHour ?? 6),
            })
          : t('kind.PLATE_IN_GEOFENCE.any'),
      );
      if (p.vehicleIds?.length) parts.push(t('narrow.vehicles', { count: p.vehicleIds.length }));
      if (p.siteIds?.length) parts.push(t('narrow.sites', { count: p.siteIds.length }));
      break;
    }
    case 'RELIC_RESURFACING':
      parts.push(t('kind.RELIC_RESURFACING.sentence'));
      if (p.channels?.length)
        parts.push(t('narrow.channels', { channels: list(p.channels.map(channelName)) }));
      if (p.watchedOnly) parts.push(t('narrow.watchedRelics'));
      break;
    case 'CROSS_GANG_CALL':
      parts.push(t('kind.CROSS_GANG_CALL.sentence'));
      if (p.watchedGangsOnly) parts.push(t('narrow.watchedGangs'));
      break;
    case 'INVESTIGATION_LINK':
      parts.push(t('kind.INVESTIGATION_LINK.sentence'));
      if (p.investigationIds?.length)
        parts.push(t('narrow.investigations', { count: p.investigationIds.length }));
      break;
    default:
      parts.push(t(`kind.${kind}.sentence`));
  }
  return parts.join(t('narrow.separator'));
}

export type Lookup = (id: string | undefined | null) => Entity | null;

/** An entity's caption, or "a <type> no longer on record" when it is gone. */
export function entityText(id: string | undefined | null, lookup: Lookup, parties?: Parties): string {
  if (!id) return t('inbox.unknown');
  if (id.startsWith('Community:')) {
    const n = Number(id.split(':').at(-1));
    return i18next.t('caption.gang', { n: Number.isFinite(n) ? formatNumber(n + 1) : '' });
  }
  const e = lookup(id);
  if (!e) return t('inbox.gone');
  return captionOf(e, parties);
}

/** An API entity's caption (its properties are JSON). */
export function captionOf(e: Entity, parties?: Parties): string {
  return caption({
    ...e,
    properties: (e.properties ?? null) as Record<string, unknown> | null,
    parties: parties ?? null,
  });
}

/** The parties a record's caption names that the alert knows: a sighting's vehicle. */
export function recordParties(a: Alert, lookup: Lookup): Parties | undefined {
  const d = (a.detail && typeof a.detail === 'object' ? a.detail : {}) as Record<string, unknown>;
  const vehicle = typeof d.vehicleId === 'string' ? lookup(d.vehicleId) : null;
  return vehicle ? { vehicle: captionOf(vehicle) } : undefined;
}

/** What happened, in one sentence naming the records and what they matched. */
export function alertSentence(a: Alert, lookup: Lookup): string {
  const d = (a.detail && typeof a.detail === 'object' ? a.detail : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
  const ids = (k: string) =>
    (Array.isArray(d[k]) ? (d[k] as unknown[]).filter((x) => typeof x === 'string') : []) as string[];
  switch (a.ruleKind) {
    case 'PLATE_IN_GEOFENCE': {
      const vehicle = entityText(s('vehicleId'), lookup);
      const sites = list(ids('siteIds').map((x) => entityText(x, lookup)));
      return t('what.plate', { vehicle, sites });
    }
    case 'RELIC_RESURFACING': {
      const relic = entityText(s('relicId'), lookup);
      const bits: string[] = [];
      const earlier = ids('earlierSaleIds').length;
      const cases = ids('caseIds').length;
      const alike = ids('lookalikeRelicIds').length;
      if (earlier) bits.push(t('what.earlierSales', { count: earlier }));
      if (cases) bits.push(t('what.cases', { count: cases }));
      if (alike) bits.push(t('what.lookalikes', { count: alike }));
      const channel = s('channel');
      return t(channel ? 'what.relicChannel' : 'what.relic', {
        relic,
        channel: channel ? channelName(channel) : '',
        why: bits.length ? list(bits) : t('what.soldBefore'),
      });
    }
    case 'CROSS_GANG_CALL': {
      const [p1, p2] = ids('personIds');
      const [g1, g2] = ids('gangIds');
      return t('what.crossGang', {
        a: entityText(p1, lookup),
        b: entityText(p2, lookup),
        gangA: entityText(g1, lookup),
        gangB: entityText(g2, lookup),
      });
    }
    default: {
      const target = s('targetId');
      const record = a.recordIds.find((x) => x !== target) ?? a.recordIds[0];
      const via = s('viaId');
      const rel = s('relType');
      return t(via ? 'what.linkVia' : 'what.link', {
        record: entityText(record, lookup),
        target: entityText(target, lookup),
        via: via ? entityText(via, lookup) : '',
        rel: rel ? relName(rel) : t('what.linked'),
      });
    }
  }
}
