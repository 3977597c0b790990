// Projects the heterogeneous evidence in Neo4j onto a person-to-person association network. Each
// kind of evidence is streamed by its own statement (db.stream: rows are consumed as the driver
// pulls them, the database is never held in one result) and summed into one weighted edge per pair
// with the caller's weight for that kind, inside a time window and above a minimum confidence.
// Undirected evidence counts once per pair (ASSOCIATE_OF stored A→B and B→A is one tie, with its
// `weight`); group membership projects to 1/(n−1) per shared group of n; everyone considered stays in
// the network, tied or not (an isolated person is a community of their own). With subject PHONE the
// actors are phones and the network is the call network. Each projection says which evidence it
// could not use, and why (`unused`).
import type { Db } from '../../db/db.ts';
import { badInput } from '../../errors.ts';
import { EdgeAccumulator, type EdgeList } from '../../analysis/edge-list.ts';
import type { CaseEvent } from '../../analysis/repeat-offenders.ts';

export const EVIDENCE_KINDS = [
  'sharedPhone',
  'calls',
  'coOffending',
  'sharedVehicle',
  'coSighting',
  'sale',
  'associate',
  'family',
  'affiliation',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type EvidenceWeights = Record<EvidenceKind, number>;

/** Defaults: direct, hard-to-fake evidence weighs most. A weight of 0 leaves the kind out. */
export const DEFAULT_WEIGHTS: Readonly<EvidenceWeights> = Object.freeze({
  sharedPhone: 3,
  calls: 1,
  coOffending: 4,
  sharedVehicle: 2,
  coSighting: 0.5,
  sale: 2,
  associate: 1,
  family: 1.5,
  affiliation: 1,
});

/** Who the actors of the network are: people (default), or phones (the call network). */
export const ANALYSIS_SUBJECTS = ['PERSON', 'PHONE'] as const;
export type AnalysisSubject = (typeof ANALYSIS_SUBJECTS)[number];

/** Evidence in the database that a projection could not use, and why. */
export interface UnusedEvidence {
  /** calls, associate, affiliation, case, sale, vehicle. */
  kind: string;
  /** no-holder, same-person, subject-phone. */
  reason: string;
  /** Records (calls, relationships) not used. */
  records: number;
  /** Pairs of actors (phones) they join, when counted. */
  pairs: number | null;
  message: string;
}

export const OFFENDING_ROLES = ['suspect', 'arrested', 'charged', 'convicted'] as const;
export const LOOTING_CASE_KINDS = [
  'tomb-looting',
  'stone-carving-theft',
  'building-component-theft',
  'museum-theft',
  'inscription-theft',
] as const;

const FAR = 8.64e15; // the Date range limit, in ms: an open end of the window.

export interface ProjectionParams {
  weights?: Partial<EvidenceWeights>;
  /** Window start and end (epoch ms); open when absent. */
  from?: number | null;
  to?: number | null;
  minConfidence?: number;
  /** Calls: halve a pair's call weight for every this many days between its last call and the window end. */
  callHalfLifeDays?: number | null;
  /** Co-sightings: two vehicles near the same site within this many minutes (default 30). */
  coSightingMinutes?: number;
  /** PERSON (default) or PHONE. */
  subject?: AnalysisSubject;
  /**
   * Keep every actor, tied or not: isolated actors are then communities of their own. Default false
   * here; the communities job turns it on (its runs hold every person).
   */
  keepIsolated?: boolean;
}

export interface ResolvedProjection {
  weights: EvidenceWeights;
  from: number;
  to: number;
  minConfidence: number;
  callHalfLifeDays: number | null;
  coSightingMinutes: number;
  subject: AnalysisSubject;
  keepIsolated: boolean;
}

export function resolveProjection(p: ProjectionParams = {}): ResolvedProjection {
  const weights: EvidenceWeights = { ...DEFAULT_WEIGHTS };
  for (const [k, v] of Object.entries(p.weights ?? {})) {
    if (v === undefined || v === null) continue;
    if (!(EVIDENCE_KINDS as readonly string[]).includes(k)) {
      throw badInput(
        `projection.weights.${k}: unknown evidence kind; expected one of ${EVIDENCE_KINDS.join(', ')}.`,
      );
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw badInput(`projection.weights.${k}: expected a number >= 0, got ${String(v)}.`);
    }
    weights[k as EvidenceKind] = v;
  }
  const from = p.from ?? -FAR;
  const to = p.to ?? FAR;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) {
    throw badInput(`projection.from/to: expected from < to (epoch ms), got ${p.from} and ${p.to}.`);
  }
  const minConfidence = p.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput(`projection.minConfidence: expected 0..1, got ${p.minConfidence}.`);
  }
  const half = p.callHalfLifeDays ?? null;
  if (half !== null && !(half > 0)) throw badInput(`projection.callHalfLifeDays: expected > 0, got ${half}.`);
  const minutes = p.coSightingMinutes ?? 30;
  if (!(minutes > 0 && minutes <= 24 * 60)) {
    throw badInput(`projection.coSightingMinutes: expected 1..1440, got ${minutes}.`);
  }
  const subject = p.subject ?? 'PERSON';
  if (!(ANALYSIS_SUBJECTS as readonly unknown[]).includes(subject)) {
    throw badInput(
      `projection.subject: expected one of ${ANALYSIS_SUBJECTS.join(', ')}, got ${String(subject)}.`,
    );
  }
  const keepIsolated = p.keepIsolated ?? false;
  if (typeof keepIsolated !== 'boolean') throw badInput('projection.keepIsolated: expected true or false.');
  return {
    weights,
    from,
    to,
    minConfidence,
    callHalfLifeDays: half,
    coSightingMinutes: minutes,
    subject,
    keepIsolated,
  };
}

