// The details panel's reads: one entity, its parties and neighbours of note, the relics a person
// handled, notes, and the evidence between two entities; and captions for what they return or
// for what is on the canvas (with the parties of sales, calls and sightings when known).
import type {
  DetailsEntityFieldsFragment,
  DetailsEntityQuery,
  DetailsEntityQueryVariables,
  DetailsRelatedQuery,
  DetailsRelatedQueryVariables,
  DetailsWhyQuery,
  DetailsWhyQueryVariables,
  NeighbourhoodInput,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import type { Canvas } from '../../canvas.ts';
import { caption, type CaptionInput, type Parties } from '../../graph/captions.ts';
import DOC from './details.graphql?raw';
import { toTime } from './facts.ts';

export { DOC };

export type Ent = DetailsEntityFieldsFragment;
export type WhyItem = DetailsWhyQuery['why']['items'][number];
export type ApiEdge = WhyItem['edges'][number];

/** Typed fields and stored properties as one record (the typed fields win). */
export function propsOf(e: Ent): Record<string, unknown> {
  const out: Record<string, unknown> = { ...((e.properties as Record<string, unknown> | null) ?? {}) };
  for (const [k, v] of Object.entries(e as Record<string, unknown>)) {
    if (
      ['id', 'type', 'label', 'sources', 'properties', '__typename', 'confidence', 'ingestedAt'].includes(k)
    )
      continue;
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

export function entityCaption(e: Ent, parties?: Parties | null): string {
  const p = propsOf(e);
  return caption({
    id: e.id,
    type: e.type,
    label: e.label,
    at: typeof p.at === 'number' ? p.at : null,
    price: typeof p.price === 'number' ? p.price : null,
    currency: typeof p.currency === 'string' ? p.currency : null,
    properties: p,
    parties,
  });
}

// ---- parties ------------------------------------------------------------------------------------

export interface LinkView {
  type: string;
  source: string;
  target: string;
  properties?: Record<string, unknown> | null;
}

/**
 * The parties of an event from the links around it: sellers and buyers of a sale, the people
 * behind the caller's and callee's phones (the one whose use of the phone covers the call's time),
 * the plate of a sighting.
 */
export function partiesOf(
  id: string,
  type: string,
  at: number | undefined,
  links: readonly LinkView[],
  captionOf: (id: string) => string | undefined,
): Parties | null {
  const out = (rel: string) => links.filter((l) => l.type === rel && l.source === id).map((l) => l.target);
  const into = (rel: string) => links.filter((l) => l.type === rel && l.target === id).map((l) => l.source);
  const names = (ids: string[]) => ids.map(captionOf).filter((s): s is string => !!s);
  const userOf = (phone: string): string | undefined => {
    const uses = links.filter((l) => l.type === 'USES' && l.target === phone);
    const covering = uses.filter((l) => {
      if (at === undefined) return true;
      const from = toTime(l.properties?.from);
      const to = toTime(l.properties?.to);
      return (from === undefined || from <= at) && (to === undefined || at <= to);
    });
    const pick = covering.length === 1 ? covering[0] : uses.length === 1 ? uses[0] : undefined;
    return (pick && captionOf(pick.source)) ?? captionOf(phone);
  };
  switch (type) {
    case 'Sale': {
      const sellers = names(into('SOLD'));
      const buyers = names(into('BOUGHT'));
      return sellers.length || buyers.length ? { sellers, buyers } : null;
    }
    case 'Call': {
      const [from] = out('FROM');
      const [to] = out('TO');
      return from || to ? { from: from && userOf(from), to: to && userOf(to) } : null;
    }
    case 'Sighting': {
      const [vehicle] = out('SIGHTED');
      return vehicle ? { vehicle: captionOf(vehicle) } : null;
    }
    default:
      return null;
  }
}

const EVENTS = new Set(['Sale', 'Call', 'Sighting']);

/** A node of the canvas as CaptionInput. */
function canvasInput(canvas: Canvas, id: string): CaptionInput | null {
  const g = canvas.shown.hasNode(id) ? canvas.shown : canvas.graph.hasNode(id) ? canvas.graph : null;
  if (!g) return null;
  const a = g.getNodeAttributes(id);
  const p = a.properties ?? {};
  return {
    id,
    type: a.entityType,
    // The API's own label when the canvas captioned the node (it captions again here, with parties).
    label: typeof a.apiLabel === 'string' ? a.apiLabel : a.label,
    at: a.at ?? null,
    price: typeof p.price === 'number' ? p.price : null,
    currency: typeof p.currency === 'string' ? p.currency : null,
    properties: { ...p, members: a.members ?? p.members },
  };
}

/** The caption of a node on the canvas, with its parties when they are on the canvas too. */
export function canvasCaption(canvas: Canvas | null, id: string): string {
  if (!canvas) return caption({ id, type: id.slice(0, Math.max(0, id.indexOf(':'))) || 'Entity' });
  const input = canvasInput(canvas, id);
  if (!input) return caption({ id, type: id.slice(0, Math.max(0, id.indexOf(':'))) || 'Entity' });
  if (EVENTS.has(input.type)) {
    const g = canvas.graph.hasNode(id) ? canvas.graph : canvas.shown;
    const links: LinkView[] = [];
    const ring = new Set<string>([id]);
    if (g.hasNode(id)) g.forEachNeighbor(id, (n) => ring.add(n));
    for (const n of ring)
      if (g.hasNode(n))
        g.forEachEdge(n, (_e, a, s, t) =>
          links.push({ type: a.relType, source: s, target: t, properties: a.properties }),
        );
    const plain = (n: string) => {
      const x = canvasInput(canvas, n);
      return x ? caption(x) : undefined;
    };
    input.parties = partiesOf(id, input.type, input.at ?? undefined, links, plain);
  }
  return caption(input);
}

// ---- reads ----------------------------------------------------------------------------------------

const entityCache = new Map<string, Promise<Ent>>();

export function fetchEntity(id: string, fresh = false): Promise<Ent> {
  let p = fresh ? undefined : entityCache.get(id);
  if (!p) {
    p = api
      .request<DetailsEntityQuery, DetailsEntityQueryVariables>(DOC, { id }, 'DetailsEntity')
      .then((d) => d.entity as Ent);
    p.catch(() => entityCache.delete(id));
    entityCache.set(id, p);
  }
  return p;
}

/** Which neighbours a type's details name, and how to ask for them. */
function relatedInput(id: string, type: string): NeighbourhoodInput | null {
  switch (type) {
    case 'Person':
      return { ids: [id], hops: 1, relTypes: ['PARTY_TO', 'USES', 'OWNS', 'DRIVES'], cap: 80 };
    case 'Call':
      return {
        ids: [id],
        hops: 2,
        relTypes: ['FROM', 'TO', 'USES'],
        nodeTypes: ['Phone', 'Person'],
        cap: 20,
      };
    case 'Sale':
      return { ids: [id], hops: 1, relTypes: ['SOLD', 'BOUGHT', 'OF', 'SOLD_AT'], cap: 40 };
    case 'Sighting':
      return { ids: [id], hops: 1, relTypes: ['SIGHTED', 'NEAR'], cap: 20 };
    case 'Case':
      return { ids: [id], hops: 1, relTypes: ['PARTY_TO', 'CONCERNS', 'AT', 'INVOLVED_IN'], cap: 80 };
    case 'Relic':
      return { ids: [id], hops: 1, relTypes: ['TAKEN_FROM', 'CONCERNS', 'OF'], cap: 80 };
    case 'Phone':
      return { ids: [id], hops: 1, relTypes: ['USES'], cap: 40 };
    case 'Vehicle':
      return { ids: [id], hops: 1, relTypes: ['OWNS', 'DRIVES', 'INVOLVED_IN'], cap: 40 };
    case 'Site':
      return { ids: [id], hops: 1, relTypes: ['TAKEN_FROM', 'AT'], cap: 80 };
    default:
      return null;
  }
}

export type Related = DetailsRelatedQuery['neighbourhood'];

const relatedCache = new Map<string, Promise<Related | null>>();

export function fetchRelated(id: string, type: string): Promise<Related | null> {
  let p = relatedCache.get(id);
  if (!p) {
    const input = relatedInput(id, type);
    p = input
      ? api
          .request<DetailsRelatedQuery, DetailsRelatedQueryVariables>(DOC, { input }, 'DetailsRelated')
          .then((d) => d.neighbourhood)
      : Promise.resolve(null);
    p.catch(() => relatedCache.delete(id));
    relatedCache.set(id, p);
  }
  return p;
}

/** A neighbour of note and how it relates: "seller", "caller", "case (suspect)"... */
export interface RelatedEntry {
  role: string;
  /** A qualifier from the link ("suspect" for a party to a case, "known-associate"). */
  qualifier?: string;
  /** The link field the qualifier is ("role", "kind"). */
  qualifierField?: string;
  entity: Ent;
}

/** [entity type, link type, direction from the entity] → role key (details:role.*). */
const ROLES: Array<[string, string, 'out' | 'in', string]> = [
  ['Sale', 'SOLD', 'in', 'seller'],
  ['Sale', 'BOUGHT', 'in', 'buyer'],
  ['Sale', 'OF', 'out', 'relic'],
  ['Sale', 'SOLD_AT', 'out', 'soldAt'],
  ['Call', 'FROM', 'out', 'caller'],
  ['Call', 'TO', 'out', 'callee'],
  ['Phone', 'USES', 'in', 'user'],
  ['Vehicle', 'OWNS', 'in', 'owner'],
  ['Vehicle', 'DRIVES', 'in', 'driver'],
  ['Vehicle', 'INVOLVED_IN', 'out', 'case'],
  ['Sighting', 'SIGHTED', 'out', 'vehicle'],
  ['Sighting', 'NEAR', 'out', 'near'],
  ['Case', 'PARTY_TO', 'in', 'party'],
  ['Case', 'CONCERNS', 'out', 'relic'],
  ['Case', 'AT', 'out', 'site'],
  ['Case', 'INVOLVED_IN', 'in', 'vehicle'],
  ['Relic', 'TAKEN_FROM', 'out', 'takenFrom'],
  ['Relic', 'CONCERNS', 'in', 'case'],
  ['Relic', 'OF', 'in', 'sale'],
  ['Site', 'TAKEN_FROM', 'in', 'relicTaken'],
  ['Site', 'AT', 'in', 'case'],
  ['Person', 'PARTY_TO', 'out', 'case'],
  ['Person', 'USES', 'out', 'phone'],
  ['Person', 'OWNS', 'out', 'ownedVehicle'],
  ['Person', 'DRIVES', 'out', 'drivenVehicle'],
];

export function relatedEntries(id: string, type: string, related: Related | null): RelatedEntry[] {
  if (!related) return [];
  const byId = new Map(related.nodes.map((n) => [n.id, n.entity as Ent]));
  const out: RelatedEntry[] = [];
  const seen = new Set<string>();
  for (const e of related.edges) {
    const dir = e.source === id ? 'out' : e.target === id ? 'in' : null;
    if (!dir) continue;
    const other = dir === 'out' ? e.target : e.source;
    const role = ROLES.find(([t, r, d]) => t === type && r === e.type && d === dir)?.[3];
    const ent = byId.get(other);
    if (!role || !ent) continue;
    const p = (e.properties as Record<string, unknown> | null) ?? {};
    const qualifierField =
      typeof p.role === 'string' ? 'role' : typeof p.kind === 'string' ? 'kind' : undefined;
    const qualifier = qualifierField ? (p[qualifierField] as string) : undefined;
    const k = `${role}|${other}|${qualifier ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ role, qualifier, qualifierField, entity: ent });
  }
  const order = (r: string) => {
    const i = ROLES.findIndex(([t, , , x]) => t === type && x === r);
    return i < 0 ? 99 : i;
  };
  return out.sort((a, b) => order(a.role) - order(b.role));
}

/** The parties of the entity from its related neighbours (for its caption). */
export function relatedParties(e: Ent, related: Related | null): Parties | null {
  if (!related || !EVENTS.has(e.type)) return null;
  const byId = new Map(related.nodes.map((n) => [n.id, n.entity as Ent]));
  const p = propsOf(e);
  return partiesOf(
    e.id,
    e.type,
    typeof p.at === 'number' ? p.at : undefined,
    related.edges.map((x) => ({ ...x, properties: x.properties as Record<string, unknown> | null })),
    (id) => {
      const n = byId.get(id);
      return n ? entityCaption(n) : undefined;
    },
  );
}

// ---- evidence -----------------------------------------------------------------------------------

export interface WhyPage {
  items: WhyItem[];
  nextCursor: string | null;
}

export async function fetchWhy(a: string, b: string, after?: string | null, first = 50): Promise<WhyPage> {
  const d = await api.request<DetailsWhyQuery, DetailsWhyQueryVariables>(
    DOC,
    { a, b, first, after: after ?? null },
    'DetailsWhy',
  );
  return d.why;
}

/** A real entity of the service (not a gang or a group the canvas made). */
export const isEntityId = (id: string) => !/^(Community|Group|Combo|Cluster):/.test(id);
