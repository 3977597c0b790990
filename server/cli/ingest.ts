// npm run ingest -- <file|directory...> [--format <format>] [--mapping mapping.json]
//                   [--batch-size N] [--report-dir DIR] [--encoding auto|utf-8|gb18030] [--lang en|zh-CN]
// Loads files into the graph through the ingest pipeline, with a progress bar on stderr and a
// summary on stdout. Rejected records go to <dataDir>/ingest-reports/<time>-<input>/rejects.csv
// beside summary.json. Files are read as UTF-8, else GB18030/GBK (--encoding declares one). Exit status: 0 loaded (rejects are reported, not fatal), 1 a file was
// refused or the load failed, 2 bad usage. Needs an account with the `ingest` permission.
// --lang sets the language of the reject reasons, the rejects file and this summary (zh-CN, en);
// without it, LC_ALL, LC_MESSAGES or LANG decide (any zh… is Chinese), else English.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { AppError } from '../errors.ts';
import {
  defaultReportDir,
  FORMATS,
  REPORT_LANGUAGES,
  reportLanguageOf,
  type ReportLanguage,
  ingestPath,
  parseCdrMapping,
  TEXT_ENCODINGS,
  textEncodingOf,
  type Format,
  type IngestProgress,
  type IngestSummary,
} from '../features/ingest/index.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

const USAGE =
  'usage: npm run ingest -- <file|directory...> [--format <' +
  FORMATS.join('|') +
  '>] [--mapping mapping.json] [--batch-size N] [--report-dir DIR] [--encoding ' +
  TEXT_ENCODINGS.join('|') +
  '] [--lang ' +
  REPORT_LANGUAGES.join('|') +
  ']';

function args() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        mapping: { type: 'string' },
        'batch-size': { type: 'string' },
        'report-dir': { type: 'string' },
        encoding: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}

function progressReporter(): { update(p: IngestProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest [{bar}] {percentage}% | {records} records | {file}',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) bar.start(Math.max(1, p.bytesTotal), 0, { records: 0, file: p.file });
        started = true;
        bar.update(p.bytesDone, { records: p.records, file: p.file });
      },
      stop: () => started && bar.stop(),
    };
  }
  // Not a terminal (CI, logs): one plain line a second at most.
  let last = 0;
  return {
    update(p) {
      if (Date.now() - last < 1000) return;
      last = Date.now();
      const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
      process.stderr.write(`ingest progress: ${pct}% ${p.records} records (${p.file})\n`);
    },
    stop: () => undefined,
  };
}

/** The language of the report: --lang, else the locale of the environment, else English. */
function reportLanguage(flag: string | undefined): ReportLanguage {
  if (flag !== undefined) {
    const l = reportLanguageOf(flag);
    if (!l || !/^(en|zh)([-_][\w.-]+)?$/i.test(flag.trim()))
      fail(`--lang: expected one of ${REPORT_LANGUAGES.join(', ')} (zh, zh_CN and en-GB are read so too)`, 2);
    return l;
  }
  const env = process.env;
  return (
    reportLanguageOf(env.LC_ALL) ?? reportLanguageOf(env.LC_MESSAGES) ?? reportLanguageOf(env.LANG) ?? 'en'
  );
}

