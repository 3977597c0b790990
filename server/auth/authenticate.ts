// Turns an Authorization header into a Principal. Filled in by the auth feature.
import type { Services } from '../services.ts';
import type { Principal } from './types.ts';

export async function authenticate(
  _services: Services,
  _header: string | undefined,
): Promise<Principal | null> {
  return null;
}
