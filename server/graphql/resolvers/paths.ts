// Paths, time-respecting paths, resale chains and the relics a person handled.
import { requirePermission } from '../../auth/permissions.ts';
import { PathService } from '../../features/paths/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { auditRead, subgraphEntities } from './entities.ts';

const service = (ctx: Context) => new PathService(ctx.services.db(), ctx.services.config.maxResultNodes);

export const pathResolvers: Resolvers = {
  Query: {
    paths: async (_root, { input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const result = await service(ctx).paths(input);
      await auditRead(ctx, principal, 'paths', subgraphEntities(result.subgraph), { mode: input.mode });
      return result as never;
    },
    timePaths: async (_root, { input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const result = await service(ctx).timePaths(input);
      await auditRead(ctx, principal, 'timePaths', subgraphEntities(result.subgraph));
      return result as never;
    },
    resaleChains: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const result = await service(ctx).resaleChains(args);
      await auditRead(ctx, principal, 'resaleChains', subgraphEntities(result.subgraph));
      return result as never;
    },
    relicsHandled: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const page = await service(ctx).relicsHandled(args);
      await auditRead(ctx, principal, 'relicsHandled', [
        { id: args.personId, type: 'Person' },
        ...page.items.map((i) => i.relic),
      ]);
      return page as never;
    },
  },
};
