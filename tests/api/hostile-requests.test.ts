// Requests that are tiny to send and huge to serve (issue 15, denial of service 1-4) and operation
// kinds the service does not have: each, with variants of its class (deeper, wider, combined),
// anonymous and as every role, is answered with a client error (4xx and a code, never
// INTERNAL_SERVER_ERROR) within 100 ms of service time, while other callers' health probes stay
// fast and the process's memory stays bounded. And the cost estimate is checked against the
// database work it stands for, on a seeded demo network.
//
// Timing on a loaded 2-core machine: service time is measured in the server (from the request's
// arrival to the end of its answer), and each bound is on the median of repeated requests or
// probes, so one scheduling hiccup does not fail the suite; the bounds are 5-100 times below what
// the attacks cost before the fixes (6.4 s, 13 s, 8 s, 7 s).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth/types.ts';
import { cypher } from '../../server/db/cypher.ts';
import { toParam } from '../../server/db/values.ts';
import { analyseOperation, DEFAULT_MAX_COST } from '../../server/graphql/limits.ts';
import { buildApiSchema } from '../../server/graphql/server.ts';
import { plantedTruth } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { parse } from 'graphql';
import { startTestApi, type TestApi } from '../support/api.ts';
import { resetData } from '../support/db.ts';
import {
  aliased,
  attackFromWorker,
  clientOperations,
  fragmentFanOut,
  FULL_INTROSPECTION,
  healthProbes,
  median,
  nestedFanOut,
  rssMb,
  send,
  serviceTimes,
  Tally,
  TYPE_REF,
  underAttack,
  type Answer,
  type HostileRequest,
} from '../support/hostile.ts';

const SEED = { people: 400, seed: 7 };
const ROLES: Array<Role | 'anonymous'> = ['anonymous', 'analyst', 'detective', 'commander', 'admin'];
const people = [...plantedTruth(SEED)].filter((p) => !p.duplicateOf).map((p) => `Person:${p.key}`);

let api: TestApi;
let times: ReturnType<typeof serviceTimes>;
const tokens = new Map<string, string | undefined>();
const tally = new Tally();
let sequence = 0;

/** Sends as the role, recording the answer and its service time. */
async function as(
  role: Role | 'anonymous',
  name: string,
  req: HostileRequest | string,
): Promise<Answer & { serviceMs: number }> {
  const id = `h${sequence++}`;
  const a = await send(api.url, req, tokens.get(role), id);
  tally.add(name, a);
  return { ...a, serviceMs: times.of(id) ?? a.ms };
}

const hood = (
  ids: readonly string[],
  hops: number,
  sel = 'nodes { id entity { id label } } edges { id evidence { sources } }',
) => `neighbourhood(input: { ids: ${JSON.stringify(ids)}, hops: ${hops} }) { ${sel} }`;

