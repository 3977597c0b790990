// Entities written before the Chinese search forms (migration 011) lack them in searchText: this
// adds them once per database, at start (server/main.ts, after the migrations), in pages of 5,000
// entities by uid, and records a (:SearchFormsBackfill {version}) node so that later starts skip
// it. Idempotent: forms already present are not added again. Raise the version whenever
// chinese.ts derives new forms, so databases written before get them too (2: names romanised as
// passports write them, "Meng Qiangyong").
import type { Db } from '../../db/db.ts';
import { searchForms } from './chinese.ts';

export const BACKFILL_VERSION = 2;
const HAN = '(?s).*\\p{IsHan}.*';

export async function backfillSearchForms(
  db: Db,
  opts: { pageSize?: number; log?: (m: string) => void; now?: () => number } = {},
): Promise<{ updated: number; skipped: boolean }> {
  const [state] = await db.read('queries/search/backfill-done', { version: BACKFILL_VERSION });
  if (state?.done === true) return { updated: 0, skipped: true };
  let after = '';
  let updated = 0;
  for (;;) {
    const rows = await db.read(
      'queries/search/backfill-page',
      { after, han: HAN, limit: opts.pageSize ?? 5_000 },
      { timeoutMs: 120_000 },
    );
    const last = rows[0]?.last;
    if (typeof last !== 'string') break;
    const changes: Array<{ uid: string; searchText: string }> = [];
    for (const r of rows) {
      if (typeof r.uid !== 'string' || typeof r.searchText !== 'string') continue;
      const parts = r.searchText.split(' | ');
      const forms = searchForms({ name: r.name, aliases: r.aliases, nicknames: r.nicknames }, parts);
      if (forms.length > 0) changes.push({ uid: r.uid, searchText: [...parts, ...forms].join(' | ') });
    }
    if (changes.length > 0) await db.write('queries/search/backfill-write', { rows: changes });
    updated += changes.length;
    after = last;
  }
  await db.write('queries/search/backfill-mark', {
    version: BACKFILL_VERSION,
    now: (opts.now ?? Date.now)(),
  });
  if (updated > 0)
    opts.log?.(`search: added pinyin and simplified forms to ${updated} entities written before them`);
  return { updated, skipped: false };
}
