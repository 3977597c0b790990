// Error codes shared by every service and surfaced to clients as GraphQL `extensions.code`.
// The one place where Neo4j driver errors are translated lives here too (fromNeo4jError).

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DB_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
  'TIMEOUT',
  'RESULT_TOO_LARGE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

interface DriverLikeError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

/**
 * Errors the driver raises itself, with no Neo4j code (their code is 'N/A'), that mean the database
 * cannot be reached now. Matched on the message, the only thing that tells them apart.
 */
const UNREACHABLE_MESSAGES = [
  // The driver was closed under a request: the service is switching to a restarted Neo4j.
  /^Pool is closed\b/,
  // No connection within connectionAcquisitionTimeout: a hung server that accepts connections and
  // never answers the handshake, or every connection of the pool busy.
  /^Connection acquisition timed out\b/,
];

const unavailable = () => new AppError('DB_UNAVAILABLE', 'The database is unavailable; try again shortly.');

/** Maps a neo4j-driver error to an AppError, or returns undefined when it is not one we know. */
export function fromNeo4jError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = err as DriverLikeError;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (!code) return undefined;
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return unavailable();
  }
  if (code === 'N/A' && UNREACHABLE_MESSAGES.some((m) => m.test(e.message ?? ''))) return unavailable();
  // A statement that needed more memory than Neo4j grants one transaction (a neighbourhood from
  // many hubs, say): the caller can ask for less, so it is the caller's error to narrow, not ours.
  if (
    code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    code === 'Neo.ClientError.General.TransactionOutOfMemoryError' ||
    code === 'Neo.TransientError.General.OutOfMemoryError'
  ) {
    return new AppError(
      'RESULT_TOO_LARGE',
      'The query needed more memory than the database allows one request; ask for fewer starting entities, fewer hops, a smaller cap or a filter.',
    );
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new AppError(
      'TIMEOUT',
      'The query took too long and was stopped; narrow it (fewer hops, a filter).',
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', `A record with the same key already exists: ${e.message ?? ''}`);
  }
  if (code === 'Neo.ClientError.Statement.ArgumentError' || code === 'Neo.ClientError.Statement.TypeError') {
    return new AppError('BAD_USER_INPUT', e.message ?? 'Invalid argument.');
  }
  return undefined;
}
