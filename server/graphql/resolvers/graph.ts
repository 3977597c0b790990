// Neighbourhoods and phone contacts.
import { requirePermission } from '../../auth/permissions.ts';
import { GraphService } from '../../features/graph/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { auditRead, subgraphEntities } from './entities.ts';
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
      const principal = requirePermission(ctx.principal, 'read:entities');
      // A query that only draws (no entity details, evidence or properties) fetches less.
      const drawOnly = !DETAIL_PATHS.some((p) => selects(info, p));
      const graph = await service(ctx).neighbourhood(input, { drawOnly });
      await auditRead(ctx, principal, 'neighbourhood', subgraphEntities(graph), {
        hops: input.hops ?? 1,
        truncated: graph.truncated,
      });
      return graph as never;
    },
    contacts: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const page = await service(ctx).contacts(args);
      // Phone contacts are person data: the phones' holders can be identified from them.
      await ctx.services.audit.record({
        principal,
        operation: 'contacts',
        kind: 'read',
        entityIds: [args.id, ...page.items.flatMap((c) => [c.caller.id, c.callee.id])],
        count: page.items.length,
      });
      return page as never;
    },
  },
};
