// Entity resolution for persons: detect candidate duplicates (blocking → scoring → stored as
// (:Person)-[:POSSIBLY_SAME_AS]->(:Person)), and merge / un-merge them reversibly. The rules other
// features must follow (skip `mergedInto`, mergeCopyOf copies) are in docs/resolution.md.
import { createHash } from 'node:crypto';
import type { Db, Row } from '../../db/db.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { CANONICAL_KEY_PREFIX } from '../model/service-names.ts';
import { blockIndex, blockedPairs } from './blocking.ts';
import { imeiKey, scorePair } from './scoring.ts';
import { normaliseName } from './similarity.ts';
import {
  CANDIDATE_STATUSES,
  type Candidate,
  type CandidateStatus,
  type DetectionOptions,
  type DetectionResult,
  type Evidence,
  type PersonFacts,
} from './types.ts';
import { searchForms } from '../search/chinese.ts';

const Q = 'queries/resolution';
export const MAX_MERGE = 50;

export interface PersonView {
  uid: string;
  name: string | null;
  aliases: string[];
  documentIds: string[];
  birthDate: string | null;
  sources: string[];
  confidence: number | null;
  mergedInto: string | null;
  mergedFrom: string[];
}

export interface MergeMember extends PersonView {
  by: string;
  at: number;
  reason: string;
}

export interface MergeView {
  canonical: PersonView;
  members: MergeMember[];
}

export interface MergeInput {
  uids: readonly string[];
  reason: string;
  /** Name of the canonical person; the first member's name by default. */
  name?: string | null | undefined;
  /** Who merges (username or user id), recorded on every MERGED_INTO link. */
  by: string;
  /** The input field that holds the uids, for error messages (default "uids"). */
  field?: string;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(String) : [];
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toPersonView(props: Record<string, unknown>): PersonView {
  return {
    uid: String(props.uid),
    name: str(props.name),
    aliases: strings(props.aliases),
    documentIds: strings(props.documentIds),
    birthDate: str(props.birthDate),
    sources: strings(props.sources),
    confidence: typeof props.confidence === 'number' ? props.confidence : null,
    mergedInto: str(props.mergedInto),
    mergedFrom: strings(props.mergedFrom),
  };
}

/** A candidate's id: both person uids, so that it stays stable across detection runs. */
export const candidateId = (a: string, b: string) => Buffer.from(`${a}\u0000${b}`).toString('base64url');

export function parseCandidateId(id: string): [string, string] {
  const parts = Buffer.from(id, 'base64url').toString('utf8').split('\u0000');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw badInput(`id: expected a duplicate-candidate id returned by this API, got "${id}".`);
  }
  return [parts[0], parts[1]];
}

/** Properties that belong to one record, not to the person: never copied onto a canonical. */
const RECORD_PROPS = new Set([
  'uid',
  'key',
  'sources',
  'ingestedAt',
  'confidence',
  'mergedInto',
  'mergedFrom',
  'mergedAt',
  'mergedBy',
  'searchText',
]);

/** The canonical's properties: members' values, first member first; lists united; provenance united. */
export function canonicalProps(
  members: ReadonlyArray<Record<string, unknown>>,
  opts: { name?: string | null | undefined; by: string; at: number },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lists = new Map<string, Set<string>>();
  for (const m of members) {
    for (const [k, v] of Object.entries(m)) {
      if (RECORD_PROPS.has(k) || v === null || v === undefined) continue;
      if (Array.isArray(v)) {
        const set = lists.get(k) ?? new Set<string>();
        for (const x of v) set.add(String(x));
        lists.set(k, set);
      } else if (!(k in out)) out[k] = v;
    }
  }
  for (const [k, set] of lists) out[k] = [...set];
  const name = opts.name?.trim() || (typeof out.name === 'string' ? out.name : undefined);
  if (name) out.name = name;
  // Every member's name and alias stays findable as an alias of the canonical.
  const aliases = new Set<string>();
  for (const m of members) {
    for (const n of [m.name, ...strings(m.aliases)]) {
      if (typeof n === 'string' && n !== '' && normaliseName(n) !== normaliseName(name ?? '')) aliases.add(n);
    }
  }
  if (aliases.size > 0) out.aliases = [...aliases];
  else delete out.aliases;
  const sources = new Set<string>();
  let confidence = 0;
  for (const m of members) {
    for (const s of strings(m.sources)) sources.add(s);
    if (typeof m.confidence === 'number') confidence = Math.max(confidence, m.confidence);
  }
  out.sources = [...sources];
  out.confidence = confidence;
  out.ingestedAt = opts.at;
  out.mergedFrom = members.map((m) => String(m.uid));
  out.mergedAt = opts.at;
  out.mergedBy = opts.by;
  const textParts = [
    ...(typeof out.name === 'string' ? [out.name] : []),
    ...strings(out.aliases),
    ...strings(out.documentIds),
  ];
  out.searchText = [...textParts, ...searchForms(out, textParts)].join(' | ');
  return out;
}

