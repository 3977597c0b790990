// Decides how each input is read: a named --format, a call-record mapping, FollowTheMoney JSON
// lines by extension, neo4j-admin CSVs by their header, or a CSV layout by the file's name.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseCdr, type CdrMapping } from './cdr.ts';
import { FileRefused } from './errors.ts';
import { ftmSchemas, parseFtm } from './ftm.ts';
import { AdminImport, parseAdminHeader } from './neo4j-admin.ts';
import { layoutColumns, parseLayout } from './parse-layout.ts';
import { checkText, checkTextFile, openText, type TextEncoding } from './text-check.ts';
import { LAYOUTS, type Format, type Layout, type Parsed } from './types.ts';

/** One input file and how to read it. */
export interface Unit {
  /** The name records cite as their source ("<name>#<line>"): the file's base name. */
  name: string;
  format: Format | 'unknown';
  /** Size in bytes (for progress). */
  bytes: number;
  /** Refuses binary input, or text neither UTF-8 nor GB18030 (or not the declared encoding), before anything is parsed. */
  check(): Promise<void>;
  open(): Readable;
  parse(input: Readable): AsyncIterable<Parsed>;
  /** Set when the input was refused while planning (unknown format); it is reported, not read. */
  refused?: string;
}

export interface PlanOptions {
  format?: Format;
  mapping?: CdrMapping;
  /** How the files are encoded: detected (auto, the default: UTF-8, else GB18030) or declared. */
  encoding?: TextEncoding;
}

/** The layout a file's name announces: persons.csv, 2024-05-phones.csv, vehicle_export.csv, ... */
export function layoutFromName(file: string): Layout | undefined {
  const base = path
    .basename(file)
    .toLowerCase()
    .replace(/\.(csv|tsv|txt)$/, '');
  return LAYOUTS.find((l) => new RegExp(`(^|[^a-z])(${l}|${l.replace(/s$/, '')})([^a-z]|$)`).test(base));
}

function firstLine(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0] ?? '';
  } finally {
    fs.closeSync(fd);
  }
}

