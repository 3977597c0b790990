// Gang evolution on Neo4j Graph Data Science: Louvain on each sliding window's network in GDS (one
// projection per window, dropped after it), then the same matching of communities across windows
// as the graphology engine (method core or jaccard, server/analysis/evolution.ts), in the worker thread (gds-tasks.ts, gdsEvolution).
import type { Db } from '../../db/db.ts';
import type { EvolutionInput, EvolutionOutput, Progress } from '../../analysis/tasks.ts';
import { gdsLouvain } from './gds-communities.ts';
import { checkAborted, type InWorker } from './gds-graph.ts';
import type { GdsEvolutionInput } from './gds-tasks.ts';

/** Louvain per window on GDS (one projection each), matched across windows in the worker. */
export async function gdsEvolutionWindows(
  db: Db,
  input: Omit<EvolutionInput, 'resolution' | 'seed'>,
  progress: Progress,
  signal: AbortSignal,
  match: InWorker<GdsEvolutionInput, EvolutionOutput>,
): Promise<EvolutionOutput> {
  const windows = [];
  for (let i = 0; i < input.windows.length; i++) {
    const w = input.windows[i]!;
    checkAborted(signal);
    progress(i / (input.windows.length + 1), `GDS: Louvain on window ${w.label}`);
    windows.push({ ...w, raw: await gdsLouvain(db, w.edges) });
  }
  return match(
    {
      windows,
      threshold: input.threshold,
      coreShare: input.coreShare,
      minSize: input.minSize,
      matching: input.matching,
    },
    (f, m) => progress((input.windows.length + f) / (input.windows.length + 1), m),
  );
}
