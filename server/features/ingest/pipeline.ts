// The one ingest pipeline behind the CLI and the GraphQL mutation: reads each planned input,
// batches what its parser produces, writes batches in order with GraphWriter (idempotent UNWIND …
// MERGE), reports every reject, and finally refreshes the derived CALLS summaries of the phones
// it touched. Every parsed record passes guardParsed first (guard.ts): no input writes a name the
// service uses. Parsing the next batch overlaps with writing the previous one; writes stay in order,
// so a killed run followed by a rerun converges on the graph of one clean run.
import { Transform, type Readable } from 'node:stream';
import type { Db } from '../../db/db.ts';
import { startObserving } from '../alerts/observer.ts';
import { finishImport, startImport, type ImportOrigin } from '../imports/index.ts';
import { uidOf } from '../model/model.ts';
import { FileRefused } from './errors.ts';
import { guardParsed } from './guard.ts';
import { localizeReject, type ReportLanguage } from './reasons.ts';
import type { Unit } from './plan.ts';
import { ReportWriter } from './report.ts';
import type { FileSummary, IngestSummary, Parsed, RawNode, RawRel, Reject } from './types.ts';
import { GraphWriter, type NodeRecord, type RelRecord, type WriteStats } from './writer.ts';

export interface IngestProgress {
  file: string;
  bytesDone: number;
  bytesTotal: number;
  records: number;
}

export interface RunOptions {
  batchSize?: number;
  /** Directory for rejects.csv and summary.json; none written when absent. */
  reportDir?: string;
  onProgress?: (p: IngestProgress) => void;
  /** How many rejects the returned summary lists (all go to the rejects file). */
  maxRejectsInSummary?: number;
  /** Who ran it and how, recorded with the run's :Import (server/features/imports); default system. */
  origin?: ImportOrigin;
  /** The language of the rejects' reasons, the rejects file and the summary (reasons.ts); default en. */
  language?: ReportLanguage;
}

class Batch {
  nodes: NodeRecord[] = [];
  rels: RelRecord[] = [];
  rawNodes: RawNode[] = [];
  rawRels: RawRel[] = [];
  size = 0;
}

export async function runUnits(
  db: Db,
  units: readonly Unit[],
  opts: RunOptions = {},
): Promise<IngestSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 5_000;
  const writer = new GraphWriter(db, batchSize);
  const language = opts.language ?? 'en';
  const report = opts.reportDir ? new ReportWriter(opts.reportDir, language) : undefined;
  const maxRejects = opts.maxRejectsInSummary ?? 1_000;
  const summary: IngestSummary = {
    files: [],
    records: 0,
    accepted: 0,
    rejected: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    batches: 0,
    durationMs: 0,
    rejects: [],
    ...(opts.reportDir ? { reportDir: opts.reportDir } : {}),
    language,
  };
  const addStats = (s: WriteStats) => {
    summary.nodesCreated += s.nodesCreated;
    summary.relationshipsCreated += s.relationshipsCreated;
    summary.batches += s.batches;
  };
  const phones = new Set<string>();
  // The run's :Import record (server/features/imports): its files, who, when; counts at the end.
  const loaded = units.filter((u) => !u.refused).map((u) => u.name);
  const importId = loaded.length
    ? await startImport(db, loaded, opts.origin ?? { by: 'system', via: 'api' })
    : undefined;
  if (importId) summary.importId = importId;
  const bytesTotal = units.reduce((n, u) => n + u.bytes, 0);
  let bytesBefore = 0;
  let inFlight: Promise<void> = Promise.resolve();
  // Alerts (server/features/alerts/observer.ts): rules evaluated on each written batch's records.
  const observe = startObserving(db);

  const write = async (b: Batch) => {
    addStats(await writer.write(b.nodes, b.rels, { refreshCalls: false }));
    if (b.rawNodes.length || b.rawRels.length) addStats(await writer.writeRaw(b.rawNodes, b.rawRels));
    await observe(b);
  };
  /** Waits for the previous batch, then starts writing this one (parsing continues meanwhile). */
  const flush = async (b: Batch) => {
    await inFlight;
    if (b.size === 0) return;
    inFlight = write(b);
    inFlight.catch(() => undefined);
  };
  const onReject = (raw: Reject) => {
    const r = localizeReject(raw, language);
    report?.reject(r);
    if (summary.rejects.length < maxRejects) summary.rejects.push(r);
  };

  for (const unit of units) {
    const file: FileSummary = { file: unit.name, format: unit.format, records: 0, accepted: 0, rejected: 0 };
    summary.files.push(file);
    if (unit.refused) {
      file.refused = `Ingest: refused ${unit.name}: ${unit.refused}`;
      continue;
    }
    let bytesDone = 0;
    const progress = () =>
      opts.onProgress?.({
        file: unit.name,
        bytesDone: bytesBefore + bytesDone,
        bytesTotal,
        records: summary.records + file.records,
      });
    try {
      await unit.check();
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytesDone += chunk.length;
          done(null, chunk);
        },
      });
      const input: Readable = unit.open();
      input.on('error', (err) => counter.destroy(err));
      let batch = new Batch();
      for await (const parsed of unit.parse(input.pipe(counter))) {
        const p = guardParsed(parsed);
        file.records += 1;
        if (p.accepted) file.accepted += 1;
        else file.rejected += 1;
        if (p.rejects) for (const r of p.rejects) onReject(r);
        add(batch, p, phones);
        if (batch.size >= batchSize) {
          await flush(batch);
          batch = new Batch();
          progress();
        }
      }
      await flush(batch);
      await inFlight;
      bytesDone = unit.bytes;
      progress();
    } catch (err) {
      await inFlight.catch(() => undefined);
      if (!(err instanceof FileRefused)) throw err;
      file.refused = err.message;
    } finally {
      bytesBefore += unit.bytes;
      summary.records += file.records;
      summary.accepted += file.accepted;
      summary.rejected += file.rejected;
    }
  }
  await inFlight;
  if (phones.size) addStats(await writer.refreshCalls([...phones].sort()));
  summary.durationMs = Date.now() - t0;
  if (importId) {
    const { records, accepted, rejected, nodesCreated, relationshipsCreated } = summary;
    await finishImport(db, importId, { records, accepted, rejected, nodesCreated, relationshipsCreated });
  }
  await report?.finish(summary);
  return summary;
}

function add(b: Batch, p: Parsed, phones: Set<string>): void {
  if (p.nodes) {
    b.nodes.push(...p.nodes);
    b.size += p.nodes.length;
  }
  if (p.rels) {
    for (const r of p.rels) {
      if (r.type === 'FROM' || r.type === 'TO') phones.add(uidOf(r.to.type, r.to.key));
    }
    b.rels.push(...p.rels);
    b.size += p.rels.length;
  }
  if (p.rawNodes) {
    b.rawNodes.push(...p.rawNodes);
    b.size += p.rawNodes.length;
  }
  if (p.rawRels) {
    b.rawRels.push(...p.rawRels);
    b.size += p.rawRels.length;
  }
}
