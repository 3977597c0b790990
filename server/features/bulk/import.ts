// The bulk path for first loads (issue 21): an empty store filled by Neo4j's own offline importer
// (`neo4j-admin database import full`, org.neo4j.cli.AdminTool from the same Maven-resolved
// Neo4j artifacts the embedded engine runs on), then started, migrated (constraints, indexes,
// full-text indexes: the normal migrations) and given its derived CALLS summaries by the writer's
// own refresh (GraphWriter.refreshCalls), so the graph is the one the incremental ingest builds.
// Input: the seed generator's batches or the ingest layouts (planned, parsed and guarded as the
// ingest pipeline does, batch by batch), through BulkSink (sink.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveClasspath, startEmbedded, type EmbeddedNeo4j } from '../../../neo4j/provision.ts';
import { probe } from '../../db/connect.ts';
import { Db } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { generateSeedNetwork } from '../../../seeds/generator.ts';
import { FileRefused } from '../ingest/errors.ts';
import { guardParsed } from '../ingest/guard.ts';
import { planPaths, type PlanOptions } from '../ingest/plan.ts';
import type { FileSummary, Reject } from '../ingest/types.ts';
import {
  GraphWriter,
  type NodeRecord,
  type RawNodeRow,
  type RawRelRow,
  type RelRecord,
} from '../ingest/writer.ts';
import { ARRAY_DELIMITER, BulkLoadError, BulkSink, type ImportFiles } from './sink.ts';

export { BulkLoadError } from './sink.ts';

export interface BulkProgress {
  phase: 'records' | 'csv' | 'import' | 'schema' | 'calls' | 'done';
  message: string;
  /** 0..1 within the importer's stages (import phase only). */
  fraction?: number;
  records?: number;
}

export interface BulkTarget {
  /** Embedded Neo4j home (the store is <home>/data/databases/neo4j). */
  home: string;
  cacheDir: string;
  heap?: string;
  pagecache?: string;
  /** neo4j-admin's --max-off-heap-memory (default 25%: the machine may be shared). */
  importMemory?: string;
  /** Where CSVs and spools go (default <home>/bulk-import, removed afterwards unless keepFiles). */
  workDir?: string;
  keepFiles?: boolean;
  onProgress?: (p: BulkProgress) => void;
}

export interface BulkResult {
  records: number;
  nodes: number;
  relationships: number;
  callSummaries: number;
  rejects: Reject[];
  files: FileSummary[];
  seconds: { records: number; importer: number; schema: number; calls: number; total: number };
  /** The running database, migrated; the caller stops it (neo4j.stop()) and closes db. */
  neo4j: EmbeddedNeo4j;
  db: Db;
}

const BOOKKEEPING = new Set(['SchemaMigration', 'MigrationLock']);

async function startDb(t: BulkTarget): Promise<{ neo4j: EmbeddedNeo4j; db: Db }> {
  const neo4j = await startEmbedded({
    home: t.home,
    cacheDir: t.cacheDir,
    heap: t.heap,
    pagecache: t.pagecache,
    probe: (uri, password) => probe(uri, 'neo4j', password),
  });
  return { neo4j, db: new Db({ uri: neo4j.uri, user: 'neo4j', password: neo4j.password }) };
}

/**
 * Refuses a store that holds anything but schema bookkeeping (start it, count its nodes by label)
 * or that is running; returns whether a store exists (the importer then overwrites the empty one).
 */
export async function checkEmptyTarget(t: BulkTarget): Promise<boolean> {
  const store = path.join(t.home, 'data', 'databases', 'neo4j');
  if (!fs.existsSync(store) || fs.readdirSync(store).length === 0) return false;
  if (fs.existsSync(path.join(store, 'database_lock')) && isLocked(t.home))
    throw new BulkLoadError(`the Neo4j store at ${t.home} is in use: stop it first (npm run db:stop)`);
  const { neo4j, db } = await startDb(t);
  try {
    const rows = await db.read('queries/bulk/count-nodes-by-label');
    const held = rows
      .map((r) => ({ label: String(r.label), count: Number(r.count) }))
      .filter((r) => !BOOKKEEPING.has(r.label) && r.count > 0);
    if (held.length)
      throw new BulkLoadError(
        `the target database is not empty (${held
          .slice(0, 6)
          .map((h) => `${h.count} ${h.label}`)
          .join(', ')}${held.length > 6 ? ', …' : ''}): the bulk path is for first loads into an empty ` +
          `store; load into this one with npm run ingest, or point CRIMEGRAPH_DATA_DIR at a new directory`,
      );
  } finally {
    await db.close();
    await neo4j.stop();
  }
  return true;
}

