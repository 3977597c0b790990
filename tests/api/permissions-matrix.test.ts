// Every Query and Mutation field of the executable schema, called anonymously and as every role,
// gives exactly what server/auth/operations.ts allows: the permitted result, or FORBIDDEN /
// UNAUTHENTICATED. New fields are picked up from the schema; one missing from the table fails.
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, roleMay } from '../../server/auth/operations.ts';
import { ROLES, type Role } from '../../server/auth/types.ts';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));
const rootFields = (['Query', 'Mutation'] as const).flatMap((root) => {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((f) => ({
    root,
    field: f as GraphQLField<unknown, unknown>,
  }));
});

/** A minimal valid value of an input type: required fields only, the first enum value. */
function minimal(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimal(type.ofType);
  if (isListType(type)) return [minimal(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = minimal(f.type);
    }
    return out;
  }
  switch (getNamedType(type).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      return 'probe-1';
  }
}

const required = (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined;

/** The operation text and variables that call one field with minimal arguments. */
function call(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => required(a) || a.name in overrides);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a.name in overrides ? overrides[a.name] : minimal(a.type)]),
  );
  const defs = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const pass = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${root === 'Query' ? 'query' : 'mutation'} Probe${defs} { ${field.name}${pass}${selection} }`,
    variables,
  };
}

let api: TestApi;
const tokens = new Map<Role, string>();
const LOGIN = { username: 'matrix.login', password: 'matrix login passphrase' };

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  for (const role of ROLES) tokens.set(role, await api.tokenFor(role));
  await api.services.accounts().createUser(LOGIN.username, LOGIN.password, 'analyst');
});
afterAll(() => api?.close());

// Arguments a field needs to succeed when it is allowed (otherwise minimal values are used).
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'Mutation.login': LOGIN,
};

describe('permission matrix', () => {
  it('lists every Query and Mutation field of the schema, and nothing else', () => {
    const names = rootFields.map(({ root, field }) => `${root}.${field.name}`).sort();
    const missing = names.filter((n) => !(n in OPERATIONS));
    expect(missing, 'add these fields to server/auth/operations.ts').toEqual([]);
    const stale = Object.keys(OPERATIONS).filter((n) => !names.includes(n));
    expect(stale, 'these entries of server/auth/operations.ts are not in the schema').toEqual([]);
  });

  it.each(rootFields.map(({ root, field }) => [`${root}.${field.name}`, root, field] as const))(
    '%s answers every caller exactly as the table says',
    async (name, root, field) => {
      const access = OPERATIONS[name];
      if (access === undefined) return; // reported by the test above
      const { query, variables } = call(root, field, OVERRIDES[name]);
      const callers: Array<Role | 'anonymous'> = ['anonymous', ...ROLES];
      for (const who of callers) {
        const res = await api.gql(query, variables, who === 'anonymous' ? undefined : tokens.get(who));
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const expected =
          who === 'anonymous'
            ? access === 'public'
              ? 'permitted'
              : 'UNAUTHENTICATED'
            : roleMay(who, access)
              ? 'permitted'
              : 'FORBIDDEN';
        const label = `${name} as ${who} (needs ${access}): ${JSON.stringify(res.errors ?? res.data)}`;
        expect(codes, label).not.toContain('GRAPHQL_VALIDATION_FAILED');
        if (expected === 'permitted') {
          expect(codes, label).not.toContain('FORBIDDEN');
          expect(codes, label).not.toContain('UNAUTHENTICATED');
          expect(codes, label).not.toContain('INTERNAL_SERVER_ERROR');
        } else {
          expect(codes, label).toEqual([expected]);
          expect(res.data?.[field.name] ?? null, label).toBeNull();
        }
      }
    },
  );

  it('refuses invalid, forged and disabled-account tokens with UNAUTHENTICATED', async () => {
    const me = '{ me { username } }';
    const analyst = tokens.get('analyst')!;
    for (const bad of ['garbage', 'cg1.x.y', `${analyst}x`, 'cgt_notatoken', `Basic ${analyst}`]) {
      expect((await api.gql(me, {}, bad)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const user = await api.services.accounts().createUser('matrix.disabled', 'disabled passphrase', 'admin');
    const session = (await api.services.accounts().login('matrix.disabled', 'disabled passphrase')).token;
    const adminToken = tokens.get('admin')!;
    const res = await api.gql(
      'mutation($id:ID!){ setUserDisabled(id:$id, disabled:true){ disabled } }',
      { id: user.id },
      adminToken,
    );
    expect(res.data).toEqual({ setUserDisabled: { disabled: true } });
    expect((await api.gql('{ users { items { id } } }', {}, session)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
