// The bulk load's record sink: takes the same calls GraphWriter takes (write(nodes, rels),
// writeRaw(rawNodes, rawRels)), in the same order, and turns them into neo4j-admin import CSVs
// that hold the graph the incremental MERGE statements would have built, without holding the
// network in memory:
//
// 1. spool: every record becomes one line of a spool file, keyed by the node's uid (node
//    records, the stub a relationship creates for an end not yet loaded, raw nodes) or by the
//    relationship's identity (type, ends, qualifier), in the order GraphWriter would run them
//    (per call: nodes by type, then relationships by type; then raw nodes, raw relationships);
// 2. sort: the spool files are sorted by key with `sort -s` (GNU coreutils: external merge sort in
//    bounded memory, stable, so records of one key stay in the order they were written);
// 3. fold: each key's records are folded exactly as the MERGE statements in
//    cypher/queries/ingest/merge-*.cypher fold them (first record creates: key, uid, ingestedAt,
//    sources, confidence; later ones append their source once and keep the highest confidence;
//    every record's properties are set over the earlier ones; a stub only creates), and the result
//    is written as a CSV row: node files per label, relationship files per type (a label or type
//    whose property has values of more than one type gets one file per combination, as a CSV
//    column has one type).
//
// Properties come from the writer's own row functions (nodeRow, relRow, rawNodeRow, rawRelRow), so
// searchText, cleaned properties and clamped confidence have one definition.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { EntityType, RelationshipType } from '../model/model.ts';
import {
  nodeRow,
  QUALIFIER,
  rawNodeRow,
  rawRelRow,
  relRow,
  type NodeRecord,
  type PropValue,
  type RawNodeRow,
  type RawRelRow,
  type RelRecord,
} from '../ingest/writer.ts';

/** Between array elements in the CSVs (and between labels): a character data does not contain. */
export const ARRAY_DELIMITER = '\u001f';

type Props = Record<string, PropValue>;
type NodeEvent =
  | { k: 'n'; t: string; key: string; p: Props; s: string; c: number }
  | { k: 's'; t: string; key: string; s: string; c: number }
  | { k: 'r'; l: string[]; key: string; p: Props; s: string; c: number };
interface RelEvent {
  t: string;
  f: string;
  to: string;
  /** The qualifier's property and value (PARTY_TO role, ASSOCIATE_OF kind). */
  q?: [string, string];
  p: Props;
  s: string;
  c: number;
}

export class BulkLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkLoadError';
  }
}

/** The CSV column type of a value as the driver would store it (server/db/values.ts toNeo4j). */
export function csvType(v: PropValue, where: string): string {
  const one = (x: unknown) =>
    typeof x === 'string'
      ? 'string'
      : typeof x === 'boolean'
        ? 'boolean'
        : Number.isSafeInteger(x)
          ? 'long'
          : 'double';
  if (!Array.isArray(v)) return one(v);
  const types = new Set(v.map(one));
  if (types.size === 1) return `${[...types][0]}[]`;
  if ([...types].every((t) => t === 'long' || t === 'double')) return 'double[]';
  throw new BulkLoadError(`${where}: a list mixing ${[...types].join(' and ')} cannot be stored`);
}

function cell(v: PropValue | undefined, type: string, where: string): string {
  if (v === undefined) return '';
  const text = (x: PropValue) => {
    const s = String(x);
    if (Array.isArray(v) && s.includes(ARRAY_DELIMITER))
      throw new BulkLoadError(`${where}: a value contains U+001F, the bulk load's list delimiter`);
    return s;
  };
  const raw = Array.isArray(v) ? v.map(text).join(ARRAY_DELIMITER) : text(v);
  if (type.startsWith('string')) return `"${raw.replace(/"/g, '""')}"`;
  return raw;
}

/** Per file group (a label or relationship type): every property's value types seen. */
class Columns {
  readonly props = new Map<string, Set<string>>();
  see(p: Props, where: string): void {
    for (const [k, v] of Object.entries(p)) {
      if (k.includes(':'))
        throw new BulkLoadError(`${where}: property name ${JSON.stringify(k)} contains ":"`);
      let s = this.props.get(k);
      if (!s) this.props.set(k, (s = new Set()));
      s.add(csvType(v, `${where} ${k}`));
    }
  }
}

