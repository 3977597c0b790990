import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for the server and operation types for the client, from the same .graphql files.
const config: CodegenConfig = {
  schema: 'server/graphql/schema/*.graphql',
  generates: {
    'server/graphql/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown' },
        defaultMapper: 'Partial<{T}>',
        // Accounts come from auth/accounts.ts; their permissions are resolved from the role.
        mappers: { User: '../../auth/accounts.ts#User as AccountUser' },
      },
    },
    // One type per operation of the client's .graphql documents (and its variables), so a query
    // and the type the client reads it with cannot drift apart.
    'client/src/api/__generated__/operations.ts': {
      documents: 'client/src/**/*.graphql',
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { JSON: 'unknown' },
      },
    },
  },
};
export default config;
