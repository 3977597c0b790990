// The plan of a seed network: who is in which gang with which role, which brokers bridge which
// gangs, and the serial numbers every identifier is derived from. It is small (a few numbers per
// gang) so the generator can stream the records gang by gang and still refer to anyone.
import { rngOf, scramble } from './random.ts';
import { PROVINCES } from './vocab.ts';

export const GANG_ROLES = ['boss', 'lieutenant', 'broker', 'fence', 'transporter', 'digger'] as const;
export const OTHER_ROLES = ['dealer', 'collector', 'overseas-buyer', 'unaffiliated'] as const;
export type GangRole = (typeof GANG_ROLES)[number];
export type PlantedRole = GangRole | (typeof OTHER_ROLES)[number];

export const MIN_PEOPLE = 50;
export const MAX_PEOPLE = 1_000_000;
export const MIN_GANG = 6;
export const MAX_GANG = 90;

export interface SeedOptions {
  people: number;
  seed: number;
}

export interface Gang {
  id: number;
  /** Index of its first member; members are [start, start + size). */
  start: number;
  size: number;
  province: number;
  /** Active years [from, to], within 2015..2026. */
  fromYear: number;
  toYear: number;
  /** Member counts by role, in GANG_ROLES order (members are laid out in that order). */
  roles: readonly number[];
  /** Gangs this gang's brokers bridge to (one list per broker). */
  brokerPartners: number[][];
  /** Brokers of other gangs that bridge to this one (person indices). */
  inboundBrokers: number[];
  /** First serial of its burner phones and of its vehicles. */
  burnerStart: number;
  burners: number;
  vehicleStart: number;
  vehicles: number;
}

export interface Plan {
  seed: number;
  people: number;
  gangs: Gang[];
  /** Gang ids by province. */
  gangsByProvince: number[][];
  /** Person index ranges [from, to). */
  gangMembers: readonly [number, number];
  dealers: readonly [number, number];
  collectors: readonly [number, number];
  overseas: readonly [number, number];
  unaffiliated: readonly [number, number];
  duplicates: readonly [number, number];
  /** Serial ranges of phones and vehicles beyond the per-person and per-gang ones. */
  phoneSerials: number;
  vehicleSerials: number;
  /** Heritage sites: how many per province (site serials are contiguous by province). */
  sitesByProvince: readonly number[];
  siteStartByProvince: readonly number[];
}

export function validateOptions(opts: SeedOptions): void {
  if (!Number.isInteger(opts.people) || opts.people < MIN_PEOPLE || opts.people > MAX_PEOPLE) {
    throw new Error(
      `seeds: option "people" must be a whole number from ${MIN_PEOPLE} to ${MAX_PEOPLE} (got ${opts.people})`,
    );
  }
  if (!Number.isInteger(opts.seed))
    throw new Error(`seeds: option "seed" must be an integer (got ${opts.seed})`);
}

const ROLE_SHARE = (size: number): number[] => {
  const lieutenants = Math.max(1, Math.round(size / 10));
  const brokers = size >= 8 ? Math.max(1, Math.round(size / 40)) : 0;
  const fences = Math.max(1, Math.round(size / 14));
  const transporters = Math.max(1, Math.round(size / 8));
  const diggers = size - 1 - lieutenants - brokers - fences - transporters;
  return [1, lieutenants, brokers, fences, transporters, diggers];
};

export function makePlan(opts: SeedOptions): Plan {
  validateOptions(opts);
  const { people, seed } = opts;
  const rng = rngOf(`${seed}/plan`);
  const dupCount = Math.max(2, Math.round(people * 0.005));
  const buyerCount = Math.max(6, Math.round(people * 0.08));
  const memberTarget = Math.round(people * 0.78);
  const unaffiliatedCount = people - memberTarget - buyerCount - dupCount;

  const provinceIds = PROVINCES.map((_, i) => [i, PROVINCES[i]![1]] as const);
  const gangs: Gang[] = [];
  let at = 0;
  let burnerAt = 0;
  let vehicleAt = 0;
  while (at < memberTarget) {
    let size = rng.powerLaw(MIN_GANG, MAX_GANG, 2.3);
    const left = memberTarget - at - size;
    if (left < MIN_GANG) size += left; // the last gang takes the remainder
    if (size < 1) break;
    const fromYear = rng.int(2015, 2022);
    const burners = Math.max(1, Math.round(size / 3));
    const vehicles = Math.max(1, Math.round(size / 5));
    gangs.push({
      id: gangs.length,
      start: at,
      size,
      province: rng.weighted(provinceIds),
      fromYear,
      toYear: Math.min(2026, fromYear + rng.int(3, 9)),
      roles: ROLE_SHARE(size),
      brokerPartners: [],
      inboundBrokers: [],
      burnerStart: burnerAt,
      burners,
      vehicleStart: vehicleAt,
      vehicles,
    });
    at += size;
    burnerAt += burners;
    vehicleAt += vehicles;
  }

  const gangsByProvince: number[][] = PROVINCES.map(() => []);
  for (const g of gangs) gangsByProvince[g.province]!.push(g.id);

  // Brokers bridge 1-2 other gangs, mostly in their own province (where they know people).
  for (const g of gangs) {
    const first = roleStart(g, 'broker');
    for (let b = 0; b < g.roles[2]!; b++) {
      const want = rng.chance(0.4) ? 2 : 1;
      const partners = new Set<number>();
      for (let tries = 0; partners.size < want && tries < 20 && gangs.length > 1; tries++) {
        const local = gangsByProvince[g.province]!;
        const h = local.length > 1 && rng.chance(0.7) ? rng.pick(local) : rng.int(0, gangs.length - 1);
        if (h !== g.id) partners.add(h);
      }
      g.brokerPartners.push([...partners]);
      for (const h of partners) gangs[h]!.inboundBrokers.push(first + b);
    }
  }

  const members = at;
  const dealers = Math.max(2, Math.round(buyerCount * 0.4));
  const overseas = Math.max(1, Math.round(buyerCount * 0.05));
  const collectors = buyerCount - dealers - overseas;
  const d0 = members;
  const c0 = d0 + dealers;
  const o0 = c0 + collectors;
  const u0 = o0 + overseas;
  const dup0 = u0 + Math.max(0, unaffiliatedCount);

  const heritage = Math.max(20, Math.round(people / 25));
  const weightSum = PROVINCES.reduce((s, [, w]) => s + w, 0);
  const sitesByProvince = PROVINCES.map(([, w]) => Math.max(2, Math.round((heritage * w) / weightSum)));
  const siteStartByProvince: number[] = [];
  let siteAt = 0;
  for (const n of sitesByProvince) {
    siteStartByProvince.push(siteAt);
    siteAt += n;
  }

  return {
    seed,
    people: dup0 + dupCount,
    gangs,
    gangsByProvince,
    gangMembers: [0, members],
    dealers: [d0, c0],
    collectors: [c0, o0],
    overseas: [o0, u0],
    unaffiliated: [u0, dup0],
    duplicates: [dup0, dup0 + dupCount],
    phoneSerials: burnerAt,
    vehicleSerials: vehicleAt,
    sitesByProvince,
    siteStartByProvince,
  };
}

