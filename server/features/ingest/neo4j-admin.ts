// neo4j-admin import CSVs, the way Neo4j datasets are shipped: node files (`:ID`, `:LABEL`,
// typed columns such as `latitude:double`) and relationship files (`:START_ID`, `:END_ID`,
// `:TYPE`). Labels and types that fit the model are mapped onto it (docs/ingest.md lists the
// mapping, written for POLE and any dataset that uses the same names); the rest is kept as it is,
// with :Entity, a uid and provenance. Node files are read before relationship files, and the
// `:ID`s of the import are remembered so relationships can find their ends.
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  ASSOCIATE_KINDS,
  ENTITY_TYPES,
  PARTY_ROLES,
  RELATIONSHIP_TYPES,
  type AssociateKind,
  type EntityType,
  type RelationshipType,
} from '../model/model.ts';
import { serviceTypeUse } from '../model/service-names.ts';
import { csvRows } from './csv.ts';
import { FileRefused } from './errors.ts';
import { why, type Reason } from './reasons.ts';
import { keyOf, parseIsoDate } from './fields.ts';
import type { Parsed, Reject } from './types.ts';
import type { NodeRecord, Props, PropValue, RelRecord } from './writer.ts';

export type AdminFileKind = 'nodes' | 'relationships';

interface Column {
  name: string;
  role: 'id' | 'label' | 'start' | 'end' | 'type' | 'ignore' | 'prop';
  /** neo4j-admin type (string, int, double, boolean, ...), `[]` stripped. */
  type: string;
  array: boolean;
  idSpace: string;
}

/** Reads a neo4j-admin header line; throws FileRefused when it is not one. */
export function parseAdminHeader(
  cells: readonly string[],
  file: string,
): { kind: AdminFileKind; columns: Column[] } {
  const columns = cells.map((raw): Column => {
    const cell = raw.trim();
    const i = cell.lastIndexOf(':');
    const name = i >= 0 ? cell.slice(0, i) : cell;
    const spec = i >= 0 ? cell.slice(i + 1) : 'string';
    const m = /^([A-Za-z_]+)(?:\(([^)]*)\))?(\[\])?$/.exec(spec);
    const t = (m?.[1] ?? 'string').toUpperCase();
    const idSpace = m?.[2] ?? '';
    const array = Boolean(m?.[3]);
    const roles: Record<string, Column['role']> = {
      ID: 'id',
      LABEL: 'label',
      START_ID: 'start',
      END_ID: 'end',
      TYPE: 'type',
      IGNORE: 'ignore',
    };
    const role = roles[t] ?? 'prop';
    return { name, role, type: role === 'prop' ? t.toLowerCase() : 'string', array, idSpace };
  });
  const has = (r: Column['role']) => columns.some((c) => c.role === r);
  if (has('id')) return { kind: 'nodes', columns };
  if (has('start') && has('end')) return { kind: 'relationships', columns };
  throw new FileRefused(
    file,
    'it is not a neo4j-admin import file: its header has neither an :ID column (nodes) nor :START_ID and :END_ID columns (relationships)',
  );
}

function typed(c: Column, text: string): PropValue | { error: Reason } {
  const one = (t: string): PropValue | { error: Reason } => {
    switch (c.type) {
      case 'int':
      case 'long':
      case 'short':
      case 'byte': {
        const n = Number(t);
        return Number.isInteger(n) ? n : { error: why('admin.whole-number', { type: c.type, got: t }) };
      }
      case 'float':
      case 'double': {
        const n = Number(t);
        return Number.isFinite(n) && t.trim() !== ''
          ? n
          : { error: why('admin.number', { type: c.type, got: t }) };
      }
      case 'boolean':
        if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
        return { error: why('admin.boolean', { got: t }) };
      default:
        return t;
    }
  };
  if (!c.array) return one(text);
  const out: PropValue[] = [];
  for (const part of text.split(';')) {
    const v = one(part);
    if (typeof v === 'object' && !Array.isArray(v)) return v;
    out.push(v as PropValue);
  }
  return out as PropValue;
}

