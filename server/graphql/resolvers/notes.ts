// Notes on entities.
import { requirePermission } from '../../auth/permissions.ts';
import { NoteService } from '../../features/notes/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { noteRead, recordChange } from '../audit-reads.ts';

export const noteResolvers: Resolvers = {
  Query: {
    notes: async (_root, args, ctx, info) => {
      requirePermission(ctx.principal, 'annotate');
      const page = await new NoteService(ctx.services.db()).list(args.entityId, args.first, args.after);
      // Notes on a person or phone are person data: recorded by audit-reads.ts (the entity asked
      // about even when it has no notes).
      noteRead(ctx, info, { ids: [args.entityId] });
      return page;
    },
  },
  Mutation: {
    addNote: async (_root, { entityId, text }, ctx) => {
      const principal = requirePermission(ctx.principal, 'annotate');
      const note = await new NoteService(ctx.services.db()).add(principal, entityId, text);
      await recordChange(ctx, {
        principal,
        operation: 'addNote',
        kind: 'change',
        entityIds: [note.entityId],
        count: 1,
        details: { noteId: note.id },
      });
      return note;
    },
    deleteNote: async (_root, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'annotate');
      const note = await new NoteService(ctx.services.db()).remove(principal, id);
      await ctx.services.audit.record({
        principal,
        operation: 'deleteNote',
        kind: 'change',
        entityIds: [note.entityId],
        count: 1,
        details: { noteId: id },
      });
      return true;
    },
  },
};
