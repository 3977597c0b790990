// One documented CSV layout per record type (docs/ingest.md lists every column). A layout names
// its required and optional columns and maps one row onto model records.
import {
  ASSOCIATE_KINDS,
  CASE_KINDS,
  DATE_PRECISIONS,
  ENTITY_TYPES,
  GROUP_KINDS,
  PARTY_ROLES,
  RELATIONSHIP_TYPES,
  SALE_CHANNELS,
  SITE_KINDS,
  type EntityType,
  type RelationshipType,
} from '../model/model.ts';
import { checkIdNumber, checkImei, checkPhone, checkPlate } from '../model/identifiers.ts';
import { DERIVED_RELATIONSHIP_TYPES, serviceTypeUse } from '../model/service-names.ts';
import { keyOf, type Fields, type PartialDate } from './fields.ts';
import { why } from './reasons.ts';
import type { Layout } from './types.ts';
import type { NodeRecord, Props, RelRecord } from './writer.ts';

export interface LayoutSpec {
  required: readonly string[];
  optional: readonly string[];
  /** Maps a row whose cells were read through `f`; problems are collected in `f`. */
  map(f: Fields, source: string): { nodes: NodeRecord[]; rels: RelRecord[] };
}

const LINKABLE = RELATIONSHIP_TYPES.filter(([t]) => serviceTypeUse(t) === undefined);
const ENDS = new Map<string, readonly [EntityType, EntityType]>(LINKABLE.map(([t, a, b]) => [t, [a, b]]));

function rel(
  type: RelationshipType,
  from: [EntityType, string],
  to: [EntityType, string],
  source: string,
  extra: Partial<RelRecord> = {},
): RelRecord {
  return { type, from: { type: from[0], key: from[1] }, to: { type: to[0], key: to[1] }, source, ...extra };
}

/** Model relationship types an edge list may write between two entity types (not derived ones). */
const EDGE_TYPES = RELATIONSHIP_TYPES.filter(
  ([t]) => !Object.prototype.hasOwnProperty.call(DERIVED_RELATIONSHIP_TYPES, t) && t !== 'MEMBER_OF',
);

/**
 * An undirected ASSOCIATE_OF tie is stored once per unordered pair: from the smaller uid to the
 * larger (the session's data-model contract), so A–B and B–A are the same relationship.
 */
export function undirectedTie(r: RelRecord): RelRecord {
  if (r.type !== 'ASSOCIATE_OF' || r.props?.directed === true) return r;
  const a = `${r.from.type}:${r.from.key}`;
  const b = `${r.to.type}:${r.to.key}`;
  return a <= b ? r : { ...r, from: r.to, to: r.from };
}

/** A tie's weight: a positive number, absent meaning 1. */
function weightOf(f: Fields): number | undefined {
  const v = f.opt('weight');
  if (v === undefined) return undefined;
  const w = Number(v);
  if (!Number.isFinite(w) || !(w > 0)) return f.fail('weight', why('weight.invalid', { got: v }));
  return w;
}

const DIRECTED_WORDS: Record<string, boolean> = {
  directed: true,
  yes: true,
  true: true,
  '1': true,
  '->': true,
  有向: true,
  undirected: false,
  no: false,
  false: false,
  '0': false,
  '--': false,
  无向: false,
};

function directedOf(f: Fields): boolean {
  const v = f.opt('directed');
  if (!v) return false;
  const d = DIRECTED_WORDS[v.toLowerCase()];
  if (d === undefined) {
    f.fail('directed', why('directed.invalid', { got: v }));
    return false;
  }
  return d;
}

function entityTypeOf(f: Fields, name: string): EntityType | undefined {
  const v = f.opt(name);
  if (!v) return 'Person';
  const t = ENTITY_TYPES.find((e) => e.toLowerCase() === v.toLowerCase());
  if (!t) return f.fail(name, why('entity-type.invalid', { types: ENTITY_TYPES, got: v }));
  return t;
}

/** The coarser of two precisions (unknown is the coarsest). */
function coarser(a: PartialDate | undefined, b: PartialDate | undefined): string {
  const order = [...DATE_PRECISIONS];
  const ia = a ? order.indexOf(a.precision) : order.length - 1;
  const ib = b ? order.indexOf(b.precision) : order.length - 1;
  const known = [a, b].filter((d) => d && d.precision !== 'unknown').map((d) => order.indexOf(d!.precision));
  return order[known.length ? Math.max(...known) : Math.max(ia, ib)]!;
}

