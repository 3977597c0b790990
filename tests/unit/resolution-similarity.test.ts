import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  jaroWinkler,
  nameSimilarity,
  nameTokens,
  normaliseName,
  soundex,
} from '../../server/features/resolution/similarity.ts';

describe('normaliseName', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normaliseName('  José  Müller-García ')).toBe('jose muller garcia');
    expect(normaliseName("O'Brien, Seán")).toBe('obrien sean');
    expect(normaliseName('Łukasz Øster Straße')).toBe('lukasz oster strasse');
  });
  it('transliterates Cyrillic and Greek to Latin and keeps other scripts', () => {
    expect(normaliseName('Иван Петров')).toBe('ivan petrov');
    expect(normaliseName('Νίκος')).toBe('nikos');
    expect(normaliseName('王磊')).toBe('王磊');
  });
  it('splits into tokens and gives none for an empty name', () => {
    expect(nameTokens('Wang  Lei')).toEqual(['wang', 'lei']);
    expect(nameTokens(' - ')).toEqual([]);
  });
});

describe('soundex', () => {
  it('gives the classic codes', () => {
    expect(soundex('robert')).toBe('R163');
    expect(soundex('rupert')).toBe('R163');
    expect(soundex('tymczak')).toBe('T522');
    expect(soundex('ashcraft')).toBe('A261');
    expect(soundex('lee')).toBe('L000');
  });
  it('meets transposed and W/V spellings', () => {
    expect(soundex('wang')).toBe(soundex('wnag'));
    expect(soundex('ivanov')).toBe(soundex('iwanow'));
    expect(soundex('wang')).not.toBe(soundex('zhang'));
  });
  it('returns a token with no Latin letter as it is', () => {
    expect(soundex('王磊')).toBe('王磊');
  });
});

describe('jaroWinkler', () => {
  it('matches published values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });
  it('is 1 for equal strings, 0 for nothing in common or an empty string, and symmetric', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('wang lei', 'wnag lei')).toBeCloseTo(jaroWinkler('wnag lei', 'wang lei'), 10);
  });
});

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('wang', 'wnag')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('same', 'same')).toBe(0);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same name in another order, case, accent, spacing or script', () => {
    expect(nameSimilarity('Wang Lei', 'lei WANG')).toBe(1);
    expect(nameSimilarity('Wang Lei', 'Wanglei')).toBe(1);
    expect(nameSimilarity('José García', 'Jose Garcia')).toBe(1);
    expect(nameSimilarity('Иван Петров', 'Ivan Petrov')).toBe(1);
  });
  it('stays high for misspellings and transliteration variants', () => {
    expect(nameSimilarity('Wang Lei', 'Wnag Lei')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Ivan Petrov', 'Iwan Petrow')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Catherine Smith', 'Katherine Smith')).toBeGreaterThanOrEqual(0.9);
  });
  it('stays low for relatives sharing a family name and for different people', () => {
    expect(nameSimilarity('Wang Lei', 'Wang Fang')).toBeLessThan(0.9);
    expect(nameSimilarity('Wang Lei', 'Wang Wei')).toBeLessThan(0.9);
    expect(nameSimilarity('Zhang Min', 'Li Qiang')).toBeLessThan(0.8);
    expect(nameSimilarity('', 'Li Qiang')).toBe(0);
  });
  it('does not let a shared family name carry a different given name', () => {
    // Found as false candidates on a synthetic population (bench/suites/resolution.ts).
    expect(nameSimilarity('Hu Hongming', 'Hu Honghui')).toBeLessThan(0.92);
    expect(nameSimilarity('Ma Lei', 'Ma Leiming')).toBeLessThan(0.92);
    expect(nameSimilarity('Petrov Mei', 'Petrov Meixin')).toBeLessThan(0.92);
    expect(nameSimilarity('Liu Lei', 'Luo Leian')).toBeLessThan(0.92);
    expect(nameSimilarity('Petrov Lei', 'Petrov Mei')).toBeLessThan(0.92);
  });
  it('matches an initial and a one-letter typo in a long token', () => {
    expect(nameSimilarity('Li Ming', 'Ming L.')).toBeGreaterThanOrEqual(0.92);
    expect(nameSimilarity('Xu Yongbo', 'Xu Rongbo')).toBeGreaterThanOrEqual(0.92);
    expect(nameSimilarity('Li Ming', 'Ming K.')).toBeLessThan(0.92);
  });
  it('costs a little for an extra token such as a middle name', () => {
    const s = nameSimilarity('John Smith', 'John Robert Smith');
    expect(s).toBeGreaterThan(0.9);
    expect(s).toBeLessThan(1);
  });
});
