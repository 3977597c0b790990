// Per-request DataLoaders, so a query that asks for many entities (an investigation's entities,
// nodes' details) makes one database round trip per tick instead of one per entity (no N+1).
// Keyed on the request's context object, so they live and die with the request.
import DataLoader from 'dataloader';
import { EntityService } from '../features/entities/service.ts';
import type { EntityView } from '../features/entities/types.ts';
import type { Context } from './context.ts';

export interface Loaders {
  entity: DataLoader<string, EntityView | null>;
}

const perRequest = new WeakMap<Context, Loaders>();

export function loadersFor(ctx: Context): Loaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const service = new EntityService(ctx.services.db());
    loaders = {
      entity: new DataLoader<string, EntityView | null>(
        async (ids) => {
          const found = await service.byIds(ids);
          return ids.map((id) => found.get(id) ?? null);
        },
        { maxBatchSize: 500 },
      ),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
