// Gang evolution through the real job (graphology engine) on Neo4j: the seeded scenario of
// tests/unit/evolution-scenario.ts written as cases (each window's groups are the suspects of one
// case each), projected window by window, Louvain per window, then matched by persisting core.
// An organisation whose members change by half every window keeps one lineage over 10 windows; the
// planted split and the planted merge are reported as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { evolutionScenario } from '../unit/evolution-scenario.ts';

const T0 = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;
const WINDOWS = 10;

let db: Db;
let runner: JobRunner;

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const people = new Set<string>();
  evolutionScenario({ seed: 5, windows: WINDOWS, turnover: 0.5, eventAt: 5 }).forEach((win, w) => {
    for (const [name, members] of Object.entries(win.groups)) {
      const key = `case-${name}-${w}`;
      nodes.push({
        type: 'Case',
        key,
        props: { kind: 'theft', at: T0 + (w * 30 + 10) * DAY },
        source: `evo#${key}`,
      });
      for (const m of members) {
        if (!people.has(m)) nodes.push({ type: 'Person', key: m, props: { name: m }, source: `evo#${m}` });
        people.add(m);
        rels.push({
          type: 'PARTY_TO',
          from: { type: 'Person', key: m },
          to: { type: 'Case', key },
          qualifier: 'suspect',
          source: `evo#${key}`,
        });
      }
    }
  });
  await new GraphWriter(db).write(nodes, rels);
  runner = createJobRunner(db, createLogger('silent'));
  await runner.start();
}, 240_000);
afterAll(async () => {
  await runner?.stop();
  await db?.close();
});

interface Result {
  windows: unknown[];
  matching: { method: string };
  gangs: Array<{ id: number; parent?: number; windows: Array<{ window: number; size: number }> }>;
  events: Array<{ kind: string; window: number; gang: number; related: number[] }>;
}

async function evolve(params: Record<string, unknown> = {}): Promise<Result> {
  const job = await runner.wait(
    (
      await runner.submit(
        'evolution',
        {
          from: T0,
          to: T0 + WINDOWS * 30 * DAY,
          windowDays: 30,
          stepDays: 30,
          engine: 'GRAPHOLOGY',
          ...params,
        },
        null,
      )
    ).id,
  );
  expect(job.status, job.error ?? '').toBe('succeeded');
  return job.result as Result;
}

describe('gang evolution through the job', () => {
  it('keeps an organisation changing half its members every window as one lineage; reports the planted split and merge', async () => {
    const r = await evolve();
    expect(r.matching.method).toBe('core');
    expect(r.windows).toHaveLength(WINDOWS);
    const sizes = (g: Result['gangs'][number]) => g.windows.map((w) => w.size);
    // O: 12 people in every one of the 10 windows, one lineage.
    const o = r.gangs.filter((g) => g.windows.length === WINDOWS && sizes(g).every((s) => s === 12));
    expect(o).toHaveLength(1);
    const oid = o[0]!.id;
    expect(
      r.events
        .filter((e) => (e.gang === oid || e.related.includes(oid)) && e.kind !== 'continue')
        .map((e) => [e.kind, e.window]),
    ).toEqual([['birth', 0]]);
    // S: 16 people for 5 windows, then one half (8) goes on as S and the other is a new gang of S.
    const s = r.gangs.find(
      (g) =>
        g.windows.length === WINDOWS &&
        sizes(g)
          .slice(0, 5)
          .every((x) => x === 16),
    )!;
    expect(sizes(s).slice(5)).toEqual([8, 8, 8, 8, 8]);
    const half = r.gangs.find((g) => g.parent === s.id)!;
    expect(half.windows.map((w) => w.window)).toEqual([5, 6, 7, 8, 9]);
    const splits = r.events.filter((e) => e.kind === 'split');
    expect(splits).toEqual(
      [{ kind: 'split', window: 5, gang: s.id, related: [s.id, half.id].sort((a, b) => a - b) }].map((x) =>
        expect.objectContaining({ ...x, related: expect.arrayContaining(x.related) }),
      ),
    );
    // P and Q: 10 each for 5 windows, then one gang of 20 that continues one of them.
    const pq = r.gangs.filter(
      (g) =>
        sizes(g)
          .slice(0, 5)
          .every((x) => x === 10) && g.windows.length >= 5,
    );
    expect(pq).toHaveLength(2);
    const merged = pq.find((g) => g.windows.length === WINDOWS)!;
    expect(sizes(merged).slice(5)).toEqual([20, 20, 20, 20, 20]);
    const merges = r.events.filter((e) => e.kind === 'merge');
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ window: 5, gang: merged.id });
    expect(merges[0]!.related.slice().sort((a, b) => a - b)).toEqual(
      pq.map((g) => g.id).sort((a, b) => a - b),
    );
    // The gang that merged away has no death.
    const gone = pq.find((g) => g !== merged)!;
    expect(r.events.filter((e) => e.kind === 'death' && e.gang === gone.id)).toEqual([]);
  }, 300_000);

  it('validates the matching parameters, naming the field', async () => {
    await expect(
      runner.submit('evolution', { from: T0, to: T0 + DAY, method: 'overlap' }, null),
    ).rejects.toThrow(/method: expected one of core, jaccard/);
    await expect(runner.submit('evolution', { from: T0, to: T0 + DAY, minShare: 2 }, null)).rejects.toThrow(
      /minShare: expected a number from 0 to 1/,
    );
  });
});
