// One gang's records: members with roles, their phones and the burners they pass around, vehicles,
// family and associate links, calls (mostly inside the gang), cases at heritage sites with the
// crews party to them, night sightings of their vehicles near those sites, relics and the
// time-ordered resale chains that carry them through several hands to auction or abroad.
import { phoneKey } from '../server/features/model/model.ts';
import type { Emitter } from './emit.ts';
import {
  DAY,
  T_END,
  dayStart,
  localDate,
  localTime,
  nearTown,
  nightOf,
  personInfo,
  personalPhone,
  placeOf,
  round5,
} from './emit.ts';
import { phoneNumber } from './identity.ts';
import { burnerSerial, eventKey, membersWithRole, personKey, type Gang, type Plan } from './plan.ts';
import { rngOf, type Rng } from './random.ts';
import { AUCTION_SITES, BORDER_SITES, MARKET_SITES, siteInfo, type SiteInfo } from './sites.ts';
import { RELIC_FORMS, era } from './vocab.ts';

interface Holding {
  phone: string;
  from: number;
  to: number;
}

/** Per-gang counters of event records, so their keys are stable whatever else is generated. */
class Keys {
  private n = new Map<string, number>();
  constructor(
    private readonly plan: Plan,
    private readonly group: number,
  ) {}
  next(prefix: string): string {
    const k = this.n.get(prefix) ?? 0;
    this.n.set(prefix, k + 1);
    return eventKey(this.plan, prefix, this.group, k);
  }
}

