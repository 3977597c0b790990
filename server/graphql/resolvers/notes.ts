// Notes on entities.
import { requirePermission } from '../../auth/permissions.ts';
import { NoteService } from '../../features/notes/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';

export const noteResolvers: Resolvers = {
  Query: {
    notes: async (_root, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'annotate');
      const page = await new NoteService(ctx.services.db()).list(args.entityId, args.first, args.after);
      if (args.entityId.startsWith('Person:')) {
        await ctx.services.audit.record({
          principal,
          operation: 'notes',
          kind: 'read',
          entityIds: [args.entityId],
          count: page.items.length,
        });
      }
      return page;
    },
  },
  Mutation: {
    addNote: async (_root, { entityId, text }, ctx) => {
      const principal = requirePermission(ctx.principal, 'annotate');
      const note = await new NoteService(ctx.services.db()).add(principal, entityId, text);
      await ctx.services.audit.record({
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
