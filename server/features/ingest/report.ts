// The ingest report: a rejects CSV (file, line, field, reason; streamed as rejects happen) beside a
// summary JSON, in <dataDir>/ingest-reports/<time>-<first input>/ unless another directory is given.
// In Chinese (zh-CN) the header is 文件,行号,字段,原因, the reasons are Chinese (reasons.ts) and the
// file begins with a UTF-8 byte-order mark, so spreadsheet programs on Chinese systems read it as
// UTF-8 rather than GBK. summary.json lists each reject's code and params beside its reason.
import fs from 'node:fs';
import path from 'node:path';
import { csvCell } from './csv.ts';
import type { ReportLanguage } from './reasons.ts';
import type { IngestSummary, Reject } from './types.ts';

const REJECTS_HEADER: Readonly<Record<ReportLanguage, string>> = {
  en: 'file,line,field,reason\n',
  'zh-CN': '\uFEFF文件,行号,字段,原因\n',
};

export class ReportWriter {
  private readonly out: fs.WriteStream;
  readonly rejectsFile: string;
  readonly summaryFile: string;

  constructor(
    readonly dir: string,
    readonly language: ReportLanguage = 'en',
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.rejectsFile = path.join(dir, 'rejects.csv');
    this.summaryFile = path.join(dir, 'summary.json');
    this.out = fs.createWriteStream(this.rejectsFile);
    this.out.write(REJECTS_HEADER[language]);
  }

  reject(r: Reject): void {
    this.out.write(`${[r.file, r.line, r.field, r.reason].map(csvCell).join(',')}\n`);
  }

  async finish(summary: IngestSummary): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    fs.writeFileSync(this.summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
  }
}

/** <dataDir>/ingest-reports/<yyyymmdd-hhmmss>-<first input's name>. */
export function defaultReportDir(dataDir: string, firstInput: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const name =
    path
      .basename(firstInput)
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 60) || 'input';
  return path.join(dataDir, 'ingest-reports', `${stamp}-${name}`);
}
