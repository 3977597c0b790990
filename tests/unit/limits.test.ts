import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitsRule } from '../../server/graphql/limits.ts';

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
});
