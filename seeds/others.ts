// The people outside the gangs: dealers, collectors and overseas buyers who trade with them;
// ordinary people in small circles of family and friends (the background every call record has);
// and planted duplicate records of gang members for entity resolution to find.
import type { Emitter } from './emit.ts';
import { DAY, T_END, T_START, dayStart, localTime, personInfo, personalPhone, provinceOf } from './emit.ts';
import { misspell, nickname } from './identity.ts';
import { duplicateOriginal, eventKey, plantedGangOf, plantedRoleOf, type Plan } from './plan.ts';
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
      const a = personInfo(plan, circle[k]!).key;
      const b = personInfo(plan, circle[r.int(0, k - 1)]!).key;
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
    if (pr.chance(inRange(plan.unaffiliated, i) ? 0.2 : 0.5)) {
      const v = out.personalVehicle(i, pr, info.province, info.key);
      for (let s = pr.int(0, 2); s > 0; s--) {
        const t = dayStart(when()) + pr.int(7, 20) * 3_600_000;
        const prov = provinceOf(info.province);
        const town = pr.pick(prov.towns);
        const key = next('V');
        out.node('Sighting', key, {
          at: t,
          time: localTime(t),
          camera: `${town} city camera ${pr.int(1, 90)}`,
          place: `${town}, ${prov.name}`,
          lat: prov.lat + (pr.next() - 0.5) * 2,
          lon: prov.lon + (pr.next() - 0.5) * 2,
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
 * A second record of a gang member, as a careless or deliberate alias would produce: a misspelt
 * name or a nickname, the same birth date, often the same ID number, and the same phone.
 */
function emitDuplicate(plan: Plan, i: number, out: Emitter): void {
  const r = rngOf(`${plan.seed}/duplicate/${i}`);
  const o = duplicateOriginal(plan, i);
  const original = personInfo(plan, o);
  const own = personInfo(plan, i);
  const sharedId = r.chance(0.5);
  out.node('Person', own.key, {
    name: r.chance(0.6) ? misspell(original.name, `${plan.seed}/misspell/${i}`) : original.name,
    aliases: [nickname(r, original)],
    documentIds: sharedId ? [original.idNumber] : [],
    birthDate: original.birthDate,
    gender: original.gender,
    place: provinceOf(original.province).name,
    plantedGang: plantedGangOf(plan, i),
    plantedRole: plantedRoleOf(plan, i),
    plantedDuplicateOf: original.key,
  });
  out.people += 1;
  out.rel('USES', ['Person', own.key], ['Phone', personalPhone(plan, o)], {
    from: T_START + r.int(0, 2000) * DAY,
  });
}
