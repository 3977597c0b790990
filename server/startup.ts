// What happens once the database is connected and migrated: demo data for `npm start`.
import type { Services } from './services.ts';

export async function afterStart(services: Services, opts: { demo: boolean }): Promise<void> {
  if (opts.demo) services.logger.info('demo data: the seed generator is not wired in yet');
}
