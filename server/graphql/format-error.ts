// Known errors keep their code; anything else is logged with its stack and masked.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ERROR_CODES, fromNeo4jError } from '../errors.ts';
import type { Logger } from '../logger.ts';

// Codes Apollo itself produces for malformed requests; they are the caller's fault, not ours.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const known = original instanceof AppError ? original : fromNeo4jError(original);
    if (known) {
      return {
        message: known.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: known.code, ...(known.details ? { details: known.details } : {}) },
      };
    }
    // graphql-js gives up coercing variables after 50 bad values (e.g. a list of thousands of
    // wrong-typed items) with an error that carries no code: the caller's input, not our fault.
    if (/^Too many errors processing variables/.test(formatted.message)) {
      return {
        message: `${formatted.message} Fix the variables' types.`,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      (APOLLO_CLIENT_CODES.has(code) || (ERROR_CODES as readonly string[]).includes(code))
    ) {
      if (code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: original }, 'unexpected error in a resolver');
        return { message: 'Internal server error', path: formatted.path, extensions: { code } };
      }
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    logger.error({ err: original }, 'unexpected error in a resolver');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