export interface Projection {
  edges: EdgeList;
  /** Pairs contributed by each evidence kind (before summing). */
  evidence: Record<EvidenceKind, number>;
  /** Node indices (into edges.ids) of people party to looting and theft cases. */
  looters: number[];
  /** Node indices of people who bought relics. */
  buyers: number[];
  caseEvents: CaseEvent[];
  params: ResolvedProjection;
  /** Evidence the projection could not use, per kind and reason (empty when everything was used). */
  unused: UnusedEvidence[];
  /** Actors without any tie (kept in the network as communities of their own). */
  isolated: number;
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** Streams every kind of evidence and builds the weighted association network. */
export async function projectNetwork(
  db: Db,
  params: ProjectionParams = {},
  onProgress?: (fraction: number, message: string) => void,
  signal?: AbortSignal,
): Promise<Projection> {
  const p = resolveProjection(params);
  const acc = new EdgeAccumulator();
  const evidence = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  const base = { from: p.from, to: p.to, minConfidence: p.minConfidence };
  const w = p.weights;
  const windowed = p.from > -FAR || p.to < FAR;
  const steps: Array<[EvidenceKind | 'cases' | 'buyers' | 'unused' | 'actors', () => Promise<unknown>]> = [];
  const add = (kind: EvidenceKind, a: unknown, b: unknown, weight: number) => {
    if (typeof a !== 'string' || typeof b !== 'string') return;
    evidence[kind] += 1;
    acc.add(a, b, weight);
  };
  const recency = (lastAt: number) => {
    if (p.callHalfLifeDays === null || !Number.isFinite(lastAt)) return 1;
    const ref = p.to < FAR ? p.to : Date.now();
    return 0.5 ** (Math.max(0, ref - lastAt) / (p.callHalfLifeDays * 86_400_000));
  };
  const phones = p.subject === 'PHONE';
  const unused: UnusedEvidence[] = [];
  if (phones) {
    if (w.calls > 0) {
      if (windowed) {
        // Per call: each call adds weight/(1+calls so far) so that a pair's total grows like log(count).
        const seen = new Map<string, number>();
        steps.push([
          'calls',
          () =>
            db.stream('queries/analysis/stream-phone-calls-in-window', base, (r) => {
              const key = `${r.a}\u0000${r.b}`;
              const k = (seen.get(key) ?? 0) + 1;
              seen.set(key, k);
              add('calls', r.a, r.b, w.calls * Math.log2(1 + 1 / k) * recency(num(r.at)));
            }),
        ]);
      } else {
        steps.push([
          'calls',
          () =>
            db.stream('queries/analysis/stream-phone-calls', base, (r) =>
              add('calls', r.a, r.b, w.calls * Math.log2(1 + num(r.count ?? 1)) * recency(num(r.lastAt))),
            ),
        ]);
      }
    }
    steps.push([
      'unused',
      () =>
        db.stream(
          'queries/analysis/stream-unused-person-evidence',
          { minConfidence: p.minConfidence },
          (r) => {
            const records = num(r.records ?? 0);
            if (records > 0) {
              unused.push({
                kind: String(r.kind),
                reason: 'subject-phone',
                records,
                pairs: null,
                message: `${records} ${String(r.kind)} records between people: the actors are phones`,
              });
            }
          },
        ),
    ]);
  } else {
    if (w.sharedPhone > 0) {
      steps.push([
        'sharedPhone',
        () =>
          db.stream('queries/analysis/stream-shared-phones', base, (r) =>
            add('sharedPhone', r.a, r.b, w.sharedPhone),
          ),
      ]);
    }
    if (w.calls > 0) {
      if (windowed) {
        // Per call: each call adds weight/(1+calls so far) so that a pair's total grows like log(count).
        const seen = new Map<string, number>();
        steps.push([
          'calls',
          () =>
            db.stream('queries/analysis/stream-calls-in-window', base, (r) => {
              const key = `${r.a}\u0000${r.b}`;
              const k = (seen.get(key) ?? 0) + 1;
              seen.set(key, k);
              add('calls', r.a, r.b, w.calls * Math.log2(1 + 1 / k) * recency(num(r.at)));
            }),
        ]);
      } else {
        steps.push([
          'calls',
          () =>
            db.stream('queries/analysis/stream-calls', base, (r) =>
              add('calls', r.a, r.b, w.calls * Math.log2(1 + num(r.count ?? 1)) * recency(num(r.lastAt))),
            ),
        ]);
      }
    }
    if (w.coOffending > 0) {
      steps.push([
        'coOffending',
        () =>
          db.stream('queries/analysis/stream-co-offending', { ...base, roles: [...OFFENDING_ROLES] }, (r) =>
            add('coOffending', r.a, r.b, w.coOffending),
          ),
      ]);
    }
    if (w.sharedVehicle > 0) {
      steps.push([
        'sharedVehicle',
        () =>
          db.stream('queries/analysis/stream-shared-vehicles', { minConfidence: p.minConfidence }, (r) =>
            add('sharedVehicle', r.a, r.b, w.sharedVehicle),
          ),
      ]);
    }
    if (w.coSighting > 0) {
      steps.push([
        'coSighting',
        () =>
          db.stream(
            'queries/analysis/stream-co-sightings',
            { ...base, withinMs: p.coSightingMinutes * 60_000 },
            (r) => add('coSighting', r.a, r.b, w.coSighting),
          ),
      ]);
    }
    if (w.sale > 0) {
      steps.push([
        'sale',
        () => db.stream('queries/analysis/stream-sales', base, (r) => add('sale', r.a, r.b, w.sale)),
      ]);
    }
    if (w.associate > 0 || w.family > 0) {
      steps.push([
        'associate',
        () =>
          db.stream('queries/analysis/stream-associates', { minConfidence: p.minConfidence }, (r) => {
            // One row per unordered pair and kind (however often, either way, it was stored).
            const tie = num(r.weight ?? 1) > 0 ? num(r.weight ?? 1) : 1;
            if (r.kind === 'family') {
              if (w.family > 0) add('family', r.a, r.b, w.family * tie);
            } else if (w.associate > 0) add('associate', r.a, r.b, w.associate * tie);
          }),
      ]);
    }
    if (w.affiliation > 0) {
      steps.push([
        'affiliation',
        () =>
          db.stream('queries/analysis/stream-affiliations', base, (r) => {
            const n = num(r.size);
            if (n >= 2) add('affiliation', r.a, r.b, w.affiliation / (n - 1));
          }),
      ]);
    }
    if (w.calls > 0) {
      steps.push([
        'unused',
        () =>
          db.stream('queries/analysis/stream-unused-calls', base, (r) => {
            const records = num(r.calls ?? 0);
            const pairs = num(r.pairs ?? 0);
            const why =
              r.reason === 'no-holder'
                ? 'between phones at least one of which nobody is recorded as using'
                : 'between phones used only by the same person';
            unused.push({
              kind: 'calls',
              reason: String(r.reason),
              records,
              pairs,
              message: `${records} calls (${pairs} phone pairs) ${why}`,
            });
          }),
      ]);
    }
  }
  if (p.keepIsolated) {
    steps.push([
      'actors',
      () =>
        db.stream(phones ? 'queries/analysis/stream-phones' : 'queries/analysis/stream-people', {}, (r) => {
          if (typeof r.uid === 'string') acc.node(r.uid);
        }),
    ]);
  }
  const caseEvents: CaseEvent[] = [];
  const looterIds = new Set<string>();
  const buyerIds = new Set<string>();
  if (!phones) {
    steps.push([
      'cases',
      () =>
        db.stream('queries/analysis/stream-case-parties', { ...base, roles: [...OFFENDING_ROLES] }, (r) => {
          const person = String(r.person);
          caseEvents.push({
            person,
            caseId: String(r.case),
            at: r.at === null ? null : num(r.at),
            role: String(r.role),
          });
          if ((LOOTING_CASE_KINDS as readonly unknown[]).includes(r.kind)) looterIds.add(person);
        }),
    ]);
    steps.push([
      'buyers',
      () => db.stream('queries/analysis/stream-buyers', base, (r) => buyerIds.add(String(r.person))),
    ]);
  }
  for (let i = 0; i < steps.length; i++) {
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    const [kind, run] = steps[i]!;
    onProgress?.(i / steps.length, `projecting ${kind}`);
    await run();
  }
  const edges = acc.toEdgeList();
  const tied = new Uint8Array(edges.ids.length);
  for (let e = 0; e < edges.edgeCount; e++) tied[edges.src[e]!] = tied[edges.dst[e]!] = 1;
  const isolated = tied.length - tied.reduce((s, x) => s + x, 0);
  onProgress?.(1, projectionSummary(edges.ids.length, edges.edgeCount, isolated, unused));
  const indexOf = new Map(edges.ids.map((id, i) => [id, i]));
  const pick = (s: Set<string>) =>
    [...s].map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  return {
    edges,
    evidence,
    looters: pick(looterIds),
    buyers: pick(buyerIds),
    caseEvents,
    params: p,
    unused,
    isolated,
  };
}

/** The projection's last progress message: its size and the evidence it could not use. */
export function projectionSummary(
  actors: number,
  ties: number,
  isolated: number,
  unused: readonly UnusedEvidence[],
): string {
  const head = `projection done: ${actors} actors (${isolated} without ties), ${ties} ties`;
  return unused.length ? `${head}; not used: ${unused.map((u) => u.message).join('; ')}` : head;
}
