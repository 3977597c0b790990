// Heritage sites (numbered by province) and the fixed trade sites: auction houses, antiques
// markets, border crossings. A site's facts derive from its serial, so any gang can refer to one.
// Heritage sites have fictional names in Chinese (a village of a real county and what is there:
// 乾县石家沟唐墓群) and stand within a few kilometres of that county's seat.
import type { SiteKind } from '../server/features/model/model.ts';
import { nearTown, placeOf, type Emitter } from './emit.ts';
import type { Plan } from './plan.ts';
import { rngOf } from './random.ts';
import {
  AUCTION_HOUSES,
  BORDER_CROSSINGS,
  MARKETS,
  MUSEUM_THEMES,
  SITE_FORMS,
  SURNAMES,
  TEMPLE_NAMES,
  VILLAGE_HEADS,
  VILLAGE_TAILS,
  era,
  type HeritageKind,
  type SiteForm,
  type TradePlace,
  type Town,
} from './vocab.ts';

export interface SiteInfo {
  key: string;
  name: string;
  kind: HeritageKind;
  province: number;
  town: Town;
  village: string;
  /** The period the site is from ('' for a museum). */
  period: string;
  description: string;
  /** 陕西省咸阳市乾县石家沟. */
  place: string;
  /** GB/T 2260 code of its county. */
  regionCode: string;
  lat: number;
  lon: number;
  form: SiteForm;
}

const KINDS = Object.entries(SITE_FORMS).map(([k, v]) => [k as HeritageKind, v.weight] as const);

export function siteInfo(plan: Plan, serial: number): SiteInfo {
  let province = 0;
  for (let p = 0; p < plan.siteStartByProvince.length; p++) {
    if (serial >= plan.siteStartByProvince[p]!) province = p;
  }
  const r = rngOf(`${plan.seed}/site/${serial}`);
  const kind = r.weighted(KINDS);
  const form = SITE_FORMS[kind];
  const { town, lat, lon } = nearTown(r, province, 6);
  const village = r.pick(VILLAGE_HEADS) + r.pick(VILLAGE_TAILS);
  const period = form.periods.length > 0 ? r.pick(form.periods) : '';
  const name = r
    .pick(form.names)
    .replace('{v}', town.name + village)
    .replace('{c}', town.name)
    .replace('{d}', era(period))
    .replace('{s}', r.pick(SURNAMES)[0])
    .replace('{x}', r.pick(TEMPLE_NAMES))
    .replace('{t}', r.pick(MUSEUM_THEMES));
  return {
    key: `S${plan.seed}-${String(serial).padStart(6, '0')}`,
    name,
    kind,
    province,
    town,
    village,
    period,
    description: r.pick(form.descriptions).replace('{d}', era(period)),
    place: `${placeOf(town.county)}${kind === 'museum' ? '' : village}`,
    regionCode: town.county,
    lat,
    lon,
    form,
  };
}

export interface TradeSite {
  key: string;
  name: string;
  kind: SiteKind;
  place: string;
  regionCode: string;
  lat: number;
  lon: number;
}

const trade = (kind: SiteKind, places: readonly TradePlace[]): readonly TradeSite[] =>
  places.map((a) => ({
    key: `${kind}:${a.slug}`,
    name: a.name,
    kind,
    place: placeOf(a.region),
    regionCode: a.region,
    lat: a.lat,
    lon: a.lon,
  }));

// Real places for trade sites are shared by every seed (the same auction house is the same node).
export const AUCTION_SITES = trade('auction-house', AUCTION_HOUSES);
export const MARKET_SITES = trade('market', MARKETS);
export const BORDER_SITES = trade('border-crossing', BORDER_CROSSINGS);

export function emitSites(plan: Plan, out: Emitter): void {
  for (const s of [...AUCTION_SITES, ...MARKET_SITES, ...BORDER_SITES]) {
    const { key, ...props } = s;
    out.node('Site', key, props);
  }
  const total = plan.sitesByProvince.reduce((a, b) => a + b, 0);
  for (let k = 0; k < total; k++) {
    const s = siteInfo(plan, k);
    out.node('Site', s.key, {
      name: s.name,
      kind: s.kind,
      description: s.description,
      place: s.place,
      regionCode: s.regionCode,
      lat: s.lat,
      lon: s.lon,
    });
  }
}