export function emitGang(plan: Plan, g: Gang, out: Emitter): void {
  const r = rngOf(`${plan.seed}/gang/${g.id}`);
  const keys = new Keys(plan, g.id);
  const from = Math.max(Date.UTC(g.fromYear, 0, 1), Date.UTC(2015, 0, 1));
  const to = Math.min(Date.UTC(g.toYear, 11, 31), T_END);
  const span = () => from + Math.floor(r.next() * (to - from));
  const members = Array.from({ length: g.size }, (_, k) => g.start + k);
  const infos = new Map(members.map((i) => [i, personInfo(plan, i)]));
  const keyOf = (i: number) => infos.get(i)?.key ?? personKey(plan, i);
  const boss = g.start;
  const lieutenants = membersWithRole(g, 'lieutenant');
  const brokers = membersWithRole(g, 'broker');
  const fences = membersWithRole(g, 'fence');
  const transporters = membersWithRole(g, 'transporter');
  const diggers = membersWithRole(g, 'digger');
  const crewPool = diggers.length > 0 ? diggers : transporters;

  for (const i of members) out.person(infos.get(i)!, rngOf(`${plan.seed}/person-extra/${i}`));

  // Burners: unregistered phones passed from member to member over the gang's active years.
  const holdings = new Map<number, Holding[]>();
  for (let j = 0; j < g.burners; j++) {
    const phone = out.phone(burnerSerial(plan, g, j), r, false);
    const cuts = Array.from({ length: r.int(1, 4) - 1 }, span).sort((a, b) => a - b);
    const bounds = [from, ...cuts, to];
    // Each holder has it once (a USES link is one period), so successive holders are distinct.
    const first = r.chance(0.3) ? r.pick([boss, ...lieutenants]) : r.pick(members);
    const holders = [
      first,
      ...r.sample(
        members.filter((m) => m !== first),
        bounds.length - 2,
      ),
    ];
    for (let s = 0; s + 1 < bounds.length && s < holders.length; s++) {
      const holder = holders[s]!;
      const h = { phone, from: bounds[s]!, to: bounds[s + 1]! };
      holdings.set(holder, [...(holdings.get(holder) ?? []), h]);
      out.rel('USES', ['Person', keyOf(holder)], ['Phone', phone], { from: h.from, to: h.to });
    }
  }
  /** The phone a member calls from at time t: a burner they hold then, usually, else their own. */
  const phoneAt = (i: number, t: number): string => {
    const held = holdings.get(i)?.filter((h) => h.from <= t && t < h.to) ?? [];
    if (held.length > 0 && r.chance(0.75)) return r.pick(held).phone;
    return personalPhone(plan, i);
  };

  // Vehicles: owned by lieutenants or transporters, driven by several members.
  const vehicles: Array<{ key: string; drivers: number[] }> = [];
  for (let j = 0; j < g.vehicles; j++) {
    const key = out.vehicle(g.vehicleStart + j, r, g.province);
    const owner = r.pick([...lieutenants, ...transporters]);
    out.rel('OWNS', ['Person', keyOf(owner)], ['Vehicle', key]);
    const drivers = [owner, ...r.sample([...transporters, ...diggers], r.int(1, 3))];
    for (const d of new Set(drivers)) out.rel('DRIVES', ['Person', keyOf(d)], ['Vehicle', key]);
    vehicles.push({ key, drivers: [...new Set(drivers)] });
  }

  // Family (the boss's clan) and known associates inside the gang.
  const clan = members.filter((i) => infos.get(i)!.surname === infos.get(boss)!.surname);
  for (let k = 1; k < clan.length; k++) {
    const relative = clan[r.int(0, k - 1)]!;
    out.rel('ASSOCIATE_OF', ['Person', keyOf(clan[k]!)], ['Person', keyOf(relative)], undefined, 'family');
  }
  for (const i of members) {
    if (i === boss || !r.chance(0.35)) continue;
    const other = r.pick(members);
    if (other !== i)
      out.rel('ASSOCIATE_OF', ['Person', keyOf(i)], ['Person', keyOf(other)], undefined, 'known-associate');
  }

  const call = (a: number, b: number, t: number) => {
    if (a === b) return;
    out.call(keys.next('C'), phoneAt(a, t), phoneAt(b, t), t, r, g.province);
  };

  // Calls inside the gang: the boss with lieutenants, lieutenants with their members, and chatter.
  const rankAndFile = members.filter((i) => i !== boss && !lieutenants.includes(i));
  const lieutenantOf = (i: number) => lieutenants[i % lieutenants.length]!;
  for (let c = 0; c < g.size * 5 + 16; c++) {
    const t = span();
    const kind = r.next();
    if (kind < 0.2) call(boss, r.pick(lieutenants), t);
    else if (kind < 0.55 && rankAndFile.length > 0) {
      const m = r.pick(rankAndFile);
      if (r.chance(0.5)) call(m, lieutenantOf(m), t);
      else call(lieutenantOf(m), m, t);
    } else call(r.pick(members), r.pick(members), t);
  }

  // Brokers keep in touch with the people who matter in the gangs they bridge.
  g.brokerPartners.forEach((partners, b) => {
    const broker = brokers[b]!;
    for (const h of partners) {
      const other = plan.gangs[h]!;
      const contacts = [
        other.start,
        ...membersWithRole(other, 'lieutenant'),
        ...membersWithRole(other, 'fence'),
      ];
      for (let c = r.int(1, 3); c > 0; c--) {
        const t = span();
        const contact = r.pick(contacts);
        const [a, z] = r.chance(0.5) ? [broker, contact] : [contact, broker];
        out.call(
          keys.next('C'),
          a === broker ? phoneAt(a, t) : personalPhone(plan, a),
          z === broker ? phoneAt(z, t) : personalPhone(plan, z),
          t,
          r,
          g.province,
        );
      }
      if (r.chance(0.25)) {
        out.rel(
          'ASSOCIATE_OF',
          ['Person', keyOf(broker)],
          ['Person', personKey(plan, r.pick(contacts))],
          undefined,
          'known-associate',
        );
      }
    }
  });

  // A little noise: calls to anyone at all (a plumber, a cousin in another city, a wrong number).
  for (let c = Math.round(g.size * 0.05); c > 0; c--) {
    const t = span();
    const a = r.pick(members);
    const z = r.int(0, plan.duplicates[0] - 1);
    if (z === a) continue;
    out.call(keys.next('C'), phoneAt(a, t), personalPhone(plan, z), t, r, g.province);
  }

  // Cases: the gang works a few favourite sites in its province, again and again over the years.
  const siteCount = plan.sitesByProvince[g.province]!;
  const targets = Array.from({ length: r.int(2, 5) }, () =>
    siteInfo(plan, plan.siteStartByProvince[g.province]! + r.int(0, siteCount - 1)),
  );
  const core = crewPool.slice(0, Math.max(2, Math.ceil(crewPool.length / 2))); // the repeat offenders
  const caseCount = Math.min(200, Math.max(3, Math.round(g.size / 3)));
  for (let c = 0; c < caseCount; c++) {
    const site = r.chance(0.8)
      ? r.pick(targets)
      : siteInfo(plan, plan.siteStartByProvince[g.province]! + r.int(0, siteCount - 1));
    emitCase(plan, g, out, r, keys, {
      site,
      at: nightOf(r, span()),
      crew: [
        ...new Set([
          ...r.sample(core, r.int(1, Math.min(3, core.length))),
          ...r.sample(crewPool, r.int(0, 2)),
          ...(r.chance(0.7) ? [r.pick(transporters)] : []),
          ...(r.chance(0.4) ? [r.pick(lieutenants)] : []),
        ]),
      ],
      fences,
      brokers,
      vehicles,
      keyOf,
      surnameOf: (i) => infos.get(i)!.surname,
      call,
      phoneAt,
    });
  }

  // Vehicles also turn up on ordinary cameras by day, away from any site.
  for (const v of vehicles) {
    for (let s = r.int(0, 2); s > 0; s--) {
      const t = dayStart(span()) + r.int(8, 18) * 3_600_000;
      const { town, lat, lon } = nearTown(r, g.province, 15);
      const key = keys.next('V');
      out.node('Sighting', key, {
        at: t,
        time: localTime(t),
        camera: `${town.name}城区治安卡口${r.int(1, 60)}号`,
        place: placeOf(town.county),
        regionCode: town.county,
        lat,
        lon,
      });
      out.rel('SIGHTED', ['Sighting', key], ['Vehicle', v.key]);
    }
  }
}

