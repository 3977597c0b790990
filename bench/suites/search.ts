// Search over 100,000 people with Chinese names (BENCH_SEARCH_PEOPLE to change), written through
// GraphWriter (so every name carries its pinyin, initials and simplified forms): the service's
// search (SearchService: exact-first ranking, type and merge filters, phones' users) for a name
// typed in characters, in toneless pinyin and as initials, against the same Lucene query through
// Neo4j's full-text index alone, in the same run. `search.vs-fulltext` is the worst of the three
// p50 ratios; p50 and p99 of both sides are in `detail`.
import seedrandom from 'seedrandom';
import { GraphWriter, type NodeRecord } from '../../server/features/ingest/writer.ts';
import { nameForms } from '../../server/features/search/chinese.ts';
import { planSearch } from '../../server/features/search/lucene.ts';
import { SearchService } from '../../server/features/search/service.ts';
import type { BenchResult, BenchSuite } from '../types.ts';
import { benchNeo4j } from '../support/neo4j.ts';

const PEOPLE = Number(process.env.BENCH_SEARCH_PEOPLE ?? 100_000);
const QUERIES = 200;
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国红玉文辉鹏飞志宏海波斌燕俊凤鑫宇浩晨',
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

const suite: BenchSuite = {
  prefix: 'search',
  description: `search ${PEOPLE.toLocaleString('en')} people by characters, pinyin and initials vs the full-text index alone`,
  async run(ctx) {
    const rng = seedrandom('crimegraph-search-bench');
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
    const names: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      names.push(pick(SURNAMES) + pick(GIVEN) + (rng() < 0.6 ? pick(GIVEN) : ''));
    }
    const neo = await benchNeo4j({ heap: '1g', pagecache: '512m', log: ctx.log });
    try {
      const writer = new GraphWriter(neo.db);
      let t = performance.now();
      for (let i = 0; i < PEOPLE; i += 10_000) {
        const nodes: NodeRecord[] = names.slice(i, i + 10_000).map((name, j) => ({
          type: 'Person',
          key: `B${i + j}`,
          props: { name },
          source: `bench.csv#${i + j}`,
        }));
        await writer.write(nodes);
      }
      ctx.log(`wrote ${PEOPLE} people in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      await neo.db.autoCommit('queries/bench/await-indexes');

      const service = new SearchService(neo.db);
      const sample = Array.from({ length: QUERIES }, () => pick(names));
      const forms: Record<string, (name: string) => string> = {
        characters: (n) => n,
        pinyin: (n) => nameForms([n]).find((f) => /^[a-z]+$/.test(f))!,
        initials: (n) =>
          nameForms([n])
            .filter((f) => /^[a-z]+$/.test(f))
            .at(-1)!,
      };
      const detail: Record<string, unknown> = { people: PEOPLE, queries: QUERIES };
      let worst = 0;
      for (const [form, typed] of Object.entries(forms)) {
        const qs = sample.map(typed);
        for (const q of qs.slice(0, 10)) await service.search({ query: q, first: 20 }); // warm-up
        const ours: number[] = [];
        const ref: number[] = [];
        for (const q of qs) {
          const plan = planSearch(q)!;
          t = performance.now();
          await neo.db.read('queries/bench/search-fulltext-only', {
            index: plan.index,
            lucene: plan.lucene,
            ftLimit: 21 * 4 + 100,
            limit: 21,
          });
          ref.push(performance.now() - t);
          t = performance.now();
          await service.search({ query: q, first: 20 });
          ours.push(performance.now() - t);
        }
        const ratio = quantile(ours, 0.5) / quantile(ref, 0.5);
        worst = Math.max(worst, ratio);
        detail[form] = {
          example: qs[0],
          p50Ms: +quantile(ours, 0.5).toFixed(2),
          p99Ms: +quantile(ours, 0.99).toFixed(2),
          fulltextP50Ms: +quantile(ref, 0.5).toFixed(2),
          fulltextP99Ms: +quantile(ref, 0.99).toFixed(2),
          ratioP50: +ratio.toFixed(2),
        };
        ctx.log(`${form}: ${JSON.stringify(detail[form])}`);
      }
      const result: BenchResult = {
        id: 'search.vs-fulltext',
        value: +worst.toFixed(2),
        unit: 'x',
        target: 1.5,
        better: 'lower',
        reference:
          "the same Lucene query through Neo4j's full-text index alone (p50, worst of characters, pinyin, initials)",
        detail,
      };
      return [result];
    } finally {
      await neo.close();
    }
  },
};
export default suite;