class CsvFile {
  readonly out: fs.WriteStream;
  rows = 0;
  multiline = false;
  constructor(
    readonly data: string,
    readonly header: string,
    readonly columns: Array<[string, string]>,
  ) {
    this.out = fs.createWriteStream(data);
  }
  async write(line: string): Promise<void> {
    this.rows += 1;
    if (/[\r\n]/.test(line)) this.multiline = true;
    if (!this.out.write(line)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.out.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
  }
}

export interface ImportFiles {
  nodes: Array<{ header: string; data: string; rows: number }>;
  relationships: Array<{ header: string; data: string; rows: number }>;
  multiline: boolean;
  nodeCount: number;
  relationshipCount: number;
}

export class BulkSink {
  private readonly nodeSpool: fs.WriteStream;
  private readonly relSpool: fs.WriteStream;
  private readonly nodeColumns = new Map<string, Columns>();
  private readonly relColumns = new Map<string, Columns>();
  /** Uids whose node record is already spooled (bounded): their stubs are known no-ops. */
  private seen = new Set<string>();
  records = 0;

  constructor(
    readonly dir: string,
    private readonly now: number = Date.now(),
    private readonly seenLimit = 1_000_000,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.nodeSpool = fs.createWriteStream(path.join(dir, 'nodes.spool'));
    this.relSpool = fs.createWriteStream(path.join(dir, 'relationships.spool'));
  }