/** The attacks of issue 15 and variants of their classes. */
function attacks(): Array<{
  name: string;
  req: HostileRequest | string;
  expect: (role: string) => string[];
}> {
  const tooComplex = () => ['QUERY_TOO_COMPLEX'];
  // Anonymous callers may not introspect; a document too large for anyone is refused as such first.
  const introspect = (role: string) =>
    role === 'anonymous' ? ['UNAUTHENTICATED', 'QUERY_TOO_COMPLEX'] : ['QUERY_TOO_COMPLEX'];
  const wrong = (n: number, item: unknown) => Array.from({ length: n }, () => item);
  const badInput = () => ['BAD_USER_INPUT'];
  return [
    // 1. Fragment fan-out: as reported (22 levels, 865 bytes), deeper, wider, nested below a
    // field, and fanning out a costly field or introspection.
    { name: 'fan-out 22', req: { name: '', query: fragmentFanOut(21) }, expect: tooComplex },
    { name: 'fan-out 60', req: { name: '', query: fragmentFanOut(60) }, expect: tooComplex },
    { name: 'fan-out wide', req: { name: '', query: fragmentFanOut(15, 4) }, expect: tooComplex },
    { name: 'fan-out nested', req: { name: '', query: nestedFanOut(40) }, expect: tooComplex },
    {
      name: 'fan-out of a neighbourhood',
      req: { name: '', query: fragmentFanOut(12, 2, hood(people.slice(0, 1), 2)) },
      expect: tooComplex,
    },
    {
      name: 'fan-out of introspection',
      req: { name: '', query: fragmentFanOut(12, 2, '__schema { types { name } }') },
      expect: tooComplex, // refused for its size before anything else
    },
    // 2. Introspection multiplied by aliases.
    {
      name: '1000 aliased __schema',
      req: { name: '', query: `${aliased(1_000, FULL_INTROSPECTION)} ${TYPE_REF}` },
      expect: introspect,
    },
    {
      name: '1000 aliased small __schema',
      req: { name: '', query: aliased(1_000, '__schema { queryType { name } }') },
      expect: introspect,
    },
    {
      name: '1000 aliased __type',
      req: { name: '', query: aliased(1_000, '__type(name: "Person") { fields { name type { name } } }') },
      expect: introspect,
    },
    {
      name: '40 aliased full introspection',
      req: { name: '', query: `${aliased(40, FULL_INTROSPECTION)} ${TYPE_REF}` },
      expect: introspect,
    },
    {
      name: 'one introspection, anonymous',
      req: { name: '', query: `{ ${FULL_INTROSPECTION} } ${TYPE_REF}` },
      expect: (role) => (role === 'anonymous' ? ['UNAUTHENTICATED'] : ['OK']),
    },
    // 3. Wrongly typed variables: the list as reported, nested lists, inside an input object;
    // sent three times each below, so that the second and third take the compiled path.
    {
      name: '30000 wrong ids',
      req: { name: '', query: 'query($i:[ID!]!){entities(ids:$i){id}}', variables: { i: wrong(30_000, {}) } },
      expect: badInput,
    },
    {
      name: '30000 wrong nested',
      req: {
        name: '',
        query: 'query($i:[ID!]!){entities(ids:$i){id}}',
        variables: { i: wrong(30_000, [true, { a: 1 }]) },
      },
      expect: badInput,
    },
    {
      name: '30000 wrong in input',
      req: {
        name: '',
        query: 'query($i:NeighbourhoodInput!){neighbourhood(input:$i){nodes{id}}}',
        variables: { i: { ids: wrong(30_000, null), relTypes: wrong(30_000, 7), hops: 'x' } },
      },
      expect: badInput,
    },
    // 4. Aliases that multiply real work: as reported, fewer but wider, and combined with a
    // large cap and the largest selection.
    {
      name: '50 aliased 3-hop',
      req: { name: '', query: aliased(50, hood(people.slice(0, 1), 3)) },
      expect: tooComplex,
    },
    {
      name: '10 aliased 20-id 3-hop',
      req: { name: '', query: aliased(10, hood(people.slice(0, 20), 3)) },
      expect: tooComplex,
    },
    {
      name: '30 aliased 50-id 1-hop',
      req: { name: '', query: aliased(30, hood(people.slice(0, 50), 1)) },
      expect: tooComplex,
    },
    {
      name: '1000 aliased 1-hop',
      req: { name: '', query: aliased(1_000, hood(people.slice(0, 1), 1)) },
      expect: tooComplex,
    },
    {
      name: '2000 aliased lookups',
      req: { name: '', query: aliased(2_000, `entity(id: ${JSON.stringify(people[0])}) { id }`) },
      expect: tooComplex,
    },
    // 5. Operation kinds the service does not have.
    {
      name: 'subscription',
      req: { name: '', query: 'subscription { health { status } }' },
      expect: badInput,
    },
    {
      name: 'named subscription',
      req: {
        name: '',
        query: 'query Q { health { status } } subscription S { health { status } }',
        operationName: 'S',
      },
      expect: badInput,
    },
  ];
}

beforeAll(async () => {
  api = await startTestApi({ RATE_LIMIT_PER_MINUTE: '1000000' });
  await resetData(api.services.db());
  await loadSeedNetwork(api.services.db(), SEED);
  tokens.set('anonymous', undefined);
  for (const role of ROLES) if (role !== 'anonymous') tokens.set(role, await api.tokenFor(role));
  times = serviceTimes(api.http.server);
}, 600_000);
afterAll(async () => {
  tally.print('hostile requests');
  times?.stop();
  await api?.close();
});

