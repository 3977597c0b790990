// Paths, time-respecting paths, resale chains and the relics a person handled.
import { requirePermission } from '../../auth/permissions.ts';
import { PathService } from '../../features/paths/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { noteRead } from '../audit-reads.ts';

const service = (ctx: Context) => new PathService(ctx.services.db(), ctx.services.config.maxResultNodes);

export const pathResolvers: Resolvers = {
  Query: {
    paths: async (_root, { input }, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      const result = await service(ctx).paths(input);
      noteRead(ctx, info, { details: { mode: input.mode } });
      return result as never;
    },
    timePaths: async (_root, { input }, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return (await service(ctx).timePaths(input)) as never;
    },
    resaleChains: async (_root, args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return (await service(ctx).resaleChains(args)) as never;
    },
    relicsHandled: async (_root, args, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      const page = await service(ctx).relicsHandled(args);
      // The other buyers and sellers in the answer are recorded by audit-reads.ts; the person
      // asked about too, even when they handled nothing.
      noteRead(ctx, info, { ids: [args.personId] });
      return page as never;
    },
  },
};
