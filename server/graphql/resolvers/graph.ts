// Neighbourhoods and phone contacts.
import { requirePermission } from '../../auth/permissions.ts';
import { GraphService } from '../../features/graph/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { noteRead } from '../audit-reads.ts';
import { selects } from '../selection.ts';

/** Selections that need more of a record than a drawing does. */
const DETAIL_PATHS = [
  ['nodes', 'entity'],
  ['edges', 'evidence'],
  ['edges', 'properties'],
] as const;

const service = (ctx: Context) => new GraphService(ctx.services.db(), ctx.services.config.maxResultNodes);

export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_root, { input }, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      // A query that only draws (no entity details, evidence or properties) fetches less.
      const drawOnly = !DETAIL_PATHS.some((p) => selects(info, p));
      const graph = await service(ctx).neighbourhood(input, { drawOnly });
      noteRead(ctx, info, { details: { hops: input.hops ?? 1, truncated: graph.truncated } });
      return graph as never;
    },
    contacts: async (_root, args, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      const page = await service(ctx).contacts(args);
      // The phones in the answer are recorded by audit-reads.ts; the person or phone asked about
      // too, even when it has no contacts.
      noteRead(ctx, info, { ids: [args.id] });
      return page as never;
    },
  },
};