function isLocked(home: string): boolean {
  const runtime = path.join(path.dirname(home), 'neo4j-runtime.json');
  if (!fs.existsSync(runtime)) return false;
  try {
    const pid = (JSON.parse(fs.readFileSync(runtime, 'utf8')) as { pid: number }).pid;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `neo4j-admin database import full` on the CSVs; progress from its stage and percent lines. */
export async function runImporter(t: BulkTarget, files: ImportFiles, overwrite: boolean): Promise<string> {
  const classpath = await resolveClasspath(t.cacheDir, (m) =>
    t.onProgress?.({ phase: 'import', message: m }),
  );
  const work = t.workDir ?? path.join(t.home, 'bulk-import');
  const args = [
    `-Xmx${t.heap ?? '1g'}`,
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: the --nodes/--relationships options take any number of files after them.
    'neo4j',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    '--skip-bad-relationships=true',
    '--bad-tolerance=1000000000',
    `--max-off-heap-memory=${t.importMemory ?? '25%'}`,
    `--report-file=${path.join(work, 'import.report')}`,
    `--overwrite-destination=${overwrite}`,
    ...(files.multiline ? ['--multiline-fields=true'] : []),
    ...files.nodes.map((f) => `--nodes=${f.header},${f.data}`),
    ...files.relationships.map((f) => `--relationships=${f.header},${f.data}`),
  ];
  fs.mkdirSync(t.home, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: path.resolve(t.home), NEO4J_CONF: path.join(work, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    let stage = 0;
    let stages = 4;
    let name = 'starting';
    let lastPct = -1;
    let buf = '';
    const onData = (c: Buffer) => {
      const text = c.toString();
      tail = (tail + text).slice(-8000);
      buf += text;
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      for (const line of [...parts, buf]) {
        const s = /\((\d+)\/(\d+)\)\s+(.+?)\s+\d{4}-\d\d-\d\d/.exec(line);
        if (s) {
          stage = Number(s[1]);
          stages = Number(s[2]);
          name = s[3]!;
          lastPct = -1;
          t.onProgress?.({
            phase: 'import',
            message: `importer ${stage}/${stages} ${name}`,
            fraction: (stage - 1) / stages,
          });
        }
        const p = /\s(\d{1,3})%/.exec(line);
        if (p && stage > 0 && Number(p[1]) !== lastPct) {
          lastPct = Number(p[1]);
          t.onProgress?.({
            phase: 'import',
            message: `importer ${stage}/${stages} ${name} ${lastPct}%`,
            fraction: (stage - 1 + lastPct / 100) / stages,
          });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => reject(new BulkLoadError(`could not run neo4j-admin (java): ${e.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve(tail)
        : reject(new BulkLoadError(`neo4j-admin database import failed (exit ${code}):\n${tail.trim()}`)),
    );
  });
}

/** Feeds the sink, imports, starts, migrates and derives CALLS. */
async function bulkLoad(
  t: BulkTarget,
  feed: (sink: BulkSink) => Promise<{ rejects: Reject[]; files: FileSummary[] }>,
): Promise<BulkResult> {
  const report = (p: BulkProgress) => t.onProgress?.(p);
  const t0 = Date.now();
  const overwrite = await checkEmptyTarget(t);
  const work = t.workDir ?? path.join(t.home, 'bulk-import');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'conf'), { recursive: true });
  const sink = new BulkSink(work);
  try {
    const fed = await feed(sink);
    const files = await sink.finish((m) => report({ phase: 'csv', message: m }));
    const t1 = Date.now();
    report({
      phase: 'import',
      message: `neo4j-admin: ${files.nodeCount} nodes, ${files.relationshipCount} relationships`,
      fraction: 0,
    });
    await runImporter(t, files, overwrite);
    const t2 = Date.now();
    report({ phase: 'schema', message: 'starting Neo4j and applying the schema migrations…' });
    const { neo4j, db } = await startDb(t);
    try {
      await migrate(db);
      const t3 = Date.now();
      report({ phase: 'calls', message: 'deriving CALLS summaries…' });
      const phones = (await db.read('queries/bulk/phones-with-calls')).map((r) => String(r.uid));
      const stats = await new GraphWriter(db).refreshCalls(phones);
      const t4 = Date.now();
      report({ phase: 'done', message: 'bulk load done' });
      return {
        records: sink.records,
        nodes: files.nodeCount,
        relationships: files.relationshipCount,
        callSummaries: stats.relationshipsCreated,
        rejects: fed.rejects,
        files: fed.files,
        seconds: {
          records: (t1 - t0) / 1000,
          importer: (t2 - t1) / 1000,
          schema: (t3 - t2) / 1000,
          calls: (t4 - t3) / 1000,
          total: (t4 - t0) / 1000,
        },
        neo4j,
        db,
      };
    } catch (err) {
      await db.close();
      await neo4j.stop();
      throw err;
    }
  } finally {
    if (!t.keepFiles) fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The demo seed network, batch by batch as seeds/load.ts writes it (batchPeople 5000). */
export function bulkLoadSeed(
  t: BulkTarget,
  opts: { people: number; seed: number; batchPeople?: number },
): Promise<BulkResult> {
  return bulkLoad(t, async (sink) => {
    for (const batch of generateSeedNetwork({
      people: opts.people,
      seed: opts.seed,
      batchPeople: opts.batchPeople ?? 5000,
    })) {
      await sink.write(batch.nodes, batch.rels);
      t.onProgress?.({
        phase: 'records',
        message: `${batch.peopleSoFar}/${opts.people} people, ${sink.records} records`,
        records: sink.records,
      });
    }
    return { rejects: [], files: [] };
  });
}

/**
 * Files and directories in any ingest format, planned, parsed and guarded as the ingest pipeline
 * does (pipeline.ts runUnits), in batches of the same size so records meet in the same order.
 */
export function bulkLoadFiles(
  t: BulkTarget,
  paths: readonly string[],
  opts: PlanOptions & { batchSize?: number } = {},
): Promise<BulkResult> {
  const batchSize = opts.batchSize ?? 5_000;
  return bulkLoad(t, async (sink) => {
    const rejects: Reject[] = [];
    const summaries: FileSummary[] = [];
    let b = newBatch();
    const flush = async () => {
      if (b.size === 0) return;
      await sink.write(b.nodes, b.rels);
      if (b.rawNodes.length || b.rawRels.length) await sink.writeRaw(b.rawNodes, b.rawRels);
      b = newBatch();
      t.onProgress?.({ phase: 'records', message: `${sink.records} records`, records: sink.records });
    };
    for (const unit of planPaths(paths, opts)) {
      const file: FileSummary = {
        file: unit.name,
        format: unit.format,
        records: 0,
        accepted: 0,
        rejected: 0,
      };
      summaries.push(file);
      if (unit.refused) {
        file.refused = `Ingest: refused ${unit.name}: ${unit.refused}`;
        continue;
      }
      try {
        await unit.check();
        for await (const parsed of unit.parse(unit.open())) {
          const p = guardParsed(parsed);
          file.records += 1;
          if (p.accepted) file.accepted += 1;
          else file.rejected += 1;
          if (p.rejects) rejects.push(...p.rejects);
          b.nodes.push(...(p.nodes ?? []));
          b.rels.push(...(p.rels ?? []));
          b.rawNodes.push(...(p.rawNodes ?? []));
          b.rawRels.push(...(p.rawRels ?? []));
          b.size +=
            (p.nodes?.length ?? 0) +
            (p.rels?.length ?? 0) +
            (p.rawNodes?.length ?? 0) +
            (p.rawRels?.length ?? 0);
          if (b.size >= batchSize) await flush();
        }
        await flush();
      } catch (err) {
        if (!(err instanceof FileRefused)) throw err;
        file.refused = err.message;
      }
    }
    return { rejects, files: summaries };
  });
}

function newBatch() {
  return {
    nodes: [] as NodeRecord[],
    rels: [] as RelRecord[],
    rawNodes: [] as RawNodeRow[],
    rawRels: [] as RawRelRow[],
    size: 0,
  };
}
