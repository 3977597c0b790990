// Full-text search over the `entity_search` index (or `entity_search_cjk` for Chinese words),
// exact identifiers first, with type filters and cursor paging.
import type { Db } from '../../db/db.ts';
import { badInput } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { isPlainNode, toEntity } from '../entities/mapping.ts';
import type { EntityView } from '../entities/types.ts';
import { checkTypeNames } from '../entities/validate.ts';
import { regionByCode } from '../model/regions.ts';
import { exactTexts, exactUids, planSearch } from './lucene.ts';

export interface SearchHit {
  entity: EntityView;
  score: number;
  exact: boolean;
}

export interface SearchArgs {
  query: string;
  types?: readonly string[] | null;
  includeMerged?: boolean | null;
  region?: string | null;
  first?: number | null;
  after?: string | null;
}

export class SearchService {
  constructor(private readonly db: Db) {}

  async search(args: SearchArgs): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
    const { skip, limit } = pageArgs(args.first, args.after);
    if (typeof args.query !== 'string' || args.query.trim().length === 0 || args.query.length > 200) {
      throw badInput(`search.query: expected 1 to 200 characters, got ${JSON.stringify(args.query)}.`);
    }
    const types = checkTypeNames('search.types', args.types);
    const region = regionPrefix(args.region);
    const plan = planSearch(args.query);
    if (!plan)
      throw badInput(
        `search.query: expected at least one letter or digit, got ${JSON.stringify(args.query)}.`,
      );
    const rows = await this.db.read(
      'queries/search/search-entities',
      {
        index: plan.index,
        lucene: plan.lucene,
        nameStart: plan.nameStart,
        ftLimit: Math.min(5_000, (skip + limit + 1) * 4 + 100),
        exactUids: exactUids(args.query, types),
        exactTexts: exactTexts(args.query),
        types,
        region,
        includeMerged: args.includeMerged ?? false,
        skip,
        limit: limit + 1,
      },
      { timeoutMs: 10_000 },
    );
    const hits: SearchHit[] = [];
    for (const row of rows) {
      if (!isPlainNode(row.n)) continue;
      hits.push({ entity: toEntity(row.n), score: Number(row.score), exact: row.exact === true });
    }
    return toPage(hits, skip, limit);
  }
}

/**
 * The code prefix a region filter matches: a province's code without its four zeros ("61"), a
 * prefecture's without two ("6104"), a county's whole. Only codes of the GB/T 2260 table are taken.
 */
function regionPrefix(code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const region = /^\d{6}$/.test(code) ? regionByCode(code) : undefined;
  if (!region) {
    throw badInput(
      `search.region: expected a six-digit GB/T 2260 code of a province, prefecture or county, got ${JSON.stringify(code)}.`,
    );
  }
  if (region.level === 'province') return code.slice(0, 2);
  if (region.level === 'prefecture') return code.slice(0, 4);
  return code;
}
