// Alert rules: a standing pattern's kind and its parameters (never prose: the client names a rule
// in the UI's language from these). docs/alerts.md describes each kind.
import { badInput } from '../../errors.ts';
import { checkHour, NIGHT_END_HOUR, NIGHT_START_HOUR } from '../geo/geofence.ts';

export const RULE_KINDS = [
  'watched-activity',
  'plate-in-geofence',
  'relic-resurfacing',
  'cross-gang-call',
  'investigation-link',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface RuleParams {
  /** plate-in-geofence: only at night in the site's local time (default true). */
  night?: boolean;
  nightStartHour?: number;
  nightEndHour?: number;
  /** plate-in-geofence: these vehicles (uids) instead of the owner's watched vehicles. */
  vehicleIds?: string[];
  /** plate-in-geofence: only these sites' geofences. */
  siteIds?: string[];
  /** relic-resurfacing: only sales of these channels (e.g. auction). */
  channels?: string[];
  /** relic-resurfacing: only relics on the owner's watchlist. */
  watchedOnly?: boolean;
  /** cross-gang-call: only calls touching a gang on the owner's watchlist. */
  watchedGangsOnly?: boolean;
  /** investigation-link: only these saved investigations (default: every one the owner may open). */
  investigationIds?: string[];
}

export interface Rule {
  id: string;
  kind: RuleKind;
  params: RuleParams;
  shared: boolean;
  enabled: boolean;
  ownerId: string;
  owner: string;
  createdAt: number;
  updatedAt: number;
}

const MAX_LIST = 1_000;

function ids(field: string, v: unknown, prefix?: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (
    !Array.isArray(v) ||
    v.length > MAX_LIST ||
    v.some((x) => typeof x !== 'string' || !x || x.length > 300)
  ) {
    throw badInput(`${field}: expected a list of up to ${MAX_LIST} ids.`);
  }
  if (prefix) {
    const bad = v.find((x: string) => !x.startsWith(prefix));
    if (bad !== undefined)
      throw badInput(`${field}: expected ids "${prefix}<key>", got ${JSON.stringify(bad)}.`);
  }
  return [...new Set(v as string[])];
}

function bool(field: string, v: unknown): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw badInput(`${field}: expected true or false.`);
  return v;
}

/** Checks a rule's parameters for its kind; unknown keys are refused (nothing free-form is kept). */
export function checkParams(kind: RuleKind, raw: unknown): RuleParams {
  const field = 'input.params';
  if (raw === undefined || raw === null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badInput(`${field}: expected a JSON object.`);
  const p = raw as Record<string, unknown>;
  const allowed: Record<RuleKind, string[]> = {
    'watched-activity': [],
    'plate-in-geofence': ['night', 'nightStartHour', 'nightEndHour', 'vehicleIds', 'siteIds'],
    'relic-resurfacing': ['channels', 'watchedOnly'],
    'cross-gang-call': ['watchedGangsOnly'],
    'investigation-link': ['investigationIds'],
  };
  const extra = Object.keys(p).find((k) => !allowed[kind].includes(k));
  if (extra) {
    throw badInput(
      `${field}.${extra}: not a parameter of ${kind} rules (expected ${allowed[kind].join(', ') || 'none'}).`,
    );
  }
  const out: RuleParams = {};
  const set = <K extends keyof RuleParams>(k: K, v: RuleParams[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('night', bool(`${field}.night`, p.night));
  if (p.nightStartHour !== undefined)
    out.nightStartHour = checkHour(`${field}.nightStartHour`, p.nightStartHour as number, NIGHT_START_HOUR);
  if (p.nightEndHour !== undefined)
    out.nightEndHour = checkHour(`${field}.nightEndHour`, p.nightEndHour as number, NIGHT_END_HOUR);
  set('vehicleIds', ids(`${field}.vehicleIds`, p.vehicleIds, 'Vehicle:'));
  set('siteIds', ids(`${field}.siteIds`, p.siteIds, 'Site:'));
  if (p.channels !== undefined) {
    const c = ids(`${field}.channels`, p.channels);
    if (c?.some((x) => !/^[a-z-]{1,40}$/.test(x)))
      throw badInput(`${field}.channels: expected sale channels such as auction.`);
    set('channels', c);
  }
  set('watchedOnly', bool(`${field}.watchedOnly`, p.watchedOnly));
  set('watchedGangsOnly', bool(`${field}.watchedGangsOnly`, p.watchedGangsOnly));
  set('investigationIds', ids(`${field}.investigationIds`, p.investigationIds));
  return out;
}

export function toRule(v: unknown): Rule | null {
  const p = v as Record<string, unknown> | null | undefined;
  if (!p || typeof p.id !== 'string' || !RULE_KINDS.includes(p.kind as RuleKind)) return null;
  let params: RuleParams = {};
  try {
    params = JSON.parse(String(p.params ?? '{}')) as RuleParams;
  } catch {
    params = {};
  }
  return {
    id: p.id,
    kind: p.kind as RuleKind,
    params,
    shared: p.shared === true,
    enabled: p.enabled === true,
    ownerId: String(p.ownerId),
    owner: String(p.owner),
    createdAt: Number(p.createdAt),
    updatedAt: Number(p.updatedAt),
  };
}

/** What a watch's id names: an entity uid, or a gang "Community:<runId>:<index>". */
export const WATCH_TYPES = ['Person', 'Phone', 'Vehicle', 'Relic', 'Gang'] as const;
export type WatchType = (typeof WATCH_TYPES)[number];

export function watchTypeOf(entityId: string): WatchType | undefined {
  if (/^Community:[^:]+:\d+$/.test(entityId)) return 'Gang';
  const type = entityId.slice(0, entityId.indexOf(':'));
  return (WATCH_TYPES as readonly string[]).includes(type) &&
    type !== 'Gang' &&
    entityId.length > type.length + 1
    ? (type as WatchType)
    : undefined;
}

export function gangOf(entityId: string): { runId: string; index: number } {
  const m = /^Community:([^:]+):(\d+)$/.exec(entityId)!;
  return { runId: m[1]!, index: Number(m[2]) };
}