interface CaseInput {
  site: SiteInfo;
  at: number;
  crew: number[];
  fences: number[];
  brokers: number[];
  vehicles: Array<{ key: string; drivers: number[] }>;
  keyOf: (i: number) => string;
  surnameOf: (i: number) => string;
  call: (a: number, b: number, t: number) => void;
  phoneAt: (i: number, t: number) => string;
}

function emitCase(plan: Plan, g: Gang, out: Emitter, r: Rng, keys: Keys, c: CaseInput): void {
  const { site, at, crew, keyOf } = c;
  const caseKey = keys.next('K');
  const status = caseStatus(r, at);
  // The vehicle: plate cameras near the site that night, and often a scouting visit before.
  const vehicle =
    c.vehicles.find((v) => v.drivers.some((d) => crew.includes(d))) ??
    (r.chance(0.6) ? r.pick(c.vehicles) : undefined);

  // Relics taken: of the site's period when it has such things, else heirlooms of another.
  const forms = RELIC_FORMS[site.kind];
  const ofPeriod = forms.filter((f) => f[2].includes(site.period));
  const relics = Array.from({ length: r.int(1, site.kind === 'museum' ? 4 : 3) }, () => {
    const [description, material, periods] = r.pick(ofPeriod.length > 0 ? ofPeriod : forms);
    const period = periods.includes(site.period) ? site.period : r.pick(periods);
    const value = Math.round(Math.exp(10 + r.next() * 5.5) / 1000) * 1000; // ¥22k .. ¥5.4M
    return {
      key: keys.next('CR'),
      what: description,
      description: `${period} ${description}`,
      period,
      material,
      value,
    };
  });

  const date = localDate(at);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = relics.reduce((s, x) => s + x.value, 0);
  out.node('Case', caseKey, {
    title: `${site.town.name}“${m}·${d}”${site.form.caseTitle}`,
    summary:
      `${y}年${m}月${d}日夜，犯罪嫌疑人${c.surnameOf(crew[0]!)}某${crew.length > 1 ? `等${crew.length}人` : ''}` +
      `${vehicle ? '驾车' : ''}窜至${site.name}，${site.form.act}，` +
      `盗得${[...new Set(relics.map((x) => era(x.period) + x.what))].join('、')}等文物${relics.length}件，` +
      `估值约${Math.max(1, Math.round(total / 10_000))}万元。${STATUS_NOTE[status]}`,
    kind: site.form.caseKind,
    at,
    date,
    place: site.place,
    regionCode: site.regionCode,
    status,
  });
  out.rel('AT', ['Case', caseKey], ['Site', site.key]);
  for (const m of crew)
    out.rel('PARTY_TO', ['Person', keyOf(m)], ['Case', caseKey], undefined, partyRole(r, status));
  // Now and then an outsider saw something.
  if (r.chance(0.1)) {
    const witness = r.int(plan.unaffiliated[0], Math.max(plan.unaffiliated[0], plan.unaffiliated[1] - 1));
    out.rel('PARTY_TO', ['Person', personKey(plan, witness)], ['Case', caseKey], undefined, 'witness');
  }
  // Operational calls among the crew in the days around the job.
  for (let k = r.int(2, 2 + crew.length); k > 0; k--) {
    c.call(r.pick(crew), r.pick(crew), at + r.int(-3 * 24, 6) * 3_600_000);
  }

  if (vehicle) {
    if (r.chance(0.6)) out.rel('INVOLVED_IN', ['Vehicle', vehicle.key], ['Case', caseKey]);
    const times = [at - r.int(20, 120) * 60_000, at + r.int(30, 120) * 60_000];
    if (r.chance(0.5)) times.push(nightOf(r, at - r.int(2, 14) * DAY));
    for (const t of times) {
      const key = keys.next('V');
      out.node('Sighting', key, {
        at: t,
        time: localTime(t),
        camera: `${site.town.name}${site.village}路口监控${r.int(1, 40)}号`,
        place: site.place,
        regionCode: site.regionCode,
        lat: round5(site.lat + (r.next() - 0.5) * 0.02),
        lon: round5(site.lon + (r.next() - 0.5) * 0.02),
      });
      out.rel('SIGHTED', ['Sighting', key], ['Vehicle', vehicle.key]);
      out.rel('NEAR', ['Sighting', key], ['Site', site.key]);
    }
  }

  // The relics, and where they went.
  for (const x of relics) {
    out.node('Relic', x.key, {
      catalogueNumber: x.key,
      description: x.description,
      period: x.period,
      material: x.material,
      estimatedValue: x.value,
      currency: 'CNY',
    });
    out.rel('TAKEN_FROM', ['Relic', x.key], ['Site', site.key]);
    out.rel('CONCERNS', ['Case', caseKey], ['Relic', x.key]);
    if (r.chance(0.75)) resaleChain(plan, g, out, r, keys, c, x);
  }
}