describe('hostile requests', () => {
  it('answers every attack, as every role, with a client error within 100 ms of service time', async () => {
    // Warm up (JIT, caches) so that the first attack is not charged for it.
    for (let i = 0; i < 5; i++) await healthProbes(api.url, 3);
    const failures: string[] = [];
    const slow: string[] = [];
    const report: string[] = [];
    for (const attack of attacks()) {
      // Service times of the attack as every role: the bound is on their median (15 requests),
      // and, to catch a slow path for one role, each role's median stays under 2.5 times it.
      const all: number[] = [];
      for (const role of ROLES) {
        // Three in a row, from a worker thread (see attackFromWorker).
        const answers = (
          await attackFromWorker(api.url, JSON.stringify(attack.req), {
            token: tokens.get(role),
            rounds: 3,
            concurrency: 1,
          })
        ).map((a) => {
          tally.add(attack.name, a);
          return { ...a, serviceMs: times.of(a.id) ?? a.ms };
        });
        const wanted = attack.expect(role);
        for (const a of answers) {
          const clientError = a.status >= 400 && a.status < 500;
          if (!wanted.includes(a.code) || (wanted[0] !== 'OK' && !clientError)) {
            failures.push(
              `${attack.name} as ${role}: HTTP ${a.status} ${a.code}, wanted ${wanted.join('|')}`,
            );
          }
        }
        const ms = median(answers.map((a) => a.serviceMs));
        all.push(...answers.map((a) => a.serviceMs));
        if (wanted[0] !== 'OK' && ms > 250)
          slow.push(`${attack.name} as ${role}: median ${ms.toFixed(0)} ms`);
      }
      const ms = median(all);
      report.push(
        `${attack.name}: service time median ${ms.toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`,
      );
      if (attack.expect('admin')[0] !== 'OK' && ms > 100)
        slow.push(`${attack.name}: median ${ms.toFixed(0)} ms`);
    }
    console.log(report.join('\n'));
    expect({ failures, slow }).toEqual({ failures: [], slow: [] });
  }, 600_000);

  it('keeps other callers fast and memory bounded while attacks run concurrently', async () => {
    // 15 health probes on this thread while a worker thread sends each attack, 4 at a time.
    // The bound is on the median probe: 50 ms, or on a machine so loaded by other work that the
    // baseline median (taken just before each attack) is above 25 ms, 25 ms above the baseline
    // (on a shared 2-core machine the baseline alone was seen at 10-70 ms).
    // RSS growth per attack: from just before it to just after it (the process also holds the
    // attacker's worker thread, a V8 isolate of its own, while it runs).
    let growth = 0;
    let worst = '';
    const report: string[] = [];
    const slow: string[] = [];
    const failures: string[] = [];
    for (const attack of attacks()) {
      // As a signed-in detective, except the one attack that is an anonymous caller's.
      const role = attack.name.includes('anonymous') ? 'anonymous' : 'detective';
      const baseline = await healthProbes(api.url, 15);
      const rssBefore = rssMb();
      const { answers, probes } = await underAttack(api.url, JSON.stringify(attack.req), {
        token: tokens.get(role),
        concurrency: 4,
        probes: 15,
      });
      if (rssMb() - rssBefore > growth) {
        growth = rssMb() - rssBefore;
        worst = attack.name;
      }
      for (const a of answers) {
        tally.add(`${attack.name} (concurrent)`, a);
        if (a.code === 'INTERNAL_SERVER_ERROR' || a.status >= 500)
          failures.push(`${attack.name}: ${a.status} ${a.code}`);
      }
      const m = median(probes);
      const service = median(answers.map((a) => times.of(a.id) ?? a.ms));
      report.push(
        `${attack.name}: health median ${m.toFixed(1)} ms (baseline ${baseline.median.toFixed(1)}) over ${probes.length} probes; attack service time median ${service.toFixed(1)} ms`,
      );
      if (m > Math.max(50, baseline.median + 25)) {
        slow.push(
          `${attack.name}: health median ${m.toFixed(1)} ms, baseline ${baseline.median.toFixed(1)} ms (${probes.map((p) => p.toFixed(0)).join(' ')})`,
        );
      }
    }
    console.log(`largest RSS growth ${growth.toFixed(0)} MB (${worst})\n${report.join('\n')}`);
    expect({ failures, slow }).toEqual({ failures: [], slow: [] });
    // Before the fixes 4 concurrent 1000-alias introspections alone held 4 x 71 MB of answer (the
    // string) besides the result trees it was serialised from. After them a refused request still
    // reads up to ~110 MB here in some runs: garbage not yet collected and the attacker's isolate
    // (108 MB seen once in CI for 1000 aliased __type), so the bound sits well above that noise
    // and well below what the unrefused answers held.
    expect(growth).toBeLessThan(200);
  }, 600_000);

  it('admits every query the client sends', async () => {
    const ops = (await clientOperations(people)).filter((op) =>
      new RegExp(`^\\s*query\\s+${op.operationName}\\b`, 'm').test(op.query),
    );
    expect(ops.length).toBeGreaterThan(3);
    const refused: string[] = [];
    for (const op of ops) {
      const a = await as('admin', 'client operation', op);
      if (a.code === 'QUERY_TOO_COMPLEX' || a.code === 'INTERNAL_SERVER_ERROR' || a.status >= 500)
        refused.push(`${op.name}: HTTP ${a.status} ${a.code}`);
    }
    expect(refused).toEqual([]);
  }, 300_000);
});

