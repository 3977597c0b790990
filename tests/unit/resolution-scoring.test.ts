import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  blockIndex,
  blockedPairs,
  blockingKeys,
  candidatePairs,
} from '../../server/features/resolution/blocking.ts';
import {
  WEIGHTS,
  birthDateKey,
  combine,
  documentKey,
  imeiKey,
  scorePair,
} from '../../server/features/resolution/scoring.ts';
import type { PersonFacts } from '../../server/features/resolution/types.ts';

function person(uid: string, p: Partial<Omit<PersonFacts, 'uid'>> = {}): PersonFacts {
  return {
    uid,
    name: p.name ?? null,
    aliases: p.aliases ?? [],
    documentIds: p.documentIds ?? [],
    birthDate: p.birthDate ?? null,
    phones: p.phones ?? new Set(),
    imeis: p.imeis ?? new Map(),
    vehicles: p.vehicles ?? new Set(),
  };
}

describe('keys', () => {
  it('normalises document numbers, IMEIs and birth dates', () => {
    expect(documentKey('ab-123 456')).toBe('AB123456');
    expect(imeiKey('35-209900-176148-1')).toBe('35209900176148');
    expect(imeiKey('3520990017614823')).toBe('35209900176148'); // IMEISV
    expect(imeiKey('12345')).toBeNull();
    expect(birthDateKey('1971-3-9')).toBe('1971-03-09');
    expect(birthDateKey('1971-03-09T00:00:00Z')).toBe('1971-03-09');
  });
});

describe('combine', () => {
  it('adds independent evidence as a noisy-OR and never passes 1', () => {
    const e = (weight: number) => ({ kind: 'shared-phone' as const, detail: '', weight });
    expect(combine([e(0.5)])).toBe(0.5);
    expect(combine([e(0.5), e(0.5)])).toBe(0.75);
    expect(combine([e(0.95), e(0.95), e(0.95)])).toBeLessThanOrEqual(1);
    expect(combine([])).toBe(0);
  });
  it('lets a conflict scale the score down and gives 0 with only conflicts', () => {
    const pos = { kind: 'same-name' as const, detail: '', weight: 0.5 };
    const neg = { kind: 'different-birth-date' as const, detail: '', weight: -0.6 };
    expect(combine([pos, neg])).toBe(0.2);
    expect(combine([neg])).toBe(0);
  });
});

describe('scorePair', () => {
  it('orders the pair by uid and lists the evidence strongest first', () => {
    const a = person('Person:2', { name: 'Wang Lei', documentIds: ['G-1234567'], birthDate: '1970-01-02' });
    const b = person('Person:1', { name: 'Wnag Lei', documentIds: ['g1234567'], birthDate: '1970-01-02' });
    const s = scorePair(a, b);
    expect([s.a, s.b]).toEqual(['Person:1', 'Person:2']);
    expect(s.evidence.map((e) => e.kind)).toEqual(['shared-document', 'similar-name', 'same-birth-date']);
    expect(s.evidence[0]!.detail).toBe('G1234567');
    expect(s.score).toBe(combine(s.evidence));
    expect(s.score).toBeGreaterThan(0.95);
  });

  it('finds an alias of one person that is the name of the other', () => {
    const a = person('Person:a', { name: 'Zhao Gang', aliases: ['Laohu'] });
    const b = person('Person:b', { name: 'Lao Hu' });
    const s = scorePair(a, b);
    expect(s.evidence).toEqual([
      expect.objectContaining({ kind: 'alias-match', weight: WEIGHTS.aliasMatch }),
    ]);
    expect(s.evidence[0]!.detail).toContain('Laohu');
  });

  it('counts the same IMEI on different phone records, not on the same record', () => {
    const imei = '35209900176148';
    const a = person('Person:a', {
      phones: new Set(['Phone:1']),
      imeis: new Map([[imei, new Set(['Phone:1'])]]),
    });
    const b = person('Person:b', {
      phones: new Set(['Phone:2']),
      imeis: new Map([[imei, new Set(['Phone:2'])]]),
    });
    const c = person('Person:c', {
      phones: new Set(['Phone:1']),
      imeis: new Map([[imei, new Set(['Phone:1'])]]),
    });
    expect(scorePair(a, b).evidence.map((e) => e.kind)).toEqual(['same-imei']);
    expect(scorePair(a, b).evidence[0]!.detail).toBe(`${imei} on Phone:1 and Phone:2`);
    expect(scorePair(a, c).evidence.map((e) => e.kind)).toEqual(['shared-phone']);
  });

  it('keeps family members sharing a phone, a car and a family name below the default threshold', () => {
    const shared = { phones: new Set(['Phone:home']), vehicles: new Set(['Vehicle:X1']) };
    const father = person('Person:f', { name: 'Wang Jian', birthDate: '1960-05-01', ...shared });
    const son = person('Person:s', { name: 'Wang Lei', birthDate: '1988-09-12', ...shared });
    const s = scorePair(father, son);
    expect(s.evidence.map((e) => e.kind)).toEqual(['shared-phone', 'shared-vehicle', 'different-birth-date']);
    expect(s.score).toBeLessThan(0.6);
  });

  it('gives nothing for two strangers', () => {
    const s = scorePair(person('Person:a', { name: 'Li Na' }), person('Person:b', { name: 'Chen Hao' }));
    expect(s.evidence).toEqual([]);
    expect(s.score).toBe(0);
  });
});