const STATUS_NOTE: Record<string, string> = {
  open: '案件正在侦办中。',
  prosecuted: '已移送检察机关审查起诉。',
  closed: '案件已审结。',
};

/**
 * Hands a relic on, sale after sale, each strictly later than the one before: from one of the
 * crew to the gang's fence, to a broker (often one bridging from another gang) or a dealer, to a
 * collector, and finally through an auction house or across the border.
 */
function resaleChain(
  plan: Plan,
  g: Gang,
  out: Emitter,
  r: Rng,
  keys: Keys,
  c: CaseInput,
  relic: { key: string; what: string; period: string; value: number },
): void {
  const { key: relicKey, value } = relic;
  const dealer = () => r.int(plan.dealers[0], plan.dealers[1] - 1);
  const collector = () => r.int(plan.collectors[0], plan.collectors[1] - 1);
  const hands: Array<{ buyer: number; channel: string; site?: string }> = [];
  let holder = r.pick(c.crew);
  const fence = r.pick(c.fences);
  if (fence !== holder) hands.push({ buyer: fence, channel: 'private' });
  const middle =
    g.inboundBrokers.length > 0 && r.chance(0.35)
      ? r.pick(g.inboundBrokers)
      : c.brokers.length > 0 && r.chance(0.3)
        ? r.pick(c.brokers)
        : dealer();
  hands.push({ buyer: middle, channel: r.pick(['private', 'dealer']) });
  if (r.chance(0.8)) {
    const market = r.chance(0.2) ? r.pick(MARKET_SITES).key : undefined;
    hands.push({
      buyer: collector(),
      channel: market ? 'market' : r.pick(['private', 'online', 'dealer']),
      ...(market ? { site: market } : {}),
    });
    const end = r.next();
    if (end < 0.45) hands.push({ buyer: collector(), channel: 'auction', site: r.pick(AUCTION_SITES).key });
    else if (end < 0.65) {
      const abroad = r.int(plan.overseas[0], plan.overseas[1] - 1);
      hands.push({ buyer: abroad, channel: 'smuggled-abroad', site: r.pick(BORDER_SITES).key });
    }
  }

  let t = c.at;
  let last: LastSale | undefined;
  let price = value * (0.05 + r.next() * 0.1); // diggers get a fraction of what it is worth
  for (const hand of hands) {
    t += r.int(1, hand.channel === 'private' ? 20 : 180) * DAY + r.int(0, 86_399) * 1000;
    if (t >= T_END) break;
    if (hand.buyer === holder) continue;
    price *= 1.3 + r.next() * 1.7;
    const saleKey = keys.next('SL');
    out.node('Sale', saleKey, {
      at: t,
      date: localDate(t),
      price: Math.round(price / 100) * 100,
      currency: 'CNY',
      channel: hand.channel,
    });
    out.rel('SOLD', ['Person', personKey(plan, holder)], ['Sale', saleKey]);
    out.rel('BOUGHT', ['Person', personKey(plan, hand.buyer)], ['Sale', saleKey]);
    out.rel('OF', ['Sale', saleKey], ['Relic', relicKey]);
    if (hand.site) out.rel('SOLD_AT', ['Sale', saleKey], ['Site', hand.site]);
    // Seller and buyer talk before the deal.
    for (let k = r.int(0, 1); k > 0; k--) {
      const when = t - r.int(1, 72) * 3_600_000;
      const inGang = (i: number) => i >= g.start && i < g.start + g.size;
      const a = inGang(holder) ? c.phoneAt(holder, when) : personalPhone(plan, holder);
      const b = inGang(hand.buyer) ? c.phoneAt(hand.buyer, when) : personalPhone(plan, hand.buyer);
      out.call(keys.next('C'), a, b, when, r, g.province);
    }
    last = { hand, seller: holder, saleKey, at: t, price };
    holder = hand.buyer;
  }
  // Now and then the last deal, at an auction house or across the border, is a case of its own:
  // the people in it are dealers, collectors and foreign buyers, not the gang.
  // (Mainland cases only: not a sale at an auction house in Hong Kong.)
  const where = last?.hand.site ? TRADE_SITES.get(last.hand.site) : undefined;
  if (
    last &&
    where &&
    !where.regionCode.startsWith('81') &&
    (last.hand.channel === 'auction' || last.hand.channel === 'smuggled-abroad') &&
    r.chance(0.15)
  ) {
    emitResaleCase(plan, out, r, keys, c, relic, last);
  }
}

