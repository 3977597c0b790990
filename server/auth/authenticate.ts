// Turns an Authorization header ("Bearer <token>") into a Principal, or null for anonymous
// callers and tokens that are invalid or expired (resolvers then answer UNAUTHENTICATED).
import { AppError, fromNeo4jError } from '../errors.ts';
import type { Accounts } from './accounts.ts';
import type { Principal } from './types.ts';

/** What authentication needs from the service context: whether the database is attached, and accounts. */
export interface TokenVerifier {
  readonly ready: boolean;
  accounts(): Pick<Accounts, 'verify'>;
}

export type AuthResult =
  | { principal: Principal | null; unavailable: false }
  /** A token was given but could not be checked: the database is starting or down. */
  | { principal: null; unavailable: true };

const BEARER = /^Bearer\s+(\S{1,4096})$/i;

export async function authenticateRequest(
  services: TokenVerifier,
  header: string | undefined,
): Promise<AuthResult> {
  if (!header) return { principal: null, unavailable: false };
  const m = BEARER.exec(header.trim());
  if (!m) return { principal: null, unavailable: false };
  if (!services.ready) return { principal: null, unavailable: true };
  try {
    return { principal: await services.accounts().verify(m[1]!), unavailable: false };
  } catch (err) {
    const known = err instanceof AppError ? err : fromNeo4jError(err);
    if (known?.code === 'DB_UNAVAILABLE' || known?.code === 'TIMEOUT')
      return { principal: null, unavailable: true };
    throw err;
  }
}