const isAdminHeader = (line: string) =>
  /(^|,)[^,]*:(ID|START_ID)(\([^)]*\))?(,|$)/.test(line.replace(/"/g, ''));

function fileUnit(
  file: string,
  format: Format,
  parse: (input: Readable, name: string) => AsyncIterable<Parsed>,
  declared: TextEncoding = 'auto',
): Unit {
  const name = path.basename(file);
  let encoding: 'utf-8' | 'gb18030' = declared === 'gb18030' ? 'gb18030' : 'utf-8';
  return {
    name,
    format,
    bytes: fs.statSync(file).size,
    check: async () => {
      encoding = (await checkTextFile(file, name, declared)).encoding;
    },
    open: () => openText(file, encoding),
    parse: (input) => parse(input, name),
  };
}

function ftmUnit(file: string, encoding?: TextEncoding): Unit {
  let schemas = new Map<string, string>();
  const unit = fileUnit(file, 'ftm', (input, name) => parseFtm(input, name, schemas), encoding);
  const check = unit.check;
  unit.check = async () => {
    await check();
    schemas = await ftmSchemas(unit.open(), unit.name);
  };
  return unit;
}

function refusedUnit(file: string, format: Format | 'unknown', reason: string): Unit {
  return {
    name: path.basename(file),
    format,
    bytes: 0,
    refused: reason,
    check: async () => undefined,
    open: () => Readable.from([]),
    parse: async function* () {},
  };
}

/** Plans files and directories (a directory: a neo4j-admin import, or each of its files). */
export function planPaths(paths: readonly string[], opts: PlanOptions = {}): Unit[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new FileRefused(p, 'no such file or directory');
    if (fs.statSync(p).isDirectory()) {
      const inDir = fs
        .readdirSync(p)
        .sort()
        .map((f) => path.join(p, f))
        .filter((f) => fs.statSync(f).isFile() && /\.(csv|jsonl|ndjson|json)$/i.test(f));
      // A neo4j-admin import directory is its CSVs; JSON beside them describes the model.
      const admin = inDir.some((f) => f.toLowerCase().endsWith('.csv') && isAdminHeader(firstLine(f)));
      files.push(...inDir.filter((f) => !admin || f.toLowerCase().endsWith('.csv')));
    } else files.push(p);
  }
  const units: Unit[] = [];
  const admin: string[] = [];
  for (const file of files) {
    const format = opts.format ?? detect(file, opts);
    if (format === undefined) {
      units.push(
        refusedUnit(
          file,
          'unknown',
          `cannot tell what it holds: name it after its layout (${LAYOUTS.join(', ')}), give a call-record ` +
            '--mapping, use .jsonl for FollowTheMoney, or pass --format',
        ),
      );
    } else if (format === 'neo4j-admin') admin.push(file);
    else if (format === 'ftm') units.push(ftmUnit(file, opts.encoding));
    else if (format === 'cdr') {
      if (!opts.mapping) units.push(refusedUnit(file, 'cdr', 'call-detail records need a column --mapping'));
      else
        units.push(
          fileUnit(file, 'cdr', (input, name) => parseCdr(input, opts.mapping!, name), opts.encoding),
        );
    } else
      units.push(fileUnit(file, format, (input, name) => parseLayout(input, format, name), opts.encoding));
  }
  if (admin.length) units.push(...adminUnits(admin, opts.encoding));
  return units;
}

/** One neo4j-admin import: node files first, then relationship files, sharing their :IDs. */
function adminUnits(files: string[], encoding?: TextEncoding): Unit[] {
  const imp = new AdminImport(AdminImport.datasetOf(files));
  const kinds = files.map((f) => {
    try {
      return { f, kind: parseAdminHeader(firstLine(f).split(','), path.basename(f)).kind as string };
    } catch {
      return { f, kind: 'unknown' };
    }
  });
  const order = ['nodes', 'relationships', 'unknown'];
  kinds.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.f.localeCompare(b.f));
  return kinds.map(({ f }) => fileUnit(f, 'neo4j-admin', (input, name) => imp.parse(input, name), encoding));
}

/** Layouts a CSV is recognised by from its header alone when its name names none. */
const HEADER_LAYOUTS: readonly Layout[] = ['edges', 'affiliations', 'holdings'];

/**
 * The layout a header announces: an edge list (from,to[,weight,...]), an affiliation file
 * (person,group,...) or holdings (person,relic,...) when every column is that layout's.
 */
export function layoutFromHeader(line: string): Layout | undefined {
  const header = line
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  return HEADER_LAYOUTS.find((l) => {
    try {
      layoutColumns(l, header, '');
      return true;
    } catch {
      return false;
    }
  });
}

function detect(file: string, opts: PlanOptions): Format | undefined {
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return 'ftm';
  if (opts.mapping) return 'cdr';
  const first = firstLine(file);
  if (isAdminHeader(first)) return 'neo4j-admin';
  return layoutFromName(file) ?? (/\.(csv|tsv|txt)$/i.test(file) ? layoutFromHeader(first) : undefined);
}

/** A unit for text handed over the API (one batch in one format). */
export function textUnit(name: string, format: Format, text: string, mapping?: CdrMapping): Unit {
  const open = () => Readable.from([text]);
  let schemas = new Map<string, string>();
  const parse = (input: Readable): AsyncIterable<Parsed> => {
    if (format === 'ftm') return parseFtm(input, name, schemas);
    if (format === 'cdr') {
      if (!mapping) throw new FileRefused(name, 'call-detail records need a column mapping');
      return parseCdr(input, mapping, name);
    }
    if (format === 'neo4j-admin') return new AdminImport(name).parse(input, name);
    return parseLayout(input, format, name);
  };
  return {
    name,
    format,
    bytes: Buffer.byteLength(text),
    check: async () => {
      checkText(text, name);
      if (format === 'ftm') schemas = await ftmSchemas(open(), name);
    },
    open,
    parse,
  };
}