/** dd/mm/yyyy (as UK sources such as POLE write dates), optionally with HH:MM; or ISO 8601. */
export function parseDayFirst(date: string | undefined, time?: string): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : date.trim();
  const t = time && /^\d{1,2}:\d{2}(:\d{2})?$/.test(time.trim()) ? `T${time.trim().padStart(5, '0')}` : '';
  return parseIsoDate(iso + t);
}

const ASSOCIATE_TYPES: Record<string, AssociateKind> = {
  KNOWS: 'known-associate',
  KNOWS_LW: 'lives-with',
  KNOWS_SN: 'social-network',
  KNOWS_PHONE: 'phone-contact',
  FAMILY_REL: 'family',
  ASSOCIATE_OF: 'known-associate',
};
/** Imported relationship type (with its ends) → model type. */
const REL_MAP: Array<[string, EntityType, EntityType, RelationshipType]> = [
  ['HAS_PHONE', 'Person', 'Phone', 'USES'],
  ['CALLER', 'Call', 'Phone', 'FROM'],
  ['CALLED', 'Call', 'Phone', 'TO'],
  ['PARTY_TO', 'Person', 'Case', 'PARTY_TO'],
  ['INVOLVED_IN', 'Vehicle', 'Case', 'INVOLVED_IN'],
];
const MODEL_RELS = new Map(RELATIONSHIP_TYPES.map(([t, a, b]) => [t as string, [a, b] as const]));
const ID_FIELDS = ['nhs_no', 'passport', 'passport_no', 'id_number', 'national_id', 'document_id'];

interface Known {
  uid: string;
  type: EntityType | null;
  key: string;
}

/** One neo4j-admin import (a directory or a set of files) sharing its `:ID`s. */
export class AdminImport {
  private readonly ids = new Map<string, Known>();

  constructor(readonly dataset: string) {}

  /** The dataset name keys are scoped with: the common prefix before ".nodes."/".relationships.". */
  static datasetOf(files: readonly string[]): string {
    const names = files.map((f) => path.basename(f));
    const prefixes = new Set(
      names.map((n) => /^(.*?)\.(nodes|relationships)\./.exec(n)?.[1]).filter(Boolean),
    );
    if (prefixes.size === 1) return [...prefixes][0]!;
    return path.basename(path.dirname(path.resolve(files[0] ?? '.')));
  }

  /** "crime-investigation.nodes.Person.csv" → "Person" (the label or type a file implies). */
  static nameFromFile(file: string): string | undefined {
    return /\.(?:nodes|relationships)\.([^.]+)\.csv$/i.exec(path.basename(file))?.[1];
  }

  async *parse(input: Readable, file: string): AsyncGenerator<Parsed> {
    const bad: Reject[] = [];
    let header: ReturnType<typeof parseAdminHeader> | undefined;
    for await (const { line, values } of csvRows(input, { file, onBadRow: (r) => bad.push(r) })) {
      if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
      if (!header) {
        header = parseAdminHeader(values, file);
        continue;
      }
      if (values.length !== header.columns.length) {
        yield {
          rejects: [
            {
              file,
              line,
              field: '(record)',
              ...why('record.width', { expected: header.columns.length, got: values.length }),
            },
          ],
        };
        continue;
      }
      yield header.kind === 'nodes'
        ? this.node(header.columns, values, file, line)
        : this.rel(header.columns, values, file, line);
    }
    if (!header) throw new FileRefused(file, 'it is empty (expected a neo4j-admin header line)');
    if (bad.length) for (const r of bad.splice(0)) yield { rejects: [r] };
  }

  private props(columns: Column[], values: readonly string[], file: string, line: number) {
    const props: Record<string, PropValue> = {};
    const rejects: Reject[] = [];
    columns.forEach((c, i) => {
      const v = values[i] ?? '';
      if (c.role !== 'prop' || v === '') return;
      const t = typed(c, v);
      if (typeof t === 'object' && !Array.isArray(t))
        rejects.push({ file, line, field: `${c.name}:${c.type}`, ...t.error });
      else props[c.name] = t;
    });
    return { props, rejects };
  }

