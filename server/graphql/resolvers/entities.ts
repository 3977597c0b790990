// Entities and search. Also the audit helper every investigation resolver uses: reads that
// return person data are recorded in the audit trail with the persons first.
import { requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { EntityService } from '../../features/entities/service.ts';
import type { EntityView, SubgraphView } from '../../features/entities/types.ts';
import { checkId } from '../../features/entities/validate.ts';
import { SearchService } from '../../features/search/service.ts';
import { notFound, badInput } from '../../errors.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { loadersFor } from '../loaders.ts';

type Auditable = Pick<EntityView, 'id' | 'type'>;

/** Records a read in the audit trail when it returned person data (persons first in entityIds). */
export async function auditRead(
  ctx: Context,
  principal: Principal,
  operation: string,
  entities: readonly Auditable[],
  details?: Record<string, unknown>,
): Promise<void> {
  const persons = entities.filter((e) => e.type === 'Person').map((e) => e.id);
  if (persons.length === 0) return;
  const others = entities.filter((e) => e.type !== 'Person').map((e) => e.id);
  await ctx.services.audit.record({
    principal,
    operation,
    kind: 'read',
    entityIds: [...new Set([...persons, ...others])],
    count: entities.length,
    ...(details ? { details } : {}),
  });
}

/** Entities by id in the order asked, null where none exists; the persons among them are audited. */
export async function loadEntitiesAudited(
  ctx: Context,
  principal: Principal,
  operation: string,
  ids: readonly string[],
): Promise<Array<EntityView | null>> {
  const found = await loadersFor(ctx).entity.loadMany(ids);
  const list = found.map((e) => (e instanceof Error ? null : e));
  await auditRead(
    ctx,
    principal,
    operation,
    list.filter((e): e is EntityView => e !== null),
  );
  return list;
}

export const subgraphEntities = (g: SubgraphView): Auditable[] => g.nodes;

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (obj) => (obj as unknown as EntityView).__typename as never,
  },
  Query: {
    entity: async (_root, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const entity = await loadersFor(ctx).entity.load(checkId('id', id));
      if (!entity) throw notFound(`id: no entity has the id ${JSON.stringify(id)}.`);
      await auditRead(ctx, principal, 'entity', [entity]);
      return entity as never;
    },
    entities: async (_root, { ids }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      if (ids.length > 500) throw badInput(`ids: expected at most 500 ids, got ${ids.length}.`);
      const checked = ids.map((id, i) => checkId(`ids[${i}]`, id));
      return (await loadEntitiesAudited(ctx, principal, 'entities', checked)) as never;
    },
    search: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const page = await new SearchService(ctx.services.db()).search(args);
      await auditRead(
        ctx,
        principal,
        'search',
        page.items.map((h) => h.entity),
      );
      return page as never;
    },
    graphVocabulary: async (_root, _args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return new EntityService(ctx.services.db()).vocabulary();
    },
  },
};
