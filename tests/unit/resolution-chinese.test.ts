// Scoring and blocking of Chinese records (issue 18): resident identity numbers (same = one
// person; different = a conflict; the birth date and sex they give count when a record states
// none), names across traditional and simplified characters, homophones only a weak clue.
import { describe, expect, it } from 'vitest';
import { blockingKeys, candidatePairs } from '../../server/features/resolution/blocking.ts';
import { WEIGHTS, scorePair } from '../../server/features/resolution/scoring.ts';
import type { PersonFacts } from '../../server/features/resolution/types.ts';

function person(uid: string, p: Partial<Omit<PersonFacts, 'uid'>> = {}): PersonFacts {
  return {
    uid,
    name: p.name ?? null,
    aliases: p.aliases ?? [],
    documentIds: p.documentIds ?? [],
    birthDate: p.birthDate ?? null,
    idNumber: p.idNumber ?? null,
    sex: p.sex ?? null,
    phones: p.phones ?? new Set(),
    imeis: p.imeis ?? new Map(),
    vehicles: p.vehicles ?? new Set(),
  };
}
const kinds = (a: PersonFacts, b: PersonFacts) => scorePair(a, b).evidence.map((e) => e.kind);

describe('resident identity numbers', () => {
  it('the same number is one person on its own, counted once (not also as a shared document)', () => {
    const a = person('Person:1', {
      name: '李明',
      idNumber: '110101198001011232',
      documentIds: ['110101198001011232'],
    });
    const b = person('Person:2', { name: 'Li Xiaoming', idNumber: '110101 19800101 1232' });
    const s = scorePair(a, b);
    expect(s.evidence.map((e) => [e.kind, e.detail])).toEqual([
      ['same-id-number', '110101198001011232'],
      ['same-birth-date', '1980-01-01'],
    ]);
    expect(s.evidence[0]!.weight).toBe(WEIGHTS.sameIdNumber);
    expect(scorePair(a, person('Person:3', { idNumber: '110101198001011232' })).score).toBeGreaterThanOrEqual(
      0.95,
    );
    // Blocked together by the number alone (no document, name or birth date key in common).
    const keys = blockingKeys(person('Person:4', { idNumber: '110101198001011232' }));
    expect(keys).toContain('c:110101198001011232');
    const pairs = candidatePairs(
      [person('Person:4', { idNumber: '110101198001011232', birthDate: '1999-09-09' }), b],
      50,
    );
    expect(pairs.pairs).toEqual([[0, 1]]);
  });

  it('two different numbers, a different sex or birth date the ID gives, are conflicts', () => {
    const a = person('Person:1', { name: '王军', idNumber: '440306198506150018' });
    const b = person('Person:2', { name: '王军', idNumber: '440306198506150034' });
    expect(kinds(a, b)).toEqual(['same-name', 'same-birth-date', 'different-id-number']);
    expect(scorePair(a, b).score).toBeLessThan(0.1);
    // The ID says male (sequence 001); the other record says female.
    const c = person('Person:3', { name: '王军', sex: 'female', birthDate: '1985-06-15' });
    expect(kinds(a, c)).toEqual(['same-name', 'same-birth-date', 'different-sex']);
    expect(scorePair(a, c).score).toBeLessThan(0.6);
    // The ID's birth date against a stated one.
    const d = person('Person:4', { name: '王军', birthDate: '1990-01-01' });
    expect(kinds(a, d)).toEqual(['same-name', 'different-birth-date']);
  });
});

describe('names in characters', () => {
  it('traditional and simplified are the same name, and block together', () => {
    const t = person('Person:1', { name: '陳建國', birthDate: '1975-04-12' });
    const s = person('Person:2', { name: '陈建国', birthDate: '1975-04-12' });
    const scored = scorePair(t, s);
    expect(scored.evidence.map((e) => [e.kind, e.detail])).toEqual([
      ['same-name', '陳建國 = 陈建国'],
      ['same-birth-date', '1975-04-12'],
    ]);
    expect(scored.score).toBeGreaterThanOrEqual(0.6);
    expect(
      candidatePairs([person('Person:1', { name: '陳建國' }), person('Person:2', { name: '陈建国' })], 50)
        .pairs,
    ).toEqual([[0, 1]]);
  });

  it('homophones are a weak clue only: never a candidate on their own, nor with a birth date', () => {
    const a = person('Person:1', { name: '王军', birthDate: '1985-06-15' });
    const b = person('Person:2', { name: '汪军', birthDate: '1985-06-15' });
    expect(kinds(a, b)).toEqual(['same-birth-date', 'same-pinyin']);
    expect(scorePair(a, b).score).toBeLessThan(0.6);
    expect(scorePair(person('Person:1', { name: '王军' }), person('Person:2', { name: '汪军' })).score).toBe(
      WEIGHTS.samePinyin,
    );
    // One character more is another given name, not a similar one.
    expect(
      kinds(person('Person:1', { name: '欧阳建国华' }), person('Person:2', { name: '欧阳建国' })),
    ).toEqual([]);
  });

  it('a name in characters meets its pinyin', () => {
    expect(kinds(person('Person:1', { name: '王军' }), person('Person:2', { name: 'Wang Jun' }))).toEqual([
      'similar-name',
    ]);
    expect(
      candidatePairs([person('Person:1', { name: '王军' }), person('Person:2', { name: 'Wangjun' })], 50)
        .pairs,
    ).toEqual([[0, 1]]);
  });
});
