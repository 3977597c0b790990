import type { Services } from '../services.ts';
import type { Principal } from '../auth/types.ts';

/** Per-request context: the services, the caller (or null) and a request id for the logs. */
export interface Context {
  services: Services;
  principal: Principal | null;
  requestId: string;
  ip: string;
}