  private node(columns: Column[], values: readonly string[], file: string, line: number): Parsed {
    const idCol = columns.findIndex((c) => c.role === 'id');
    const id = values[idCol]?.trim() ?? '';
    const space = columns[idCol]!.idSpace;
    if (!id) return { rejects: [{ file, line, field: ':ID', ...why('field.required') }] };
    const labelCol = columns.findIndex((c) => c.role === 'label');
    const labels = (
      labelCol >= 0 ? (values[labelCol] ?? '').split(';') : [AdminImport.nameFromFile(file) ?? '']
    )
      .map((l) => l.trim())
      .filter((l) => l && l !== 'Entity');
    if (!labels.length) return { rejects: [{ file, line, field: ':LABEL', ...why('field.required') }] };
    const { props, rejects } = this.props(columns, values, file, line);
    if (rejects.length) return { rejects };
    const idName = columns[idCol]!.name;
    if (idName) props[idName] = id;
    const source = `${file}#${line}`;
    const scoped = `${this.dataset}/${id}`;
    const mapped = mapNode(labels, props, scoped);
    const ref = `${space}\u0000${id}`;
    if (mapped) {
      this.ids.set(ref, { uid: `${mapped.type}:${mapped.key}`, type: mapped.type, key: mapped.key });
      const extra = labels.filter(
        (l) => l !== mapped.type && !(ENTITY_TYPES as readonly string[]).includes(l),
      );
      if (extra.length) mapped.props.importedLabels = extra;
      return { nodes: [{ ...mapped, source }], accepted: true };
    }
    const uid = `${labels[0]}:${scoped}`;
    this.ids.set(ref, { uid, type: null, key: scoped });
    return { rawNodes: [{ uid, key: scoped, labels, props, source }], accepted: true };
  }

  private rel(columns: Column[], values: readonly string[], file: string, line: number): Parsed {
    const find = (role: Column['role']) => columns.findIndex((c) => c.role === role);
    const s = find('start');
    const e = find('end');
    const t = find('type');
    const type = (t >= 0 ? values[t]?.trim() : AdminImport.nameFromFile(file)) ?? '';
    const rejects: Reject[] = [];
    if (!type) rejects.push({ file, line, field: ':TYPE', ...why('field.required') });
    const end = (i: number, field: string) => {
      const id = values[i]?.trim() ?? '';
      const known = this.ids.get(`${columns[i]!.idSpace}\u0000${id}`);
      if (!known)
        rejects.push({
          file,
          line,
          field,
          ...(id ? why('admin.unknown-id', { id }) : why('field.required')),
        });
      return known;
    };
    const a = end(s, ':START_ID');
    const b = end(e, ':END_ID');
    const { props, rejects: propRejects } = this.props(columns, values, file, line);
    rejects.push(...propRejects);
    if (rejects.length || !a || !b) return { rejects };
    const source = `${file}#${line}`;
    const model = a.type && b.type ? mapRel(type, a.type, b.type, props) : undefined;
    if (model) {
      const r: RelRecord = {
        type: model.type,
        from: { type: a.type!, key: a.key },
        to: { type: b.type!, key: b.key },
        qualifier: model.qualifier,
        props: model.props,
        source,
      };
      return { rels: [r], accepted: true };
    }
    return { rawRels: [{ type, from: a.uid, to: b.uid, props, source }], accepted: true };
  }
}

