// A benchmark result, as written to bench/results/latest.json.
export interface BenchResult {
  /** e.g. "ingest.vs-load-csv", "louvain.time-vs-igraph". */
  id: string;
  value: number;
  unit: string;
  target: number | null;
  better: 'higher' | 'lower';
  /** What the value is measured against, in the same run (e.g. "LOAD CSV of the same rows"). */
  reference: string;
  /** Absolute numbers behind the ratio, sizes, and anything else worth keeping. */
  detail: Record<string, unknown>;
}

export interface BenchSuite {
  /** The id prefix of every result this suite produces, e.g. "ingest". */
  prefix: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchResult[]>;
}

export interface BenchContext {
  /** Report progress on stderr. */
  log(message: string): void;
  /** Where suites may write scratch files (removed afterwards). */
  tmpDir: string;
  /** Machine description, for the record. */
  machine: Record<string, unknown>;
}
