// Database rows → API shapes. One place decides an entity's type, display label and id, and an
// edge's weight, time span and evidence, so every query draws the same way.
import { ENTITY_TYPES } from '../model/model.ts';
import { regionPath } from '../model/regions.ts';
import type { Plain } from '../../db/values.ts';
import type {
  EdgeView,
  EntityView,
  GraphNodeView,
  PlainNode,
  PlainRel,
  Props,
  RegionView,
  SubgraphView,
} from './types.ts';

const MODEL_TYPES = new Set<string>(ENTITY_TYPES);
/** Properties kept out of `properties`: internal to search. */
const HIDDEN = new Set(['searchText']);
/** Relationship types stored with an arbitrary direction. */
const SYMMETRIC = new Set(['ASSOCIATE_OF', 'KNOWS', 'KNOWS_LW', 'KNOWS_SN', 'KNOWS_PHONE', 'FAMILY_REL']);

const str = (v: Plain | undefined): string | null =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.join(', ') : String(v);
const num = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);
const strList = (v: Plain | undefined): string[] =>
  Array.isArray(v) ? v.map(String) : v === null || v === undefined ? [] : [String(v)];

/** A GB/T 2260 code as the API's Region, or null when the property is absent or not a known code. */
function regionOf(v: Plain | undefined): RegionView | null {
  const path = typeof v === 'string' ? regionPath(v) : undefined;
  if (!path) return null;
  return {
    code: path.code,
    fullName: path.fullName,
    province: path.province.name,
    prefecture: path.prefecture?.name ?? null,
    county: path.county?.name ?? null,
  };
}

export function isPlainNode(v: unknown): v is PlainNode {
  return !!v && typeof v === 'object' && 'labels' in v && 'properties' in v && 'id' in v;
}

export function isPlainRel(v: unknown): v is PlainRel {
  return !!v && typeof v === 'object' && 'type' in v && 'start' in v && 'end' in v;
}

function typeOf(labels: string[]): { type: string; typename: string } {
  const model = labels.find((l) => MODEL_TYPES.has(l));
  if (model) return { type: model, typename: model };
  return { type: labels.find((l) => l !== 'Entity') ?? 'Record', typename: 'OtherEntity' };
}

/**
 * The properties a drawing of a subgraph reads: the id, the display label's sources (see
 * displayLabel), and an edge's weight and time span (see toEdge). Keep in step with both.
 */
export const DRAW_KEYS = [
  'uid',
  'name',
  'surname',
  'title',
  'number',
  'plate',
  'catalogueNumber',
  'address',
  'code',
  'key',
  'confidence',
  'at',
  'count',
  'weight',
  'firstAt',
  'lastAt',
  'from',
  'to',
] as const;

/** A short display name from whatever naming properties the record has. */
export function displayLabel(type: string, p: Props): string {
  const first = str(p.name);
  const surname = str(p.surname);
  const candidates = [
    first && surname && !first.includes(surname) ? `${first} ${surname}` : first,
    str(p.title),
    str(p.number),
    str(p.plate),
    str(p.catalogueNumber),
    str(p.address),
    str(p.code),
    str(p.key),
  ];
  const found = candidates.find((c) => c && c.trim().length > 0);
  return found ?? type;
}

export function toEntity(node: PlainNode): EntityView {
  const p = node.properties;
  const { type, typename } = typeOf(node.labels);
  const properties: Props = {};
  for (const [k, v] of Object.entries(p)) if (!HIDDEN.has(k)) properties[k] = v;
  return {
    __typename: typename,
    id: str(p.uid) ?? node.id,
    eid: node.id,
    type,
    labels: node.labels,
    label: displayLabel(type, p),
    sources: strList(p.sources),
    confidence: num(p.confidence),
    ingestedAt: num(p.ingestedAt),
    mergedInto: str(p.mergedInto),
    properties,
    // typed fields of the concrete GraphQL types
    name: str(p.name),
    aliases: strList(p.aliases),
    documentIds: strList(p.documentIds),
    idNumber: str(p.idNumber),
    idRegion: regionOf(p.idRegion),
    birthDate: str(p.birthDate),
    sex: str(p.sex),
    nationality: str(p.nationality),
    region: regionOf(p.regionCode),
    number: str(p.number),
    imei: str(p.imei),
    plate: str(p.plate),
    vin: str(p.vin),
    make: str(p.make),
    model: str(p.model),
    catalogueNumber: str(p.catalogueNumber),
    description: str(p.description),
    period: str(p.period),
    material: str(p.material),
    kind: str(p.kind),
    place: str(p.place),
    title: str(p.title),
    at: num(p.at),
    price: num(p.price),
    currency: str(p.currency),
    channel: str(p.channel),
    durationSeconds: num(p.durationSeconds),
  };
}