/** Maps an imported node onto a model entity, or returns undefined to keep it as it is. */
function mapNode(
  labels: string[],
  p: Record<string, PropValue>,
  scoped: string,
): Omit<NodeRecord, 'source'> | undefined {
  const str = (...names: string[]) => {
    for (const n of names) if (typeof p[n] === 'string' && p[n]) return p[n] as string;
    return undefined;
  };
  const rename = (from: string, to: string) => {
    if (from in p) {
      p[to] = p[from]!;
      delete p[from];
    }
  };
  for (const label of labels) {
    if (label === 'Person') {
      const given = str('name', 'firstName', 'first_name', 'given_name');
      const surname = str('surname', 'lastName', 'last_name', 'family_name');
      if (given && surname) {
        p.givenName = given;
        p.name = `${given} ${surname}`;
      }
      const docs = ID_FIELDS.map((f) => str(f)).filter((x): x is string => Boolean(x));
      if (docs.length) p.documentIds = docs;
      return { type: 'Person', key: scoped, props: p };
    }
    if (label === 'Phone') {
      const number = str('phoneNo', 'number', 'phone', 'msisdn');
      const key = number ? keyOf('Phone', number) : '';
      if (number) p.number = number;
      return { type: 'Phone', key: key || scoped, props: p };
    }
    if (label === 'Vehicle') {
      const plate = str('reg', 'plate', 'registration', 'registrationNumber');
      const key = plate ? keyOf('Vehicle', plate) : '';
      if (plate) p.plate = plate;
      return { type: 'Vehicle', key: key || scoped, props: p };
    }
    if (label === 'PhoneCall' || label === 'Call') {
      const at = parseDayFirst(str('call_date', 'date'), str('call_time', 'time'));
      if (at !== undefined) {
        p.at = at;
        p.start = new Date(at).toISOString();
      }
      const secs = p.call_duration ?? p.duration;
      if (secs !== undefined && Number.isFinite(Number(secs))) p.durationSeconds = Number(secs);
      rename('call_type', 'callType');
      return { type: 'Call', key: scoped, props: p };
    }
    if (label === 'Crime' || label === 'Case') {
      const at = parseDayFirst(str('date'));
      if (at !== undefined) p.at = at;
      rename('type', 'crimeType');
      rename('id', 'externalId');
      rename('last_outcome', 'status');
      p.title = str('charge', 'crimeType', 'title') ?? label;
      p.kind = 'other';
      return { type: 'Case', key: scoped, props: p };
    }
    if ((ENTITY_TYPES as readonly string[]).includes(label)) {
      rename('id', 'externalId');
      return { type: label as EntityType, key: scoped, props: p };
    }
  }
  return undefined;
}

function mapRel(
  type: string,
  from: EntityType,
  to: EntityType,
  props: Record<string, PropValue>,
): { type: RelationshipType; qualifier?: string; props: Props } | undefined {
  const kind = ASSOCIATE_TYPES[type];
  if (kind && from === 'Person' && to === 'Person') {
    const p: Props = { ...props, importedType: type };
    if (typeof props.rel_type === 'string') {
      p.relation = props.rel_type.toLowerCase();
      delete p.rel_type;
    }
    const k =
      typeof props.kind === 'string' && (ASSOCIATE_KINDS as readonly string[]).includes(props.kind)
        ? props.kind
        : kind;
    return { type: 'ASSOCIATE_OF', qualifier: k, props: p };
  }
  for (const [t, a, b, m] of REL_MAP) {
    if (t === type && a === from && b === to) {
      return {
        type: m,
        qualifier: m === 'PARTY_TO' ? 'other' : undefined,
        props: { ...props, importedType: type },
      };
    }
  }
  const ends = MODEL_RELS.get(type);
  // A type the service derives (CALLS) is not taken as the model's: it stays the dataset's own.
  if (ends && ends[0] === from && ends[1] === to && serviceTypeUse(type) === undefined) {
    const q = type === 'PARTY_TO' ? props.role : type === 'ASSOCIATE_OF' ? props.kind : undefined;
    const known = type === 'PARTY_TO' ? PARTY_ROLES : ASSOCIATE_KINDS;
    const qualifier =
      typeof q !== 'string' ? undefined : (known as readonly string[]).includes(q) ? q : 'other';
    return { type: type as RelationshipType, qualifier, props };
  }
  return undefined;
}
