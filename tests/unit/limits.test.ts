import { buildSchema, parse, validate, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  analyseOperation,
  DEFAULT_MAX_COST,
  DEFAULT_MAX_FIELDS,
  limitsRule,
  neighbourhoodCost,
  queryCost,
} from '../../server/graphql/limits.ts';
import { selects } from '../../server/graphql/selection.ts';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import {
  aliased,
  clientOperations,
  fragmentFanOut,
  FULL_INTROSPECTION,
  nestedFanOut,
  TYPE_REF,
} from '../support/hostile.ts';

const schema = buildSchema(`
  type Person { name: String, knows: [Person!]! }
  type Query { person: Person }
`);

const depthErrors = (query: string, maxDepth: number) =>
  validate(schema, parse(query), [limitsRule({ maxDepth })]).map((e) => e.extensions.code);

describe('limitsRule', () => {
  it('accepts a query at the limit', () => {
    expect(depthErrors('{ person { knows { knows { name } } } }', 3)).toEqual([]);
  });
  it('refuses a query one level deeper', () => {
    expect(depthErrors('{ person { knows { knows { knows { name } } } } }', 3)).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });
  it('follows fragments', () => {
    const q = 'query { person { ...F } } fragment F on Person { knows { knows { knows { name } } } }';
    expect(depthErrors(q, 3)).toEqual(['QUERY_TOO_COMPLEX']);
  });
  it('walks each fragment once: 60 levels of fragments spreading the next twice (2^60 spreads)', () => {
    const defs = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`,
    );
    const q = `query { person { ...F0 } } ${defs.join(' ')} fragment F60 on Person { knows { name } }`;
    expect(depthErrors(q, 3)).toEqual([]);
    expect(depthErrors(q, 1)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

const api = buildSchema(loadTypeDefs().join('\n'));
const analyse = (query: string, variables: Record<string, unknown> = {}) =>
  analyseOperation(api, parse(query), variables, null, { defaultCap: 5_000 });

describe('analyseOperation', () => {
  it('counts fragment fan-out exactly without expanding it (linear in the document)', () => {
    const a = analyse(fragmentFanOut(60));
    expect(a.fields).toBe(2 ** 60); // every spread of the leaf counted
    expect(a.fields).toBeGreaterThan(DEFAULT_MAX_FIELDS);
    expect(analyse(fragmentFanOut(22)).fields).toBe(2 ** 22);
    const nested = analyse(nestedFanOut(60));
    expect(nested.fields).toBe(1 + 2 * 2 ** 60);
    expect(nested.depth).toBe(1);
    expect(nested.cost).toBe(25 + 1); // a root field, one object, its leaves free
  });

  it('costs a fragment as its selections would cost inline, however often it is spread', () => {
    const inline = analyse('{ search(query: "x", first: 30) { items { entity { id } } } }').cost;
    const frag = analyse(
      'query { ...A } fragment A on Query { search(query: "x", first: 30) { ...B } } fragment B on SearchPage { items { entity { id } } }',
    ).cost;
    expect(frag).toBe(inline);
    const twice = analyse(
      'query { a: search(query: "x", first: 30) { ...B } b: search(query: "y", first: 30) { ...B } } fragment B on SearchPage { items { entity { id } } }',
    ).cost;
    expect(twice).toBe(2 * inline);
    // Fan-out of a costly fragment multiplies its cost, as the expanded document would.
    const defs = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const fan = `query { ...F0 } ${defs.join(' ')} fragment F40 on Query { search(query: "x", first: 30) { items { entity { id } } } }`;
    expect(analyse(fan).cost).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('uses variables, the operation’s variable defaults and the schema’s argument defaults', () => {
    const q = 'query($n: Int = 400) { users(first: $n) { items { id } } }';
    expect(analyse(q).cost).toBe(analyse('{ users(first: 400) { items { id } } }').cost);
    expect(analyse(q, { n: 4_000_000 }).cost).toBeGreaterThan(DEFAULT_MAX_COST);
    // users(first: Int = 50): the default counts when no size is given.
    expect(analyse('{ users { items { id } } }').cost).toBe(
      analyse('{ users(first: 50) { items { id } } }').cost,
    );
    // entities(ids): a root field and as many entities as ids.
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `Person:${i}`);
    const ent = 'query($i: [ID!]!) { entities(ids: $i) { id } }';
    expect(analyse(ent, { i: ids(500) }).cost).toBe(25 + 500);
    expect(analyse(ent, { i: ids(10) }).cost).toBe(25 + 10);
    // Thousands of aliased one-record lookups are not free.
    expect(analyse(aliased(2_000, 'entity(id: "Person:1") { id }')).cost).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('estimates neighbourhoods from ids, hops and cap', () => {
    const hood = (input: Record<string, unknown>) =>
      analyse('query($i: NeighbourhoodInput!) { neighbourhood(input: $i) { nodes { id } } }', { i: input })
        .cost;
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `Person:${i}`);
    // More hops, more ids, a larger cap: never cheaper.
    expect(hood({ ids: ids(1), hops: 2 })).toBeGreaterThan(hood({ ids: ids(1), hops: 1 }));
    expect(hood({ ids: ids(1), hops: 3 })).toBeGreaterThan(hood({ ids: ids(1), hops: 2 }));
    expect(hood({ ids: ids(10), hops: 2 })).toBeGreaterThan(hood({ ids: ids(1), hops: 2 }));
    expect(hood({ ids: ids(1), hops: 3, cap: 5_000 })).toBeGreaterThan(
      hood({ ids: ids(1), hops: 3, cap: 100 }),
    );
    // The cap bounds what each hop keeps.
    expect(neighbourhoodCost(1, 3, 10).size).toBe(10);
    expect(neighbourhoodCost(20, 3, 5_000).size).toBe(5_000);
    // 50 aliased 3-hop neighbourhoods: far over the limit; one, well under it.
    const one = 'neighbourhood(input: { ids: ["Person:1"], hops: 3 }) { nodes { id } edges { id } }';
    expect(analyse(`{ ${one} }`).cost).toBeLessThan(DEFAULT_MAX_COST / 5);
    expect(analyse(aliased(50, one)).cost).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('costs introspection at the size of the schema each, and finds it through fragments', () => {
    const one = analyse(`{ ${FULL_INTROSPECTION} } ${TYPE_REF}`);
    expect(one.introspection).toBe(true);
    expect(one.cost).toBeLessThan(DEFAULT_MAX_COST);
    expect(analyse(`${aliased(1_000, FULL_INTROSPECTION)} ${TYPE_REF}`).cost).toBeGreaterThan(
      DEFAULT_MAX_COST,
    );
    expect(analyse(aliased(1_000, '__schema { queryType { name } }')).cost).toBeGreaterThan(DEFAULT_MAX_COST);
    expect(analyse(aliased(1_000, '__type(name: "Person") { name }')).cost).toBeGreaterThan(DEFAULT_MAX_COST);
    expect(
      analyse('query { ...I } fragment I on Query { __type(name: "Person") { name } }').introspection,
    ).toBe(true);
    // __typename is neither introspection nor costed.
    const typename = analyse(aliased(1_000, '__typename'));
    expect(typename).toMatchObject({ introspection: false, cost: 0, fields: 1_000 });
  });

  it('admits every operation the client sends, at the sizes its views use', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `Person:${i}`);
    const ops = await clientOperations(ids);
    expect(ops.length).toBeGreaterThan(15);
    const costs = ops.map((op) => ({ query: op.query.slice(0, 60), ...analyse(op.query, op.variables) }));
    for (const c of costs) {
      expect(c.cost, c.query).toBeLessThan(DEFAULT_MAX_COST);
      expect(c.fields, c.query).toBeLessThan(DEFAULT_MAX_FIELDS);
    }
    // The client's own introspection (which fields the server offers).
    expect(
      analyse('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }').cost,
    ).toBeLessThan(DEFAULT_MAX_COST / 10);
  });

  it('queryCost is the analysis’s cost', () => {
    const q = '{ search(query: "x", first: 30) { items { entity { id } } } }';
    expect(queryCost(api, parse(q), {})).toBe(analyse(q).cost);
  });
});

describe('selects', () => {
  const infoFor = (query: string) => {
    const doc = parse(query);
    const fragments = Object.fromEntries(
      doc.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
    );
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const field = op.selectionSet.selections[0];
    return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
  };
  it('reads selections through fragments and inline fragments', () => {
    const info = infoFor(
      '{ neighbourhood(input: { ids: ["x"] }) { ... on Subgraph { ...N } edges { id } } } fragment N on Subgraph { nodes { entity { id } } }',
    );
    expect(selects(info, ['nodes', 'entity'])).toBe(true);
    expect(selects(info, ['edges', 'evidence'])).toBe(false);
    expect(selects(info, ['edges'])).toBe(true);
  });
  it('visits each fragment once: 60 levels of fragments spreading the next twice', () => {
    const defs = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Subgraph { ...F${i + 1} ...F${i + 1} }`,
    );
    const q = `{ neighbourhood(input: { ids: ["x"] }) { ...F0 } } ${defs.join(' ')} fragment F60 on Subgraph { nodes { id } }`;
    expect(selects(infoFor(q), ['nodes', 'entity'])).toBe(false);
    expect(selects(infoFor(q), ['nodes', 'id'])).toBe(true);
  });
});
