// Notes investigators leave on entities: (:Note)-[:ABOUT]->(entity). A note has no `sources`,
// so it never appears as an entity in searches, neighbourhoods or paths.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/types.ts';
import type { Db } from '../../db/db.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { EntityService } from '../entities/service.ts';
import { checkId } from '../entities/validate.ts';

export interface NoteView {
  id: string;
  entityId: string;
  text: string;
  authorId: string;
  author: string;
  createdAt: number;
}

export const MAX_NOTE = 10_000;

function toNote(v: unknown): NoteView | null {
  const p = (v as { properties?: Record<string, unknown> } | null)?.properties;
  if (!p || typeof p.id !== 'string') return null;
  return {
    id: p.id,
    entityId: String(p.entityId),
    text: String(p.text),
    authorId: String(p.authorId),
    author: String(p.author),
    createdAt: Number(p.createdAt),
  };
}

export class NoteService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async add(principal: Principal, entityId: string, text: string): Promise<NoteView> {
    const trimmed = typeof text === 'string' ? text.trim() : '';
    if (trimmed.length === 0 || trimmed.length > MAX_NOTE) {
      throw badInput(`addNote.text: expected 1 to ${MAX_NOTE} characters, got ${trimmed.length}.`);
    }
    const target = await new EntityService(this.db).resolveOne(
      'addNote.entityId',
      checkId('addNote.entityId', entityId),
    );
    const [row] = await this.db.write('queries/notes/create-note', {
      eid: target.eid,
      entityId: target.id,
      id: randomUUID(),
      text: trimmed,
      authorId: principal.userId,
      author: principal.username,
      now: this.now(),
    });
    const note = toNote(row?.note);
    if (!note) throw notFound(`addNote.entityId: no entity has the id ${JSON.stringify(entityId)}.`);
    return note;
  }

  async list(entityId: string, first?: number | null, after?: string | null) {
    const { skip, limit } = pageArgs(first, after);
    const rows = await this.db.read('queries/notes/list-notes', {
      entityId: checkId('entityId', entityId),
      skip,
      limit: limit + 1,
    });
    return toPage(
      rows.map((r) => toNote(r.note)).filter((n): n is NoteView => n !== null),
      skip,
      limit,
    );
  }

  async remove(principal: Principal, id: string): Promise<NoteView> {
    const [row] = await this.db.read('queries/notes/get-note', { id: checkId('deleteNote.id', id) });
    const note = toNote(row?.note);
    if (!note) throw notFound(`deleteNote.id: no note has the id ${JSON.stringify(id)}.`);
    if (note.authorId !== principal.userId && principal.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'deleteNote: only the note’s author or an admin may delete it.');
    }
    await this.db.write('queries/notes/delete-note', { id });
    return note;
  }
}
