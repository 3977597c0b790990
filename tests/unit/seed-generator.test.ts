// The demo generator: deterministic from its seed, sized as asked, streamed in batches, with
// valid identifiers and the planted truth written onto the records it describes.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { OTHERS_CHUNK, generateSeedNetwork, makePlan, plantedTruth } from '../../seeds/generator.ts';
import { GANG_ROLES, MAX_GANG, MIN_GANG } from '../../seeds/plan.ts';
import { collect } from './seed-support.ts';

// Generating thousands of people takes seconds; on a busy machine, many more.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const digest = (people: number, seed: number, batchPeople?: number) => {
  const nodes = createHash('sha256');
  const rels = createHash('sha256');
  for (const b of generateSeedNetwork({ people, seed, ...(batchPeople ? { batchPeople } : {}) })) {
    for (const n of b.nodes) nodes.update(JSON.stringify(n));
    for (const r of b.rels) rels.update(JSON.stringify(r));
  }
  return `${nodes.digest('hex')}/${rels.digest('hex')}`;
};

describe('seed generator', () => {
  it('gives identical records for the same seed, whatever the batch size, and different ones for another seed', () => {
    const a = digest(400, 7);
    expect(digest(400, 7)).toBe(a);
    expect(digest(400, 7, 60)).toBe(a);
    expect(digest(400, 8)).not.toBe(a);
  });

  it('makes exactly the number of people asked for, from a few dozen to thousands', () => {
    for (const people of [50, 300, 3000]) {
      const net = collect(people, 3);
      expect(net.persons.size).toBe(people);
      expect(makePlan({ people, seed: 3 }).people).toBe(people);
    }
  });

  it('scales the rest of the network with the people (records per person stay in a band)', () => {
    const small = collect(500, 11);
    const large = collect(5000, 11);
    const perPerson = (n: typeof small) => n.records / n.persons.size;
    expect(perPerson(large) / perPerson(small)).toBeGreaterThan(0.75);
    expect(perPerson(large) / perPerson(small)).toBeLessThan(1.33);
    for (const type of ['Call', 'Case', 'Relic', 'Sale', 'Sighting', 'Vehicle', 'Phone', 'Site']) {
      expect(large.count(type), type).toBeGreaterThan(small.count(type) * 4);
    }
  });

  it('streams in batches of about the size asked for, never splitting a gang', () => {
    let batches = 0;
    let last = 0;
    for (const b of generateSeedNetwork({ people: 2000, seed: 5, batchPeople: 150 })) {
      batches += 1;
      expect(b.people).toBeLessThan(150 + Math.max(MAX_GANG + MIN_GANG, OTHERS_CHUNK));
      expect(b.peopleSoFar).toBe(last + b.people);
      last = b.peopleSoFar;
    }
    expect(batches).toBeGreaterThan(8);
    expect(last).toBe(2000);
  });

  it('refuses sizes outside 50..1,000,000 and non-integer seeds, naming the option', () => {
    expect(() => makePlan({ people: 10, seed: 1 })).toThrow(/"people".*50 to 1000000.*got 10/);
    expect(() => makePlan({ people: 2_000_000, seed: 1 })).toThrow(/"people"/);
    expect(() => makePlan({ people: 100, seed: 1.5 })).toThrow(/"seed" must be an integer/);
  });

  it('gives every key once per type and sources numbered once per record', () => {
    const net = collect(1500, 21);
    const sources = new Set<string>();
    for (const n of net.nodes) {
      const k = `${n.type}:${n.key}`;
      expect(net.nodeKeys.has(k) ? net.nodeKeys.get(k) : 0).toBe(1);
      sources.add(n.source);
    }
    for (const r of net.rels) sources.add(r.source);
    expect(sources.size).toBe(net.records);
    expect([...sources].every((s) => /^seed:21#\d+$/.test(s))).toBe(true);
  });

  it('writes the planted truth onto the person records, and plantedTruth() gives the same', () => {
    const net = collect(1200, 9);
    const truth = [...plantedTruth({ people: 1200, seed: 9 })];
    expect(truth).toHaveLength(1200);
    for (const t of truth) {
      const p = net.persons.get(t.key);
      expect(p, t.key).toBeDefined();
      expect(p!.props.plantedGang ?? null).toBe(t.gang);
      expect(p!.props.plantedRole).toBe(t.role);
      expect(p!.props.plantedDuplicateOf ?? null).toBe(t.duplicateOf);
    }
    const roles = new Set(truth.map((t) => t.role));
    for (const r of [...GANG_ROLES, 'dealer', 'collector', 'overseas-buyer', 'unaffiliated'])
      expect(roles).toContain(r);
    expect(truth.filter((t) => t.duplicateOf !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('draws gang sizes from a heavy tail', () => {
    const sizes = makePlan({ people: 20_000, seed: 4 })
      .gangs.map((g) => g.size)
      .sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_GANG);
    expect(sizes[sizes.length - 1]!).toBeGreaterThan(median * 4);
    expect(median).toBeLessThan(20);
  });

  it('uses valid Chinese identifiers: +86 mobiles, Luhn IMEIs, resident IDs with their check digit, plates', () => {
    // Every check of every person is in seed-chinese.test.ts; here, the forms at a glance.
    const net = collect(600, 13);
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let ids = 0;
    for (const p of net.persons.values()) {
      if (p.props.plantedDuplicateOf) continue; // a duplicate may write its number differently
      const id = p.props.idNumber as string | undefined;
      if (p.props.nationality !== 'CN') {
        expect(id, p.key).toBeUndefined(); // a foreign buyer has a passport
        expect(p.props.documentIds).toHaveLength(1);
        continue;
      }
      expect(id).toMatch(/^\d{17}[\dX]$/);
      const sum = weights.reduce((s, w, i) => s + w * Number(id![i]), 0);
      expect(id![17]).toBe('10X98765432'[sum % 11]);
      expect(id!.slice(6, 14)).toBe(String(p.props.birthDate).replace(/-/g, ''));
      expect(p.props.documentIds).toEqual([id]);
      ids += 1;
    }
    expect(ids).toBeGreaterThan(500);
    for (const ph of net.byType('Phone')) {
      expect(ph.key).toMatch(/^\+861[3-9]\d{9}$/);
      const imei = String(ph.props.imei);
      expect(imei).toMatch(/^\d{15}$/);
      let sum = 0;
      for (let i = 0; i < 15; i++) {
        let d = Number(imei[14 - i]);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      expect(sum % 10).toBe(0);
    }
    const plates = net.byType('Vehicle').map((v) => String(v.props.plate));
    for (const p of plates)
      expect(p).toMatch(/^\p{Script=Han}[A-HJ-NP-Z]·(?:[0-9A-HJ-NP-Z]{5}|[DF][0-9A-HJ-NP-Z]\d{4})$/u);
    expect(plates.some((p) => p.length === 9)).toBe(true); // new-energy: 8 characters and the dot
  });
});
