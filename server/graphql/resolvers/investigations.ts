// Saved investigations; their entities come through the per-request DataLoader (no N+1).
import { requirePermission } from '../../auth/permissions.ts';
import { InvestigationService, type InvestigationView } from '../../features/investigations/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { recordChange } from '../audit-reads.ts';
import { loadEntities } from './entities.ts';

const service = (ctx: Context) => new InvestigationService(ctx.services.db());

const change = (ctx: Context, operation: string, inv: InvestigationView) =>
  recordChange(ctx, {
    principal: ctx.principal,
    operation,
    kind: 'change',
    entityIds: inv.entityIds,
    count: 1,
    details: { investigationId: inv.id },
  });

export const investigationResolvers: Resolvers = {
  Investigation: {
    entities: async (inv, _args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return (await loadEntities(ctx, inv.entityIds ?? [])) as never;
    },
  },
  Query: {
    investigations: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'save:investigation');
      return service(ctx).list(principal, args.first, args.after);
    },
    investigation: async (_root, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'save:investigation');
      return service(ctx).get(principal, id);
    },
  },
  Mutation: {
    saveInvestigation: async (_root, { input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'save:investigation');
      const inv = await service(ctx).save(principal, input);
      await change(ctx, 'saveInvestigation', inv);
      return inv;
    },
    updateInvestigation: async (_root, { id, input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'save:investigation');
      const inv = await service(ctx).update(principal, id, input);
      await change(ctx, 'updateInvestigation', inv);
      return inv;
    },
    deleteInvestigation: async (_root, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'save:investigation');
      const inv = await service(ctx).get(principal, id);
      await service(ctx).remove(principal, id);
      await change(ctx, 'deleteInvestigation', inv);
      return true;
    },
  },
};
