// Audit of person data leaving the API, in one place keyed on the schema instead of in every
// resolver.
//
// Person data is every Person and every Phone (a phone is as good as its holder's name once its
// calls are known). Their uids say what they are (`Person:<key>`, `Phone:<key>`), so a uid seen in
// an answer is enough to know that person data left. At schema build, auditReads() wraps the
// resolver of every field whose result can hold such uids: each field returning one of
// CARRIER_TYPES (objects, interfaces, lists of them), and the scalar fields in CARRIER_FIELDS (ids,
// JSON such as a job's result, text that names phone records). The wrapper is made once per field, not per object, and runs
// once per parent object: Subgraph.nodes collects a whole drawn neighbourhood in one loop. What it
// collects goes into the request's collector; one Apollo plugin hook (willSendResponse) records the
// uids of each root field as one read entry and, when that cannot be recorded, answers
// AUDIT_UNAVAILABLE instead of the data. tests/api/audit-completeness.test.ts walks the schema,
// asks every field that can reach person data with its whole result selected, and fails on a
// person uid in an answer that is not in the audit trail, or on a field neither asked nor listed.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_ENTITY_IDS, type AuditEvent } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Context } from './context.ts';

/** Entity types whose records are person data. */
export const PERSON_TYPES = ['Person', 'Phone'] as const;

/** Whether a value is the uid of person data (the first character rejects most others). */
export const isPersonUid = (v: unknown): v is string =>
  typeof v === 'string' &&
  v.charCodeAt(0) === 80 /* P */ &&
  (v.startsWith('Person:') || v.startsWith('Phone:'));

type Extract = (o: Record<string, unknown>, out: string[]) => void;
// One function per shape, with plain property reads: a drawn neighbourhood is thousands of them.
const byId: Extract = (o, out) => {
  const id = o.id;
  if (isPersonUid(id)) out.push(id);
};
const byEnds: Extract = (o, out) => {
  const source = o.source;
  if (isPersonUid(source)) out.push(source);
  const target = o.target;
  if (isPersonUid(target)) out.push(target);
};

/**
 * Types whose objects carry person uids, and how to read them. Every field returning one of them
 * is wrapped. Entity covers all its implementations (only Person and Phone ids count).
 */
export const CARRIER_TYPES: Readonly<Record<string, Extract>> = {
  Entity: byId,
  Person: byId,
  Phone: byId,
  GraphNode: byId,
  Edge: byEnds,
  KeyPlayer: byId,
  RepeatOffender: byId,
  GangMover: byId,
};

/** Scalar fields (ids, JSON, text) whose values can hold person uids: scanned whole. */
export const CARRIER_FIELDS: readonly string[] = [
  'Community.keyPlayers',
  'GangLineage.core',
  'TakedownResult.removed',
  'TakedownComparison.notInNetwork',
  'Investigation.entityIds',
  'Note.entityId',
  'Path.nodeIds',
  'TimedPath.nodeIds',
  'Job.params',
  'Job.result',
  // Names the phone records that share an IMEI.
  'DuplicateEvidence.detail',
];

/**
 * Fields returning a carrier that are left unwrapped because their parent object is the same
 * record and is collected already: a drawn node's entity is the node (same id).
 */
export const COVERED_BY_PARENT: readonly string[] = ['GraphNode.entity'];

/** Per request: the person uids each root field (by response key) let out, and their details. */
class ReadCollector {
  readonly byKey = new Map<string, string[]>();
  details: Map<string, Record<string, unknown>> | undefined;
  /** uids a change entry of this request names already (a mutation's own result). */
  covered: Set<string> | undefined;

  list(info: GraphQLResolveInfo): string[] {
    let p = info.path;
    while (p.prev) p = p.prev;
    const key = String(p.key);
    let list = this.byKey.get(key);
    if (!list) {
      list = [];
      this.byKey.set(key, list);
    }
    return list;
  }
}

const collectors = new WeakMap<object, ReadCollector>();

function collectorFor(ctx: unknown): ReadCollector {
  const c = typeof ctx === 'object' && ctx !== null ? collectors.get(ctx) : undefined;
  // Only a request that the plugin below will audit may read person data.
  if (!c) throw new AppError('AUDIT_UNAVAILABLE', 'Person data is read only through an audited request.');
  return c;
}

/** Pushes the person uids of each object in `value` (nested lists walked). */
function collectObjects(value: unknown, extract: Extract, out: string[]): void {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectObjects(value[i], extract, out);
    return;
  }
  if (typeof value === 'object') extract(value as Record<string, unknown>, out);
}

