// Which stored properties are facts a detective reads, which are identifiers (shown only in the
// "identifiers" section) and which are bookkeeping nobody should see (the search index's folded
// text, the demo seed's planted ground truth); and how each value reads: dates, money, durations,
// confidence, translated kinds. Never an epoch number, never an id among the facts.
import i18next from 'i18next';
import { looksLikeId } from '../../graph/captions.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';

export type Props = Record<string, unknown>;

export interface Fact {
  key: string;
  /** Translated label. */
  label: string;
  /** Formatted value. */
  value: string;
}

/** Never shown: provenance is shown on its own, the rest is the service's or the seed's bookkeeping. */
const HIDDEN = new Set([
  'uid',
  'key',
  'sources',
  'ingestedAt',
  'confidence',
  'searchText',
  'searchForms',
  'nameTokens',
  'community',
  'communityId',
  'aliases',
  'currency',
  'lat',
  'lon',
  'directed',
  'weight',
]);
const HIDDEN_PREFIXES = ['planted', 'search', '_'];

/** Identifiers: kept out of the facts, listed in the identifiers section. */
export const IDENTIFIER_KEYS = new Set([
  'documentIds',
  'idNumber',
  'idRegion',
  'imei',
  'imsi',
  'iccid',
  'vin',
  'catalogueNumber',
  'cellSite',
  'passport',
  'passportNumber',
  'licence',
  'code',
  'mergedInto',
  'id',
]);

type Kind = 'date' | 'datetime' | 'money' | 'duration' | 'enum' | 'bool' | 'count' | 'text';

const KINDS: Record<string, Kind> = {
  birthDate: 'date',
  date: 'date',
  from: 'date',
  to: 'date',
  firstAt: 'date',
  lastAt: 'date',
  acquiredAt: 'date',
  disposedAt: 'date',
  startedAt: 'datetime',
  endedAt: 'datetime',
  at: 'date',
  start: 'datetime',
  time: 'datetime',
  price: 'money',
  estimatedValue: 'money',
  value: 'money',
  amount: 'money',
  durationSeconds: 'duration',
  totalSeconds: 'duration',
  gender: 'enum',
  sex: 'enum',
  kind: 'enum',
  status: 'enum',
  channel: 'enum',
  role: 'enum',
  material: 'enum',
  colour: 'enum',
  color: 'enum',
  model: 'enum',
  nationality: 'enum',
  registered: 'bool',
  count: 'count',
};

/** Event types whose `at` is a moment, not a day. */
const TIMED = new Set(['Call', 'Sighting', 'Sale']);

/** The order facts are read in; the rest follow alphabetically. */
const ORDER = [
  'title',
  'description',
  'period',
  'material',
  'estimatedValue',
  'kind',
  'status',
  'at',
  'start',
  'time',
  'date',
  'price',
  'channel',
  'durationSeconds',
  'count',
  'totalSeconds',
  'firstAt',
  'lastAt',
  'from',
  'to',
  'gender',
  'sex',
  'birthDate',
  'nationality',
  'place',
  'camera',
  'make',
  'model',
  'colour',
  'registered',
  'summary',
  'notes',
];

export const isHidden = (k: string) => HIDDEN.has(k) || HIDDEN_PREFIXES.some((p) => k.startsWith(p));

/** A date written as yyyy-mm-dd (a day, in local time) or an ISO time, or epoch ms. */
export function toTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return undefined;
  const day = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime();
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h) return i18next.t('details:duration.hm', { h, m });
  if (m) return i18next.t('details:duration.ms', { m, s: r });
  return i18next.t('details:duration.s', { s: r });
}

/** A kind, a status, a material… in the reader's words; as stored when the catalogue lacks it. */
export function valueName(field: string, v: string): string {
  const k = v.trim();
  return i18next.t([`details:value.${field}.${k}`, `details:value.any.${k}`], { defaultValue: k });
}

/** A stored value in the reader's words. */
export function formatValue(key: string, v: unknown, props: Props = {}, type = ''): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v))
    return v.map((x) => formatValue(key, x, props, type)).join(i18next.t('details:listSeparator'));
  const kind = KINDS[key] ?? 'text';
  switch (kind) {
    case 'date':
    case 'datetime': {
      const t = toTime(v);
      if (t === undefined) break;
      return kind === 'datetime' || (key === 'at' && TIMED.has(type)) ? formatDateTime(t) : formatDate(t);
    }
    case 'money':
      if (typeof v === 'number')
        return formatMoney(v, typeof props.currency === 'string' ? props.currency : undefined);
      break;
    case 'duration':
      if (typeof v === 'number') return formatDuration(v);
      break;
    case 'bool':
      if (typeof v === 'boolean') return i18next.t(v ? 'common.yes' : 'common.no');
      break;
    case 'count':
      if (typeof v === 'number') return formatNumber(v);
      break;
    case 'enum':
      if (typeof v === 'string') return valueName(key, v);
      break;
    default:
      break;
  }
  if (typeof v === 'boolean') return i18next.t(v ? 'common.yes' : 'common.no');
  if (typeof v === 'number') {
    if (key === 'confidence') return formatPercent(v);
    return formatNumber(v, 2);
  }
  if (typeof v === 'object') return '—';
  return String(v);
}