  private async put(out: fs.WriteStream, key: string, event: object): Promise<void> {
    if (!out.write(`${JSON.stringify(key)}\t${JSON.stringify(event)}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }

  private remember(uid: string): void {
    if (this.seen.size >= this.seenLimit) this.seen = new Set();
    this.seen.add(uid);
  }

  private cols(map: Map<string, Columns>, group: string): Columns {
    let c = map.get(group);
    if (!c) map.set(group, (c = new Columns()));
    return c;
  }

  private fixedNode(group: string, uid: string, key: string, c: number, stub: boolean): void {
    const fixed: Props = { key, ingestedAt: this.now, sources: ['x'], confidence: c };
    if (stub) fixed.searchText = key;
    this.cols(this.nodeColumns, group).see(fixed, uid);
  }

  /** As GraphWriter.write: nodes by type, then relationships by type. */
  async write(nodes: readonly NodeRecord[], rels: readonly RelRecord[] = []): Promise<void> {
    this.records += nodes.length + rels.length;
    const byType = new Map<EntityType, NodeRecord[]>();
    for (const n of nodes) {
      const list = byType.get(n.type) ?? [];
      list.push(n);
      byType.set(n.type, list);
    }
    for (const [type, list] of byType) {
      for (const n of list) {
        const row = nodeRow(n);
        this.fixedNode(type, row.uid, row.key, row.confidence, false);
        this.cols(this.nodeColumns, type).see(row.props, `${row.source} (${row.uid})`);
        await this.put(this.nodeSpool, row.uid, {
          k: 'n',
          t: type,
          key: row.key,
          p: row.props,
          s: row.source,
          c: row.confidence,
        } satisfies NodeEvent);
        this.remember(row.uid);
      }
    }
    const byRel = new Map<RelationshipType, RelRecord[]>();
    for (const r of rels) {
      const list = byRel.get(r.type) ?? [];
      list.push(r);
      byRel.set(r.type, list);
    }
    for (const [type, list] of byRel) {
      for (const r of list) {
        const row = relRow(r) as ReturnType<typeof relRow> & Record<string, unknown>;
        const ends: Array<[string, string, EntityType]> = [
          [row.from, row.fromKey, r.from.type],
          [row.to, row.toKey, r.to.type],
        ];
        for (const [uid, key, t] of ends) {
          if (this.seen.has(uid)) continue;
          this.fixedNode(t, uid, key, row.confidence, true);
          await this.put(this.nodeSpool, uid, {
            k: 's',
            t,
            key,
            s: row.source,
            c: row.confidence,
          } satisfies NodeEvent);
        }
        const qf = QUALIFIER[type];
        const q: [string, string] | undefined = qf ? [qf, row[qf] as string] : undefined;
        const cols = this.cols(this.relColumns, type);
        cols.see(row.props, row.source);
        cols.see({ ingestedAt: this.now, sources: ['x'], confidence: row.confidence }, row.source);
        if (q) cols.see({ [q[0]]: q[1] }, row.source);
        await this.put(this.relSpool, JSON.stringify([type, row.from, row.to, q?.[1] ?? null]), {
          t: type,
          f: row.from,
          to: row.to,
          ...(q ? { q } : {}),
          p: row.props,
          s: row.source,
          c: row.confidence,
        } satisfies RelEvent);
      }
    }
  }

  /** As GraphWriter.writeRaw: nodes first, then relationships by uid. */
  async writeRaw(nodes: readonly RawNodeRow[], rels: readonly RawRelRow[] = []): Promise<void> {
    this.records += nodes.length + rels.length;
    for (const n of nodes) {
      const row = rawNodeRow(n);
      const group = row.labels[0] ?? 'Entity';
      this.fixedNode(group, row.uid, row.key, row.confidence, false);
      this.cols(this.nodeColumns, group).see(row.props, `${row.source} (${row.uid})`);
      await this.put(this.nodeSpool, row.uid, {
        k: 'r',
        l: row.labels,
        key: row.key,
        p: row.props,
        s: row.source,
        c: row.confidence,
      } satisfies NodeEvent);
      this.remember(row.uid);
    }
    for (const r of rels) {
      const row = rawRelRow(r);
      const cols = this.cols(this.relColumns, row.type);
      cols.see(row.props, row.source);
      cols.see({ ingestedAt: this.now, sources: ['x'], confidence: row.confidence }, row.source);
      await this.put(this.relSpool, JSON.stringify([row.type, row.from, row.to, null]), {
        t: row.type,
        f: row.from,
        to: row.to,
        p: row.props,
        s: row.source,
        c: row.confidence,
      } satisfies RelEvent);
    }
  }

  /** Sorts the spools and writes the import CSVs; the spools are deleted. */
  async finish(onProgress: (m: string) => void = () => {}): Promise<ImportFiles> {
    await Promise.all([end(this.nodeSpool), end(this.relSpool)]);
    const spools = ['nodes', 'relationships'].map((n) => path.join(this.dir, `${n}.spool`));
    onProgress(`sorting ${this.records} records by identity (external sort)…`);
    await Promise.all(spools.map((s) => sortFile(s, `${s}.sorted`, this.dir)));
    for (const s of spools) fs.rmSync(s);
    onProgress('folding records into nodes…');
    const nodes = await this.foldNodes(`${spools[0]}.sorted`);
    onProgress(`${nodes.count} nodes written; folding records into relationships…`);
    const rels = await this.foldRels(`${spools[1]}.sorted`);
    onProgress(`${rels.count} relationships written`);
    for (const s of spools) fs.rmSync(`${s}.sorted`);
    return {
      nodes: nodes.files,
      relationships: rels.files,
      multiline: nodes.multiline || rels.multiline,
      nodeCount: nodes.count,
      relationshipCount: rels.count,
    };
  }

  private fileFor(
    files: Map<string, CsvFile>,
    kind: 'nodes' | 'relationships',
    group: string,
    cols: Columns,
    props: Props,
    fixed: Array<[string, string]>,
  ): CsvFile {
    const columns: Array<[string, string]> = [];
    for (const [name, types] of cols.props) {
      const t = props[name] !== undefined ? csvType(props[name]!, name) : [...types][0]!;
      columns.push([name, t]);
    }
    const shape = columns
      .filter(([n]) => cols.props.get(n)!.size > 1)
      .map(([n, t]) => `${n}:${t}`)
      .join(',');
    const id = `${group}\u0000${shape}`;
    let f = files.get(id);
    if (!f) {
      const safe = group.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
      const base = path.join(this.dir, `${kind}.${safe}.${files.size}`);
      f = new CsvFile(`${base}.csv`, `${base}.header.csv`, columns);
      const head = [...fixed, ...columns]
        .map(([n, t]) => (t === '' ? n : `${n}:${t}`))
        .map((h) => (/[",\n\r]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h));
      fs.writeFileSync(f.header, `${head.join(',')}\n`);
      files.set(id, f);
    }
    return f;
  }

  private async foldNodes(sorted: string) {
    const files = new Map<string, CsvFile>();
    let count = 0;
    const emit = async (uid: string, labels: string[], props: Props, group: string) => {
      count += 1;
      const { uid: _u, ...rest } = props;
      const cols = this.nodeColumns.get(group)!;
      const f = this.fileFor(files, 'nodes', group, cols, rest, [
        ['uid:ID', ''],
        [':LABEL', ''],
      ]);
      const cells = [
        cell(uid, 'string', uid),
        cell(labels, 'string[]', uid),
        ...f.columns.map(([n, t]) => cell(rest[n], t, `${uid} ${n}`)),
      ];
      await f.write(`${cells.join(',')}\n`);
    };
    let cur: string | undefined;
    let state: { labels: string[]; props: Props; group: string } | undefined;
    for await (const [key, e] of lines<NodeEvent>(sorted)) {
      if (key !== cur) {
        if (state) await emit(state.props.uid as string, state.labels, state.props, state.group);
        cur = key;
        state = undefined;
      }
      const uid = JSON.parse(key) as string;
      if (!state) {
        const labels = e.k === 'r' ? ['Entity', ...e.l] : ['Entity', e.t];
        const group = e.k === 'r' ? (e.l[0] ?? 'Entity') : e.t;
        const props: Props = { uid, key: e.key, ingestedAt: this.now, sources: [e.s], confidence: e.c };
        if (e.k === 's') props.searchText = e.key;
        state = { labels: [...new Set(labels)], props, group };
      } else if (e.k !== 's') {
        const sources = state.props.sources as string[];
        if (!sources.includes(e.s)) sources.push(e.s);
        const conf = state.props.confidence as number | undefined;
        if (e.c > (conf ?? 0)) state.props.confidence = e.c;
      }
      if (e.k !== 's') Object.assign(state.props, e.p);
    }
    if (state) await emit(state.props.uid as string, state.labels, state.props, state.group);
    await Promise.all([...files.values()].map((f) => f.close()));
    return summarize(files, count);
  }

  private async foldRels(sorted: string) {
    const files = new Map<string, CsvFile>();
    let count = 0;
    const emit = async (e: RelEvent, props: Props) => {
      count += 1;
      const cols = this.relColumns.get(e.t)!;
      const f = this.fileFor(files, 'relationships', e.t, cols, props, [
        [':START_ID', ''],
        [':END_ID', ''],
        [':TYPE', ''],
      ]);
      const where = `${e.f} ${e.t} ${e.to}`;
      const cells = [
        cell(e.f, 'string', where),
        cell(e.to, 'string', where),
        cell(e.t, 'string', where),
        ...f.columns.map(([n, t]) => cell(props[n], t, `${where} ${n}`)),
      ];
      await f.write(`${cells.join(',')}\n`);
    };
    let cur: string | undefined;
    let first: RelEvent | undefined;
    let props: Props = {};
    for await (const [key, e] of lines<RelEvent>(sorted)) {
      if (key !== cur) {
        if (first) await emit(first, props);
        cur = key;
        first = e;
        props = { ingestedAt: this.now, sources: [e.s], confidence: e.c };
        if (e.q) props[e.q[0]] = e.q[1];
      } else {
        const sources = props.sources as string[];
        if (!sources.includes(e.s)) sources.push(e.s);
        if (e.c > ((props.confidence as number | undefined) ?? 0)) props.confidence = e.c;
      }
      Object.assign(props, e.p);
    }
    if (first) await emit(first, props);
    await Promise.all([...files.values()].map((f) => f.close()));
    return summarize(files, count);
  }
}

function summarize(files: Map<string, CsvFile>, count: number) {
  const list = [...files.values()];
  return {
    files: list.map((f) => ({ header: f.header, data: f.data, rows: f.rows })),
    multiline: list.some((f) => f.multiline),
    count,
  };
}

function end(out: fs.WriteStream): Promise<void> {
  return new Promise((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

async function* lines<E>(file: string): AsyncGenerator<[string, E]> {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    yield [line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as E];
  }
}

/** Stable external sort by the first tab-separated field (GNU sort, bytewise, bounded memory). */
function sortFile(input: string, output: string, tmp: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      'sort',
      [
        '-s',
        '-t',
        '\t',
        '-k1,1',
        '-S',
        process.env.CRIMEGRAPH_BULK_SORT_MEMORY ?? '256M',
        '-T',
        tmp,
        '-o',
        output,
        input,
      ],
      { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', (e) => reject(new BulkLoadError(`could not run sort: ${e.message}`)));
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new BulkLoadError(`sort failed (exit ${code}): ${err.trim()}`)),
    );
  });
}