/** Index of the first member of the gang with this role. */
export function roleStart(g: Gang, role: GangRole): number {
  let at = g.start;
  for (let r = 0; r < GANG_ROLES.length; r++) {
    if (GANG_ROLES[r] === role) return at;
    at += g.roles[r]!;
  }
  throw new Error(`seeds: unknown role ${role}`);
}

/** Members of a gang with a role, as person indices. */
export function membersWithRole(g: Gang, role: GangRole): number[] {
  const from = roleStart(g, role);
  const n = g.roles[GANG_ROLES.indexOf(role)]!;
  return Array.from({ length: n }, (_, k) => from + k);
}

export function roleInGang(g: Gang, person: number): GangRole {
  let at = g.start;
  for (let r = 0; r < GANG_ROLES.length; r++) {
    at += g.roles[r]!;
    if (person < at) return GANG_ROLES[r]!;
  }
  throw new Error(`seeds: person ${person} is not in gang ${g.id}`);
}

/** The gang a person index belongs to, or undefined for everyone else (binary search). */
export function gangOf(plan: Plan, person: number): Gang | undefined {
  if (person >= plan.gangMembers[1]) return undefined;
  let lo = 0;
  let hi = plan.gangs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (plan.gangs[mid]!.start <= person) lo = mid;
    else hi = mid - 1;
  }
  return plan.gangs[lo];
}

/** The original a planted duplicate record copies (always a gang member). */
export function duplicateOriginal(plan: Plan, person: number): number {
  const r = rngOf(`${plan.seed}/dup/${person}`);
  return r.int(0, plan.gangMembers[1] - 1);
}

const inRange = (r: readonly [number, number], i: number) => i >= r[0] && i < r[1];

export function plantedRoleOf(plan: Plan, person: number): PlantedRole {
  const g = gangOf(plan, person);
  if (g) return roleInGang(g, person);
  if (inRange(plan.dealers, person)) return 'dealer';
  if (inRange(plan.collectors, person)) return 'collector';
  if (inRange(plan.overseas, person)) return 'overseas-buyer';
  if (inRange(plan.duplicates, person)) return plantedRoleOf(plan, duplicateOriginal(plan, person));
  return 'unaffiliated';
}

export function plantedGangOf(plan: Plan, person: number): number | null {
  if (inRange(plan.duplicates, person)) return plantedGangOf(plan, duplicateOriginal(plan, person));
  return gangOf(plan, person)?.id ?? null;
}

// ---- identifiers: every one is a bijection of a serial, so none collide and none reveal a gang.

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const personKey = (plan: Plan, i: number) =>
  `P${plan.seed}-${pad(scramble(i, 100_000_000, plan.seed), 8)}`;

/** Phone serials: [0, people) personal phones, then burners. */
export const burnerSerial = (plan: Plan, g: Gang, j: number) => plan.people + g.burnerStart + j;

/** Vehicle serials: [0, vehicleSerials) gang vehicles, then one per non-gang person who drives. */
export const personalVehicleSerial = (plan: Plan, person: number) => plan.vehicleSerials + person;

/** Keys of events that a gang (or a chunk of non-gang people, numbered after the gangs) creates. */
export function eventKey(plan: Plan, prefix: string, group: number, n: number): string {
  if (n >= 1 << 20) throw new Error(`seeds: too many ${prefix} records in group ${group}`);
  const serial = group * (1 << 20) + n;
  return `${prefix}${plan.seed}-${pad(scramble(serial, 1_000_000_000_000, plan.seed + prefix.length * 7919), 12)}`;
}