/** Builds the call records shared by calls.csv and call-detail records with a column mapping. */
export function callRecords(
  c: { key: string; from: string; to: string; at: number; durationSeconds?: number; cell?: string },
  source: string,
  confidence?: number,
): { nodes: NodeRecord[]; rels: RelRecord[] } {
  const props: Props = {
    at: c.at,
    start: new Date(c.at).toISOString(),
    durationSeconds: c.durationSeconds,
    cellSite: c.cell,
  };
  return {
    nodes: [{ type: 'Call', key: c.key, props, source, confidence }],
    rels: [
      rel('FROM', ['Call', c.key], ['Phone', c.from], source, { confidence }),
      rel('TO', ['Call', c.key], ['Phone', c.to], source, { confidence }),
    ],
  };
}

/** The key of a call that has no identifier of its own: everything the record says about it. */
export const derivedCallKey = (from: string, to: string, at: number, secs?: number | string, cell?: string) =>
  `${from}>${to}@${new Date(at).toISOString()}/${secs ?? ''}s/${cell ?? ''}`;

/**
 * Header synonyms of the per-type layouts: a header cell (compared without case, spaces, dashes
 * and underscores) names the layout column it maps to. English column names map to themselves;
 * docs/ingest.md lists this table. A synonym counts only in a layout that has the column.
 */
export const HEADER_SYNONYMS: Readonly<Record<string, string>> = {
  编号: 'id',
  序号: 'id',
  姓名: 'name',
  名称: 'name',
  名字: 'name',
  别名: 'aliases',
  绰号: 'aliases',
  外号: 'aliases',
  证件号码: 'documentIds',
  身份证号: 'idNumber',
  身份证号码: 'idNumber',
  公民身份号码: 'idNumber',
  出生日期: 'birthDate',
  生日: 'birthDate',
  性别: 'sex',
  国籍: 'nationality',
  备注: 'notes',
  置信度: 'confidence',
  手机号: 'number',
  手机号码: 'number',
  电话: 'number',
  电话号码: 'number',
  号码: 'number',
  串号: 'imei',
  机主: 'owner',
  车主: 'owner',
  所有人: 'owner',
  启用日期: 'since',
  停用日期: 'until',
  车牌号: 'plate',
  车牌: 'plate',
  车牌号码: 'plate',
  号牌号码: 'plate',
  车架号: 'vin',
  车辆识别代号: 'vin',
  品牌: 'make',
  型号: 'model',
  颜色: 'colour',
  color: 'colour',
  年份: 'year',
  驾驶人: 'driver',
  司机: 'driver',
  卡口: 'camera',
  摄像头: 'camera',
  抓拍时间: 'time',
  经过时间: 'time',
  地点: 'place',
  权重: 'weight',
  关系类型: 'kind',
  人员: 'person',
  组织: 'group',
  团体: 'group',
  会议: 'group',
  角色: 'role',
  职务: 'role',
  文物: 'relic',
  持有人: 'person',
  纬度: 'latitude',
  经度: 'longitude',
};

/** A mainland plate is shown normalised (京A12345); any other as given, trimmed and upper-cased. */
const shownPlate = (p: { value: string; kind: string }, raw: string) =>
  p.kind === 'other' ? raw.trim().toUpperCase() : p.value;

