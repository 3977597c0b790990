// Entity resolution: candidate duplicates (read:entities to list, run:jobs to detect) and reversible
// merges (merge:entities). Persons come back as the entities API's Person, through the loader.
import { requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { AppError } from '../../errors.ts';
import type { EntityView } from '../../features/entities/types.ts';
import {
  ResolutionService,
  candidateId,
  parseCandidateId,
  type MergeView,
} from '../../features/resolution/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from '../context.ts';
import { recordChange, noteRead } from '../audit-reads.ts';
import { loadersFor } from '../loaders.ts';
import { pageArgs, toPage } from '../../features/paging.ts';

const service = (ctx: Context) => new ResolutionService(ctx.services.db());

/** Loads persons by uid through the request's loader (one round trip for the lot). */
async function persons(ctx: Context, uids: readonly string[]): Promise<Map<string, EntityView>> {
  const unique = [...new Set(uids)];
  const found = await loadersFor(ctx).entity.loadMany(unique);
  const out = new Map<string, EntityView>();
  found.forEach((e, i) => {
    if (e && !(e instanceof Error)) out.set(unique[i]!, e);
  });
  return out;
}

function get(map: Map<string, EntityView>, uid: string): EntityView {
  const e = map.get(uid);
  if (!e) throw new AppError('NOT_FOUND', `Person ${uid} no longer exists; run detection again.`);
  return e;
}

async function mergeOut(ctx: Context, view: MergeView) {
  const byUid = await persons(ctx, [view.canonical.uid, ...view.members.map((m) => m.uid)]);
  return {
    canonical: get(byUid, view.canonical.uid),
    members: view.members.map((m) => ({ person: get(byUid, m.uid), by: m.by, at: m.at, reason: m.reason })),
  };
}

/** Records a change; the persons it returns are recorded as reads by audit-reads.ts. */
const audit = (
  ctx: Context,
  principal: Principal,
  operation: string,
  entityIds: string[],
  count: number,
  details?: Record<string, unknown>,
) =>
  recordChange(ctx, {
    principal,
    operation,
    kind: 'change',
    entityIds: [...new Set(entityIds)],
    count,
    ...(details ? { details } : {}),
  });

export const resolutionResolvers: Resolvers = {
  Query: {
    duplicateCandidates: async (_root, { minScore, status, first, after }, ctx, info) => {
      requirePermission(ctx.principal, 'read:entities');
      const { skip, limit } = pageArgs(first, after);
      const rows = await service(ctx).listCandidates({
        minScore: minScore ?? 0,
        status: status ?? 'open',
        skip,
        limit: limit + 1,
      });
      const page = toPage(rows, skip, limit);
      const byUid = await persons(
        ctx,
        page.items.flatMap((c) => [c.a, c.b]),
      );
      const items = page.items.map((c) => ({ ...c, a: get(byUid, c.a), b: get(byUid, c.b) }));
      noteRead(ctx, info, { details: { status: status ?? 'open' } });
      return { items, nextCursor: page.nextCursor } as never;
    },
    personMerge: async (_root, { id }, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      const view = await service(ctx).getMerge(id);
      if (!view) return null;
      return (await mergeOut(ctx, view)) as never;
    },
  },
  Mutation: {
    findDuplicateCandidates: async (_root, { minScore, limit }, ctx, info) => {
      requirePermission(ctx.principal, 'run:jobs');
      const res = await service(ctx).findDuplicateCandidates({
        minScore: minScore ?? 0.6,
        limit: limit ?? 100,
      });
      const byUid = await persons(
        ctx,
        res.candidates.flatMap((c) => [c.a, c.b]),
      );
      const candidates = res.candidates.map((c) => ({
        ...c,
        id: candidateId(c.a, c.b),
        a: get(byUid, c.a),
        b: get(byUid, c.b),
      }));
      noteRead(ctx, info, { details: { stored: res.stored, minScore: minScore ?? 0.6 } });
      return { ...res, candidates } as never;
    },
    mergePersons: async (_root, { ids, reason, name }, ctx) => {
      const principal = requirePermission(ctx.principal, 'merge:entities');
      const view = await service(ctx).mergePersons({
        uids: ids,
        reason,
        name,
        by: principal.username,
        field: 'ids',
      });
      await audit(
        ctx,
        principal,
        'mergePersons',
        [view.canonical.uid, ...view.members.map((m) => m.uid)],
        view.members.length,
        { canonical: view.canonical.uid },
      );
      return (await mergeOut(ctx, view)) as never;
    },
    unmergePerson: async (_root, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'merge:entities');
      const restored = await service(ctx).unmergePerson(id, 'id');
      await audit(ctx, principal, 'unmergePerson', [...restored.map((p) => p.uid), id], restored.length, {
        canonical: id,
      });
      const byUid = await persons(
        ctx,
        restored.map((p) => p.uid),
      );
      return restored.map((p) => get(byUid, p.uid)) as never;
    },
    setDuplicateStatus: async (_root, { id, status }, ctx) => {
      const principal = requirePermission(ctx.principal, 'merge:entities');
      const result = await service(ctx).setCandidateStatus(id, status, principal.username);
      await audit(ctx, principal, 'setDuplicateStatus', parseCandidateId(id), 1, { status });
      return result;
    },
  },
};
