// What the map draws, read from the canvas's graph: each entity that has a place (its own
// coordinates, or the site a case or sale is at), the links between placed entities, and each
// vehicle's track (its sightings in time order). Only what the graph view draws now: hidden
// entities and those the filters or the time bar leave out are left out here too, so both views
// always show the same things. Pure, framework-free (the engine, the view and the bench use it).
import gcoordModule from 'gcoord';
import type { WorkGraph } from '../../graph/merge.ts';

// gcoord ships ESM with a default export only, typed as CommonJS: TypeScript sees the module
// object, Vite gives the export itself. Either way, the same functions.
type Gcoord = (typeof gcoordModule)['default'];
const gcoord: Gcoord =
  (gcoordModule as unknown as { default?: Gcoord }).default ?? (gcoordModule as unknown as Gcoord);

/** The datum a basemap is drawn in. The API's coordinates are WGS-84 (GPS). */
export type Datum = 'wgs84' | 'gcj02' | 'bd09';

export interface PlacedEntity {
  id: string;
  type: string;
  label: string;
  color: string;
  /** WGS-84, as the records have it. */
  lon: number;
  lat: number;
  /** Placed at the site it is at (a case, a sale) rather than by coordinates of its own. */
  derived: boolean;
  at?: number;
}

export interface PlacedLink {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface VehicleTrack {
  vehicle: string;
  color: string;
  /** The sightings, in time order. */
  sightings: string[];
}

export interface MapData {
  points: PlacedEntity[];
  links: PlacedLink[];
  tracks: VehicleTrack[];
  /** Entities drawn on the graph now (after filters). */
  shown: number;
  /** Of those, how many have no place. */
  unplaced: number;
}

/** Links that say where something is: a case AT a site, a sale SOLD_AT one, a sighting NEAR one. */
const PLACING_LINKS = new Set(['AT', 'SOLD_AT', 'NEAR']);

const num = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

/** An entity's own coordinates (lat/lon, latitude/longitude or lat/lng properties), WGS-84. */
export function coordinatesOf(props: Record<string, unknown> | undefined): [number, number] | null {
  if (!props) return null;
  const lat = num(props.lat ?? props.latitude);
  const lon = num(props.lon ?? props.lng ?? props.longitude);
  if (lat === null || lon === null) return null;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || (lat === 0 && lon === 0)) return null;
  return [lon, lat];
}

/** WGS-84 → the basemap's datum (gcoord; outside China GCJ-02 equals WGS-84). */
export function toDatum(lon: number, lat: number, datum: Datum): [number, number] {
  if (datum === 'wgs84') return [lon, lat];
  const to = datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, to) as [number, number];
  return [x, y];
}

/**
 * The placed part of the graph. `nodeShown`/`edgeShown` are the graph view's own tests (hidden,
 * filters, time window); null means everything is shown.
 */
export function placeGraph(
  graph: WorkGraph,
  nodeShown: ((n: string) => boolean) | null,
  edgeShown: ((e: string) => boolean) | null,
): MapData {
  const shown = (n: string) => !graph.getNodeAttribute(n, 'hidden') && (!nodeShown || nodeShown(n));
  const placed = new Map<string, PlacedEntity>();
  const later: string[] = [];
  let count = 0;
  graph.forEachNode((n, a) => {
    if (!shown(n)) return;
    count++;
    const c = coordinatesOf(a.properties);
    if (!c) {
      later.push(n);
      return;
    }
    placed.set(n, {
      id: n,
      type: a.entityType,
      label: a.label,
      color: a.color ?? '#999999',
      lon: c[0],
      lat: c[1],
      derived: false,
      at: a.at,
    });
  });
  // A case or a sale without coordinates of its own is where its site is.
  for (const n of later) {
    let site: PlacedEntity | undefined;
    graph.forEachOutEdge(n, (_e, ea, _s, t) => {
      if (!site && PLACING_LINKS.has(ea.relType)) {
        const p = placed.get(t);
        if (p && !p.derived) site = p;
      }
    });
    if (!site) continue;
    const a = graph.getNodeAttributes(n);
    placed.set(n, {
      id: n,
      type: a.entityType,
      label: a.label,
      color: a.color ?? '#999999',
      lon: site.lon,
      lat: site.lat,
      derived: true,
      at: a.at,
    });
  }
  const links: PlacedLink[] = [];
  const sighted = new Map<string, string[]>();
  graph.forEachEdge((e, a, s, t) => {
    if (edgeShown && !edgeShown(e)) return;
    const ps = placed.get(s);
    const pt = placed.get(t);
    if (a.relType === 'SIGHTED' && ps?.type === 'Sighting' && shown(t)) {
      const list = sighted.get(t) ?? [];
      list.push(s);
      sighted.set(t, list);
    }
    if (!ps || !pt || (ps.lon === pt.lon && ps.lat === pt.lat)) return;
    links.push({ id: e, type: a.relType, source: s, target: t });
  });
  const tracks: VehicleTrack[] = [];
  for (const [vehicle, list] of sighted) {
    if (list.length < 2) continue;
    list.sort((x, y) => (placed.get(x)!.at ?? 0) - (placed.get(y)!.at ?? 0));
    tracks.push({ vehicle, color: graph.getNodeAttribute(vehicle, 'color') ?? '#009E73', sightings: list });
  }
  return { points: [...placed.values()], links, tracks, shown: count, unplaced: count - placed.size };
}

/** The bounding box of the points, [west, south, east, north] in the given datum. */
export function boundsOf(
  points: readonly PlacedEntity[],
  datum: Datum,
): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    const [x, y] = toDatum(p.lon, p.lat, datum);
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}
