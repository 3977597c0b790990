// What happens once the database is connected and migrated: for `npm start` (--demo), demo
// accounts and a demo network in an empty database.
import { loadDemoIfEmpty } from '../seeds/demo.ts';
import type { Role } from './auth/types.ts';
import type { Services } from './services.ts';

export const DEMO_PASSWORD = 'crimegraph-demo';
const DEMO_USERS: ReadonlyArray<[string, Role]> = [
  ['admin', 'admin'],
  ['analyst', 'analyst'],
  ['detective', 'detective'],
  ['commander', 'commander'],
];

export type DemoLoader = (services: Services) => Promise<void>;
/** The demo network (seeds/demo.ts): generated into an empty database, else left alone. */
let demoLoader: DemoLoader = loadDemoIfEmpty;

/** Replaces how the demo network is loaded (tests, or a different demo). */
export function registerDemoLoader(loader: DemoLoader): void {
  demoLoader = loader;
}

export async function afterStart(services: Services, opts: { demo: boolean }): Promise<void> {
  if (!opts.demo) return;
  const accounts = services.accounts();
  if ((await accounts.countUsers()) === 0) {
    // The demo password is published, so it is exempt from the strength check here and only here.
    for (const [username, role] of DEMO_USERS)
      await accounts.createUser(username, DEMO_PASSWORD, role, { demo: true });
  }
  services.logger.info(
    { users: DEMO_USERS.map(([u]) => u), password: DEMO_PASSWORD },
    `demo accounts: ${DEMO_USERS.map(([u]) => u).join(', ')} — password "${DEMO_PASSWORD}" (demo only)`,
  );
  await demoLoader(services);
}