export const fieldLabel = (key: string) =>
  i18next.t(`details:field.${key}`, { defaultValue: key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() });

/**
 * The facts of a record, in reading order. `skip` names what the caller shows another way (the
 * caption's own field). Values that look like ids are left to the identifiers section.
 */
export function factsOf(props: Props, type: string, skip: readonly string[] = []): Fact[] {
  const has = (k: string) => props[k] !== undefined && props[k] !== null && props[k] !== '';
  const keys = Object.keys(props).filter(
    (k) =>
      has(k) &&
      !isHidden(k) &&
      !IDENTIFIER_KEYS.has(k) &&
      !skip.includes(k) &&
      !(typeof props[k] === 'string' && looksLikeId(props[k] as string)),
  );
  // The same moment written twice (epoch `at` and the source's own date/time text): keep `at`.
  const dropped = new Set<string>();
  if (has('at')) ['date', 'start', 'time'].forEach((k) => dropped.add(k));
  if (has('firstAt') || has('lastAt')) ['from', 'to'].forEach((k) => dropped.add(k));
  const rank = (k: string) => {
    const i = ORDER.indexOf(k);
    return i < 0 ? ORDER.length : i;
  };
  return keys
    .filter((k) => !dropped.has(k))
    .filter((k) => Array.isArray(props[k]) || typeof props[k] !== 'object')
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((k) => ({
      key: k,
      label: factLabel(k, type),
      value: formatValue(k, props[k], props, type),
    }));
}

/** A field's label, where the entity type gives it a better name ("at" of a sale: sold on). */
export function factLabel(key: string, type: string): string {
  const specific = `details:field.${type}.${key}`;
  return i18next.exists(specific) ? i18next.t(specific) : fieldLabel(key);
}

export interface IdentifierRow {
  key: string;
  label: string;
  values: string[];
}

/** The identifiers of a record: its id, its key, document numbers and the like. */
export function identifiersOf(id: string, props: Props, extra: Props = {}): IdentifierRow[] {
  const rows: IdentifierRow[] = [{ key: 'id', label: fieldLabel('id'), values: [id] }];
  const all: Props = { ...props, ...extra };
  for (const [k, v] of Object.entries(all)) {
    if (k === 'id' || k === 'uid' || k === 'key' || k === 'sources') continue;
    const values = (Array.isArray(v) ? v : [v])
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
    if (!values.length || isHidden(k)) continue;
    const isId = IDENTIFIER_KEYS.has(k) || values.every((x) => typeof x === 'string' && looksLikeId(x));
    if (isId) rows.push({ key: k, label: fieldLabel(k), values });
  }
  if (typeof props.key === 'string' && props.key && !id.endsWith(`:${props.key}`))
    rows.push({ key: 'key', label: fieldLabel('key'), values: [props.key] });
  return rows;
}

// ---- provenance ---------------------------------------------------------------------------------

export interface SourceRef {
  /** As stored: "<source>#<record>". */
  ref: string;
  source: string;
  line: string | null;
}

export function parseSource(ref: string): SourceRef {
  const i = ref.lastIndexOf('#');
  if (i <= 0) return { ref, source: ref, line: null };
  return { ref, source: ref.slice(0, i), line: ref.slice(i + 1) };
}

/** The file or feed a record came from, in words ("demo data (seed 42)", "persons.csv"). */
export function sourceName(source: string): string {
  const seed = source.match(/^seed:(\d+)$/);
  if (seed) return i18next.t('details:source.seed', { seed: seed[1] });
  if (source === 'derived:calls') return i18next.t('details:source.derivedCalls');
  const derived = source.match(/^derived:(.+)$/);
  if (derived) return i18next.t('details:source.derived', { what: derived[1] });
  return source;
}

/** "persons.csv, line 12": where to find the record, readable; the raw reference is an identifier. */
export function sourceText(ref: string): string {
  const s = parseSource(ref);
  if (s.line && /^\d+$/.test(s.line))
    return i18next.t('details:source.atLine', { source: sourceName(s.source), line: s.line });
  if (s.line) return i18next.t('details:source.atRecord', { source: sourceName(s.source) });
  return sourceName(s.source);
}
