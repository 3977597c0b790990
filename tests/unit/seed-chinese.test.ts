// The demo seed speaks the domain (issue 18), checked on every record of a generated network:
// resident ID numbers (GB 11643 check digit, a real GB/T 2260 county of the person's province,
// the birth date, the sex in the sequence digit), names in characters whose pinyin is
// pinyin-pro's, nicknames in Chinese, English names only for foreign buyers, plates of the
// province, +86 mobiles, Luhn IMEIs, heritage sites of the plan's kinds inside real provinces,
// relics and cases described in Chinese; and planted duplicates that entity resolution finds by
// its Chinese rules. Also the GB/T 2260 table (server/features/model/regions.ts) itself.
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { personInfo } from '../../seeds/emit.ts';
import { pinyinOf, romanise, traditional } from '../../seeds/identity.ts';
import { makePlan, plantedTruth, type Plan } from '../../seeds/generator.ts';
import { AUCTION_SITES, BORDER_SITES, MARKET_SITES } from '../../seeds/sites.ts';
import {
  FOREIGN_COUNTRIES,
  NEW_ENERGY_MODELS,
  PROVINCES,
  RELIC_FORMS,
  SITE_FORMS,
  type HeritageKind,
} from '../../seeds/vocab.ts';
import type { NodeRecord } from '../../server/features/ingest/writer.ts';
import {
  checkIdNumber,
  checkImei,
  checkPhone,
  checkPlate,
  idCheckCharacter,
} from '../../server/features/model/identifiers.ts';
import { CASE_KINDS, SITE_KINDS, phoneKey } from '../../server/features/model/model.ts';
import {
  countiesOf,
  isCountyCode,
  provinces,
  regionByCode,
  regionPath,
} from '../../server/features/model/regions.ts';
import { scorePair } from '../../server/features/resolution/scoring.ts';
import type { PersonFacts } from '../../server/features/resolution/types.ts';
import { chineseForms, hasHan, toSimplified } from '../../server/features/search/chinese.ts';
import { collect, type Network } from './seed-support.ts';

// Generating thousands of people takes seconds; on a busy machine, many more.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const OPTS = { people: 2000, seed: 42 }; // the demo network
const HAN_NAME = /^\p{Script=Han}{2,3}$/u;
const HAN = /\p{Script=Han}/u;
const TODAY = '2026-12-31';
let net: Network;
let plan: Plan;
/** Person key → index in the plan. */
const indexOf = new Map<string, number>();

/** The toneless pinyin pinyin-pro gives a name, read with its first character as a surname. */
const pinyinPro = (name: string) =>
  pinyin(toSimplified(name), { toneType: 'none', type: 'array', surname: 'head', v: false });

beforeAll(() => {
  net = collect(OPTS.people, OPTS.seed);
  plan = makePlan(OPTS);
  let i = 0;
  for (const t of plantedTruth(plan)) indexOf.set(t.key, i++);
});

const chinese = () => [...net.persons.values()].filter((p) => p.props.nationality === 'CN');
const originals = () => chinese().filter((p) => !p.props.plantedDuplicateOf);