/** An edge; `idOf` maps endpoint element ids to API ids. */
export function toEdge(rel: PlainRel, idOf: (eid: string) => string): EdgeView {
  const p = rel.properties;
  const at = num(p.at);
  return {
    id: rel.id,
    type: rel.type,
    source: idOf(rel.start),
    target: idOf(rel.end),
    directed: !SYMMETRIC.has(rel.type),
    weight: num(p.count) ?? num(p.weight) ?? 1,
    firstAt: num(p.firstAt) ?? num(p.from) ?? at,
    lastAt: num(p.lastAt) ?? num(p.to) ?? at,
    evidence: { sources: strList(p.sources), confidence: num(p.confidence), ingestedAt: num(p.ingestedAt) },
    properties: p,
  };
}

/**
 * A node of a subgraph: what a drawing needs (id, type, label, hop), and the full entity view,
 * built only when something reads it. A class, so that every node has the same shape (an object
 * literal with a getter would not) and reads of its fields stay fast.
 */
class NodeView implements GraphNodeView {
  readonly id: string;
  readonly label: string;
  private view: EntityView | undefined;

  constructor(
    private readonly node: PlainNode,
    readonly type: string,
    public hop: number | null,
  ) {
    this.id = str(node.properties.uid) ?? node.id;
    this.label = displayLabel(type, node.properties);
  }

  get entity(): EntityView {
    return (this.view ??= toEntity(this.node));
  }
}

/** Collects nodes and relationships into a drawable subgraph (deduplicated). */
export class SubgraphBuilder {
  private readonly nodes = new Map<string, GraphNodeView>();
  private readonly rels = new Map<string, PlainRel>();
  private readonly eidToId = new Map<string, string>();

  addNode(node: PlainNode, hop: number | null = null): EntityView {
    this.add(node, hop);
    return this.nodes.get(node.id)!.entity;
  }

  /** Like addNode, without building the entity view until something reads it. */
  add(node: PlainNode, hop: number | null = null): void {
    const existing = this.nodes.get(node.id);
    if (existing) {
      if (hop !== null && (existing.hop === null || hop < existing.hop)) existing.hop = hop;
      return;
    }
    const { type } = typeOf(node.labels);
    const view = new NodeView(node, type, hop);
    this.eidToId.set(node.id, view.id);
    this.nodes.set(node.id, view);
  }

  addRel(rel: PlainRel): void {
    this.rels.set(rel.id, rel);
  }

  hasNode(eid: string): boolean {
    return this.nodes.has(eid);
  }

  idOf(eid: string): string {
    return this.eidToId.get(eid) ?? eid;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** Edges whose two ends are both in the subgraph. */
  build(opts: {
    cap: number;
    truncated?: boolean;
    totalNodes?: number | null;
    note?: string | null;
  }): SubgraphView {
    const edges: EdgeView[] = [];
    for (const rel of this.rels.values()) {
      if (this.nodes.has(rel.start) && this.nodes.has(rel.end)) edges.push(toEdge(rel, (e) => this.idOf(e)));
    }
    return {
      nodes: [...this.nodes.values()],
      edges,
      truncated: opts.truncated ?? false,
      cap: opts.cap,
      totalNodes: opts.totalNodes === undefined ? this.nodes.size : opts.totalNodes,
      note: opts.note ?? null,
    };
  }
}