interface LastSale {
  hand: { buyer: number; channel: string; site?: string };
  seller: number;
  saleKey: string;
  at: number;
  price: number;
}

const TRADE_SITES = new Map([...AUCTION_SITES, ...BORDER_SITES].map((s) => [s.key, s]));

function caseStatus(r: Rng, at: number): string {
  const age = (T_END - at) / (365 * DAY);
  return age > 3
    ? r.pick(['closed', 'prosecuted', 'prosecuted'])
    : age > 1
      ? r.pick(['open', 'prosecuted'])
      : 'open';
}

function partyRole(r: Rng, status: string): string {
  return status === 'open'
    ? 'suspect'
    : r.weighted([
        ['convicted', 3],
        ['charged', 2],
        ['arrested', 2],
        ['suspect', 2],
      ] as const);
}

/** 倒卖文物案 at an auction house, 走私文物案 at a border port: the seller and the buyer of the last sale. */
function emitResaleCase(
  plan: Plan,
  out: Emitter,
  r: Rng,
  keys: Keys,
  c: CaseInput,
  relic: { key: string; what: string; period: string },
  last: LastSale,
): void {
  const site = TRADE_SITES.get(last.hand.site!)!;
  const smuggled = last.hand.channel === 'smuggled-abroad';
  const key = keys.next('K');
  const status = caseStatus(r, last.at);
  const date = localDate(last.at);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const seller = personInfo(plan, last.seller);
  const buyer = personInfo(plan, last.hand.buyer);
  const who = (p: typeof seller) => (p.foreign ? `外籍人员${p.name}` : `${p.surname}某`);
  const thing = `${era(relic.period)}${relic.what}`;
  out.node('Case', key, {
    title: `${site.name}“${m}·${d}”${smuggled ? '走私文物案' : '倒卖文物案'}`,
    summary:
      (smuggled
        ? `${y}年${m}月${d}日，${who(seller)}将${thing}一件出售给${who(buyer)}，经${site.name}走私出境，`
        : `${y}年${m}月${d}日，${who(seller)}通过${site.name}将${thing}一件拍卖给${who(buyer)}，`) +
      `成交价约${Math.max(1, Math.round(last.price / 10_000))}万元。经查，该文物系${c.site.name}被盗文物。${STATUS_NOTE[status]}`,
    kind: smuggled ? 'smuggling' : 'illegal-resale',
    at: last.at,
    date,
    place: site.place,
    regionCode: site.regionCode,
    status,
  });
  out.rel('AT', ['Case', key], ['Site', site.key]);
  out.rel('CONCERNS', ['Case', key], ['Relic', relic.key]);
  out.rel('PARTY_TO', ['Person', seller.key], ['Case', key], undefined, partyRole(r, status));
  out.rel('PARTY_TO', ['Person', buyer.key], ['Case', key], undefined, partyRole(r, status));
}

export const burnerKey = (plan: Plan, g: Gang, j: number) =>
  phoneKey(phoneNumber(plan.seed, burnerSerial(plan, g, j)));
