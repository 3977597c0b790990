// The map engine (MapLibre GL): a basemap, the placed entities (clustered when dense), the links
// between them and vehicles' tracks, the selection. Framework-free: the map view wires it to the
// canvas and the store, the benchmark page drives it alone. Text is drawn as HTML (cluster counts,
// province names, the hover card), so the offline basemap needs no glyph server.
import type * as GJ from 'geojson';
import {
  Map as MapLibre,
  Marker,
  setWorkerUrl,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { formatNumber } from '../../i18n/format.ts';
import { offlineBasemap, type Province } from './basemap.ts';
import { boundsOf, toDatum, type Datum, type MapData, type PlacedEntity } from './data.ts';

setWorkerUrl(new URL(workerUrl, window.location.href).href);

export type BasemapKind = 'offline' | 'agency';

export interface EngineEvents {
  /** A click on entities (several when they sit on one spot), or on nothing (empty list). */
  select(ids: string[], additive: boolean): void;
  selectEdge(id: string): void;
  expand(id: string): void;
  hover(p: PlacedEntity | null, at: { x: number; y: number } | null): void;
  /** The agency basemap could not be loaded; the offline one is shown instead. */
  basemapFailed(): void;
}

const SOURCES = { points: 'cg-points', links: 'cg-links', tracks: 'cg-tracks' } as const;
export const LAYERS = {
  links: 'cg-link',
  tracks: 'cg-track',
  clusters: 'cg-cluster',
  points: 'cg-point',
  selected: 'cg-selected',
} as const;

/** Beyond this zoom nothing is clustered (a village's cameras apart). */
const CLUSTER_MAX_ZOOM = 10;
const RADIUS: Record<string, number> = { Site: 7, Case: 6, Sale: 5.5, Sighting: 4.5 };

const empty = (): GJ.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export class MapEngine {
  readonly map: MapLibre;
  private data: MapData = { points: [], links: [], tracks: [], shown: 0, unplaced: 0 };
  private selected = new Set<string>();
  private byId = new Map<string, PlacedEntity>();
  private kind: BasemapKind;
  private clusterLabels = new Map<number, Marker>();
  private provinceLabels: Array<{ p: Province; marker: Marker; el: HTMLElement }> = [];
  private frame = 0;
  private layers = { links: true, tracks: true };
  private ready = false;

  constructor(
    container: HTMLElement,
    private readonly opts: {
      agency: StyleSpecification | string | null;
      agencyDatum: Datum;
      basemap: BasemapKind;
      provinceName: (p: Province) => string;
      events: Partial<EngineEvents>;
    },
  ) {
    this.kind = opts.basemap === 'agency' && opts.agency ? 'agency' : 'offline';
    this.map = new MapLibre({
      container,
      style: this.styleFor(this.kind),
      center: [104.5, 35.5],
      zoom: 3.2,
      minZoom: 1.5,
      maxZoom: 18,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      attributionControl: { compact: true },
      // The tests read the drawn pixels; the cost is small next to the WebGL draw itself.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.on('style.load', () => this.install());
    this.map.on('error', (e) => {
      if (this.kind === 'agency' && !this.ready) {
        console.warn('map: agency basemap failed', e.error);
        this.setBasemap('offline');
        this.opts.events.basemapFailed?.();
      }
    });
    this.map.on('render', () => this.schedule());
    this.bind();
  }

  /** What is drawn now. */
  get shown(): MapData {
    return this.data;
  }

  get basemap(): BasemapKind {
    return this.kind;
  }

  /** The datum the shown basemap is drawn in: coordinates are converted to it. */
  get datum(): Datum {
    return this.kind === 'agency' ? this.opts.agencyDatum : 'wgs84';
  }

  private styleFor(kind: BasemapKind): StyleSpecification | string {
    return kind === 'agency' && this.opts.agency ? this.opts.agency : offlineBasemap().style;
  }

  setBasemap(kind: BasemapKind): void {
    const next = kind === 'agency' && this.opts.agency ? 'agency' : 'offline';
    if (next === this.kind && this.ready) return;
    this.kind = next;
    this.ready = false;
    this.map.setStyle(this.styleFor(next), { diff: false });
  }

  /** Adds the entity layers on top of whatever basemap style has loaded. */
  private install(): void {
    const m = this.map;
    for (const id of [SOURCES.links, SOURCES.tracks])
      if (!m.getSource(id)) m.addSource(id, { type: 'geojson', data: empty() });
    if (!m.getSource(SOURCES.points))
      m.addSource(SOURCES.points, {
        type: 'geojson',
        data: empty(),
        cluster: true,
        clusterRadius: 38,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: { sel: ['max', ['get', 'sel']] },
      });
    m.addLayer({
      id: LAYERS.links,
      type: 'line',
      source: SOURCES.links,
      layout: { 'line-cap': 'round', visibility: this.layers.links ? 'visible' : 'none' },
      paint: {
        'line-color': ['case', ['==', ['get', 'sel'], 1], '#e08a00', '#5f6f80'],
        'line-width': ['case', ['==', ['get', 'sel'], 1], 2.4, 1.2],
        'line-opacity': 0.6,
      },
    });
    m.addLayer({
      id: LAYERS.tracks,
      type: 'line',
      source: SOURCES.tracks,
      layout: {
        'line-cap': 'round',
        'line-join': 'round',
        visibility: this.layers.tracks ? 'visible' : 'none',
      },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': 2.4,
        'line-opacity': 0.85,
        'line-dasharray': [2, 1.5],
      },
    });
    m.addLayer({
      id: LAYERS.clusters,
      type: 'circle',
      source: SOURCES.points,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#3b4a5a',
        'circle-opacity': 0.88,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'point_count']], 1, 11, 10, 22, 40, 34],
        'circle-stroke-color': ['case', ['==', ['get', 'sel'], 1], '#f5a623', '#ffffff'],
        'circle-stroke-width': ['case', ['==', ['get', 'sel'], 1], 3, 1.5],
      },
    });
    m.addLayer({
      id: LAYERS.selected,
      type: 'circle',
      source: SOURCES.points,
      filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'sel'], 1]],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['+', ['get', 'r'], 5],
        'circle-stroke-color': '#f5a623',
        'circle-stroke-width': 3,
      },
    });
    m.addLayer({
      id: LAYERS.points,
      type: 'circle',
      source: SOURCES.points,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['get', 'r'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['==', ['get', 'derived'], 1], 2.5, 1.5],
      },
    });
    this.ready = true;
    this.placeProvinceLabels();
    this.push();
  }

  private bind(): void {
    const m = this.map;
    const hitsAt = (x: number, y: number) =>
      m.queryRenderedFeatures(
        [
          [x - 4, y - 4],
          [x + 4, y + 4],
        ],
        { layers: [LAYERS.points, LAYERS.clusters, LAYERS.links].filter((l) => m.getLayer(l)) },
      );
    m.on('click', (e) => {
      if (!this.ready) return;
      const additive = e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey;
      const hits = hitsAt(e.point.x, e.point.y);
      const points = hits.filter((f) => f.layer.id === LAYERS.points);
      if (points.length) {
        // The nearest one; several only when they sit on the same spot (a case at its site).
        const ids = [...new Set(points.map((f) => String(f.properties.id)))];
        const first = this.byId.get(ids[0]!);
        const same = ids.filter((id) => {
          const p = this.byId.get(id);
          return p && first && p.lon === first.lon && p.lat === first.lat;
        });
        this.opts.events.select?.(same.length ? same : ids.slice(0, 1), additive);
        return;
      }
      const cluster = hits.find((f) => f.layer.id === LAYERS.clusters);
      if (cluster) {
        const src = m.getSource<GeoJSONSource>(SOURCES.points)!;
        const geom = cluster.geometry as GJ.Point;
        void src
          .getClusterExpansionZoom(Number(cluster.properties.cluster_id))
          .then((zoom) =>
            m.easeTo({ center: geom.coordinates as [number, number], zoom: Math.min(zoom + 0.2, 18) }),
          );
        return;
      }
      const link = hits.find((f) => f.layer.id === LAYERS.links);
      if (link) {
        this.opts.events.selectEdge?.(String(link.properties.id));
        return;
      }
      if (!additive) this.opts.events.select?.([], false);
    });
    m.on('dblclick', (e) => {
      const point = hitsAt(e.point.x, e.point.y).find((f) => f.layer.id === LAYERS.points);
      if (!point) return;
      e.preventDefault();
      this.opts.events.expand?.(String(point.properties.id));
    });
    m.on('mousemove', (e) => {
      if (!this.ready) return;
      const point = hitsAt(e.point.x, e.point.y).find((f) => f.layer.id === LAYERS.points);
      const p = point ? this.byId.get(String(point.properties.id)) : undefined;
      m.getCanvas().style.cursor = p ? 'pointer' : '';
      this.opts.events.hover?.(p ?? null, p ? { x: e.point.x, y: e.point.y } : null);
    });
    m.on('mouseout', () => this.opts.events.hover?.(null, null));
  }

  /** What to draw; the camera stays where it is. */
  setData(data: MapData, selected: Iterable<string>): void {
    this.data = data;
    this.byId = new Map(data.points.map((p) => [p.id, p]));
    this.selected = new Set(selected);
    this.push();
  }

  setSelection(selected: Iterable<string>): void {
    this.selected = new Set(selected);
    this.push();
  }

  setLayerShown(layer: 'links' | 'tracks', shown: boolean): void {
    this.layers[layer] = shown;
    if (this.map.getLayer(LAYERS[layer]))
      this.map.setLayoutProperty(LAYERS[layer], 'visibility', shown ? 'visible' : 'none');
  }

  private push(): void {
    if (!this.ready) return;
    const d = this.datum;
    const at = (p: PlacedEntity) => toDatum(p.lon, p.lat, d);
    const sel = this.selected;
    const points: GJ.Feature[] = this.data.points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at(p) },
      properties: {
        id: p.id,
        type: p.type,
        color: p.color,
        r: RADIUS[p.type] ?? 5,
        derived: p.derived ? 1 : 0,
        sel: sel.has(p.id) ? 1 : 0,
      },
    }));
    const links: GJ.Feature[] = [];
    for (const l of this.data.links) {
      const s = this.byId.get(l.source);
      const t = this.byId.get(l.target);
      if (!s || !t) continue;
      links.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [at(s), at(t)] },
        properties: { id: l.id, type: l.type, sel: sel.has(l.source) || sel.has(l.target) ? 1 : 0 },
      });
    }
    const tracks: GJ.Feature[] = this.data.tracks.map((t) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: t.sightings.map((id) => at(this.byId.get(id)!)) },
      properties: { vehicle: t.vehicle, color: t.color },
    }));
    const m = this.map;
    m.getSource<GeoJSONSource>(SOURCES.points)?.setData({ type: 'FeatureCollection', features: points });
    m.getSource<GeoJSONSource>(SOURCES.links)?.setData({ type: 'FeatureCollection', features: links });
    m.getSource<GeoJSONSource>(SOURCES.tracks)?.setData({ type: 'FeatureCollection', features: tracks });
  }

  /** Frames every placed entity (or these). */
  fit(ids?: readonly string[], animate = true): void {
    const pts = ids
      ? ids.map((id) => this.byId.get(id)).filter((p): p is PlacedEntity => !!p)
      : this.data.points;
    const b = boundsOf(pts, this.datum);
    if (!b) return;
    const pad = Math.min(60, Math.max(16, Math.min(this.map.getContainer().clientWidth, 600) / 10));
    this.map.fitBounds(
      [
        [b[0], b[1]],
        [b[2], b[3]],
      ],
      { padding: pad, maxZoom: 11, duration: animate ? 400 : 0 },
    );
  }

  /** Where an entity at these WGS-84 coordinates is drawn, in pixels of the map's container. */
  project(lon: number, lat: number): { x: number; y: number } {
    const p = this.map.project(toDatum(lon, lat, this.datum));
    return { x: p.x, y: p.y };
  }

  relabel(): void {
    for (const l of this.provinceLabels) l.el.textContent = this.opts.provinceName(l.p);
    this.schedule();
  }

  // ---- HTML text: cluster counts, province names ---------------------------------------------

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateClusterLabels();
      this.declutterProvinces();
    });
  }

  private updateClusterLabels(): void {
    const m = this.map;
    if (!this.ready || !m.getSource(SOURCES.points)) return;
    const seen = new Set<number>();
    for (const f of m.querySourceFeatures(SOURCES.points, { filter: ['has', 'point_count'] })) {
      const id = Number(f.properties.cluster_id);
      if (seen.has(id)) continue;
      seen.add(id);
      const coords = (f.geometry as GJ.Point).coordinates as [number, number];
      let marker = this.clusterLabels.get(id);
      if (!marker) {
        const el = document.createElement('span');
        el.className = 'cg-cluster-count';
        marker = new Marker({ element: el }).setLngLat(coords).addTo(m);
        this.clusterLabels.set(id, marker);
      } else marker.setLngLat(coords);
      const count = Number(f.properties.point_count);
      marker.getElement().textContent = formatNumber(count);
    }
    for (const [id, marker] of this.clusterLabels)
      if (!seen.has(id)) {
        marker.remove();
        this.clusterLabels.delete(id);
      }
  }

  private placeProvinceLabels(): void {
    for (const l of this.provinceLabels) l.marker.remove();
    this.provinceLabels = [];
    if (this.kind !== 'offline') return;
    // The municipalities and the special administrative regions last: where names clash at a
    // low zoom, the province around them keeps its name.
    const small = new Set(['110000', '120000', '310000', '500000', '810000', '820000']);
    const provinces = [...offlineBasemap().provinces].sort(
      (a, b) => Number(small.has(a.code)) - Number(small.has(b.code)),
    );
    for (const p of provinces) {
      const el = document.createElement('span');
      el.className = 'cg-province';
      el.textContent = this.opts.provinceName(p);
      const marker = new Marker({ element: el }).setLngLat(p.centre).addTo(this.map);
      this.provinceLabels.push({ p, marker, el });
    }
  }

  /** Province names that would overlap an earlier one (or a cluster count) are hidden. */
  private declutterProvinces(): void {
    const boxes: Array<[number, number, number, number]> = [];
    for (const m of this.clusterLabels.values()) {
      const r = m.getElement().getBoundingClientRect();
      boxes.push([r.left, r.top, r.right, r.bottom]);
    }
    for (const l of this.provinceLabels) {
      l.el.style.visibility = 'hidden';
      const r = l.el.getBoundingClientRect();
      const box: [number, number, number, number] = [r.left - 4, r.top - 2, r.right + 4, r.bottom + 2];
      const clash = boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]);
      if (!clash) {
        boxes.push(box);
        l.el.style.visibility = '';
      }
    }
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.map.remove();
  }
}
