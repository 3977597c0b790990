// The map view: a peer of the graph view over the same canvas and store. It draws what the graph
// draws now that has a place (features/map/data.ts), styled as the graph styles it (type or gang
// colours), follows the filters and the time bar (playback included: every change of the canvas
// redraws it), and shares the selection both ways: a click on the map selects on the canvas,
// whose selection the store passes back. Loaded only when the map is first shown.
import i18next from 'i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { expand } from '../../app/actions.ts';
import { useWorkspace } from '../../app/store.ts';
import type { Canvas } from '../../canvas.ts';
import { TYPE_COLORS, type EntityType } from '../../config.ts';
import { typeName } from '../../graph/captions.ts';
import { formatNumber } from '../../i18n/format.ts';
import { installMapHook } from '../../test-hook.ts';
import { agencyBasemap, hasAgencyMap, mapConfig, type MapConfig, type Province } from './basemap.ts';
import { placeGraph, type MapData, type PlacedEntity } from './data.ts';
import { LAYERS, MapEngine, type BasemapKind } from './engine.ts';
import './map.css';

const BASEMAP_KEY = 'crimegraph.map.basemap';

/** A province's name in the reader's language (the data has the Chinese one). */
function provinceName(p: Province): string {
  return i18next.t(`map:province.${p.code}`, { defaultValue: p.name });
}

export default function MapView(): ReactNode {
  const canvas = useWorkspace((s) => s.canvas);
  const [config, setConfig] = useState<MapConfig | null>(null);
  useEffect(() => {
    let live = true;
    void mapConfig().then((c) => live && setConfig(c));
    return () => {
      live = false;
    };
  }, []);
  if (!canvas || !config) return <div className="map-view" id="map-view" aria-busy="true" />;
  return <MapPane canvas={canvas} config={config} />;
}

