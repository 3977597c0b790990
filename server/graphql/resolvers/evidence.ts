// why(a, b): the records linking two entities.
import { requirePermission } from '../../auth/permissions.ts';
import { EvidenceService } from '../../features/evidence/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { noteRead } from '../audit-reads.ts';

export const evidenceResolvers: Resolvers = {
  Query: {
    why: async (_root, args, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      const page = await new EvidenceService(ctx.services.db()).why(args);
      // Intermediaries and edges in the answer are recorded by audit-reads.ts; the two ends
      // asked about too: the answer is about them.
      noteRead(ctx, info, { ids: [args.a, args.b] });
      return page as never;
    },
  },
};
