// Heritage sites (numbered by province) and the fixed trade sites: auction houses, antiques
// markets, border crossings. A site's facts derive from its serial, so any gang can refer to one.
import type { SiteKind } from '../server/features/model/model.ts';
import type { Emitter } from './emit.ts';
import type { Plan } from './plan.ts';
import { rngOf } from './random.ts';
import {
  AUCTION_HOUSES,
  BORDER_CROSSINGS,
  DYNASTIES,
  MARKETS,
  PROVINCES,
  SITE_FORMS,
  type HeritageKind,
} from './vocab.ts';

export interface SiteInfo {
  key: string;
  name: string;
  kind: HeritageKind;
  province: number;
  town: string;
  place: string;
  lat: number;
  lon: number;
  caseKind: string;
}

const KINDS = Object.entries(SITE_FORMS).map(([k, v]) => [k as HeritageKind, v.weight] as const);

export function siteInfo(plan: Plan, serial: number): SiteInfo {
  let province = 0;
  for (let p = 0; p < plan.siteStartByProvince.length; p++) {
    if (serial >= plan.siteStartByProvince[p]!) province = p;
  }
  const prov = PROVINCES[province]![0];
  const r = rngOf(`${plan.seed}/site/${serial}`);
  const kind = r.weighted(KINDS);
  const town = r.pick(prov.towns);
  const form = SITE_FORMS[kind];
  const name = r
    .pick(form.names)
    .replace('{t}', town)
    .replace('{d}', `${town} ${r.pick(DYNASTIES)}`);
  return {
    key: `S${plan.seed}-${String(serial).padStart(6, '0')}`,
    name,
    kind,
    province,
    town,
    place: `${town}, ${prov.name}`,
    lat: round5(prov.lat + (r.next() - 0.5) * 3),
    lon: round5(prov.lon + (r.next() - 0.5) * 3),
    caseKind: form.caseKind,
  };
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export interface TradeSite {
  key: string;
  name: string;
  kind: SiteKind;
  place: string;
  lat: number;
  lon: number;
}

// Real places for trade sites are shared by every seed (the same auction house is the same node).
export const AUCTION_SITES: readonly TradeSite[] = AUCTION_HOUSES.map((a) => ({
  ...a,
  key: `auction-house:${slug(a.name)}`,
  kind: 'auction-house',
}));
export const MARKET_SITES: readonly TradeSite[] = MARKETS.map((a) => ({
  ...a,
  key: `market:${slug(a.name)}`,
  kind: 'market',
}));
export const BORDER_SITES: readonly TradeSite[] = BORDER_CROSSINGS.map((a) => ({
  ...a,
  key: `border-crossing:${slug(a.name)}`,
  kind: 'border-crossing',
}));

export function emitSites(plan: Plan, out: Emitter): void {
  for (const s of [...AUCTION_SITES, ...MARKET_SITES, ...BORDER_SITES]) {
    out.node('Site', s.key, { name: s.name, kind: s.kind, place: s.place, lat: s.lat, lon: s.lon });
  }
  const total = plan.sitesByProvince.reduce((a, b) => a + b, 0);
  for (let k = 0; k < total; k++) {
    const s = siteInfo(plan, k);
    out.node('Site', s.key, { name: s.name, kind: s.kind, place: s.place, lat: s.lat, lon: s.lon });
  }
}
