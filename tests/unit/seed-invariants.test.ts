// What the demo network plants, checked on the demo seed (2000 people, seed 42): gangs with a
// boss, connected inside; brokers bridging gangs; repeat offenders; burners passed between
// members; night sightings near the sites of cases; resale chains in strict time order from the
// relic's site; duplicates for entity resolution; and gangs that community detection can find.
import louvainModule from 'graphology-communities-louvain';
import type { LouvainOptions } from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { connectedComponents } from 'graphology-components';
import seedrandom from 'seedrandom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { localHour } from '../../seeds/emit.ts';
import { collect, nmi, projectPeople, type Network } from './seed-support.ts';

// Generating thousands of people takes seconds; on a busy machine, many more.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const DAY = 86_400_000;
// The package is CommonJS: under NodeNext its default import is module.exports, the function itself.
const louvain = louvainModule as unknown as (g: AbstractGraph, o?: LouvainOptions) => Record<string, number>;
let net: Network;
const gangOf = (key: string) => (net.persons.get(key)?.props.plantedGang ?? undefined) as number | undefined;
const roleOf = (key: string) => net.persons.get(key)?.props.plantedRole as string | undefined;
const group = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, T[]>();
  for (const t of items) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
};

beforeAll(() => {
  net = collect(2000, 42);
});

