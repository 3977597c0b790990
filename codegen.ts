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
      },
    },
    'client/src/api/__generated__/types.ts': {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { JSON: 'unknown' } },
    },
  },
};
export default config;
