// Geofences and the queries over them (docs/alerts.md): stored as (:Geofence {siteUid}) with a
// point `center` (point index), `radiusM`, `kind` circle|polygon, `polygon` [lat, lon, …] when
// given, `level` (protection level), `timeZone`, `manual`. Sightings and sites carry `geoPoint`.
import type { Db } from '../../db/db.ts';
import { badInput, notFound } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { checkId, checkInt } from '../entities/validate.ts';
import {
  checkHour,
  checkPolygon,
  DEFAULT_TIME_ZONE,
  insideGeofence,
  isNight,
  isTimeZone,
  MAX_RADIUS_M,
  NIGHT_END_HOUR,
  NIGHT_START_HOUR,
  protectionLevel,
  RADIUS_BY_LEVEL,
  timeZoneOf,
  type PolygonInput,
} from './geofence.ts';

export interface GeofenceView {
  siteId: string;
  siteName: string | null;
  kind: 'circle' | 'polygon';
  latitude: number;
  longitude: number;
  radiusMeters: number;
  polygon: PolygonInput[] | null;
  protectionLevel: string;
  timeZone: string;
  manual: boolean;
}

export interface GeoSightingView {
  sightingId: string;
  vehicleId: string | null;
  plate: string | null;
  siteId: string;
  at: number;
  localTime: string;
  sources: string[];
  ownerIds: string[];
  phoneIds: string[];
}

interface Point {
  x?: number;
  y?: number;
  latitude?: number;
  longitude?: number;
}

function toView(g: Record<string, unknown> | undefined, siteName: unknown): GeofenceView | null {
  if (!g || typeof g.siteUid !== 'string') return null;
  const c = (g.center ?? {}) as Point;
  const flat = Array.isArray(g.polygon) ? (g.polygon as number[]) : null;
  const polygon = flat
    ? Array.from({ length: flat.length / 2 }, (_, i) => ({
        latitude: flat[2 * i]!,
        longitude: flat[2 * i + 1]!,
      }))
    : null;
  return {
    siteId: g.siteUid,
    siteName: typeof siteName === 'string' ? siteName : null,
    kind: g.kind === 'polygon' ? 'polygon' : 'circle',
    latitude: Number(c.latitude ?? c.y),
    longitude: Number(c.longitude ?? c.x),
    radiusMeters: Number(g.radiusM),
    polygon,
    protectionLevel: protectionLevel(g.level),
    timeZone: timeZoneOf(g.timeZone),
    manual: g.manual === true,
  };
}

const checkWindowMs = (from?: number | null, to?: number | null) => {
  for (const [k, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v !== null && v !== undefined && !Number.isFinite(v))
      throw badInput(`${k}: expected epoch milliseconds.`);
  }
  return { from: from ?? null, to: to ?? null };
};

