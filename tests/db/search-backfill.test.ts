// Entities written before the Chinese search forms get them once, at start: found by pinyin after
// the backfill, not before; a second run is skipped; forms are not added twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { backfillSearchForms } from '../../server/features/search/backfill.ts';
import { SearchService } from '../../server/features/search/service.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  await new GraphWriter(db).write([
    { type: 'Person', key: 'B1', props: { name: '王军', aliases: ['軍哥'] }, source: 'b.csv#1' },
    { type: 'Person', key: 'B2', props: { name: 'Jack Powell' }, source: 'b.csv#2' },
    { type: 'Person', key: 'B3', props: { name: '李文' }, source: 'b.csv#4' },
    { type: 'Relic', key: 'R1', props: { description: '北魏佛首' }, source: 'b.csv#3' },
  ]);
  // As written before migration 011: searchText without the Chinese forms.
  await db.write('queries/search/backfill-write', {
    rows: [
      { uid: 'Person:B1', searchText: 'B1 | 軍哥' },
      { uid: 'Person:B2', searchText: 'B2' },
      { uid: 'Person:B3', searchText: 'B3' },
    ],
  });
});
afterAll(() => db.close());

const found = async (q: string) =>
  (await new SearchService(db).search({ query: q })).items.map((h) => h.entity.id);

describe('search-forms backfill', () => {
  it('adds pinyin and simplified forms once, to the entities that have Chinese names', async () => {
    expect(await found('wangjun')).toEqual([]);
    const first = await backfillSearchForms(db, { pageSize: 1 });
    expect(first).toEqual({ updated: 2, skipped: false }); // past a page without Chinese (B2)
    expect((await found('wangjun'))[0]).toBe('Person:B1');
    expect((await found('junge'))[0]).toBe('Person:B1'); // the alias 軍哥, as 军哥
    expect((await found('军哥'))[0]).toBe('Person:B1');
    expect((await found('liwen'))[0]).toBe('Person:B3');
    expect(await backfillSearchForms(db)).toEqual({ updated: 0, skipped: true });
  });
});
