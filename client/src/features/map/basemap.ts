// Basemaps. The offline default: China's outline and its provinces (Apache ECharts 4.9.0's map
// data, Apache-2.0, bundled into this chunk: no request leaves the page), drawn in WGS-84. An
// agency's own basemap (a police GIS's MapLibre style, or raster tiles) comes from the server's
// /config.json with the datum it is drawn in, so that coordinates are converted for it.
import type * as GJ from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import chinaText from 'echarts/map/json/china.json?raw';
import contourText from 'echarts/map/json/china-contour.json?raw';
import type { Datum } from './data.ts';

export interface MapConfig {
  /** A MapLibre style document's URL. */
  styleUrl: string | null;
  /** Or raster tiles: a URL template with {z}/{x}/{y}. */
  tilesUrl: string | null;
  /** The datum the agency's basemap is drawn in. */
  datum: Datum;
  attribution: string | null;
}

export const NO_AGENCY_MAP: MapConfig = { styleUrl: null, tilesUrl: null, datum: 'wgs84', attribution: null };

let config: Promise<MapConfig> | null = null;

/** The server's map settings (GET /config.json); the offline basemap alone when there are none. */
export function mapConfig(): Promise<MapConfig> {
  config ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<{ map?: Partial<MapConfig> }>) : {}))
    .then((body: { map?: Partial<MapConfig> }) => {
      const m = body.map ?? {};
      const datum: Datum = m.datum === 'gcj02' || m.datum === 'bd09' ? m.datum : 'wgs84';
      return {
        styleUrl: typeof m.styleUrl === 'string' && m.styleUrl ? m.styleUrl : null,
        tilesUrl: typeof m.tilesUrl === 'string' && m.tilesUrl ? m.tilesUrl : null,
        datum,
        attribution: typeof m.attribution === 'string' && m.attribution ? m.attribution : null,
      };
    })
    .catch(() => NO_AGENCY_MAP);
  return config;
}

export const hasAgencyMap = (c: MapConfig) => !!(c.styleUrl || c.tilesUrl);

// ---- the offline basemap ---------------------------------------------------------------------

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: Array<[number, number]> | Array<Array<[number, number]>>;
}
interface EncodedCollection {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: Array<{
    properties: { id?: string; name: string; cp?: [number, number] };
    geometry: EncodedGeometry;
  }>;
}

/** ECharts' compact ring encoding: zigzag-encoded deltas in character pairs, quantised. */
function decodeRing(s: string, offset: [number, number], scale: number): Array<[number, number]> {
  const ring: Array<[number, number]> = [];
  let [px, py] = offset;
  for (let i = 0; i < s.length; i += 2) {
    let x = s.charCodeAt(i) - 64;
    let y = s.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x;
    py += y;
    ring.push([px / scale, py / scale]);
  }
  if (ring.length > 2) {
    const [a, b] = [ring[0]!, ring[ring.length - 1]!];
    if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
  }
  return ring;
}

export interface Province {
  /** Administrative division code, e.g. "110000". */
  code: string;
  name: string;
  /** Where its name goes. */
  centre: [number, number];
}

function decode(text: string): { geojson: GJ.FeatureCollection; provinces: Province[] } {
  const src = JSON.parse(text) as EncodedCollection;
  const scale = src.UTF8Scale ?? 1024;
  const provinces: Province[] = [];
  const features: GJ.Feature[] = src.features.map((f) => {
    const g = f.geometry;
    const geometry: GJ.Geometry =
      g.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: (g.coordinates as string[]).map((r, i) =>
              decodeRing(r, (g.encodeOffsets as Array<[number, number]>)[i]!, scale),
            ),
          }
        : {
            type: 'MultiPolygon',
            coordinates: (g.coordinates as string[][]).map((poly, i) =>
              poly.map((r, j) =>
                decodeRing(r, (g.encodeOffsets as Array<Array<[number, number]>>)[i]![j]!, scale),
              ),
            ),
          };
    if (f.properties.id && f.properties.cp)
      provinces.push({ code: f.properties.id, name: f.properties.name, centre: f.properties.cp });
    return { type: 'Feature', properties: { code: f.properties.id ?? '' }, geometry };
  });
  return { geojson: { type: 'FeatureCollection', features }, provinces };
}

let offline: { style: StyleSpecification; provinces: Province[] } | null = null;

/** The offline basemap's style: sea, provinces and the country outline; no glyphs, no tiles. */
export function offlineBasemap(): { style: StyleSpecification; provinces: Province[] } {
  if (offline) return offline;
  const china = decode(chinaText);
  const contour = decode(contourText);
  offline = {
    provinces: china.provinces,
    style: {
      version: 8,
      name: 'crimegraph-offline',
      sources: {
        'cg-provinces': { type: 'geojson', data: china.geojson },
        'cg-country': { type: 'geojson', data: contour.geojson },
      },
      layers: [
        { id: 'cg-sea', type: 'background', paint: { 'background-color': '#dfe8ef' } },
        { id: 'cg-land', type: 'fill', source: 'cg-country', paint: { 'fill-color': '#f7f5f0' } },
        {
          id: 'cg-province-fill',
          type: 'fill',
          source: 'cg-provinces',
          paint: { 'fill-color': '#f7f5f0', 'fill-outline-color': '#cfc8ba' },
        },
        {
          id: 'cg-province-line',
          type: 'line',
          source: 'cg-provinces',
          paint: {
            'line-color': '#bdb4a3',
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4],
          },
        },
        {
          id: 'cg-country-line',
          type: 'line',
          source: 'cg-country',
          paint: {
            'line-color': '#8f8574',
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 8, 2.4],
          },
        },
      ],
    },
  };
  return offline;
}

/** The agency's basemap as a style: its own style URL, or a raster layer of its tiles. */
export function agencyBasemap(c: MapConfig): StyleSpecification | string | null {
  if (c.styleUrl) return c.styleUrl;
  if (!c.tilesUrl) return null;
  return {
    version: 8,
    sources: {
      'cg-agency': {
        type: 'raster',
        tiles: [c.tilesUrl],
        tileSize: 256,
        ...(c.attribution ? { attribution: c.attribution } : {}),
      },
    },
    layers: [{ id: 'cg-agency', type: 'raster', source: 'cg-agency' }],
  };
}