describe('planted gangs', () => {
  it('every gang has exactly one boss, a lieutenant and a fence', () => {
    const gangs = group(
      [...net.persons.values()].filter((p) => p.props.plantedGang != null && !p.props.plantedDuplicateOf),
      (p) => String(p.props.plantedGang),
    );
    expect(gangs.size).toBeGreaterThan(20);
    for (const [g, members] of gangs) {
      const roles = members.map((m) => m.props.plantedRole);
      expect(
        roles.filter((r) => r === 'boss'),
        `gang ${g}`,
      ).toHaveLength(1);
      expect(roles, `gang ${g}`).toContain('lieutenant');
      expect(roles, `gang ${g}`).toContain('fence');
    }
  });

  it('every gang is connected inside through calls, associates and shared phones alone', () => {
    const proj = projectPeople(net);
    const gangs = group(
      [...net.persons.keys()].filter((k) => gangOf(k) !== undefined),
      (k) => String(gangOf(k)),
    );
    for (const [g, members] of gangs) {
      const inside = new Set(members);
      const seen = new Set([members[0]!]);
      const queue = [members[0]!];
      while (queue.length) {
        const at = queue.pop()!;
        proj.forEachNeighbor(at, (n) => {
          const kinds = proj.getEdgeAttribute(at, n, 'kinds') as Set<string>;
          const strong = ['call', 'associate', 'phone'].some((k) => kinds.has(k));
          if (inside.has(n) && strong && !seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        });
      }
      expect(seen.size, `gang ${g}`).toBe(members.length);
    }
  });

  it('brokers have evidence links into at least two gangs', () => {
    const proj = projectPeople(net);
    const brokers = [...net.persons.keys()].filter(
      (k) => roleOf(k) === 'broker' && !net.persons.get(k)!.props.plantedDuplicateOf,
    );
    expect(brokers.length).toBeGreaterThan(10);
    for (const b of brokers) {
      const gangs = new Set<number>([gangOf(b)!]);
      proj.forEachNeighbor(b, (n) => {
        const g = gangOf(n);
        if (g !== undefined) gangs.add(g);
      });
      expect(gangs.size, `broker ${b}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has repeat offenders: people party to several cases over several years', () => {
    const caseAt = new Map(net.byType('Case').map((c) => [c.key, c.props.at as number]));
    const byPerson = group(
      net.relsOf('PARTY_TO').filter((r) => r.qualifier !== 'witness'),
      (r) => r.from.key,
    );
    const repeat = [...byPerson.values()].filter((rs) => {
      const years = new Set(rs.map((r) => new Date(caseAt.get(r.to.key)!).getUTCFullYear()));
      return rs.length >= 3 && years.size >= 2;
    });
    expect(repeat.length).toBeGreaterThan(net.persons.size * 0.05);
    const roles = new Set(net.relsOf('PARTY_TO').map((r) => r.qualifier));
    for (const r of ['suspect', 'arrested', 'charged', 'convicted', 'witness']) expect(roles).toContain(r);
  });

  it('passes burner phones between members of a gang in successive periods', () => {
    const byPhone = group(net.relsOf('USES'), (r) => r.to.key);
    let swapped = 0;
    for (const uses of byPhone.values()) {
      const periods = uses
        .filter((u) => u.props?.to !== undefined)
        .sort((a, b) => (a.props!.from as number) - (b.props!.from as number));
      if (periods.length < 2 || new Set(periods.map((p) => p.from.key)).size < 2) continue;
      for (let i = 1; i < periods.length; i++) {
        expect(periods[i]!.props!.from as number).toBeGreaterThanOrEqual(periods[i - 1]!.props!.to as number);
      }
      expect(new Set(periods.map((p) => gangOf(p.from.key))).size).toBe(1);
      swapped += 1;
    }
    expect(swapped).toBeGreaterThan(20);
  });
});

describe('sightings and resale chains', () => {
  it('sights vehicles near heritage sites at night around the dates of cases there', () => {
    const sightings = new Map(net.byType('Sighting').map((s) => [s.key, s]));
    const casesAt = group(net.relsOf('AT'), (r) => r.to.key);
    const caseAt = new Map(net.byType('Case').map((c) => [c.key, c.props.at as number]));
    const near = net.relsOf('NEAR');
    expect(near.length).toBeGreaterThan(net.byType('Case').length * 0.5);
    let night = 0;
    for (const n of near) {
      const t = sightings.get(n.from.key)!.props.at as number;
      const h = localHour(t);
      if (h >= 19 || h < 7) night += 1;
      const around = (casesAt.get(n.to.key) ?? []).some(
        (c) => Math.abs(caseAt.get(c.from.key)! - t) <= 15 * DAY,
      );
      expect(around, `sighting ${n.from.key}`).toBe(true);
    }
    expect(night).toBe(near.length);
  });

  it('every resale chain passes hand to hand in strict time order, starting with a party to the theft at the relic’s site', () => {
    const sale = new Map(net.byType('Sale').map((s) => [s.key, s]));
    const seller = new Map(net.relsOf('SOLD').map((r) => [r.to.key, r.from.key]));
    const buyer = new Map(net.relsOf('BOUGHT').map((r) => [r.to.key, r.from.key]));
    const soldAt = new Map(net.relsOf('SOLD_AT').map((r) => [r.from.key, r.to.key]));
    const takenFrom = new Map(net.relsOf('TAKEN_FROM').map((r) => [r.from.key, r.to.key]));
    // The theft a relic came from (a later 倒卖文物案 or 走私文物案 may concern it too).
    const resale = new Set(
      net
        .byType('Case')
        .filter((c) => c.props.kind === 'illegal-resale' || c.props.kind === 'smuggling')
        .map((c) => c.key),
    );
    const caseOf = new Map(
      net
        .relsOf('CONCERNS')
        .filter((r) => !resale.has(r.from.key))
        .map((r) => [r.to.key, r.from.key]),
    );
    const caseSite = new Map(net.relsOf('AT').map((r) => [r.from.key, r.to.key]));
    const parties = group(net.relsOf('PARTY_TO'), (r) => r.to.key);
    const chains = group(net.relsOf('OF'), (r) => r.to.key);
    expect(chains.size).toBeGreaterThan(100);
    let auction = 0;
    let abroad = 0;
    let long = 0;
    for (const [relic, ofs] of chains) {
      const sales = ofs
        .map((o) => sale.get(o.from.key)!)
        .sort((a, b) => (a.props.at as number) - (b.props.at as number));
      const c = caseOf.get(relic)!;
      expect(caseSite.get(c)).toBe(takenFrom.get(relic));
      const first = seller.get(sales[0]!.key)!;
      expect(parties.get(c)!.map((p) => p.from.key)).toContain(first);
      const caseAt = net.node('Case', c)!.props.at as number;
      expect(sales[0]!.props.at as number).toBeGreaterThan(caseAt);
      for (let i = 1; i < sales.length; i++) {
        expect(sales[i]!.props.at as number).toBeGreaterThan(sales[i - 1]!.props.at as number);
        expect(seller.get(sales[i]!.key)).toBe(buyer.get(sales[i - 1]!.key));
      }
      const last = sales[sales.length - 1]!;
      const where = soldAt.get(last.key);
      if (last.props.channel === 'auction') {
        expect(where).toMatch(/^auction-house:/);
        auction += 1;
      }
      if (last.props.channel === 'smuggled-abroad') {
        expect(where).toMatch(/^border-crossing:/);
        expect(roleOf(buyer.get(last.key)!)).toBe('overseas-buyer');
        abroad += 1;
      }
      if (sales.length >= 3) long += 1;
    }
    expect(auction).toBeGreaterThan(20);
    expect(abroad).toBeGreaterThan(10);
    expect(long).toBeGreaterThan(chains.size * 0.3);
  });
});

describe('entity resolution and detectability', () => {
  it('plants duplicate records that share a phone and a birth date with the person they copy', () => {
    const dups = [...net.persons.values()].filter((p) => p.props.plantedDuplicateOf);
    expect(dups.length).toBeGreaterThanOrEqual(5);
    const phonesOf = group(net.relsOf('USES'), (r) => r.from.key);
    for (const d of dups) {
      const original = net.persons.get(d.props.plantedDuplicateOf as string)!;
      expect(d.props.birthDate).toBe(original.props.birthDate);
      const mine = phonesOf.get(d.key)!.map((r) => r.to.key);
      const theirs = phonesOf.get(original.key)!.map((r) => r.to.key);
      expect(mine.some((p) => theirs.includes(p))).toBe(true);
      expect(d.props.plantedGang).toBe(original.props.plantedGang);
    }
  });

  it('lets Louvain recover the planted gangs (NMI >= 0.9) from a network that is not split into islands', () => {
    const proj = projectPeople(net);
    const biggest = Math.max(...connectedComponents(proj).map((c) => c.length));
    expect(biggest).toBeGreaterThan(net.persons.size * 0.9);
    let cross = 0;
    proj.forEachEdge((_e, _a, s, t) => {
      const gs = gangOf(s);
      const gt = gangOf(t);
      if (gs !== undefined && gt !== undefined && gs !== gt) cross += 1;
    });
    expect(cross).toBeGreaterThan(50);
    const communities = louvain(proj, { getEdgeWeight: 'weight', rng: seedrandom('louvain') });
    const pairs = [...net.persons.keys()]
      .filter((k) => gangOf(k) !== undefined)
      .map((k) => [String(gangOf(k)), String(communities[k])] as const);
    expect(nmi(pairs)).toBeGreaterThanOrEqual(0.9);
  });
});