function MapPane({ canvas, config }: { canvas: Canvas; config: MapConfig }): ReactNode {
  const { t } = useTranslation('map');
  const ref = useRef<HTMLDivElement>(null);
  const engine = useRef<MapEngine | null>(null);
  const [data, setData] = useState<MapData | null>(null);
  const [hover, setHover] = useState<{ p: PlacedEntity; x: number; y: number } | null>(null);
  const [layers, setLayers] = useState({ links: true, tracks: true });
  const agency = hasAgencyMap(config);
  const [basemap, setBasemap] = useState<BasemapKind>(() =>
    agency && localStorage.getItem(BASEMAP_KEY) !== 'offline' ? 'agency' : 'offline',
  );
  const version = useWorkspace((s) => s.graphVersion);
  const selected = useWorkspace((s) => s.selectedNodes);
  const colorBy = canvas.style.colorBy;

  // The engine, once.
  useEffect(() => {
    const e = new MapEngine(ref.current!, {
      agency: agencyBasemap(config),
      agencyDatum: config.datum,
      basemap,
      provinceName,
      events: {
        select: (ids, additive) => {
          if (!additive) canvas.select(ids);
          else {
            const sel = new Set(canvas.selected);
            for (const id of ids) {
              if (sel.has(id)) sel.delete(id);
              else sel.add(id);
            }
            canvas.select([...sel]);
          }
        },
        selectEdge: (id) => canvas.selectEdge(id),
        expand: (id) => void expand([id]),
        hover: (p, at) => setHover(p && at ? { p, ...at } : null),
        basemapFailed: () => {
          setBasemap('offline');
          useWorkspace.getState().notify('error', i18next.t('map:basemapFailed'));
        },
      },
    });
    engine.current = e;
    const relabel = () => e.relabel();
    i18next.on('languageChanged', relabel);
    const resize = new ResizeObserver(() => e.map.resize());
    resize.observe(ref.current!);
    const unhook = installMapHook({
      map: e.map,
      get datum() {
        return e.datum;
      },
      get basemap() {
        return e.basemap;
      },
      project: (lon: number, lat: number) => e.project(lon, lat),
      /** The entities drawn unclustered within 4 px of this point of the map's container. */
      pointsAt: (x: number, y: number) =>
        e.map
          .queryRenderedFeatures(
            [
              [x - 4, y - 4],
              [x + 4, y + 4],
            ],
            { layers: [LAYERS.points] },
          )
          .map((f) => String(f.properties.id)),
      /** The entities drawn with the selection's ring within 4 px of this point. */
      selectedAt: (x: number, y: number) =>
        e.map
          .queryRenderedFeatures(
            [
              [x - 4, y - 4],
              [x + 4, y + 4],
            ],
            { layers: [LAYERS.selected] },
          )
          .map((f) => String(f.properties.id)),
      /** Clusters drawn now and how many entities they hold. */
      clusters: () =>
        e.map
          .queryRenderedFeatures({ layers: [LAYERS.clusters] })
          .map((f) => ({ id: Number(f.properties.cluster_id), count: Number(f.properties.point_count) })),
      data: () => e.shown,
      jumpTo: (lon: number, lat: number, zoom: number) => e.map.jumpTo({ center: [lon, lat], zoom }),
      fit: () => e.fit(undefined, false),
      /** Resolves once MapLibre has drawn everything it was asked to. */
      idle: () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              if (e.map.loaded() && !e.map.isMoving()) resolve();
              else e.map.once('idle', () => resolve());
            }),
          );
        }),
    });
    return () => {
      unhook();
      resize.disconnect();
      i18next.off('languageChanged', relabel);
      engine.current = null;
      e.destroy();
    };
    // The engine lives as long as the view; its basemap changes through setBasemap below.
  }, [canvas, config]);

  useEffect(() => {
    engine.current?.setBasemap(basemap);
    if (agency) localStorage.setItem(BASEMAP_KEY, basemap);
  }, [basemap, agency]);

  // The graph (its content, filters, time window, style) → the map. A first placed set is framed.
  const hadPoints = useRef(false);
  useEffect(() => {
    const e = engine.current;
    if (!e || version < 0) return;
    const d = placeGraph(canvas.shown, canvas.view.nodeFilter, canvas.view.edgeFilter);
    e.setData(d, useWorkspace.getState().selectedNodes);
    setData(d);
    if (d.points.length && !hadPoints.current) e.fit(undefined, false);
    hadPoints.current = d.points.length > 0;
  }, [canvas, version]);

  // The canvas's selection → the map.
  useEffect(() => engine.current?.setSelection(selected), [selected]);

  useEffect(() => {
    engine.current?.setLayerShown('links', layers.links);
    engine.current?.setLayerShown('tracks', layers.tracks);
  }, [layers]);

  const types = data ? [...new Set(data.points.map((p) => p.type))].sort() : [];
  const placed = data?.points.length ?? 0;
  return (
    <section className="map-view" id="map-view" aria-label={t('label')}>
      <div className="map-stage" ref={ref} id="map-stage" />
      <div className="map-tools" role="toolbar" aria-label={t('tools')}>
        <button
          type="button"
          className="tool"
          id="map-fit"
          title={t('fitTitle')}
          disabled={placed === 0}
          onClick={() => engine.current?.fit()}
        >
          {t('fit')}
        </button>
        <button
          type="button"
          className="tool"
          id="map-links"
          aria-pressed={layers.links}
          title={t('linksTitle')}
          onClick={() => setLayers((l) => ({ ...l, links: !l.links }))}
        >
          {t('links')}
        </button>
        <button
          type="button"
          className="tool"
          id="map-tracks"
          aria-pressed={layers.tracks}
          title={t('tracksTitle')}
          onClick={() => setLayers((l) => ({ ...l, tracks: !l.tracks }))}
        >
          {t('tracks')}
        </button>
        <label className="map-basemap">
          <span>{t('basemap')}</span>
          <select
            id="map-basemap"
            value={basemap}
            disabled={!agency}
            title={agency ? undefined : t('basemapOfflineOnly')}
            onChange={(e) => setBasemap(e.target.value as BasemapKind)}
          >
            <option value="offline">{t('basemapOffline')}</option>
            {agency && <option value="agency">{t('basemapAgency')}</option>}
          </select>
        </label>
      </div>
      {data && (
        <p className="map-status" id="map-status" aria-live="polite">
          {t('status', { count: placed, n: formatNumber(placed), shown: formatNumber(data.shown) })}
          {data.unplaced > 0 && (
            <span className="muted">
              {' '}
              · {t('unplaced', { count: data.unplaced, n: formatNumber(data.unplaced) })}
            </span>
          )}
        </p>
      )}
      {types.length > 0 && (
        <ul className="map-legend" id="map-legend" aria-label={t('legend')}>
          {colorBy === 'community' ? (
            <li>{t('byGang')}</li>
          ) : (
            types.map((type) => (
              <li key={type}>
                <span
                  className="swatch"
                  style={{ background: TYPE_COLORS[type as EntityType] ?? '#999' }}
                  aria-hidden="true"
                />
                {typeName(type)}
              </li>
            ))
          )}
          {layers.tracks && (data?.tracks.length ?? 0) > 0 && (
            <li>
              <span className="swatch track" aria-hidden="true" />
              {t('track')}
            </li>
          )}
        </ul>
      )}
      {data && placed === 0 && (
        <div className="map-empty" id="map-empty">
          <p>{data.shown ? t('noPlaces') : t('empty')}</p>
        </div>
      )}
      {hover && (
        <div className="map-hover" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          <strong>{hover.p.label}</strong>
          <span className="muted">
            {typeName(hover.p.type)}
            {hover.p.derived ? ` · ${t('atSite')}` : ''}
          </span>
        </div>
      )}
    </section>
  );
}