/** The summary's sentences in each report language. */
const SUMMARY_TEXT = {
  en: {
    refused: (file: string, why: string) => `  ${file}: REFUSED — ${why}`,
    file: (f: { file: string; format: string; records: number; accepted: number; rejected: number }) =>
      `  ${f.file} (${f.format}): ${f.records} records, ${f.accepted} loaded, ${f.rejected} rejected`,
    total: (s: IngestSummary, secs: string, rate: number) =>
      `Loaded ${s.accepted} of ${s.records} records in ${secs} s (${rate} records/s): ` +
      `${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.rejected} rejected.`,
    reject: (r: IngestSummary['rejects'][number]) => `  reject ${r.file}:${r.line} ${r.field}: ${r.reason}`,
    more: '  ... every reject is in the rejects file.',
    importLine: (id: string) => `Import ${id} (npm run imports -- rollback ${id} undoes it)`,
    report: (dir: string) => `Report: ${dir}/rejects.csv and ${dir}/summary.json`,
  },
  'zh-CN': {
    refused: (file: string, why: string) => `  ${file}：整个文件被拒绝 — ${why}`,
    file: (f: { file: string; format: string; records: number; accepted: number; rejected: number }) =>
      `  ${f.file}（${f.format}）：共 ${f.records} 条记录，载入 ${f.accepted} 条，拒收 ${f.rejected} 条`,
    total: (s: IngestSummary, secs: string, rate: number) =>
      `共 ${s.records} 条记录，已载入 ${s.accepted} 条，用时 ${secs} 秒（每秒 ${rate} 条）：` +
      `新建节点 ${s.nodesCreated} 个、关系 ${s.relationshipsCreated} 条，拒收 ${s.rejected} 条。`,
    reject: (r: IngestSummary['rejects'][number]) => `  拒收 ${r.file}：${r.reason}`,
    more: '  …… 全部拒收记录见拒收清单文件。',
    importLine: (id: string) => `导入批次 ${id}（撤销：npm run imports -- rollback ${id}）`,
    report: (dir: string) => `报告：${dir}/rejects.csv（拒收清单）与 ${dir}/summary.json（汇总）`,
  },
} as const;

function printSummary(s: IngestSummary, language: ReportLanguage): void {
  const t = SUMMARY_TEXT[language];
  const out: string[] = [];
  for (const f of s.files) out.push(f.refused ? t.refused(f.file, f.refused) : t.file(f));
  const secs = (s.durationMs / 1000).toFixed(1);
  out.push(t.total(s, secs, Math.round(s.records / Math.max(0.001, s.durationMs / 1000))));
  for (const r of s.rejects.slice(0, 10)) out.push(t.reject(r));
  if (s.rejected > 10) out.push(t.more);
  if (s.importId) out.push(t.importLine(s.importId));
  if (s.reportDir) out.push(t.report(s.reportDir));
  console.log(out.join('\n'));
}

async function main(): Promise<void> {
  const { values, positionals } = args();
  if (values.help || positionals.length === 0) fail(USAGE, values.help ? 0 : 2);
  const format = values.format as Format | undefined;
  if (format && !(FORMATS as readonly string[]).includes(format))
    fail(`--format: expected one of ${FORMATS.join(', ')}`, 2);
  let mapping;
  if (values.mapping) {
    try {
      mapping = parseCdrMapping(JSON.parse(fs.readFileSync(values.mapping, 'utf8')));
    } catch (err) {
      fail(`--mapping ${values.mapping}: ${(err as Error).message}`, 2);
    }
  }
  const encoding = values.encoding === undefined ? undefined : textEncodingOf(values.encoding);
  if (values.encoding !== undefined && !encoding)
    fail(`--encoding: expected one of ${TEXT_ENCODINGS.join(', ')} (gbk and gb2312 read as gb18030)`, 2);
  const batchText = values['batch-size'];
  if (batchText !== undefined && !/^\d+$/.test(batchText)) fail('--batch-size: expected a whole number', 2);
  const language = reportLanguage(values.lang);

  const cli = await openCli();
  let exit = 0;
  const progress = progressReporter();
  try {
    const principal = await cliPrincipal(cli.services, 'ingest');
    const reportDir = values['report-dir'] ?? defaultReportDir(cli.config.dataDir, positionals[0]!);
    const summary = await ingestPath(cli.services.db(), positionals, {
      format,
      mapping,
      encoding,
      batchSize: batchText ? Number(batchText) : cli.config.ingestBatchSize,
      reportDir,
      onProgress: (p) => progress.update(p),
      language,
      origin: { by: principal.username, via: 'cli' },
    });
    progress.stop();
    await cli.services.audit.record({
      principal,
      operation: 'ingest',
      kind: 'change',
      entityIds: [],
      count: summary.accepted,
      details: {
        via: 'cli',
        files: summary.files.map((f) => f.file),
        format: format ?? 'detected',
        records: summary.records,
        rejected: summary.rejected,
        importId: summary.importId ?? null,
      },
    });
    printSummary(summary, language);
    if (summary.files.some((f) => f.refused)) exit = 1;
  } catch (err) {
    progress.stop();
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      exit = 1;
    } else throw err;
  } finally {
    await cli.close();
  }
  process.exit(exit);
}

void main();
