// The ingest report: a rejects CSV (file, line, field, reason; streamed as rejects happen) beside a
// summary JSON, in <dataDir>/ingest-reports/<time>-<first input>/ unless another directory is given.
import fs from 'node:fs';
import path from 'node:path';
import { csvCell } from './csv.ts';
import type { IngestSummary, Reject } from './types.ts';

export class ReportWriter {
  private readonly out: fs.WriteStream;
  readonly rejectsFile: string;
  readonly summaryFile: string;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.rejectsFile = path.join(dir, 'rejects.csv');
    this.summaryFile = path.join(dir, 'summary.json');
    this.out = fs.createWriteStream(this.rejectsFile);
    this.out.write('file,line,field,reason\n');
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
