// Execution of GraphQL operations: graphql-jit for the operations clients send again and again,
// graphql-js for the rest.
//
// A drawn neighbourhood is hundreds of objects and ~750 fields. graphql-js takes ~230 us to
// execute and serialise it (in-process, canned answer) and allocates ~700 kB doing so: two
// dictionary-mode objects per field for its arguments, one per result object; under load that
// garbage was over half of what the service allocated per answer. graphql-jit, which compiles an
// operation into a function once, takes ~57 us and builds plain objects. Compiling costs a few
// ms, so an operation is compiled the second time the same parsed document is seen (Apollo keeps
// parsed documents in its document cache, so a client's fixed operations are the same object
// each time) and one-off queries run on graphql-js. A document graphql-jit cannot compile stays
// on graphql-js.
//
// Apollo takes a custom executor through its gateway interface (the schema comes from
// buildApiSchema in server.ts), and parses, validates, formats errors and sets HTTP status as it
// does for its own executor.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Sightings of a document before it is compiled. */
const COMPILE_AFTER = 2;

/** Bad variable values reported before coercion gives up. */
export const MAX_VARIABLE_ERRORS = 5;

type Compiled = CompiledQuery | 'uncompilable';

/**
 * graphql-jit's errors lack graphql-js's `extensions: {}` (Apollo reads `extensions.code` and
 * answers INTERNAL_SERVER_ERROR when it cannot): the same error as graphql-js would make it.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions ?? {},
  });
  (error as { locations: GraphQLError['locations'] }).locations = e.locations;
  return error;
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Per parsed document, per operation name: how often seen, then the compiled operation.
  const seen = new WeakMap<DocumentNode, Map<string, number | Compiled>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = seen.get(document);
    if (!byName) {
      byName = new Map();
      seen.set(document, byName);
    }
    const key = operationName ?? '';
    const state = byName.get(key) ?? 0;
    if (typeof state !== 'number') return state === 'uncompilable' ? null : state;
    if (state + 1 < COMPILE_AFTER) {
      byName.set(key, state + 1);
      return null;
    }
    let compiled: Compiled = 'uncompilable';
    try {
      const c = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(c)) compiled = c;
    } catch {
      // Stays on graphql-js, which reports what is wrong with the operation if anything is.
    }
    byName.set(key, compiled);
    return compiled === 'uncompilable' ? null : compiled;
  };

  const executor: GatewayExecutor = async (rc) => {
    // This schema has no subscriptions (and graphql-js would throw a code-less error for one):
    // the caller's mistake, answered as such. The HTTP admission check refuses them first.
    const kind = rc.operation.operation;
    if (kind !== 'query' && kind !== 'mutation') {
      return {
        errors: [
          new GraphQLError(`This service answers queries and mutations, not ${String(kind)} operations.`, {
            nodes: [rc.operation],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ],
      };
    }
    const variables = rc.request.variables ?? {};
    // Variables are coerced here first, giving up after a few errors, whichever engine runs: a
    // list of thousands of wrong-typed items is a few errors, not thousands (graphql-jit's own
    // coercion collects every error, with a printed copy of each value). Apollo recognises these
    // errors (by their variable-definition node) and answers 400 BAD_USER_INPUT.
    const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables, {
      maxErrors: MAX_VARIABLE_ERRORS,
    });
    if (!('coerced' in coerced)) return { errors: coerced.errors };
    const compiled = compiledFor(rc.document, rc.operationName);
    if (!compiled) {
      return (await execute({
        schema,
        document: rc.document,
        contextValue: rc.context,
        variableValues: variables,
        operationName: rc.operationName,
      })) as ExecutionResult;
    }
    const result = (await compiled.query(undefined, rc.context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  const sdl = printSchema(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: sdl });
      return () => undefined;
    },
    load: () => Promise.resolve({ schema, executor }),
    stop: () => Promise.resolve(),
  };
}
