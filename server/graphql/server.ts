// Builds the Apollo server from the .graphql files and the feature resolvers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../logger.ts';
import type { Context } from './context.ts';
import { jitGateway } from './executor.ts';
import { makeFormatError } from './format-error.ts';
import { allResolvers } from './resolvers/index.ts';
import { JSONScalar } from './scalars.ts';
import { limitsRule } from './limits.ts';
import { auditReads, auditReadsPlugin } from './audit-reads.ts';

const SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema');

export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

/** The API's executable schema: the .graphql files and the feature resolvers. */
export function buildApiSchema(): GraphQLSchema {
  // Every field that can let person data out records it (audit-reads.ts).
  return auditReads(
    makeExecutableSchema({
      typeDefs: loadTypeDefs(),
      resolvers: { JSON: JSONScalar, ...allResolvers() } as never,
    }),
  );
}

export function createApollo(opts: {
  logger: Logger;
  httpServer: Server;
  maxDepth: number;
  schema: GraphQLSchema;
  /** Whether introspection is answered at all (who may introspect is checked on admission). */
  introspection: boolean;
}): ApolloServer<Context> {
  const { schema } = opts;
  return new ApolloServer<Context>({
    // The schema and its executor (graphql-jit for repeated operations; see executor.ts).
    gateway: jitGateway(schema),
    formatError: makeFormatError(opts.logger),
    validationRules: [limitsRule({ maxDepth: opts.maxDepth })],
    // Explicit: Apollo's default depends on NODE_ENV.
    introspection: opts.introspection,
    // No automatic persisted queries: a request that sends only a hash would skip the admission
    // check, which costs the query text with the request's variables (and no client sends them).
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, which for a drawn neighbourhood
    // doubles its size and the time to write and parse it.
    stringifyResult: (result) => JSON.stringify(result),
    // main.ts owns the signals: it stops jobs, then HTTP, then Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer }),
      // No HTTP caching of investigation data (every answer is per user and audited), and
      // without this Apollo wraps every field resolver to compute cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Records the person data each answer lets out, or withholds the answer (audit-reads.ts).
      auditReadsPlugin(),
    ],
  });
}
