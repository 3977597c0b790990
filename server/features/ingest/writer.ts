// Writes normalised records into the model with batched, idempotent UNWIND … MERGE statements.
// Every parser (CSV layouts, call records, FollowTheMoney, neo4j-admin CSVs) and the demo seed
// generator end here, so provenance and keys are handled the same way for all of them.
import type { Db, WriteCounters } from '../../db/db.ts';
import { RELATIONSHIP_TYPES, uidOf, type EntityType, type RelationshipType } from '../model/model.ts';
import { searchForms } from '../search/chinese.ts';

export type Scalar = string | number | boolean;
export type PropValue = Scalar | Scalar[];
export type Props = Record<string, PropValue | null | undefined>;

export interface NodeRecord {
  type: EntityType;
  key: string;
  props: Props;
  /** "<source>#<record>", e.g. "persons.csv#12". */
  source: string;
  confidence?: number;
}

export interface EntityRef {
  type: EntityType;
  key: string;
}

export interface RelRecord {
  type: RelationshipType;
  from: EntityRef;
  to: EntityRef;
  /** PARTY_TO's role or ASSOCIATE_OF's kind: part of the relationship's identity. */
  qualifier?: string;
  props?: Props;
  source: string;
  confidence?: number;
}

export interface WriteStats {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  batches: number;
}

export interface WriteOptions {
  /**
   * Recompute the derived CALLS summaries of the calls in this write (default true). The ingest
   * pipeline turns it off and refreshes the phones it touched once at the end (refreshCalls), as a
   * call's FROM and TO may arrive in different batches or files.
   */
  refreshCalls?: boolean;
}

/** A node whose label has no place in the model: kept with its own labels, plus :Entity and uid. */
export interface RawNodeRow {
  uid: string;
  key: string;
  labels: string[];
  props: Props;
  source: string;
  confidence?: number;
}
/** A relationship outside the model between two written nodes, by uid. */
export interface RawRelRow {
  type: string;
  from: string;
  to: string;
  props: Props;
  source: string;
  confidence?: number;
}

/** The property that qualifies a relationship's identity (PARTY_TO's role, ASSOCIATE_OF's kind). */
export const QUALIFIER: Partial<Record<RelationshipType, 'role' | 'kind'>> = {
  PARTY_TO: 'role',
  ASSOCIATE_OF: 'kind',
};
/** Relationship types with a `role` that is set from the qualifier but is not part of their identity. */
const ROLE_NOT_IDENTITY: ReadonlySet<RelationshipType> = new Set(['MEMBER_OF']);
const ENDPOINTS = new Map<RelationshipType, readonly [EntityType, EntityType]>(
  RELATIONSHIP_TYPES.map(([t, a, b]) => [t, [a, b] as const]),
);

/** The identifier fields of each type, folded into `searchText` for the full-text index. */
const SEARCH_FIELDS: Partial<Record<EntityType, string[]>> = {
  Person: ['aliases', 'nicknames', 'documentIds'],
  Phone: ['number', 'imei'],
  Vehicle: ['plate', 'vin', 'make', 'model'],
  Relic: ['catalogueNumber', 'description', 'period', 'material'],
  Site: ['kind', 'place', 'description'],
  Case: ['title', 'kind', 'place', 'summary'],
  Group: ['name', 'kind'],
};

function cleanProps(props: Props | undefined): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  if (!props) return out;
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

function searchText(type: EntityType, key: string, props: Record<string, PropValue>): string | undefined {
  const fields = SEARCH_FIELDS[type];
  if (!fields) return undefined;
  const parts = [key];
  for (const f of fields) {
    const v = props[f];
    if (Array.isArray(v)) parts.push(...v.map(String));
    else if (v !== undefined) parts.push(String(v));
  }
  if (type === 'Phone') parts.push(...nationalForms(key), ...phoneTail(key));
  // Chinese: names in simplified characters and pinyin, other text in simplified characters.
  parts.push(...searchForms(props, parts));
  return parts.join(' | ');
}

/**
 * searchText of a record kept as it was (a type outside the model, e.g. POLE's Officer, Location,
 * Email): its key and every text value (names, badge numbers, addresses, e-mail addresses), each
 * cut to 200 characters and 2,000 in all, so that it is found like any modelled entity.
 */