describe('persons of the demo seed', () => {
  it('every Chinese person has a valid 18-digit resident ID of a real county of their province', () => {
    const seen = new Set<string>();
    for (const p of originals()) {
      const id = p.props.idNumber as string;
      const checked = checkIdNumber(id, TODAY);
      expect(checked.ok, `${p.key} ${id}`).toBe(true);
      if (!checked.ok) continue;
      expect(checked.value).toBe(id); // written as the standard writes it
      expect(id[17]).toBe(idCheckCharacter(id.slice(0, 17)));
      expect(checked.upgraded).toBe(false);
      // Region: a county-level GB/T 2260 code, in the province the generator put the person in.
      expect(isCountyCode(checked.region), `${p.key} region ${checked.region}`).toBe(true);
      const province = PROVINCES[personInfo(plan, indexOf.get(p.key)!).province]![0];
      expect(checked.region.slice(0, 2), p.key).toBe(province.code);
      expect(p.props.idRegion).toBe(checked.region);
      expect(p.props.place).toBe(regionPath(checked.region)!.fullName);
      expect(String(p.props.place).startsWith(province.name)).toBe(true);
      // Birth date: as the number says, an adult through the whole span of the network (2015-2026).
      expect(p.props.birthDate).toBe(checked.birthDate);
      expect(checked.birthDate >= '1950-01-01' && checked.birthDate <= '1997-12-31', id).toBe(true);
      // Sex: the 17th digit is odd for men, even for women.
      expect(p.props.sex).toBe(checked.sex);
      expect(Number(id[16]) % 2).toBe(p.props.sex === 'male' ? 1 : 0);
      expect(p.props.documentIds).toEqual([id]);
      expect(seen.has(id), `${id} twice`).toBe(false);
      seen.add(id);
    }
    expect(seen.size).toBeGreaterThan(1800);
    const sexes = originals().map((p) => p.props.sex);
    expect(sexes.filter((s) => s === 'female').length).toBeGreaterThan(100);
    // The people come from many counties of each province, not one.
    const counties = new Set(originals().map((p) => p.props.idRegion));
    expect(counties.size).toBeGreaterThan(500);
  });

  it('names are in characters, and their pinyin is what pinyin-pro reads (as search indexes it)', () => {
    let surnamesOnly = 0;
    for (const p of chinese()) {
      const name = String(p.props.name);
      const original = p.props.plantedDuplicateOf
        ? String(net.persons.get(String(p.props.plantedDuplicateOf))!.props.name)
        : name;
      if (!hasHan(name)) {
        // A duplicate written in pinyin only: the romanisation of the original, as pinyin-pro reads it.
        expect(p.props.plantedDuplicateOf, p.key).toBeDefined();
        expect(name.toLowerCase()).toBe(romanise(original).toLowerCase());
        const py = pinyinPro(original);
        expect(name.toLowerCase().replace(' ', '')).toBe(py.join(''));
        continue;
      }
      expect(name, p.key).toMatch(HAN_NAME);
      const py = pinyinPro(name);
      expect(pinyinOf(toSimplified(name)), name).toEqual(py);
      const forms = chineseForms(name, { surname: true });
      expect(forms).toContain(py.join(''));
      expect(forms).toContain(py.join(' '));
      expect(forms).toContain(py.map((s) => s[0]).join(''));
      if (name.length === 2) surnamesOnly += 1;
      for (const a of p.props.aliases as string[]) expect(a, `${p.key} alias`).toMatch(HAN);
    }
    expect(surnamesOnly).toBeGreaterThan(100); // one-character given names too
    // Nicknames (绰号) in Chinese on a good share of people.
    const nicknamed = chinese().filter((p) => (p.props.aliases as string[]).length > 0);
    expect(nicknamed.length).toBeGreaterThan(chinese().length * 0.25);
  });

  it('English names only for foreign buyers, who carry a passport and their country', () => {
    const codes = new Set(FOREIGN_COUNTRIES.map((c) => c.code));
    let foreign = 0;
    for (const p of net.persons.values()) {
      if (p.props.nationality === 'CN') {
        if (!hasHan(String(p.props.name))) expect(p.props.plantedDuplicateOf, p.key).toBeDefined();
        continue;
      }
      foreign += 1;
      expect(p.props.plantedRole).toBe('overseas-buyer');
      expect(String(p.props.name)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(codes.has(String(p.props.nationality))).toBe(true);
      expect(p.props.idNumber).toBeUndefined();
      expect(p.props.documentIds as string[]).toHaveLength(1);
      expect(['male', 'female']).toContain(p.props.sex);
    }
    const buyers = [...plantedTruth(plan)].filter((t) => t.role === 'overseas-buyer');
    expect(foreign).toBe(buyers.length);
    expect(foreign).toBeGreaterThan(0);
  });

  it('gangs are clans: the boss’s surname runs through most gangs of ten or more', () => {
    const bySurname = (g: number) =>
      originals()
        .filter((p) => p.props.plantedGang === g)
        .map((p) => ({ role: p.props.plantedRole, surname: [...String(p.props.name)][0] }));
    const big = plan.gangs.filter((g) => g.size >= 10);
    const clans = big.filter((g) => {
      const members = bySurname(g.id);
      const boss = members.find((m) => m.role === 'boss')!;
      return members.filter((m) => m.surname === boss.surname).length >= 3;
    });
    expect(clans.length).toBeGreaterThan(big.length * 0.9);
  });
});

describe('phones, vehicles, places and records of the demo seed', () => {
  it('phones are +86 mobiles under their E.164 key, with a Luhn-valid IMEI', () => {
    for (const ph of net.byType('Phone')) {
      const c = checkPhone(String(ph.props.number));
      expect(c.ok && c.kind === 'mobile', String(ph.props.number)).toBe(true);
      expect(c.ok && c.value).toBe(ph.key);
      expect(phoneKey(String(ph.props.number))).toBe(ph.key);
      expect(checkImei(String(ph.props.imei)).ok, String(ph.props.imei)).toBe(true);
    }
  });

  it('plates are of the province of the gang or the owner, ordinary or new-energy', () => {
    const owner = new Map(net.relsOf('OWNS').map((r) => [r.to.key, r.from.key]));
    const kinds = new Map<string, number>();
    for (const v of net.byType('Vehicle')) {
      const plate = String(v.props.plate);
      const c = checkPlate(plate);
      expect(c.ok, plate).toBe(true);
      if (!c.ok) continue;
      expect(c.value).toBe(v.key);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      expect(['ordinary', 'new-energy']).toContain(c.kind);
      const p = net.persons.get(owner.get(v.key)!)!;
      const gang = p.props.plantedGang as number | null;
      const province =
        gang !== null && gang !== undefined
          ? PROVINCES[plan.gangs[gang]!.province]![0]
          : PROVINCES[personInfo(plan, indexOf.get(p.key)!).province]![0];
      expect(p.props.nationality, `${plate} of ${p.key}`).toBe('CN');
      expect(c.province, `${plate} of ${p.key}`).toBe(province.plate);
      const newEnergy = NEW_ENERGY_MODELS.some(
        ([make, model]) => make === v.props.make && model === v.props.model,
      );
      expect(newEnergy, plate).toBe(c.kind === 'new-energy');
    }
    expect(kinds.get('new-energy')).toBeGreaterThan(10);
    expect(kinds.get('ordinary')).toBeGreaterThan(kinds.get('new-energy')!);
  });

  it('heritage sites of the plan’s kinds, named in Chinese, stand in real counties inside their province', () => {
    const heritage = net.byType('Site').filter((s) => (s.props.kind as string) in SITE_FORMS);
    const kinds = new Set(heritage.map((s) => s.props.kind));
    expect([...kinds].sort()).toEqual(Object.keys(SITE_FORMS).sort());
    for (const kind of kinds) expect(SITE_KINDS as readonly unknown[]).toContain(kind);
    const towns = new Map(PROVINCES.flatMap(([p]) => p.towns.map((t) => [t.county, { ...t, province: p }])));
    for (const s of heritage) {
      const name = String(s.props.name);
      expect(name).toMatch(/^\p{Script=Han}+$/u);
      const town = towns.get(String(s.props.regionCode))!;
      expect(town, s.key).toBeDefined();
      expect(name.startsWith(town.name)).toBe(true);
      expect(String(s.props.place).startsWith(regionPath(town.county)!.fullName)).toBe(true);
      expect(String(s.props.description)).toMatch(HAN);
      const [south, north, west, east] = town.province.bounds;
      const lat = s.props.lat as number;
      const lon = s.props.lon as number;
      expect(lat > south && lat < north && lon > west && lon < east, `${name} ${lat},${lon}`).toBe(true);
      // Within ~8 km of the county seat.
      expect(Math.hypot(lat - town.lat, (lon - town.lon) * Math.cos((lat * Math.PI) / 180))).toBeLessThan(
        0.075,
      );
    }
    // The county seats of the table: real GB/T 2260 counties of their province, named as it names them.
    for (const [p] of PROVINCES) {
      expect(regionByCode(`${p.code}0000`)?.name).toBe(p.name);
      for (const t of p.towns) {
        expect(regionByCode(t.county)?.name, t.county).toBe(t.name);
        expect(t.county.slice(0, 2)).toBe(p.code);
        const [south, north, west, east] = p.bounds;
        expect(t.lat > south && t.lat < north && t.lon > west && t.lon < east, t.name).toBe(true);
      }
    }
    for (const s of [...AUCTION_SITES, ...MARKET_SITES, ...BORDER_SITES]) {
      expect(regionByCode(s.regionCode), s.key).toBeDefined();
      expect(s.place).toBe(regionPath(s.regionCode)!.fullName);
      expect(s.name).toMatch(HAN);
    }
  });

  it('relics are described in Chinese with their period; prices and values in CNY', () => {
    const periods = new Set(Object.values(RELIC_FORMS).flatMap((forms) => forms.flatMap((f) => f[2])));
    const kinds = new Map<string, HeritageKind>();
    for (const s of net.byType('Site')) kinds.set(s.key, s.props.kind as HeritageKind);
    const from = new Map(net.relsOf('TAKEN_FROM').map((r) => [r.from.key, r.to.key]));
    for (const r of net.byType('Relic')) {
      const [period, what] = String(r.props.description).split(' ');
      expect(period).toBe(r.props.period);
      expect(periods.has(period!)).toBe(true);
      const forms = RELIC_FORMS[kinds.get(from.get(r.key)!)!];
      expect(
        forms.some((f) => f[0] === what && f[2].includes(period!)),
        String(r.props.description),
      ).toBe(true);
      expect(String(r.props.material)).toMatch(HAN);
      expect(r.props.currency).toBe('CNY');
      expect(Number.isInteger(r.props.estimatedValue)).toBe(true);
    }
    for (const s of net.byType('Sale')) expect(s.props.currency).toBe('CNY');
    const descriptions = net.byType('Relic').map((r) => String(r.props.description));
    expect(descriptions.some((d) => d.includes('佛首'))).toBe(true);
    expect(descriptions.some((d) => d === '唐 三彩马')).toBe(true);
  });

  it('cases have Chinese titles and summaries; cases, sightings and sites carry GB/T 2260 codes', () => {
    const titles = new Map<string, number>();
    for (const c of net.byType('Case')) {
      expect(CASE_KINDS as readonly unknown[]).toContain(c.props.kind);
      const title = String(c.props.title);
      expect(title).toMatch(/^\p{Script=Han}+“\d{1,2}·\d{1,2}”\p{Script=Han}+案$/u);
      const kind = title.replace(/^.*”/, '');
      titles.set(kind, (titles.get(kind) ?? 0) + 1);
      expect(String(c.props.summary)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日.+。$/u);
      const region = regionPath(String(c.props.regionCode))!;
      expect(String(c.props.place).startsWith(region.fullName)).toBe(true);
    }
    for (const kind of [
      '盗掘古墓葬案',
      '盗掘古文化遗址案',
      '盗割石窟造像案',
      '盗窃古建筑构件案',
      '盗窃馆藏文物案',
      '倒卖文物案',
      '走私文物案',
    ])
      expect(titles.get(kind), kind).toBeGreaterThan(0);
    for (const v of net.byType('Sighting')) {
      expect(isCountyCode(String(v.props.regionCode)), v.key).toBe(true);
      expect(String(v.props.place).startsWith(regionPath(String(v.props.regionCode))!.fullName)).toBe(true);
      expect(String(v.props.camera)).toMatch(HAN);
    }
  });

  it('a 倒卖文物案 or 走私文物案 is the last sale of a resale chain: its seller and buyer, none of a gang', () => {
    const resale = net
      .byType('Case')
      .filter((c) => c.props.kind === 'illegal-resale' || c.props.kind === 'smuggling');
    expect(resale.length).toBeGreaterThan(5);
    const parties = new Map<string, string[]>();
    for (const r of net.relsOf('PARTY_TO'))
      parties.set(r.to.key, [...(parties.get(r.to.key) ?? []), r.from.key]);
    const concerns = new Map(net.relsOf('CONCERNS').map((r) => [r.from.key, r.to.key]));
    const sales = new Map<string, string[]>();
    for (const r of net.relsOf('OF')) sales.set(r.to.key, [...(sales.get(r.to.key) ?? []), r.from.key]);
    const seller = new Map(net.relsOf('SOLD').map((r) => [r.to.key, r.from.key]));
    const buyer = new Map(net.relsOf('BOUGHT').map((r) => [r.to.key, r.from.key]));
    for (const c of resale) {
      const last = sales
        .get(concerns.get(c.key)!)!
        .map((k) => net.node('Sale', k)!)
        .sort((a, b) => (b.props.at as number) - (a.props.at as number))[0]!;
      expect(last.props.at).toBe(c.props.at);
      expect(parties.get(c.key)!.sort()).toEqual([seller.get(last.key)!, buyer.get(last.key)!].sort());
      for (const p of parties.get(c.key)!) expect(net.persons.get(p)!.props.plantedGang ?? null).toBeNull();
    }
  });
});

describe('planted duplicates exercise the Chinese resolution rules', () => {
  const facts = (n: NodeRecord, phones: Map<string, Set<string>>): PersonFacts => ({
    uid: `Person:${n.key}`,
    name: (n.props.name as string) ?? null,
    aliases: (n.props.aliases as string[]) ?? [],
    documentIds: (n.props.documentIds as string[]) ?? [],
    birthDate: (n.props.birthDate as string) ?? null,
    idNumber: (n.props.idNumber as string) ?? null,
    sex: (n.props.sex as string) ?? null,
    phones: phones.get(n.key) ?? new Set(),
    imeis: new Map(),
    vehicles: new Set(),
  });

  it('each duplicate scores as a candidate against its original, by the evidence its writing gives', () => {
    // More people than the demo, to have every kind of duplicate several times.
    const big = collect(5000, 17);
    const phones = new Map<string, Set<string>>();
    for (const r of big.relsOf('USES'))
      phones.set(r.from.key, (phones.get(r.from.key) ?? new Set()).add(r.to.key));
    const seen = new Map<string, number>();
    const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
    for (const d of big.persons.values()) {
      if (!d.props.plantedDuplicateOf) continue;
      const o = big.persons.get(String(d.props.plantedDuplicateOf))!;
      const scored = scorePair(facts(d, phones), facts(o, phones));
      const kinds = scored.evidence.map((e) => e.kind);
      expect(scored.score, `${d.props.name} / ${o.props.name}: ${kinds.join(', ')}`).toBeGreaterThanOrEqual(
        0.6,
      );
      expect(kinds).not.toContain('different-id-number');
      expect(kinds).not.toContain('different-sex');
      const name = String(d.props.name);
      const original = String(o.props.name);
      if (d.props.idNumber) {
        // The same number, however it is written (spaces, a lowercase x, the old 15 digits).
        expect(kinds).toContain('same-id-number');
        const raw = String(d.props.idNumber);
        count(
          raw === o.props.idNumber
            ? 'id as is'
            : raw.length === 15
              ? 'id in 15 digits'
              : 'id written differently',
        );
        const again = checkIdNumber(raw, TODAY);
        expect(again.ok ? again.value : again.reason).toBe(o.props.idNumber);
      } else count('no id');
      if (name === original) {
        expect(kinds).toContain('same-name');
        count('same name');
      } else if (!hasHan(name)) {
        expect(kinds).toContain('similar-name');
        count('pinyin only');
      } else if (name === traditional(original)) {
        expect(kinds).toContain('same-name'); // 陳建國 = 陈建国
        count('traditional');
      } else {
        expect(pinyinPro(name)).toEqual(pinyinPro(original));
        expect(kinds).toContain('same-pinyin'); // a homophone: a weak clue the rest must carry
        count('homophone');
      }
    }
    for (const k of [
      'same name',
      'pinyin only',
      'traditional',
      'homophone',
      'id as is',
      'id written differently',
      'id in 15 digits',
      'no id',
    ])
      expect(seen.get(k) ?? 0, `${k}: ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
  });
});

describe('the GB/T 2260 region table', () => {
  it('names every province, and the counties of each with the prefecture above', () => {
    const all = provinces();
    expect(all).toHaveLength(34);
    expect(all.map((p) => p.name)).toEqual(
      expect.arrayContaining(['北京市', '陕西省', '内蒙古自治区', '香港特别行政区']),
    );
    expect(regionPath('610424')).toMatchObject({
      fullName: '陕西省咸阳市乾县',
      province: { code: '610000', level: 'province' },
      prefecture: { code: '610400', name: '咸阳市', level: 'prefecture' },
      county: { code: '610424', name: '乾县', level: 'county' },
    });
    expect(regionPath('110105')!.fullName).toBe('北京市朝阳区'); // a municipality: no prefecture
    expect(regionPath('419001')!.fullName).toBe('河南省济源市'); // a county under the province directly
    expect(regionPath('610400')!.fullName).toBe('陕西省咸阳市');
    // A 市辖区 heading is not a county; its code is read as its prefecture's.
    expect(isCountyCode('130101')).toBe(false);
    expect(regionPath('130101')!.fullName).toBe('河北省石家庄市');
    expect(regionPath('990101')).toBeUndefined();
    expect(regionPath('61042')).toBeUndefined();
    for (const [p] of PROVINCES) {
      const counties = countiesOf(p.code);
      expect(counties.length, p.name).toBeGreaterThan(50);
      expect(counties.every((c) => c.code.startsWith(p.code) && c.level === 'county')).toBe(true);
    }
    expect(countiesOf('81')).toEqual([]);
  });
});