export class GeoService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** The largest radius any geofence has: the point index's bound (at least the auto maximum). */
  async maxRadius(): Promise<number> {
    const [row] = await this.db.read('queries/geo/max-radius');
    return Math.max(RADIUS_BY_LEVEL.national, Number(row?.maxRadiusM ?? 0));
  }

  /**
   * After an ingest batch: geoPoint on its sightings and sites, and the automatic geofence of each
   * of its sites with coordinates. Only the batch's records are touched.
   */
  async upkeep(sightingUids: readonly string[], siteUids: readonly string[]): Promise<void> {
    const uids = [...sightingUids, ...siteUids];
    if (uids.length) await this.db.write('queries/geo/set-points', { uids });
    if (!siteUids.length) return;
    const rows = await this.db.read('queries/geo/get-sites-for-geofences', { uids: siteUids });
    await this.writeAuto(rows);
  }

  private async writeAuto(rows: Array<Record<string, unknown>>): Promise<void> {
    if (!rows.length) return;
    await this.db.write('queries/geo/upsert-site-geofences', {
      rows: rows.map((r) => {
        const level = protectionLevel(r.level);
        return { siteUid: r.uid, level, radiusM: RADIUS_BY_LEVEL[level], timeZone: timeZoneOf(r.timeZone) };
      }),
      now: this.now(),
    });
  }

  /** Builds (or updates) the automatic geofence of every site with coordinates. Returns the count. */
  async refreshAll(): Promise<number> {
    let n = 0;
    for (let skip = 0; ; skip += 1_000) {
      const rows = await this.db.read('queries/geo/list-sites-for-geofences', { skip, limit: 1_000 });
      await this.writeAuto(rows);
      n += rows.length;
      if (rows.length < 1_000) return n;
    }
  }

  async set(
    siteId: string,
    input: {
      radiusMeters?: number | null;
      polygon?: readonly PolygonInput[] | null;
      timeZone?: string | null;
    },
  ): Promise<GeofenceView> {
    const siteUid = checkId('siteId', siteId);
    if (!siteUid.startsWith('Site:'))
      throw badInput(`siteId: expected a site's id ("Site:<key>"), got ${JSON.stringify(siteId)}.`);
    if (input.timeZone != null && !isTimeZone(input.timeZone)) {
      throw badInput(
        `input.timeZone: expected an IANA time zone such as ${DEFAULT_TIME_ZONE}, got ${JSON.stringify(input.timeZone)}.`,
      );
    }
    let params: Record<string, unknown>;
    if (input.polygon != null) {
      if (input.radiusMeters != null) throw badInput('input: give either radiusMeters or polygon, not both.');
      const p = checkPolygon('input.polygon', input.polygon);
      params = { kind: 'polygon', center: p.center, radiusM: p.radiusM, polygon: p.flat };
    } else {
      const r = input.radiusMeters;
      if (r == null || !Number.isFinite(r) || r < 10 || r > MAX_RADIUS_M) {
        throw badInput(`input.radiusMeters: expected 10 to ${MAX_RADIUS_M} metres, got ${String(r)}.`);
      }
      params = { kind: 'circle', center: null, radiusM: r, polygon: null };
    }
    const [row] = await this.db.write('queries/geo/set-geofence', {
      siteUid,
      ...params,
      timeZone: input.timeZone ?? null,
      now: this.now(),
    });
    const view = toView(row?.g as Record<string, unknown> | undefined, row?.siteName);
    if (!view) throw notFound(`siteId: no site with coordinates has the id ${JSON.stringify(siteId)}.`);
    return view;
  }

  async clear(siteId: string): Promise<boolean> {
    const [row] = await this.db.write('queries/geo/clear-geofence', { siteUid: checkId('siteId', siteId) });
    const removed = Number(row?.removed ?? 0) > 0;
    if (removed) {
      const rows = await this.db.read('queries/geo/get-sites-for-geofences', { uids: [siteId] });
      await this.writeAuto(rows);
    }
    return removed;
  }

  async list(siteId: string | null | undefined, first?: number | null, after?: string | null) {
    const { skip, limit } = pageArgs(first, after);
    const rows = await this.db.read('queries/geo/list-geofences', {
      siteUid: siteId ? checkId('siteId', siteId) : null,
      skip,
      limit: limit + 1,
    });
    const views = rows
      .map((r) => toView(r.g as Record<string, unknown>, r.siteName))
      .filter((v) => v !== null);
    return toPage(views, skip, limit);
  }

  /** Sightings inside geofences at night in the geofence's local time (wrapping past midnight). */
  async nightSightings(args: {
    siteId?: string | null;
    from?: number | null;
    to?: number | null;
    nightStartHour?: number | null;
    nightEndHour?: number | null;
    first?: number | null;
  }): Promise<GeoSightingView[]> {
    const start = checkHour('nightStartHour', args.nightStartHour, NIGHT_START_HOUR);
    const end = checkHour('nightEndHour', args.nightEndHour, NIGHT_END_HOUR);
    const first = checkInt('first', args.first, 1, 500, 100);
    const rows = await this.db.read('queries/geo/sightings-in-geofences', {
      siteUid: args.siteId ? checkId('siteId', args.siteId) : null,
      ...checkWindowMs(args.from, args.to),
      maxRadiusM: await this.maxRadius(),
      defaultTimeZone: DEFAULT_TIME_ZONE,
      // Night hours are kept below; read enough rows for a page of them.
      limit: first * 20,
    });
    const out: GeoSightingView[] = [];
    for (const r of rows) {
      if (out.length >= first) break;
      if (typeof r.localHour !== 'number' || !isNight(r.localHour, start, end)) continue;
      if (!insideGeofence(r, r.lat, r.lon, r.near === true)) continue;
      out.push({
        sightingId: String(r.sighting),
        vehicleId: (r.vehicle as string | null) ?? null,
        plate: (r.plate as string | null) ?? null,
        siteId: String(r.site),
        at: Number(r.at),
        localTime: String(r.localTime),
        sources: (r.sources as string[] | null) ?? [],
        ownerIds: (r.owners as string[] | null) ?? [],
        phoneIds: (r.phones as string[] | null) ?? [],
      });
    }
    return out;
  }

  /** Vehicles sighted inside the geofences of at least `minSites` sites. */
  async sameVehicleAtSites(args: {
    minSites?: number | null;
    from?: number | null;
    to?: number | null;
    first?: number | null;
  }) {
    const minSites = checkInt('minSites', args.minSites, 2, 100, 2);
    const first = checkInt('first', args.first, 1, 500, 100);
    const rows = await this.db.read('queries/geo/same-vehicle-sites', {
      ...checkWindowMs(args.from, args.to),
      minSites,
      maxRadiusM: await this.maxRadius(),
      limit: first,
    });
    const out = [];
    for (const r of rows) {
      const seen = (r.sites as Array<Record<string, unknown>>).filter((s) =>
        insideGeofence(s, s.lat, s.lon, s.near === true),
      );
      const siteIds = [...new Set(seen.map((s) => String(s.site)))].sort();
      if (siteIds.length < minSites) continue;
      out.push({
        vehicleId: String(r.vehicle),
        plate: (r.plate as string | null) ?? null,
        siteIds,
        sightingIds: [...new Set(seen.map((s) => String(s.sighting)))],
      });
    }
    return out;
  }

  /** Vehicles sighted in a case's site's geofence in the `days` before the case. */
  async vehiclesBeforeCases(args: { caseId?: string | null; days?: number | null; first?: number | null }) {
    const days = checkInt('days', args.days, 1, 366, 30);
    const first = checkInt('first', args.first, 1, 500, 100);
    const rows = await this.db.read('queries/geo/vehicles-before-cases', {
      caseUid: args.caseId ? checkId('caseId', args.caseId) : null,
      windowMs: days * 86_400_000,
      maxRadiusM: await this.maxRadius(),
      limit: first,
    });
    return rows
      .filter((r) => insideGeofence(r, r.lat, r.lon, r.near === true))
      .map((r) => ({
        caseId: String(r.case),
        caseAt: Number(r.caseAt),
        siteId: String(r.site),
        sightingId: String(r.sighting),
        at: Number(r.at),
        vehicleId: String(r.vehicle),
        plate: (r.plate as string | null) ?? null,
        sources: (r.sources as string[] | null) ?? [],
      }));
  }
}