describe('blocking', () => {
  it('gives keys by document, phone, IMEI, vehicle, birth date and phonetic name', () => {
    const keys = blockingKeys(
      person('Person:a', {
        name: 'Wang Lei',
        documentIds: ['g-1'],
        birthDate: '1970-1-2',
        phones: new Set(['Phone:1']),
        imeis: new Map([['35209900176148', new Set(['Phone:1'])]]),
        vehicles: new Set(['Vehicle:V']),
      }),
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'd:G1',
        'p:Phone:1',
        'i:35209900176148',
        'v:Vehicle:V',
        'b:1970-01-02',
        'n:L000 W520',
        't:W520',
      ]),
    );
  });

  it('blocks a typo in the first letter of a token, which Soundex keeps', () => {
    const a = person('Person:a', { name: 'Xu Yongbo' });
    const b = person('Person:b', { name: 'Xu Rongbo' });
    expect(candidatePairs([a, b], 50).pairs).toEqual([[0, 1]]);
    expect(scorePair(a, b).evidence.map((e) => e.kind)).toEqual(['similar-name']);
  });

  it('pairs only persons that share a block, each pair once, and skips oversized blocks', () => {
    const persons = [
      person('Person:0', { name: 'Wang Lei', documentIds: ['X1'] }),
      person('Person:1', { name: 'Wnag Lei', documentIds: ['X1'] }), // shares 3 blocks with 0
      person('Person:2', { name: 'Chen Hao' }),
      person('Person:3', { name: 'Ma Yun', phones: new Set(['Phone:switchboard']) }),
      person('Person:4', { name: 'Zhou Bo', phones: new Set(['Phone:switchboard']) }),
      person('Person:5', { name: 'Sun Li', phones: new Set(['Phone:switchboard']) }),
    ];
    const wide = candidatePairs(persons, 50);
    expect(wide.pairs).toEqual(
      expect.arrayContaining([
        [0, 1],
        [3, 4],
        [3, 5],
        [4, 5],
      ]),
    );
    expect(wide.pairs).toHaveLength(4);
    expect(wide.skippedBlocks).toBe(0);
    const narrow = candidatePairs(persons, 2);
    expect(narrow.pairs).toEqual([[0, 1]]);
    expect(narrow.skippedBlocks).toBe(1);
  });

  it('yields exactly the pairs sharing a block, each once, on a random population (seeded)', () => {
    const rng = seedrandom('blocking');
    const pick = (xs: string[]) => xs[Math.floor(rng() * xs.length)]!;
    const persons = Array.from({ length: 300 }, (_, i) =>
      person(`Person:${i}`, {
        name: `${pick(['Wang', 'Li', 'Zhao', 'Chen', 'Ivanov'])} ${pick(['Lei', 'Ming', 'Fang', 'Jun', 'Tao', 'Hui'])}`,
        birthDate: rng() < 0.5 ? `19${50 + Math.floor(rng() * 40)}-01-0${1 + Math.floor(rng() * 9)}` : null,
        phones: new Set(rng() < 0.7 ? [`Phone:${Math.floor(rng() * 200)}`] : []),
        documentIds: rng() < 0.3 ? [`D${Math.floor(rng() * 100)}`] : [],
      }),
    );
    const index = blockIndex(persons, 20);
    const got = [...blockedPairs(index)].map(([i, j]) => `${i}-${j}`);
    expect(new Set(got).size).toBe(got.length);
    const expected: string[] = [];
    for (let i = 0; i < persons.length; i++) {
      const mine = new Set(index.keysOf[i]);
      for (let j = i + 1; j < persons.length; j++) {
        if (index.keysOf[j]!.some((k) => mine.has(k))) expected.push(`${i}-${j}`);
      }
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(index.skippedBlocks).toBeGreaterThan(0);
    expect(got.sort()).toEqual(expected.sort());
  });
});
