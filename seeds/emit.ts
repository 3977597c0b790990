// Collects the records of one batch and numbers their sources ("seed:<seed>#<n>"), with the
// helpers every part of the generator shares: people, phones, calls, times.
import type { NodeRecord, Props, RelRecord } from '../server/features/ingest/writer.ts';
import {
  phoneKey,
  plateKey,
  type EntityType,
  type RelationshipType,
} from '../server/features/model/model.ts';
import { regionPath, countiesOf } from '../server/features/model/regions.ts';
import {
  chineseName,
  foreignIdentity,
  imei,
  isNewEnergy,
  nickname,
  phoneNumber,
  plate,
  residentId,
  type ForeignIdentity,
} from './identity.ts';
import { gangOf, personKey, plantedGangOf, plantedRoleOf, personalVehicleSerial, type Plan } from './plan.ts';
import { rngOf, type Rng } from './random.ts';
import {
  COLOURS,
  NEW_ENERGY_MODELS,
  PHONE_MODELS,
  PROVINCES,
  SURNAMES,
  VEHICLE_MODELS,
  type Province,
  type Town,
} from './vocab.ts';

export const DAY = 86_400_000;
const CST = 8 * 3_600_000; // China Standard Time, UTC+8
export const T_START = Date.UTC(2015, 0, 1) - CST;
export const T_END = Date.UTC(2026, 9, 1) - CST;

/** Local (UTC+8) ISO date-time of an epoch-ms instant. */
export const localTime = (ms: number) => `${new Date(ms + CST).toISOString().slice(0, 19)}+08:00`;
export const localDate = (ms: number) => new Date(ms + CST).toISOString().slice(0, 10);
/** Local hour of day (0..23) of an instant. */
export const localHour = (ms: number) => new Date(ms + CST).getUTCHours();

/** Local midnight of the day that holds `ms`. */
export const dayStart = (ms: number) => Math.floor((ms + CST) / DAY) * DAY - CST;

/** A night-time instant (21:00–04:59 local) on the night that starts on the day of `ms`. */
export function nightOf(rng: Rng, ms: number): number {
  const hour = rng.pick([21, 22, 23, 24, 25, 26, 27, 28]);
  return dayStart(ms) + hour * 3_600_000 + rng.int(0, 3_599) * 1000;
}

export const provinceOf = (i: number): Province => PROVINCES[i]![0];

const PROVINCE_WEIGHTS = PROVINCES.map((_, p) => [p, PROVINCES[p]![1]] as const);

const places = new Map<string, string>();
/** The full name of a GB/T 2260 region (陕西省咸阳市乾县), as an address begins. */
export function placeOf(code: string): string {
  let p = places.get(code);
  if (p === undefined) {
    p = regionPath(code)?.fullName ?? code;
    places.set(code, p);
  }
  return p;
}

/** A county seat of the province, and a point near it (within about `km` kilometres). */
export function nearTown(r: Rng, province: number, km: number): { town: Town; lat: number; lon: number } {
  const town = r.pick(provinceOf(province).towns);
  const d = km / 111;
  return {
    town,
    lat: round5(town.lat + (r.next() - 0.5) * 2 * d),
    lon: round5(town.lon + (r.next() - 0.5) * 2 * d),
  };
}
export const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export interface PersonInfo {
  index: number;
  key: string;
  /** In characters (an English name for a foreign buyer). */
  name: string;
  surname: string;
  given: string;
  birthDate: string;
  /** The resident ID number (null for a foreign buyer, who has a passport). */
  idNumber: string | null;
  /** Its GB/T 2260 county code. */
  idRegion: string | null;
  province: number;
  sex: 'male' | 'female';
  foreign: ForeignIdentity | null;
}

/** The fixed facts of a person, derived from their index alone (any chunk can recompute them). */
export function personInfo(plan: Plan, i: number): PersonInfo {
  const r = rngOf(`${plan.seed}/person/${i}`);
  const gang = gangOf(plan, i);
  let province = r.weighted(PROVINCE_WEIGHTS);
  let surname: string | undefined;
  if (gang) {
    if (r.chance(0.85)) province = gang.province;
    // Many gangs are built on a clan: the boss's surname runs through a good part of it.
    if (i === gang.start || r.chance(0.4)) surname = clanSurname(plan, gang.id);
  }
  const sex: 'male' | 'female' = gang
    ? r.chance(0.9)
      ? 'male'
      : 'female'
    : r.chance(0.55)
      ? 'male'
      : 'female';
  const base = { index: i, key: personKey(plan, i), province, sex };
  if (i >= plan.overseas[0] && i < plan.overseas[1]) {
    const f = foreignIdentity(r, plan.seed, i, sex);
    const birthDate = residentId(plan.seed, i, '000000', sex).birthDate;
    return { ...base, ...f, birthDate, idNumber: null, idRegion: null, foreign: f };
  }
  const n = chineseName(r, sex, surname);
  const counties = countiesOf(provinceOf(province).code);
  const county = counties[r.int(0, counties.length - 1)]!.code;
  const { id, birthDate } = residentId(plan.seed, i, county, sex);
  return { ...base, ...n, birthDate, idNumber: id, idRegion: county, foreign: null };
}