export function rawSearchText(key: string, props: Record<string, PropValue>): string {
  const parts = [key];
  let length = key.length;
  for (const [k, v] of Object.entries(props)) {
    if (k === 'searchText') continue;
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x !== 'string' || !x.trim()) continue;
      const text = x.trim().slice(0, 200);
      if (length + text.length > 2_000) return parts.join(' | ');
      parts.push(text);
      length += text.length + 3;
    }
  }
  for (const f of searchForms(props, parts)) {
    if (length + f.length > 2_000) break;
    parts.push(f);
    length += f.length + 3;
  }
  return parts.join(' | ');
}

/**
 * The ways an investigator may type a phone number without its country code: the digits after a
 * 1-, 2- or 3-digit country code, with and without a trunk 0 ("+86 138 0000 0001" is also
 * "138 0000 0001" and "0138 0000 0001"), and a national number without its trunk 0. Only for
 * numbers long enough (9+ digits) that the shorter forms stay specific.
 */
export function nationalForms(raw: string): string[] {
  const international = raw.trim().startsWith('+') || raw.trim().startsWith('00');
  const digits = raw.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 9) return [];
  const out = new Set<string>();
  if (international) {
    for (const cc of [1, 2, 3]) {
      const national = digits.slice(cc);
      if (national.length >= 7) {
        out.add(national);
        out.add(`0${national}`);
      }
    }
  } else if (digits.startsWith('0')) {
    out.add(digits.slice(1));
  }
  out.delete(digits);
  return [...out];
}

/** The last 8 digits of a number of 9+ digits: how a mainland number is often quoted and searched. */
export function phoneTail(raw: string): string[] {
  const digits = raw.replace(/\D/g, '');
  return digits.length > 8 ? [digits.slice(-8)] : [];
}

function clampConfidence(c: number | undefined): number {
  if (c === undefined || Number.isNaN(c)) return 1;
  return Math.min(1, Math.max(0, c));
}

/**
 * The row a model node record is merged with: its uid, key, cleaned properties with `searchText`,
 * source and clamped confidence. The one definition, used by GraphWriter and the bulk load
 * (server/features/bulk), so both give a node the same properties.
 */
export function nodeRow(n: NodeRecord) {
  const props = cleanProps(n.props);
  const text = searchText(n.type, n.key, props);
  if (text) props.searchText = text;
  return {
    uid: uidOf(n.type, n.key),
    key: n.key,
    props,
    source: n.source,
    confidence: clampConfidence(n.confidence),
  };
}

/**
 * The row a model relationship record is merged with (ends by uid and key, its qualifier field —
 * PARTY_TO's role, ASSOCIATE_OF's kind — cleaned properties, source, clamped confidence); throws
 * on a type or ends outside the model. Used by GraphWriter and the bulk load.
 */
export function relRow(r: RelRecord) {
  const ends = ENDPOINTS.get(r.type);
  if (!ends) throw new Error(`GraphWriter: unknown relationship type ${r.type}`);
  if (r.from.type !== ends[0] || r.to.type !== ends[1]) {
    throw new Error(
      `GraphWriter: ${r.type} links ${ends[0]} to ${ends[1]}, not ${r.from.type} to ${r.to.type}`,
    );
  }
  const qualifierField = QUALIFIER[r.type];
  return {
    from: uidOf(r.from.type, r.from.key),
    to: uidOf(r.to.type, r.to.key),
    fromKey: r.from.key,
    toKey: r.to.key,
    props: cleanProps(r.props),
    source: r.source,
    confidence: clampConfidence(r.confidence),
    /** The qualifier's property name and value, part of the relationship's identity. */
    ...(qualifierField ? { [qualifierField]: r.qualifier ?? 'other' } : {}),
    /** MEMBER_OF's role (optional, not part of its identity: one membership per person and group). */
    ...(ROLE_NOT_IDENTITY.has(r.type) ? { role: r.qualifier ?? null } : {}),
  };
}

/** The row a record kept as it was is merged with (its own labels, `searchText` of every text). */
export function rawNodeRow(n: RawNodeRow) {
  const props = cleanProps(n.props);
  props.searchText = rawSearchText(n.key, props);
  return {
    uid: n.uid,
    key: n.key,
    labels: n.labels,
    props,
    source: n.source,
    confidence: clampConfidence(n.confidence),
  };
}

/** The row a relationship outside the model is merged with. */
export function rawRelRow(r: RawRelRow) {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    props: cleanProps(r.props),
    source: r.source,
    confidence: clampConfidence(r.confidence),
  };
}

