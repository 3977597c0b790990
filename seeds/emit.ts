// Collects the records of one batch and numbers their sources ("seed:<seed>#<n>"), with the
// helpers every part of the generator shares: people, phones, calls, times.
import type { NodeRecord, Props, RelRecord } from '../server/features/ingest/writer.ts';
import {
  phoneKey,
  plateKey,
  type EntityType,
  type RelationshipType,
} from '../server/features/model/model.ts';
import { imei, nickname, personName, phoneNumber, plate, residentId } from './identity.ts';
import { gangOf, personKey, plantedGangOf, plantedRoleOf, personalVehicleSerial, type Plan } from './plan.ts';
import { rngOf, type Rng } from './random.ts';
import { COLOURS, PHONE_MODELS, PROVINCES, VEHICLE_MODELS, type Province } from './vocab.ts';

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

export interface PersonInfo {
  index: number;
  key: string;
  name: string;
  surname: string;
  given: string;
  birthDate: string;
  idNumber: string;
  province: number;
  gender: 'M' | 'F';
}

/** The fixed facts of a person, derived from their index alone (any chunk can recompute them). */
export function personInfo(plan: Plan, i: number): PersonInfo {
  const r = rngOf(`${plan.seed}/person/${i}`);
  const gang = gangOf(plan, i);
  let province = r.weighted(PROVINCES.map((_, p) => [p, PROVINCES[p]![1]] as const));
  let surname: string | undefined;
  if (gang) {
    if (r.chance(0.85)) province = gang.province;
    // Many gangs are built on a clan: the boss's surname runs through a good part of it.
    if (i === gang.start || r.chance(0.4)) surname = clanSurname(plan, gang.id);
  }
  const n = personName(r, surname);
  const { id, birthDate } = residentId(plan.seed, i, provinceOf(province));
  const gender: 'M' | 'F' = gang ? (r.chance(0.9) ? 'M' : 'F') : r.chance(0.55) ? 'M' : 'F';
  return {
    index: i,
    key: personKey(plan, i),
    name: n.name,
    surname: n.surname,
    given: n.given,
    birthDate,
    idNumber: id,
    province,
    gender,
  };
}

export function clanSurname(plan: Plan, gang: number): string {
  return personName(rngOf(`${plan.seed}/clan/${gang}`)).surname;
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
    const aliases = r.chance(0.35) ? [nickname(r, info)] : [];
    this.node('Person', info.key, {
      name: info.name,
      aliases,
      documentIds: [info.idNumber],
      birthDate: info.birthDate,
      gender: info.gender,
      place: provinceOf(info.province).name,
      plantedGang: plantedGangOf(this.plan, info.index),
      plantedRole: plantedRoleOf(this.plan, info.index),
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
    const [make, model] = r.pick(VEHICLE_MODELS);
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
