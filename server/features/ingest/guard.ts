// The one check between every parser and the writer (pipeline.ts runs it on each parsed record, of
// every format): nothing read from an input may use a name the service uses
// (model/service-names.ts). Labels, relationship types and properties a dataset ships under such
// a name are kept in the data namespace (`User` → `Src_User`, `MERGED_INTO` → `SRC_MERGED_INTO`,
// `passwordHash` → `src_passwordHash`), each noted in the report; a record that would write a model
// relationship the service derives (CALLS) or reach a node only the service creates (a canonical
// person of entity resolution) is refused as a whole, saying why.
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../model/model.ts';
import {
  CANONICAL_KEY_PREFIX,
  dataLabel,
  dataProperty,
  dataType,
  serviceLabelUse,
  servicePropertyUse,
  serviceTypeUse,
  SHARED_RELATIONSHIP_TYPES,
} from '../model/service-names.ts';
import { why, type Reason } from './reasons.ts';
import type { Parsed, RawNode, RawRel, Reject } from './types.ts';
import type { EntityRef, NodeRecord, Props, RelRecord } from './writer.ts';

const MODEL_TYPES = new Set<string>(RELATIONSHIP_TYPES.map(([t]) => t));
const ENTITY = new Set<string>(ENTITY_TYPES);

/** "persons.csv#12" → file and line (every parser cites its records so). */
function place(source: string): { file: string; line: number } {
  const i = source.lastIndexOf('#');
  const line = Number(source.slice(i + 1));
  return i < 0 || !Number.isInteger(line) ? { file: source, line: 0 } : { file: source.slice(0, i), line };
}

/** A raw node's uid begins with its first label ("User:seized/1"); it moves with the label. */
export function dataUid(uid: string): string {
  const i = uid.indexOf(':');
  return i < 0 ? uid : `${dataLabel(uid.slice(0, i))}${uid.slice(i)}`;
}

class Check {
  readonly notes = new Map<string, Reject>();
  readonly refusals: Reject[] = [];

  constructor(private readonly source: string) {}

  /** A name moved into the data namespace: noted once per name and record. */
  note(field: string, name: string, reason: Reason): void {
    const id = `${field}\u0000${name}`;
    if (!this.notes.has(id)) this.notes.set(id, { ...place(this.source), field, ...reason });
  }

  refuse(field: string, reason: Reason): void {
    this.refusals.push({ ...place(this.source), field, ...reason });
  }

  props<P extends Props>(props: P | undefined): P | undefined {
    if (!props) return props;
    let out: Props | undefined;
    for (const [k, v] of Object.entries(props)) {
      const use = servicePropertyUse(k);
      if (use === undefined) continue;
      out ??= { ...props };
      delete out[k];
      if (v === undefined || v === null) continue;
      const kept = dataProperty(k);
      out[kept] = v;
      this.note(k, k, why('guard.property-kept', { name: k, use, kept }));
    }
    return (out as P | undefined) ?? props;
  }

  label(label: string): string {
    const use = serviceLabelUse(label);
    if (use === undefined) return label;
    const kept = dataLabel(label);
    this.note(':LABEL', label, why('guard.label-kept', { name: label, use, kept }));
    return kept;
  }

  entity(end: EntityRef, field: string): void {
    if (!ENTITY.has(end.type)) this.refuse(field, why('guard.not-entity', { name: end.type }));
    else if (end.type === 'Person') this.canonical(end.key, field);
  }

  canonical(key: string, field: string): void {
    if (!key.startsWith(CANONICAL_KEY_PREFIX)) return;
    this.refuse(field, why('guard.canonical', { prefix: CANONICAL_KEY_PREFIX, got: key }));
  }
}

function node(n: NodeRecord, c: Check): NodeRecord {
  c.entity(n, 'id');
  const props = c.props(n.props)!;
  return props === n.props ? n : { ...n, props };
}

function rel(r: RelRecord, c: Check): RelRecord {
  // A model type the service also uses between its own nodes (MEMBER_OF: Person→Community of a
  // run, and Person→Group of affiliation data) is allowed between the model's ends only; the
  // writer checks those ends. A derived type (CALLS) is refused always.
  const use = SHARED_RELATIONSHIP_TYPES.has(r.type) ? undefined : serviceTypeUse(r.type);
  if (use !== undefined) c.refuse('type', why('guard.type-reserved', { name: r.type, use }));
  else if (!MODEL_TYPES.has(r.type)) c.refuse('type', why('guard.type-unknown', { name: r.type }));
  c.entity(r.from, 'from');
  c.entity(r.to, 'to');
  const props = c.props(r.props);
  return props === r.props ? r : { ...r, props };
}

function rawNode(n: RawNode, c: Check): RawNode {
  const labels = n.labels.map((l) => c.label(l));
  return { ...n, uid: dataUid(n.uid), labels, props: c.props(n.props)! };
}

function rawRel(r: RawRel, c: Check): RawRel {
  for (const [uid, field] of [
    [r.from, ':START_ID'],
    [r.to, ':END_ID'],
  ] as const) {
    if (uid.startsWith('Person:')) c.canonical(uid.slice('Person:'.length), field);
  }
  const use = serviceTypeUse(r.type);
  let type = r.type;
  if (use !== undefined) {
    type = dataType(r.type);
    c.note(':TYPE', r.type, why('guard.type-kept', { name: r.type, use, kept: type }));
  }
  return { ...r, type, from: dataUid(r.from), to: dataUid(r.to), props: c.props(r.props)! };
}

/**
 * Checks what one input record turned into. Returns it with service names moved into the data
 * namespace and a note for each, or refused as a whole (no records, a reject for each cause).
 */
export function guardParsed(p: Parsed): Parsed {
  const first = p.nodes?.[0] ?? p.rels?.[0] ?? p.rawNodes?.[0] ?? p.rawRels?.[0];
  if (!first) return p;
  const c = new Check(first.source);
  const out: Parsed = {
    ...p,
    ...(p.nodes ? { nodes: p.nodes.map((n) => node(n, c)) } : {}),
    ...(p.rels ? { rels: p.rels.map((r) => rel(r, c)) } : {}),
    ...(p.rawNodes ? { rawNodes: p.rawNodes.map((n) => rawNode(n, c)) } : {}),
    ...(p.rawRels ? { rawRels: p.rawRels.map((r) => rawRel(r, c)) } : {}),
  };
  if (c.refusals.length) return { rejects: [...(p.rejects ?? []), ...c.refusals], accepted: false };
  if (c.notes.size) out.rejects = [...(p.rejects ?? []), ...c.notes.values()];
  return out;
}
