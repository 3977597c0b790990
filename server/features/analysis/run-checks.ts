// What a communities run checked, recorded on its (:AnalysisRun) next to what write-back.ts writes:
// the actors (PERSON or PHONE), the algorithm, the evidence the projection could not use and why,
// the connectivity check (every community connected; disconnected ones split), and with a
// consensus, each person's stability on their MEMBER_OF and each community's on (:Community).
import type { Db } from '../../db/db.ts';
import type { CommunitiesOutput } from '../../analysis/tasks.ts';
import type { Projection } from './projection.ts';

const BATCH = 5_000;

export interface RunConsensusSummary {
  /** Seeds in all (the run's own and the compared ones). */
  runs: number;
  seeds: number[];
  meanPersonStability: number;
  meanGangStability: number;
  /** Communities whose stability is below 0.5. */
  unstableGangs: number;
}

export interface RunChecks {
  connectivity: { checked: number; disconnected: number; communities: number } | null;
  consensus: RunConsensusSummary | null;
}

export async function recordRunChecks(
  db: Db,
  runId: string,
  input: { projection: Projection; out: CommunitiesOutput; algorithm: string; seed: number },
): Promise<RunChecks> {
  const { projection, out } = input;
  const ids = projection.edges.ids;
  const c = out.consensus;
  const mean = (a: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i]!;
    return a.length ? s / a.length : 1;
  };
  const consensus: RunConsensusSummary | null = c
    ? {
        runs: c.seeds.length + 1,
        seeds: [input.seed, ...c.seeds],
        meanPersonStability: mean(c.person),
        meanGangStability: mean(c.gang),
        unstableGangs: Array.from(c.gang).filter((x) => x < 0.5).length,
      }
    : null;
  const connectivity = out.connectivity ?? null;
  const run = {
    subject: projection.params.subject,
    algorithm: input.algorithm,
    isolated: projection.isolated,
    unusedEvidence: JSON.stringify(projection.unused),
    connectivity: JSON.stringify(connectivity),
    consensusRuns: consensus?.runs ?? 1,
    consensusSeeds: consensus?.seeds ?? [input.seed],
    meanPersonStability: consensus?.meanPersonStability ?? null,
    meanGangStability: consensus?.meanGangStability ?? null,
  };
  const communities = c ? Array.from(c.gang, (stability, index) => ({ index, stability })) : [];
  await db.write('queries/analysis/write-run-consensus', { runId, run, members: [], communities });
  if (c) {
    for (let start = 0; start < ids.length; start += BATCH) {
      const members = [];
      for (let i = start; i < Math.min(ids.length, start + BATCH); i++) {
        members.push({ uid: ids[i]!, stability: c.person[i]! });
      }
      await db.write('queries/analysis/write-run-consensus', { runId, run: {}, members, communities: [] });
    }
  }
  return { connectivity, consensus };
}