const clans = new WeakMap<Plan, Map<number, string>>();
export function clanSurname(plan: Plan, gang: number): string {
  let m = clans.get(plan);
  if (!m) clans.set(plan, (m = new Map()));
  let s = m.get(gang);
  if (s === undefined) m.set(gang, (s = rngOf(`${plan.seed}/clan/${gang}`).pick(SURNAMES)[0]));
  return s;
}

/** Key of a person's own (registered) phone; phone serial = person index. */
export const personalPhone = (plan: Plan, i: number) => phoneKey(phoneNumber(plan.seed, i));

export class Emitter {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  people = 0;
  private record = 0;

  constructor(
    readonly plan: Plan,
    firstRecord: number,
  ) {
    this.record = firstRecord;
  }

  get nextRecord(): number {
    return this.record;
  }

  private source(): string {
    this.record += 1;
    return `seed:${this.plan.seed}#${this.record}`;
  }

  node(type: EntityType, key: string, props: Props, confidence?: number): void {
    this.nodes.push({ type, key, props, source: this.source(), ...(confidence ? { confidence } : {}) });
  }

  rel(
    type: RelationshipType,
    from: [EntityType, string],
    to: [EntityType, string],
    props?: Props,
    qualifier?: string,
  ): void {
    this.rels.push({
      type,
      from: { type: from[0], key: from[1] },
      to: { type: to[0], key: to[1] },
      source: this.source(),
      ...(props ? { props } : {}),
      ...(qualifier ? { qualifier } : {}),
    });
  }

  /** A person record with their planted truth, and their own registered phone. */
  person(info: PersonInfo, r: Rng, extra: Props = {}): void {
    const role = plantedRoleOf(this.plan, info.index);
    const f = info.foreign;
    const aliases = f
      ? r.chance(0.5)
        ? [f.alias]
        : []
      : r.chance(0.35)
        ? [nickname(r, info, role === 'digger')]
        : [];
    this.node('Person', info.key, {
      name: info.name,
      aliases,
      documentIds: [f ? f.passport : info.idNumber!],
      idNumber: info.idNumber ?? undefined,
      idRegion: info.idRegion ?? undefined,
      birthDate: info.birthDate,
      sex: info.sex,
      nationality: f ? f.nationality : 'CN',
      place: f ? f.place : placeOf(info.idRegion!),
      plantedGang: plantedGangOf(this.plan, info.index),
      plantedRole: role,
      ...extra,
    });
    this.people += 1;
    this.phone(info.index, r, true);
    this.rel('USES', ['Person', info.key], ['Phone', personalPhone(this.plan, info.index)], {
      from: T_START - r.int(30, 3000) * DAY,
    });
  }

  /** A phone node by serial (persons' own phones are serials [0, people), burners follow). */
  phone(serial: number, r: Rng, registered: boolean): string {
    const number = phoneNumber(this.plan.seed, serial);
    const key = phoneKey(number);
    this.node('Phone', key, {
      number,
      imei: imei(this.plan.seed, serial),
      model: r.pick(PHONE_MODELS),
      registered,
    });
    return key;
  }

  vehicle(serial: number, r: Rng, province: number): string {
    const p = plate(this.plan.seed, serial, provinceOf(province));
    const key = plateKey(p);
    const [make, model] = r.pick(isNewEnergy(this.plan.seed, serial) ? NEW_ENERGY_MODELS : VEHICLE_MODELS);
    const vin = `L${Array.from({ length: 16 }, () => 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'[r.int(0, 32)]).join('')}`;
    this.node('Vehicle', key, { plate: p, make, model, colour: r.pick(COLOURS), vin });
    return key;
  }

  /** A non-gang person's own car (serial derived from the person). */
  personalVehicle(i: number, r: Rng, province: number, owner: string): string {
    const key = this.vehicle(personalVehicleSerial(this.plan, i), r, province);
    this.rel('OWNS', ['Person', owner], ['Vehicle', key]);
    this.rel('DRIVES', ['Person', owner], ['Vehicle', key]);
    return key;
  }

  call(key: string, from: string, to: string, at: number, r: Rng, province: number): void {
    const lac = 10_000 + province * 1000 + r.int(0, 999);
    this.node('Call', key, {
      at,
      start: localTime(at),
      durationSeconds: Math.round(Math.exp(r.next() * 4 + 2.3)), // 10 s .. ~9 min, mostly short
      cellSite: `460-00-${lac}-${r.int(1000, 65_000)}`,
    });
    this.rel('FROM', ['Call', key], ['Phone', from]);
    this.rel('TO', ['Call', key], ['Phone', to]);
  }
}
