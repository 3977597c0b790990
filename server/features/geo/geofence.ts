// Geofences round heritage sites (docs/alerts.md, "Geofences"): a circle whose radius follows the
// site's protection level, or a polygon given by hand; night in the site's local time.
import { badInput } from '../../errors.ts';

/** The time zone of a site without its own `timeZone` property. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Night, in local hours: from NIGHT_START_HOUR (inclusive) to NIGHT_END_HOUR (exclusive). */
export const NIGHT_START_HOUR = 20;
export const NIGHT_END_HOUR = 6;

/**
 * Radius in metres by protection level (文物保护单位 级别). A site's `protectionLevel` may be written
 * in English or Chinese; anything else, or none, is "unranked".
 */
export const RADIUS_BY_LEVEL = {
  national: 2_000, // 全国重点文物保护单位
  provincial: 1_000, // 省级文物保护单位
  municipal: 500, // 市级、县级文物保护单位
  unranked: 300, // 尚未核定公布为文物保护单位的不可移动文物
} as const;
export type ProtectionLevel = keyof typeof RADIUS_BY_LEVEL;

/** Largest radius a geofence set by hand may have. */
export const MAX_RADIUS_M = 50_000;

export function protectionLevel(raw: unknown): ProtectionLevel {
  if (typeof raw !== 'string') return 'unranked';
  const v = raw.trim().toLowerCase();
  if (/^(national|国家级|全国重点|国保|全国重点文物保护单位)/.test(v) || v.includes('全国'))
    return 'national';
  if (/^(provincial|province|省)/.test(v) || v.includes('省级')) return 'provincial';
  if (/^(municipal|city|county|市|县|区)/.test(v) || /[市县]级/.test(v)) return 'municipal';
  return 'unranked';
}

export function isTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || !tz) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneOf = (raw: unknown): string => (isTimeZone(raw) ? raw : DEFAULT_TIME_ZONE);

/** Whether a local hour is at night (the window may wrap past midnight). */
export function isNight(hour: number, start = NIGHT_START_HOUR, end = NIGHT_END_HOUR): boolean {
  if (start === end) return true;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

export function checkHour(field: string, v: number | null | undefined, dflt: number): number {
  const x = v ?? dflt;
  if (!Number.isInteger(x) || x < 0 || x > 23) {
    throw badInput(`${field}: expected a whole hour from 0 to 23, got ${String(v)}.`);
  }
  return x;
}

const EARTH_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A polygon as [lat, lon, lat, lon, …] (the stored form): ray casting on lon/lat. */
export function insidePolygon(lat: number, lon: number, flat: readonly number[]): boolean {
  let inside = false;
  const n = flat.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = flat[2 * i]!;
    const xi = flat[2 * i + 1]!;
    const yj = flat[2 * j]!;
    const xj = flat[2 * j + 1]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export interface PolygonInput {
  latitude: number;
  longitude: number;
}

/**
 * Checks a polygon (3 to 500 corners, valid coordinates) and returns it flat with its centre (the
 * mean of its corners) and the radius that encloses it (for the point index's first cut).
 */
export function checkPolygon(
  field: string,
  corners: readonly PolygonInput[],
): { flat: number[]; center: { latitude: number; longitude: number }; radiusM: number } {
  if (corners.length < 3 || corners.length > 500) {
    throw badInput(`${field}: expected 3 to 500 corners, got ${corners.length}.`);
  }
  corners.forEach((c, i) => checkLatLon(`${field}[${i}]`, c.latitude, c.longitude));
  const latitude = corners.reduce((s, c) => s + c.latitude, 0) / corners.length;
  const longitude = corners.reduce((s, c) => s + c.longitude, 0) / corners.length;
  const radiusM = Math.ceil(
    Math.max(...corners.map((c) => distanceM(latitude, longitude, c.latitude, c.longitude))) + 1,
  );
  if (radiusM > MAX_RADIUS_M) {
    throw badInput(`${field}: expected a polygon within ${MAX_RADIUS_M} m of its centre, got ${radiusM} m.`);
  }
  return {
    flat: corners.flatMap((c) => [c.latitude, c.longitude]),
    center: { latitude, longitude },
    radiusM,
  };
}

export function checkLatLon(field: string, lat: number, lon: number): void {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw badInput(`${field}.latitude: expected -90 to 90, got ${String(lat)}.`);
  }
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw badInput(`${field}.longitude: expected -180 to 180, got ${String(lon)}.`);
  }
}

/** Whether a point the point index found within the radius is really inside (polygons checked). */
export function insideGeofence(
  g: { kind?: unknown; polygon?: unknown },
  lat: unknown,
  lon: unknown,
  near: boolean,
): boolean {
  if (near) return true;
  if (g.kind !== 'polygon' || !Array.isArray(g.polygon)) return true;
  if (typeof lat !== 'number' || typeof lon !== 'number') return false;
  return insidePolygon(lat, lon, g.polygon as number[]);
}