/** Pushes every person uid anywhere in a scalar value (a list of ids, a JSON document). */
export function collectUids(value: unknown, out: string[]): void {
  if (isPersonUid(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectUids(v, out);
  else if (value && typeof value === 'object') {
    for (const k in value) collectUids((value as Record<string, unknown>)[k], out);
  }
}

type Collect = (value: unknown, out: string[]) => void;

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

function wrap(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  collect: Collect,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, ctx, info) => {
    const collector = collectorFor(ctx);
    const value = resolve(source, args, ctx, info);
    if (isThenable(value)) {
      return Promise.resolve(value).then((v) => {
        if (v != null) collect(v, collector.list(info));
        return v;
      });
    }
    if (value != null) collect(value, collector.list(info));
    return value;
  };
}

function forEachCarrier(
  schema: GraphQLSchema,
  fn: (
    coordinate: string,
    field: { resolve?: GraphQLFieldResolver<unknown, unknown> | undefined },
    collect: Collect,
  ) => void,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (COVERED_BY_PARENT.includes(coordinate)) continue;
      const extract = CARRIER_TYPES[getNamedType(field.type).name];
      if (extract) fn(coordinate, field, (v, out) => collectObjects(v, extract, out));
      else if (CARRIER_FIELDS.includes(coordinate)) fn(coordinate, field, collectUids);
    }
  }
}

/** Wraps the resolvers of every field that can let person data out (see the file comment). */
export function auditReads(schema: GraphQLSchema): GraphQLSchema {
  forEachCarrier(schema, (_coordinate, field, collect) => {
    field.resolve = wrap(field.resolve ?? defaultFieldResolver, collect);
  });
  return schema;
}

/**
 * Adds to the read entry of the root field `info` belongs to: the person uids the question was
 * about (a person's contacts, notes or relics, recorded even when the answer is empty) and
 * details (e.g. hops).
 */
export function noteRead(
  ctx: Context,
  info: GraphQLResolveInfo,
  opts: { ids?: readonly string[]; details?: Record<string, unknown> },
): void {
  const c = collectorFor(ctx);
  const list = c.list(info);
  for (const id of opts.ids ?? []) if (isPersonUid(id)) list.push(id);
  if (opts.details) {
    let p = info.path;
    while (p.prev) p = p.prev;
    (c.details ??= new Map()).set(String(p.key), opts.details);
  }
}

/**
 * Records a change entry, and marks its entity ids as recorded for this request: the mutation's
 * own answer naming them is not recorded again as a read.
 */
export async function recordChange(ctx: Context, event: AuditEvent): Promise<void> {
  await ctx.services.audit.record(event);
  const c = collectors.get(ctx);
  if (c) {
    c.covered ??= new Set();
    for (const id of event.entityIds) c.covered.add(id);
  }
}

/** Response key → field name of the operation's root fields (fragments read once each). */
function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): Map<string, string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.set(s.alias?.value ?? s.name.value, s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** The read entries of a request: one per root field (split at MAX_ENTITY_IDS), persons first. */
function readEvents(ctx: Context, c: ReadCollector, names: Map<string, string>): AuditEvent[] {
  const byField = new Map<string, { uids: Set<string>; details: Record<string, unknown> }>();
  for (const [key, list] of c.byKey) {
    if (list.length === 0) continue;
    const field = names.get(key) ?? key;
    let entry = byField.get(field);
    if (!entry) {
      entry = { uids: new Set(), details: {} };
      byField.set(field, entry);
    }
    for (const uid of list) if (!c.covered?.has(uid)) entry.uids.add(uid);
    Object.assign(entry.details, c.details?.get(key));
  }
  const events: AuditEvent[] = [];
  for (const [operation, { uids, details }] of byField) {
    if (uids.size === 0) continue;
    const all = [...uids];
    const ids = [
      ...all.filter((u) => u.startsWith('Person:')),
      ...all.filter((u) => !u.startsWith('Person:')),
    ];
    const parts = Math.ceil(ids.length / MAX_ENTITY_IDS);
    for (let i = 0; i < parts; i++) {
      events.push({
        principal: ctx.principal,
        operation,
        kind: 'read',
        entityIds: ids.slice(i * MAX_ENTITY_IDS, (i + 1) * MAX_ENTITY_IDS),
        count: ids.length,
        ...(parts > 1 || Object.keys(details).length > 0
          ? { details: { ...details, ...(parts > 1 ? { part: i + 1, parts } : {}) } }
          : {}),
      });
    }
  }
  return events;
}

/**
 * The plugin that records what the wrapped fields collected, once the answer is complete and
 * before it is sent; an answer whose reads cannot be recorded is replaced by AUDIT_UNAVAILABLE.
 */
export function auditReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const collector = new ReadCollector();
      collectors.set(contextValue, collector);
      return {
        async willSendResponse(rc) {
          if (collector.byKey.size === 0 || !rc.operation) return;
          const events = readEvents(rc.contextValue, collector, rootFieldNames(rc.operation, rc.document!));
          if (events.length === 0) return;
          try {
            await Promise.all(events.map((e) => rc.contextValue.services.audit.record(e)));
          } catch (err) {
            rc.contextValue.services.logger.error(
              { err },
              'audit: recording a read failed; the answer is withheld',
            );
            rc.response.http.status = 503;
            rc.response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message:
                      'The audit trail cannot record this read of person data right now, so it is refused; try again shortly.',
                    extensions: { code: 'AUDIT_UNAVAILABLE' },
                  },
                ],
              },
            } as never;
          }
        },
      };
    },
  };
}