export const LAYOUT_SPECS: Record<Layout, LayoutSpec> = {
  persons: {
    required: ['id', 'name'],
    optional: [
      'aliases',
      'documentIds',
      'idNumber',
      'birthDate',
      'sex',
      'nationality',
      'notes',
      'confidence',
    ],
    map(f, source) {
      const key = f.req('id');
      const name = f.req('name');
      const aliases = f.list('aliases');
      const documentIds = f.list('documentIds');
      const id = f.checked('idNumber', checkIdNumber);
      const birthDate = f.day('birthDate');
      const sex = f.sex('sex');
      if (id && birthDate && birthDate !== id.birthDate)
        f.fail(
          'birthDate',
          why('person.birth-date-conflict', { got: birthDate, idNumber: id.value, expected: id.birthDate }),
        );
      if (id && sex && sex !== id.sex)
        f.fail('sex', why('person.sex-conflict', { got: sex, idNumber: id.value, expected: id.sex }));
      if (id && !documentIds.includes(id.value)) documentIds.push(id.value);
      const props: Props = {
        name,
        aliases,
        documentIds,
        idNumber: id?.value,
        idRegion: id?.region,
        birthDate: birthDate ?? id?.birthDate,
        sex: sex ?? id?.sex,
        nationality: f.opt('nationality'),
        notes: f.opt('notes'),
      };
      return { nodes: [{ type: 'Person', key, props, source, confidence: f.confidence() }], rels: [] };
    },
  },
  phones: {
    required: ['number'],
    optional: ['imei', 'owner', 'since', 'until', 'confidence'],
    map(f, source) {
      const phone = f.checked('number', checkPhone, true);
      const key = phone ? keyOf('Phone', f.req('number')) : '';
      const imei = f.checked('imei', checkImei);
      const confidence = f.confidence();
      const nodes: NodeRecord[] = [
        { type: 'Phone', key, props: { number: phone?.value, imei: imei?.value }, source, confidence },
      ];
      const owner = f.opt('owner');
      const props = { from: f.time('since'), to: f.time('until') };
      const rels = owner
        ? [rel('USES', ['Person', owner], ['Phone', key], source, { props, confidence })]
        : [];
      return { nodes, rels };
    },
  },
  vehicles: {
    required: ['plate'],
    optional: ['vin', 'make', 'model', 'colour', 'year', 'owner', 'driver', 'confidence'],
    map(f, source) {
      const plate = f.checked('plate', checkPlate, true);
      const key = plate?.value ?? '';
      const confidence = f.confidence();
      const props: Props = {
        plate: plate && shownPlate(plate, f.req('plate')),
        plateKind: plate?.kind,
        vin: f.opt('vin')?.toUpperCase(),
        make: f.opt('make'),
        model: f.opt('model'),
        colour: f.opt('colour'),
        year: f.num('year', { int: true, min: 1880, max: 2100 }),
      };
      const rels: RelRecord[] = [];
      const owner = f.opt('owner');
      const driver = f.opt('driver');
      if (owner) rels.push(rel('OWNS', ['Person', owner], ['Vehicle', key], source, { confidence }));
      if (driver) rels.push(rel('DRIVES', ['Person', driver], ['Vehicle', key], source, { confidence }));
      return { nodes: [{ type: 'Vehicle', key, props, source, confidence }], rels };
    },
  },
  relics: {
    required: ['catalogueNumber'],
    optional: ['description', 'period', 'material', 'estimatedValue', 'currency', 'takenFrom', 'confidence'],
    map(f, source) {
      const key = f.req('catalogueNumber');
      const confidence = f.confidence();
      const props: Props = {
        catalogueNumber: key,
        description: f.opt('description'),
        period: f.opt('period'),
        material: f.opt('material'),
        estimatedValue: f.num('estimatedValue', { min: 0 }),
        currency: f.opt('currency')?.toUpperCase(),
      };
      const site = f.opt('takenFrom');
      const rels = site ? [rel('TAKEN_FROM', ['Relic', key], ['Site', site], source, { confidence })] : [];
      return { nodes: [{ type: 'Relic', key, props, source, confidence }], rels };
    },
  },
  sites: {
    required: ['id', 'name'],
    optional: ['kind', 'place', 'latitude', 'longitude', 'confidence'],
    map(f, source) {
      const props: Props = {
        name: f.req('name'),
        kind: f.oneOf('kind', SITE_KINDS, 'other'),
        place: f.opt('place'),
        lat: f.num('latitude', { min: -90, max: 90 }),
        lon: f.num('longitude', { min: -180, max: 180 }),
      };
      return {
        nodes: [{ type: 'Site', key: f.req('id'), props, source, confidence: f.confidence() }],
        rels: [],
      };
    },
  },
  cases: {
    required: ['id', 'kind'],
    optional: ['title', 'date', 'place', 'status', 'site', 'relics', 'confidence'],
    map(f, source) {
      const key = f.req('id');
      const confidence = f.confidence();
      const props: Props = {
        kind: f.oneOf('kind', CASE_KINDS),
        title: f.opt('title'),
        at: f.time('date'),
        date: f.opt('date'),
        place: f.opt('place'),
        status: f.opt('status'),
      };
      const rels: RelRecord[] = [];
      const site = f.opt('site');
      if (site) rels.push(rel('AT', ['Case', key], ['Site', site], source, { confidence }));
      for (const r of f.list('relics'))
        rels.push(rel('CONCERNS', ['Case', key], ['Relic', r], source, { confidence }));
      return { nodes: [{ type: 'Case', key, props, source, confidence }], rels };
    },
  },
  sales: {
    required: ['id'],
    optional: [
      'date',
      'datePrecision',
      'price',
      'currency',
      'channel',
      'seller',
      'buyer',
      'relic',
      'site',
      'confidence',
    ],
    map(f, source) {
      const key = f.req('id');
      const confidence = f.confidence();
      // A sale may be undated or dated only to a month, year or decade (datePrecision says which;
      // `at` is the start of that period, absent when unknown); its price may be missing.
      const date = f.partialDate('date');
      const declared = f.opt('datePrecision') ? f.oneOf('datePrecision', DATE_PRECISIONS) : undefined;
      const props: Props = {
        at: date?.at,
        date: f.opt('date'),
        datePrecision: declared ?? date?.precision,
        dateApproximate: date?.approximate,
        price: f.num('price', { min: 0 }),
        currency: f.opt('currency')?.toUpperCase(),
        channel: f.oneOf('channel', SALE_CHANNELS, 'other'),
      };
      const rels: RelRecord[] = [];
      const [seller, buyer, relic, site] = ['seller', 'buyer', 'relic', 'site'].map((c) => f.opt(c));
      if (seller) rels.push(rel('SOLD', ['Person', seller], ['Sale', key], source, { confidence }));
      if (buyer) rels.push(rel('BOUGHT', ['Person', buyer], ['Sale', key], source, { confidence }));
      if (relic) rels.push(rel('OF', ['Sale', key], ['Relic', relic], source, { confidence }));
      if (site) rels.push(rel('SOLD_AT', ['Sale', key], ['Site', site], source, { confidence }));
      return { nodes: [{ type: 'Sale', key, props, source, confidence }], rels };
    },
  },
  calls: {
    required: ['from', 'to', 'start'],
    optional: ['id', 'durationSeconds', 'cell', 'confidence'],
    map(f, source) {
      const from = f.key('from', 'Phone') ?? '';
      const to = f.key('to', 'Phone') ?? '';
      const at = f.time('start', true) ?? 0;
      const durationSeconds = f.num('durationSeconds', { int: true, min: 0 });
      const cell = f.opt('cell');
      const key = f.opt('id') ?? derivedCallKey(from, to, at, durationSeconds, cell);
      return callRecords({ key, from, to, at, durationSeconds, cell }, source, f.confidence());
    },
  },
  sightings: {
    required: ['plate', 'camera', 'time'],
    optional: ['id', 'place', 'site', 'latitude', 'longitude', 'confidence'],
    map(f, source) {
      const plate = f.checked('plate', checkPlate, true)?.value ?? '';
      const camera = f.req('camera');
      const at = f.time('time', true) ?? 0;
      const key = f.opt('id') ?? `${plate}@${camera}@${new Date(at).toISOString()}`;
      const confidence = f.confidence();
      const props: Props = {
        at,
        time: f.opt('time'),
        camera,
        plate,
        place: f.opt('place'),
        lat: f.num('latitude', { min: -90, max: 90 }),
        lon: f.num('longitude', { min: -180, max: 180 }),
      };
      const rels = [rel('SIGHTED', ['Sighting', key], ['Vehicle', plate], source, { confidence })];
      const site = f.opt('site');
      if (site) rels.push(rel('NEAR', ['Sighting', key], ['Site', site], source, { confidence }));
      return { nodes: [{ type: 'Sighting', key, props, source, confidence }], rels };
    },
  },
  links: {
    required: ['type', 'from', 'to'],
    optional: ['qualifier', 'since', 'until', 'note', 'weight', 'confidence'],
    map(f, source) {
      const typeText = f
        .req('type')
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
      const ends = ENDS.get(typeText);
      const use = serviceTypeUse(typeText);
      if (typeText && !ends) {
        const types = [...ENDS.keys()];
        f.fail(
          'type',
          use === undefined
            ? why('link.type-invalid', { types, got: typeText })
            : why('link.type-reserved', { types, got: typeText, use }),
        );
      }
      const type = typeText as RelationshipType;
      let qualifier: string | undefined;
      if (type === 'PARTY_TO') qualifier = f.oneOf('qualifier', PARTY_ROLES, 'other');
      else if (type === 'ASSOCIATE_OF') qualifier = f.oneOf('qualifier', ASSOCIATE_KINDS, 'known-associate');
      const from = f.req('from');
      const to = f.req('to');
      const props: Props = {
        from: f.time('since'),
        to: f.time('until'),
        note: f.opt('note'),
        weight: weightOf(f),
      };
      if (!ends) return { nodes: [], rels: [] };
      const r = rel(type, [ends[0], keyOf(ends[0], from)], [ends[1], keyOf(ends[1], to)], source, {
        qualifier,
        props,
        confidence: f.confidence(),
      });
      return { nodes: [], rels: [undirectedTie(r)] };
    },
  },
  edges: {
    required: ['from', 'to'],
    optional: ['fromType', 'toType', 'weight', 'since', 'until', 'directed', 'kind', 'source', 'confidence'],
    map(f, source) {
      const fromType = entityTypeOf(f, 'fromType');
      const toType = entityTypeOf(f, 'toType');
      const fromText = f.req('from');
      const toText = f.req('to');
      const directed = directedOf(f);
      const props: Props = {
        weight: weightOf(f),
        from: f.time('since'),
        to: f.time('until'),
        directed: directed || undefined,
        evidence: f.opt('source'),
      };
      const confidence = f.confidence();
      if (!fromType || !toType) return { nodes: [], rels: [] };
      const a: [EntityType, string] = [fromType, keyOf(fromType, fromText)];
      const b: [EntityType, string] = [toType, keyOf(toType, toText)];
      if (fromText && !a[1])
        f.fail('from', why('edge.identifier-invalid', { type: fromType, got: fromText }));
      if (toText && !b[1]) f.fail('to', why('edge.identifier-invalid', { type: toType, got: toText }));
      if (fromType === 'Person' && toType === 'Person') {
        if (a[1] && a[1] === b[1]) f.fail('to', why('edge.self-tie'));
        const kind = f.oneOf('kind', ASSOCIATE_KINDS, 'known-associate');
        const r = rel('ASSOCIATE_OF', a, b, source, { qualifier: kind, props, confidence });
        return { nodes: [], rels: [undirectedTie(r)] };
      }
      // Between other types: the model's relationship type for those ends, in either direction;
      // `kind` names it when more than one fits (Person–Vehicle: OWNS or DRIVES).
      const fits = EDGE_TYPES.filter(
        ([, x, y]) => (x === fromType && y === toType) || (x === toType && y === fromType),
      );
      const kindText = f
        .opt('kind')
        ?.toUpperCase()
        .replace(/[\s-]+/g, '_');
      const chosen = kindText ? fits.find(([t]) => t === kindText) : fits.length === 1 ? fits[0] : undefined;
      if (!chosen) {
        const kinds = fits.map(([t]) => t);
        f.fail(
          'kind',
          fits.length
            ? kindText
              ? why('edge.kind-invalid', { fromType, toType, kinds, got: f.opt('kind') ?? '' })
              : why('edge.kind-missing', { fromType, toType, kinds })
            : why('edge.no-tie', {
                fromType,
                toType,
                types: EDGE_TYPES.map(([t, x, y]) => `${t} ${x}→${y}`),
              }),
        );
        return { nodes: [], rels: [] };
      }
      const [type, x] = chosen;
      const [start, end] = x === fromType ? [a, b] : [b, a];
      return { nodes: [], rels: [rel(type, start, end, source, { props, confidence })] };
    },
  },
  affiliations: {
    required: ['person', 'group'],
    optional: ['groupName', 'groupKind', 'role', 'since', 'until', 'confidence'],
    map(f, source) {
      const person = f.req('person');
      const group = f.req('group');
      const confidence = f.confidence();
      const props: Props = {
        name: f.opt('groupName') ?? group,
        kind: f.oneOf('groupKind', GROUP_KINDS, 'other'),
      };
      const relProps: Props = { from: f.time('since'), to: f.time('until') };
      return {
        nodes: [{ type: 'Group', key: group, props, source, confidence }],
        rels: [
          rel('MEMBER_OF', ['Person', person], ['Group', group], source, {
            qualifier: f.opt('role'),
            props: relProps,
            confidence,
          }),
        ],
      };
    },
  },
  holdings: {
    required: ['person', 'relic'],
    optional: ['from', 'to', 'precision', 'note', 'confidence'],
    map(f, source) {
      const person = f.req('person');
      const relic = f.req('relic');
      // Who held an object and when, as far as known: from/to may be days, months, years,
      // decades or unknown; `precision` is the coarser of the two unless the record states one.
      const from = f.partialDate('from');
      const to = f.partialDate('to');
      const declared = f.opt('precision') ? f.oneOf('precision', DATE_PRECISIONS) : undefined;
      const props: Props = {
        from: from?.at,
        to: to?.at,
        fromPrecision: from?.precision,
        toPrecision: to?.precision,
        fromText: f.opt('from'),
        toText: f.opt('to'),
        approximate: from?.approximate || to?.approximate || undefined,
        precision: declared ?? coarser(from, to),
        note: f.opt('note'),
      };
      return {
        nodes: [],
        rels: [
          rel('HELD', ['Person', person], ['Relic', relic], source, { props, confidence: f.confidence() }),
        ],
      };
    },
  },
};
