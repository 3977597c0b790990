// The map benchmark page (bench/suites/client.ts, map.first-frame-ms): ?entities=N placed entities
// (sites, the sightings near them, cases at them, a track per vehicle) on a workspace graph, then
// the map view's path to its first complete frame: what the map draws is read from the graph
// (data.ts), the engine starts with the offline basemap, is given the data and frames it, and
// MapLibre reports idle (basemap, clusters and links drawn).
import { TYPE_COLORS } from '../../config.ts';
import { createWorkGraph } from '../../graph/merge.ts';
import { mulberry32 } from '../../graph/rng.ts';
import { placeGraph } from './data.ts';
import { MapEngine } from './engine.ts';

interface MapBenchState {
  entities: number;
  placed?: number;
  links?: number;
  tracks?: number;
  placeMs?: number;
  firstFrameMs?: number;
  error?: string;
}

const params = new URLSearchParams(location.search);
const total = Number(params.get('entities') ?? 20_000);
const state: MapBenchState = { entities: total };
(window as unknown as { __mapBench: MapBenchState }).__mapBench = state;

function network() {
  const g = createWorkGraph();
  const rnd = mulberry32(19);
  const sites = Math.round(total * 0.1);
  const cases = Math.round(total * 0.1);
  const sightings = total - sites - cases;
  const base = { x: 0, y: 0, confidence: 1 };
  const siteAt: Array<[number, number]> = [];
  for (let i = 0; i < sites; i++) {
    // Within China's extent, denser in the east as the seed's provinces are.
    const lon = 98 + Math.pow(rnd(), 0.7) * 24;
    const lat = 22 + rnd() * 19;
    siteAt.push([lon, lat]);
    g.addNode(`Site:${i}`, {
      ...base,
      label: String(i),
      entityType: 'Site',
      color: TYPE_COLORS.Site,
      properties: { lat, lon },
    });
  }
  for (let i = 0; i < cases; i++) {
    const s = Math.floor(rnd() * sites);
    g.addNode(`Case:${i}`, {
      ...base,
      label: String(i),
      entityType: 'Case',
      color: TYPE_COLORS.Case,
      at: 1.6e12 + rnd() * 1e11,
      properties: {},
    });
    g.addDirectedEdge(`Case:${i}`, `Site:${s}`, { relType: 'AT', confidence: 1, weight: 1, properties: {} });
  }
  const vehicles = Math.max(1, Math.round(sightings / 8));
  for (let v = 0; v < vehicles; v++)
    g.addNode(`Vehicle:${v}`, {
      ...base,
      label: String(v),
      entityType: 'Vehicle',
      color: TYPE_COLORS.Vehicle,
      properties: {},
    });
  for (let i = 0; i < sightings; i++) {
    const s = Math.floor(rnd() * sites);
    const [lon, lat] = siteAt[s]!;
    const id = `Sighting:${i}`;
    g.addNode(id, {
      ...base,
      label: String(i),
      entityType: 'Sighting',
      color: TYPE_COLORS.Sighting,
      at: 1.6e12 + rnd() * 1e11,
      properties: { lat: lat + (rnd() - 0.5) * 0.02, lon: lon + (rnd() - 0.5) * 0.02 },
    });
    g.addDirectedEdge(id, `Site:${s}`, { relType: 'NEAR', confidence: 1, weight: 1, properties: {} });
    g.addDirectedEdge(id, `Vehicle:${i % vehicles}`, {
      relType: 'SIGHTED',
      confidence: 1,
      weight: 1,
      properties: {},
    });
  }
  return g;
}

function run(): void {
  const graph = network();
  const t0 = performance.now();
  const data = placeGraph(graph, null, null);
  state.placeMs = performance.now() - t0;
  state.placed = data.points.length;
  state.links = data.links.length;
  state.tracks = data.tracks.length;
  const engine = new MapEngine(document.getElementById('map')!, {
    agency: null,
    agencyDatum: 'wgs84',
    basemap: 'offline',
    provinceName: (p) => p.name,
    events: {},
  });
  engine.setData(data, []);
  engine.fit(undefined, false);
  engine.map.once('idle', () => {
    state.firstFrameMs = performance.now() - t0;
  });
  engine.map.on('error', (e) => (state.error = String(e.error?.message ?? e.error)));
}

try {
  run();
} catch (err) {
  state.error = String((err as Error).stack ?? err);
}
