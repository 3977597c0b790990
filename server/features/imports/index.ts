// The import lifecycle: every ingest run is recorded as an :Import (source files, time, who, how,
// counts), and one can be rolled back. Provenance is per record: `sources` lists
// "<file>#<record>" (writer.ts), so rolling back an import strips the sources citing its files from
// every node and relationship, deletes what is left with none, and recomputes the derived CALLS of
// the phones whose calls went. A file another import (not rolled back) also loaded is shared: its
// records stay (they are that import's too). Everything happens in one write transaction; a dry run
// is the same transaction rolled back, so it reports exactly the counts a real roll-back would.
import { randomUUID } from 'node:crypto';
import type { Db, Row } from '../../db/db.ts';
import { badInput, notFound } from '../../errors.ts';

export interface ImportCounts {
  records: number;
  accepted: number;
  rejected: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface ImportView extends Partial<ImportCounts> {
  id: string;
  at: number;
  by: string;
  via: string;
  files: string[];
  status: 'running' | 'done' | 'rolled-back';
  finishedAt: number | null;
  rolledBackAt: number | null;
  rolledBackBy: string | null;
}

export interface RollbackResult {
  importId: string;
  dryRun: boolean;
  /** The import's files whose sources were removed. */
  files: string[];
  /** Files another import (not rolled back) also loaded: their records stay. */
  sharedFiles: string[];
  nodesDeleted: number;
  nodesUpdated: number;
  /** Nodes whose only source was this import but which other imports' relationships still use. */
  nodesKept: number;
  relationshipsDeleted: number;
  relationshipsUpdated: number;
  /** Phones whose derived CALLS summaries were recomputed. */
  phonesRefreshed: number;
}

/** Who ran an ingest and how, recorded with it. */
export interface ImportOrigin {
  by: string;
  via: string;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const numOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

function toView(p: Record<string, unknown>): ImportView {
  return {
    id: String(p.id),
    at: num(p.at),
    by: str(p.by) ?? 'system',
    via: str(p.via) ?? 'api',
    files: Array.isArray(p.files) ? p.files.map(String) : [],
    status: (str(p.status) ?? 'running') as ImportView['status'],
    finishedAt: numOrNull(p.finishedAt),
    rolledBackAt: numOrNull(p.rolledBackAt),
    rolledBackBy: str(p.rolledBackBy),
    records: numOrNull(p.records) ?? undefined,
    accepted: numOrNull(p.accepted) ?? undefined,
    rejected: numOrNull(p.rejected) ?? undefined,
    nodesCreated: numOrNull(p.nodesCreated) ?? undefined,
    relationshipsCreated: numOrNull(p.relationshipsCreated) ?? undefined,
  };
}

/** Records the start of an ingest run; returns its id. */
export async function startImport(db: Db, files: readonly string[], origin: ImportOrigin): Promise<string> {
  const id = randomUUID();
  await db.write('queries/imports/start-import', {
    id,
    at: Date.now(),
    by: origin.by,
    via: origin.via,
    files: [...new Set(files)],
  });
  return id;
}

/** Completes the record of an ingest run with its counts. */
export async function finishImport(db: Db, id: string, counts: ImportCounts): Promise<void> {
  await db.write('queries/imports/finish-import', { id, finishedAt: Date.now(), counts });
}

/** Recorded ingest runs, newest first. */
export async function listImports(db: Db, skip: number, limit: number): Promise<ImportView[]> {
  const rows = await db.read('queries/imports/list-imports', { skip, limit });
  return rows.map((r) => toView(r.imp as Record<string, unknown>));
}

class DryRun extends Error {
  constructor(readonly result: RollbackResult) {
    super('dry run');
  }
}

const first = (rows: Row[]) => rows[0] ?? {};

/**
 * Rolls an import back (or, with dryRun, computes what that would do and changes nothing).
 * Throws NOT_FOUND for an unknown id and BAD_INPUT for an import already rolled back or still running.
 */
export async function rollbackImport(
  db: Db,
  id: string,
  opts: { dryRun: boolean; by: string },
): Promise<RollbackResult> {
  const [row] = await db.read('queries/imports/get-import', { id });
  if (!row) throw notFound(`importId: no import ${JSON.stringify(id)}.`);
  const imp = toView(row.imp as Record<string, unknown>);
  if (imp.status === 'rolled-back') throw badInput(`importId: import ${id} was already rolled back.`);
  if (imp.status === 'running')
    throw badInput(`importId: import ${id} has not finished; wait for it or rerun its files first.`);
  const sharedFiles = (Array.isArray(row.sharedFiles) ? row.sharedFiles : []).map(String);
  const files = imp.files.filter((f) => !sharedFiles.includes(f));
  try {
    return await db.writeTransaction(async (run) => {
      const rels = first(await run('queries/imports/strip-relationships', { files }));
      const nodes = first(await run('queries/imports/strip-nodes', { files }));
      const phones = (Array.isArray(rels.phones) ? rels.phones : []).filter(
        (p): p is string => typeof p === 'string',
      );
      if (phones.length) {
        await run('queries/imports/clear-calls-of-phones', { phones });
        await run('queries/ingest/refresh-calls-of-phones', { phones });
      }
      const result: RollbackResult = {
        importId: id,
        dryRun: opts.dryRun,
        files,
        sharedFiles,
        nodesDeleted: num(nodes.deleted),
        nodesUpdated: num(nodes.updated),
        nodesKept: num(nodes.kept),
        relationshipsDeleted: num(rels.deleted),
        relationshipsUpdated: num(rels.updated),
        phonesRefreshed: phones.length,
      };
      if (opts.dryRun) throw new DryRun(result);
      await run('queries/imports/mark-rolled-back', { id, at: Date.now(), by: opts.by, counts: result });
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result;
    throw err;
  }
}