describe('the cost estimate against the database work', () => {
  /** Neo4j's db hits for the neighbourhood statement the service runs for this input. */
  async function dbHits(ids: readonly string[], hops: number, cap: number): Promise<number> {
    const session = api.services.db().session();
    try {
      const params = {
        cap,
        batch: [
          {
            key: 'k',
            ids: [...new Set(ids)],
            hops,
            relTypes: null,
            nodeTypes: null,
            excludeTypes: ['Call'],
            from: null,
            to: null,
            minConfidence: 0,
            includeMerged: false,
            keys: null,
          },
        ],
      };
      const result = await session.run(
        'PROFILE ' + cypher('queries/graph/expand-neighbourhood'),
        toParam(params) as Record<string, unknown>,
      );
      let hits = 0;
      const walk = (p: { dbHits: number; children: unknown[] }) => {
        hits += p.dbHits;
        for (const c of p.children) walk(c as typeof p);
      };
      if (result.summary.profile) walk(result.summary.profile as never);
      return hits;
    } catch (err) {
      // Neo4j refuses statements that pass its transaction memory limit: unmeasurable.
      if (/memory/i.test((err as Error).message)) return Infinity;
      throw err;
    } finally {
      await session.close();
    }
  }

  it('orders neighbourhoods as their db hits do, and refuses 50 aliased 3-hop ones', async () => {
    const schema = buildApiSchema();
    const cost = (ids: readonly string[], hops: number, cap: number) =>
      analyseOperation(
        schema,
        parse('query($i: NeighbourhoodInput!) { neighbourhood(input: $i) { nodes { id } edges { id } } }'),
        { i: { ids, hops, cap } },
        null,
        { defaultCap: 5_000 },
      ).cost;
    const rows: Array<{ ids: number; hops: number; cap: number; estimate: number; dbHits: number }> = [];
    for (const n of [1, 5, 20, 50]) {
      for (const hops of [1, 2, 3]) {
        for (const cap of [50, 500, 5_000]) {
          if (n * hops > 60) continue;
          const ids = people.slice(0, n);
          rows.push({
            ids: n,
            hops,
            cap,
            estimate: cost(ids, hops, cap),
            dbHits: await dbHits(ids, hops, cap),
          });
        }
      }
    }
    console.table(rows.map((r) => ({ ...r, hitsPerUnit: +(r.dbHits / r.estimate).toFixed(2) })));
    // Neighbourhoods whose statement passes Neo4j's transaction memory: reported, not compared.
    const unmeasured = rows.filter((r) => !Number.isFinite(r.dbHits));
    if (unmeasured.length) console.log('too large for Neo4j to run:', JSON.stringify(unmeasured));
    const measured = rows.filter((r) => Number.isFinite(r.dbHits));
    expect(measured.length).toBeGreaterThan(20);
    // A query estimated cheaper does not do much more work than one estimated dearer.
    const inversions: string[] = [];
    for (const a of measured) {
      for (const b of measured) {
        if (a.estimate <= b.estimate && a.dbHits > 3 * b.dbHits) {
          inversions.push(`${JSON.stringify(a)} is estimated cheaper than ${JSON.stringify(b)}`);
        }
      }
    }
    expect(inversions).toEqual([]);
    // The estimate bounds the work: db hits per estimated unit stay within one small range.
    const perUnit = measured.map((r) => r.dbHits / r.estimate);
    expect(Math.max(...perUnit) / Math.min(...perUnit)).toBeLessThan(20);
    // The limit admits one entity's 3-hop neighbourhood (the client's deepest) and 50 ids' 1-hop
    // one, and not 50 aliased 3-hop ones: more work than any single neighbourhood measured.
    expect(cost(people.slice(0, 1), 3, 5_000)).toBeLessThan(DEFAULT_MAX_COST);
    expect(cost(people.slice(0, 50), 1, 5_000)).toBeLessThan(DEFAULT_MAX_COST);
    expect(50 * cost(people.slice(0, 1), 3, 5_000)).toBeGreaterThan(DEFAULT_MAX_COST);
    const hitsOf50 = 50 * (await dbHits(people.slice(0, 1), 3, 5_000));
    expect(hitsOf50).toBeGreaterThan(Math.max(...measured.map((r) => r.dbHits)));
  }, 300_000);
});