export class ResolutionService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the active persons and their phones and vehicles into PersonFacts. */
  private async loadFacts(): Promise<PersonFacts[]> {
    const byUid = new Map<string, PersonFacts>();
    await this.db.stream(`${Q}/stream-persons`, {}, (r) => {
      const uid = String(r.uid);
      byUid.set(uid, {
        uid,
        name: str(r.name),
        aliases: strings(r.aliases),
        documentIds: strings(r.documentIds),
        birthDate: str(r.birthDate),
        idNumber: str(r.idNumber),
        sex: str(r.sex),
        phones: new Set(),
        imeis: new Map(),
        vehicles: new Set(),
      });
    });
    await this.db.stream(`${Q}/stream-person-links`, {}, (r) => {
      const p = byUid.get(String(r.person));
      if (!p) return;
      const target = String(r.target);
      if (r.type === 'USES') {
        p.phones.add(target);
        const imei =
          typeof r.imei === 'string' || typeof r.imei === 'number' ? imeiKey(String(r.imei)) : null;
        if (imei) {
          const set = p.imeis.get(imei) ?? new Set<string>();
          set.add(target);
          p.imeis.set(imei, set);
        }
      } else p.vehicles.add(target);
    });
    return [...byUid.values()].sort((x, y) => (x.uid < y.uid ? -1 : x.uid > y.uid ? 1 : 0));
  }

  /**
   * Finds candidate duplicate persons among the active ones, stores every candidate scoring at
   * least minScore (replacing the open candidates of earlier runs) and returns the best `limit`.
   */
  async findDuplicateCandidates(opts: DetectionOptions = {}): Promise<DetectionResult> {
    const minScore = opts.minScore ?? 0.6;
    const limit = opts.limit ?? 100;
    const maxBlockSize = opts.maxBlockSize ?? 50;
    if (!(minScore > 0 && minScore <= 1)) {
      throw badInput(`minScore: expected a number above 0 and at most 1, got ${minScore}.`);
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw badInput(`limit: expected a whole number from 1 to 10000, got ${limit}.`);
    }
    if (!Number.isInteger(maxBlockSize) || maxBlockSize < 2) {
      throw badInput(`maxBlockSize: expected a whole number of at least 2, got ${maxBlockSize}.`);
    }
    const persons = await this.loadFacts();
    const index = blockIndex(persons, maxBlockSize);
    const found = [];
    let pairsCompared = 0;
    for (const [i, j] of blockedPairs(index)) {
      const scored = scorePair(persons[i]!, persons[j]!);
      if (scored.score >= minScore) found.push(scored);
      // Scoring is CPU-bound: let other requests run now and then.
      if (++pairsCompared % 5_000 === 0) await new Promise((r) => setImmediate(r));
    }
    found.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    const runAt = this.now();
    let stored = 0;
    for (let k = 0; k < found.length; k += 2_000) {
      const rows = found.slice(k, k + 2_000).map((c) => ({
        a: c.a,
        b: c.b,
        score: c.score,
        evidence: c.evidence.map((e) => `${e.kind}: ${e.detail}`),
        evidenceJson: JSON.stringify(c.evidence),
      }));
      const res = await this.db.write(`${Q}/upsert-candidates`, { rows, runAt });
      stored += Number(res[0]?.stored ?? 0);
    }
    await this.db.write(`${Q}/prune-candidates`, { runAt });
    return {
      personsScanned: persons.length,
      pairsCompared,
      stored,
      skippedBlocks: index.skippedBlocks,
      candidates: found.slice(0, limit),
    };
  }

  async listCandidates(opts: {
    minScore?: number;
    status?: CandidateStatus;
    skip: number;
    limit: number;
  }): Promise<Array<Candidate & { persons: [PersonView, PersonView] }>> {
    const status = opts.status ?? 'open';
    if (!CANDIDATE_STATUSES.includes(status)) {
      throw badInput(`status: expected one of ${CANDIDATE_STATUSES.join(', ')}, got "${status}".`);
    }
    const minScore = opts.minScore ?? 0;
    if (!(minScore >= 0 && minScore <= 1)) {
      throw badInput(`minScore: expected a number from 0 to 1, got ${minScore}.`);
    }
    const rows = await this.db.read(`${Q}/list-candidates`, {
      minScore,
      status,
      skip: opts.skip,
      limit: opts.limit,
    });
    return rows.map((r) => {
      const a = toPersonView(r.a as Record<string, unknown>);
      const b = toPersonView(r.b as Record<string, unknown>);
      return {
        id: candidateId(a.uid, b.uid),
        a: a.uid,
        b: b.uid,
        persons: [a, b] as [PersonView, PersonView],
        score: Number(r.score),
        evidence: JSON.parse(String(r.evidenceJson ?? '[]')) as Evidence[],
        status: String(r.status) as CandidateStatus,
        detectedAt: Number(r.detectedAt),
      };
    });
  }

  /** Marks a candidate rejected (not the same person) or open again. */
  async setCandidateStatus(id: string, status: CandidateStatus, by: string): Promise<CandidateStatus> {
    if (status !== 'open' && status !== 'rejected') {
      throw badInput(`status: expected open or rejected (merged is set by mergePersons), got "${status}".`);
    }
    const [a, b] = parseCandidateId(id);
    const rows = await this.db.write(`${Q}/set-candidate-status`, { a, b, status, by, at: this.now() });
    if (rows.length === 0) throw notFound(`id: no duplicate candidate between ${a} and ${b}.`);
    return String(rows[0]!.status) as CandidateStatus;
  }

  /** Fetches entities by uid, failing with the field and index of the first bad one. */
  private async personsFor(uids: readonly string[], field: string, list: boolean): Promise<Map<string, Row>> {
    const rows = await this.db.read(`${Q}/get-entities`, { uids: [...uids] });
    const byUid = new Map(rows.map((r) => [String(r.uid), r]));
    uids.forEach((uid, i) => {
      const at = list ? `${field}[${i}]` : field;
      const row = byUid.get(uid);
      if (!row) throw notFound(`${at}: no entity with uid "${uid}".`);
      const labels = strings(row.labels);
      if (!labels.includes('Person')) {
        const type = labels.find((l) => l !== 'Entity') ?? 'entity';
        throw badInput(`${at}: ${uid} is a ${type}; only Person entities can be merged.`);
      }
    });
    return byUid;
  }

  /**
   * Merges persons into a new canonical person. The originals stay, each with mergedInto and
   * (original)-[:MERGED_INTO]->(canonical); their relationships are projected onto the canonical.
   */
  async mergePersons(input: MergeInput): Promise<MergeView> {
    const { uids } = input;
    const f = input.field ?? 'uids';
    if (uids.length < 2) {
      throw badInput(`${f}: expected at least two Person uids to merge, got ${uids.length}.`);
    }
    if (uids.length > MAX_MERGE)
      throw badInput(`${f}: expected at most ${MAX_MERGE} persons, got ${uids.length}.`);
    const seen = new Map<string, number>();
    uids.forEach((uid, i) => {
      if (seen.has(uid)) {
        throw badInput(
          `${f}[${i}]: ${uid} is already ${f}[${seen.get(uid)}]; a person cannot be merged with itself.`,
        );
      }
      seen.set(uid, i);
    });
    const reason = input.reason.trim();
    if (reason === '' || reason.length > 1000) {
      throw badInput('reason: expected why these records are one person (1 to 1000 characters).');
    }
    if (input.name !== undefined && input.name !== null && input.name.trim() === '') {
      throw badInput('name: expected a non-empty name for the merged person, or leave it out.');
    }
    const found = await this.personsFor(uids, f, true);
    const members = uids.map((uid, i) => {
      const props = found.get(uid)!.props as Record<string, unknown>;
      if (props.mergedInto) {
        throw new AppError(
          'CONFLICT',
          `${f}[${i}]: ${uid} is already merged into ${String(props.mergedInto)}; merge that person instead.`,
        );
      }
      return props;
    });
    const at = this.now();
    const key = `${CANONICAL_KEY_PREFIX}${createHash('sha256')
      .update([...uids].sort().join('\u0000'))
      .digest('hex')
      .slice(0, 16)}`;
    const canonical = {
      uid: `Person:${key}`,
      key,
      props: canonicalProps(members, { name: input.name, by: input.by, at }),
    };
    const [created] = await this.db.writeAll([
      [`${Q}/create-canonical`, { canonical, members: [...uids], by: input.by, at, reason }],
      [`${Q}/mark-candidates-merged`, { canonical: canonical.uid }],
      [`${Q}/delete-merge-copies`, { canonical: canonical.uid }],
      [`${Q}/project-merge-copies`, { uids: [canonical.uid] }],
    ]);
    if (!created || created.length === 0) {
      throw new AppError(
        'CONFLICT',
        `${f}: one of these persons was merged by someone else meanwhile; reload.`,
      );
    }
    return (await this.getMerge(canonical.uid))!;
  }

  /** Undoes a merge: deletes the canonical and its copies, restores the members and candidates. */
  async unmergePerson(uid: string, field = 'uid'): Promise<PersonView[]> {
    const row = (await this.personsFor([uid], field, false)).get(uid)!;
    const props = row.props as Record<string, unknown>;
    if (!Array.isArray(props.mergedFrom)) {
      throw badInput(
        `${field}: ${uid} is an original record, not a merged person; expected the canonical's uid.`,
      );
    }
    if (props.mergedInto) {
      throw new AppError(
        'CONFLICT',
        `${field}: ${uid} has itself been merged into ${String(props.mergedInto)}; un-merge that first.`,
      );
    }
    // The members are the canonical's mergedFrom; their relationships whose other end is still
    // merged elsewhere are projected again, in the same transaction as the delete.
    const members = strings(props.mergedFrom);
    const [, deleted] = await this.db.writeAll([
      [`${Q}/restore-candidates`, { canonical: uid }],
      [`${Q}/delete-canonical`, { canonical: uid }],
      [`${Q}/project-merge-copies`, { uids: members }],
    ]);
    if (!deleted || deleted.length === 0)
      throw notFound(`${field}: ${uid} was un-merged by someone else meanwhile.`);
    const after = await this.db.read(`${Q}/get-entities`, { uids: members });
    return after.map((r) => toPersonView(r.props as Record<string, unknown>));
  }

  /** A canonical person with its members (the original records and their provenance). */
  async getMerge(uid: string): Promise<MergeView | null> {
    const row = (await this.db.read(`${Q}/get-merge`, { uid }))[0];
    if (!row) return null;
    return {
      canonical: toPersonView(row.canonical as Record<string, unknown>),
      members: (row.members as Array<Record<string, unknown>>).map((m) => ({
        ...toPersonView(m.props as Record<string, unknown>),
        by: String(m.by),
        at: Number(m.at),
        reason: String(m.reason),
      })),
    };
  }
}
