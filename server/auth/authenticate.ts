// Turns an Authorization header ("Bearer <token>") into a Principal, or null for anonymous
// callers and tokens that are invalid or expired (resolvers then answer UNAUTHENTICATED).
import type { Services } from '../services.ts';
import type { Principal } from './types.ts';

export async function authenticate(
  services: Services,
  header: string | undefined,
): Promise<Principal | null> {
  if (!header || !services.ready) return null;
  const m = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
  if (!m) return null;
  try {
    return await services.accounts().verify(m[1]!);
  } catch {
    return null; // the database is down: the resolver reports DB_UNAVAILABLE on its own query
  }
}
