// The people outside the gangs: dealers, collectors and overseas buyers who trade with them;
// ordinary people in small circles of family and friends (the background every call record has);
// and planted duplicate records of gang members for entity resolution to find.
import type { Emitter } from './emit.ts';
import {
  DAY,
  T_END,
  T_START,
  dayStart,
  localTime,
  nearTown,
  personInfo,
  personalPhone,
  placeOf,
} from './emit.ts';
import { homophoneOf, idWrittenDifferently, nickname, romanise, traditional } from './identity.ts';
import { duplicateOriginal, eventKey, personKey, plantedGangOf, plantedRoleOf, type Plan } from './plan.ts';
import { rngOf } from './random.ts';

/** People [from, to) of one non-gang range, as event group `group` (numbered after the gangs). */
export function emitOthers(plan: Plan, from: number, to: number, group: number, out: Emitter): void {
  const r = rngOf(`${plan.seed}/others/${group}`);
  let n = 0;
  const next = (prefix: string) => eventKey(plan, prefix, group, n++);
  const when = () => T_START + Math.floor(r.next() * (T_END - T_START));
  const inRange = (range: readonly [number, number], i: number) => i >= range[0] && i < range[1];

  // Circles of 3-8 people who know each other: dealers with collectors, families, friends.
  let circle: number[] = [];
  const closeCircle = () => {
    for (let k = 1; k < circle.length; k++) {
      const a = personKey(plan, circle[k]!);
      const b = personKey(plan, circle[r.int(0, k - 1)]!);
      const kind = inRange(plan.unaffiliated, circle[k]!)
        ? r.pick(['family', 'family', 'lives-with', 'social-network'])
        : 'known-associate';
      out.rel('ASSOCIATE_OF', ['Person', a], ['Person', b], undefined, kind);
    }
    for (let c = circle.length * 2; c > 0 && circle.length > 1; c--) {
      const a = r.pick(circle);
      const b = r.pick(circle);
      if (a === b) continue;
      const t = when();
      out.call(next('C'), personalPhone(plan, a), personalPhone(plan, b), t, r, personInfo(plan, a).province);
    }
    circle = [];
  };

  for (let i = from; i < to; i++) {
    if (inRange(plan.duplicates, i)) {
      emitDuplicate(plan, i, out);
      continue;
    }
    const info = personInfo(plan, i);
    const pr = rngOf(`${plan.seed}/person-extra/${i}`);
    out.person(info, pr);
    // (Foreign buyers come and go: no car of their own here.)
    if (!inRange(plan.overseas, i) && pr.chance(inRange(plan.unaffiliated, i) ? 0.2 : 0.5)) {
      const v = out.personalVehicle(i, pr, info.province, info.key);
      for (let s = pr.int(0, 2); s > 0; s--) {
        const t = dayStart(when()) + pr.int(7, 20) * 3_600_000;
        const { town, lat, lon } = nearTown(pr, info.province, 20);
        const key = next('V');
        out.node('Sighting', key, {
          at: t,
          time: localTime(t),
          camera: `${town.name}${pr.pick(['国道', '省道', '县道'])}卡口${pr.int(1, 90)}号`,
          place: placeOf(town.county),
          regionCode: town.county,
          lat,
          lon,
        });
        out.rel('SIGHTED', ['Sighting', key], ['Vehicle', v]);
      }
    }
    // A few calls anywhere: everyone's call records have them.
    if (r.chance(0.3)) {
      const z = r.int(0, plan.duplicates[0] - 1);
      if (z !== i)
        out.call(next('C'), personalPhone(plan, i), personalPhone(plan, z), when(), r, info.province);
    }
    circle.push(i);
    if (circle.length >= r.int(3, 8)) closeCircle();
  }
  closeCircle();
}

/**
 * A second record of a gang member, as a careless clerk or a deliberate alias produces: the name
 * as written elsewhere (the same, in pinyin only, in traditional characters, or with a homophone
 * for a given-name character), a nickname, the same birth date, often the same ID number (as it
 * is, or written with spaces, a lowercase x or in the old 15 digits), and the same phone.
 */
function emitDuplicate(plan: Plan, i: number, out: Emitter): void {
  const r = rngOf(`${plan.seed}/duplicate/${i}`);
  const o = duplicateOriginal(plan, i);
  const original = personInfo(plan, o);
  const own = { key: personKey(plan, i) };
  const form = r.weighted(DUPLICATE_NAMES);
  const name =
    form === 'pinyin'
      ? r.pick([romanise(original.name), romanise(original.name).toUpperCase()])
      : form === 'traditional'
        ? traditional(original.name)
        : form === 'homophone'
          ? (homophoneOf(original.name, r) ?? original.name)
          : original.name;
  const idForm = r.weighted(DUPLICATE_IDS);
  const id =
    idForm === 'none'
      ? undefined
      : idForm === 'written'
        ? idWrittenDifferently(original.idNumber!, r)
        : original.idNumber!;
  out.node('Person', own.key, {
    name,
    aliases: [nickname(r, original)],
    documentIds: id ? [id] : [],
    idNumber: id,
    idRegion: id ? original.idRegion! : undefined,
    birthDate: original.birthDate,
    sex: r.chance(0.7) ? original.sex : undefined,
    nationality: 'CN',
    place: placeOf(original.idRegion!),
    plantedGang: plantedGangOf(plan, i),
    plantedRole: plantedRoleOf(plan, i),
    plantedDuplicateOf: original.key,
  });
  out.people += 1;
  out.rel('USES', ['Person', own.key], ['Phone', personalPhone(plan, o)], {
    from: T_START + r.int(0, 2000) * DAY,
  });
}

const DUPLICATE_NAMES = [
  ['same', 3],
  ['pinyin', 3],
  ['traditional', 2],
  ['homophone', 2],
] as const;
const DUPLICATE_IDS = [
  ['same', 2],
  ['written', 3],
  ['none', 3],
] as const;