const fileOfType = (type: EntityType) => `queries/ingest/merge-${type.toLowerCase()}`;
const fileOfRel = (type: RelationshipType) =>
  `queries/ingest/merge-rel-${type.toLowerCase().replace(/_/g, '-')}`;

export class GraphWriter {
  constructor(
    private readonly db: Db,
    private readonly batchSize = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  private newStats() {
    const stats: WriteStats = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, batches: 0 };
    const add = (c: WriteCounters) => {
      stats.nodesCreated += c.nodesCreated;
      stats.relationshipsCreated += c.relationshipsCreated;
      stats.propertiesSet += c.propertiesSet;
      stats.batches += 1;
    };
    return { stats, add };
  }

  /** Writes nodes (by type), then relationships (by type), then derived call summaries. */
  async write(
    nodes: readonly NodeRecord[],
    rels: readonly RelRecord[] = [],
    opts: WriteOptions = {},
  ): Promise<WriteStats> {
    const { stats, add } = this.newStats();
    const now = this.now();

    const byType = new Map<EntityType, object[]>();
    for (const n of nodes) {
      const row = nodeRow(n);
      const list = byType.get(n.type) ?? [];
      list.push(row);
      byType.set(n.type, list);
    }
    for (const [type, rows] of byType) {
      for (let i = 0; i < rows.length; i += this.batchSize) {
        add(await this.db.writeCounted(fileOfType(type), { rows: rows.slice(i, i + this.batchSize), now }));
      }
    }

    const byRel = new Map<RelationshipType, object[]>();
    const callPairs = new Map<string, { from: string; to: string }>();
    const callEnds = new Map<string, { from?: string; to?: string }>();
    for (const r of rels) {
      const row: Record<string, unknown> = relRow(r);
      const list = byRel.get(r.type) ?? [];
      list.push(row);
      byRel.set(r.type, list);
      if (r.type === 'FROM' || r.type === 'TO') {
        const call = uidOf(r.from.type, r.from.key);
        const e = callEnds.get(call) ?? {};
        if (r.type === 'FROM') e.from = row.to as string;
        else e.to = row.to as string;
        callEnds.set(call, e);
        if (e.from && e.to) callPairs.set(`${e.from}\u0000${e.to}`, { from: e.from, to: e.to });
      }
    }
    for (const [type, rows] of byRel) {
      for (let i = 0; i < rows.length; i += this.batchSize) {
        add(await this.db.writeCounted(fileOfRel(type), { rows: rows.slice(i, i + this.batchSize), now }));
      }
    }
    const pairs = opts.refreshCalls === false ? [] : [...callPairs.values()];
    for (let i = 0; i < pairs.length; i += this.batchSize) {
      add(
        await this.db.writeCounted('queries/ingest/refresh-calls', {
          pairs: pairs.slice(i, i + this.batchSize),
        }),
      );
    }
    return stats;
  }

  /** Writes nodes and relationships outside the model: nodes first, relationships by uid. */
  async writeRaw(nodes: readonly RawNodeRow[], rels: readonly RawRelRow[] = []): Promise<WriteStats> {
    const { stats, add } = this.newStats();
    const now = this.now();
    const nodeRows = nodes.map(rawNodeRow);
    for (let i = 0; i < nodeRows.length; i += this.batchSize) {
      add(
        await this.db.writeCounted('queries/ingest/merge-raw-nodes', {
          rows: nodeRows.slice(i, i + this.batchSize),
          now,
        }),
      );
    }
    const relRows = rels.map(rawRelRow);
    for (let i = 0; i < relRows.length; i += this.batchSize) {
      add(
        await this.db.writeCounted('queries/ingest/merge-raw-rels', {
          rows: relRows.slice(i, i + this.batchSize),
          now,
        }),
      );
    }
    return stats;
  }

  /** Recomputes the derived CALLS summaries of every pair of phones where one is in `phoneUids`. */
  async refreshCalls(phoneUids: readonly string[]): Promise<WriteStats> {
    const { stats, add } = this.newStats();
    const step = Math.max(1, Math.floor(this.batchSize / 10));
    for (let i = 0; i < phoneUids.length; i += step) {
      add(
        await this.db.writeCounted('queries/ingest/refresh-calls-of-phones', {
          phones: phoneUids.slice(i, i + step),
        }),
      );
    }
    return stats;
  }
}
