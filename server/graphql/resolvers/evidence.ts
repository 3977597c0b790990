// why(a, b): the records linking two entities.
import { requirePermission } from '../../auth/permissions.ts';
import { EvidenceService } from '../../features/evidence/service.ts';
import type { EntityView } from '../../features/entities/types.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { loadersFor } from '../loaders.ts';
import { auditRead } from './entities.ts';

export const evidenceResolvers: Resolvers = {
  Query: {
    why: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const page = await new EvidenceService(ctx.services.db()).why(args);
      const ends = await loadersFor(ctx).entity.loadMany([args.a, args.b]);
      const seen = [
        ...ends.filter((e): e is EntityView => !!e && !(e instanceof Error)),
        ...page.items.flatMap((l) => (l.via ? [l.via] : [])),
      ];
      await auditRead(ctx, principal, 'why', seen);
      return page as never;
    },
  },
};
