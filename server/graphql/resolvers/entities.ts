// Entities and search. The persons and phones they return are recorded in the audit trail by
// audit-reads.ts, as every read of person data is.
import { requirePermission } from '../../auth/permissions.ts';
import { EntityService } from '../../features/entities/service.ts';
import type { EntityView } from '../../features/entities/types.ts';
import { checkId } from '../../features/entities/validate.ts';
import { SearchService } from '../../features/search/service.ts';
import { notFound, badInput } from '../../errors.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { loadersFor } from '../loaders.ts';

/** Entities by id in the order asked, null where none exists. */
export async function loadEntities(ctx: Context, ids: readonly string[]): Promise<Array<EntityView | null>> {
  const found = await loadersFor(ctx).entity.loadMany(ids);
  return found.map((e) => (e instanceof Error ? null : e));
}

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (obj) => (obj as unknown as EntityView).__typename as never,
  },
  Query: {
    entity: async (_root, { id }, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      const entity = await loadersFor(ctx).entity.load(checkId('id', id));
      if (!entity) throw notFound(`id: no entity has the id ${JSON.stringify(id)}.`);
      return entity as never;
    },
    entities: async (_root, { ids }, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      if (ids.length > 500) throw badInput(`ids: expected at most 500 ids, got ${ids.length}.`);
      const checked = ids.map((id, i) => checkId(`ids[${i}]`, id));
      return (await loadEntities(ctx, checked)) as never;
    },
    search: async (_root, args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return (await new SearchService(ctx.services.db()).search(args)) as never;
    },
    graphVocabulary: async (_root, _args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return new EntityService(ctx.services.db()).vocabulary();
    },
  },
};
