// Shapes shared by the entity-resolution service, its scoring and the GraphQL resolvers.

export const EVIDENCE_KINDS = [
  'same-id-number',
  'shared-document',
  'same-imei',
  'shared-phone',
  'shared-vehicle',
  'same-name',
  'similar-name',
  'alias-match',
  'same-birth-date',
  'different-birth-date',
  'same-pinyin',
  'different-id-number',
  'different-sex',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CANDIDATE_STATUSES = ['open', 'merged', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface Evidence {
  kind: EvidenceKind;
  /** What matched, e.g. the document number or "Wang Lei ~ Wnag Lei (0.93)". */
  detail: string;
  /** Contribution: positive evidence combines as a noisy-OR; a negative weight is a conflict. */
  weight: number;
}

/** What detection needs to know about one (active, i.e. not merged-away) person. */
export interface PersonFacts {
  uid: string;
  name: string | null;
  aliases: string[];
  documentIds: string[];
  birthDate: string | null;
  /** The resident identity number (GB 11643, normalised to 18 characters), when known. */
  idNumber?: string | null;
  /** male / female, when known (ingest derives it from the identity number). */
  sex?: string | null;
  /** uids of phones the person USES. */
  phones: Set<string>;
  /** normalised IMEI → uids of the phone records carrying it that the person uses. */
  imeis: Map<string, Set<string>>;
  /** uids of vehicles the person OWNS or DRIVES. */
  vehicles: Set<string>;
}

export interface ScoredPair {
  /** uid of the first person (the smaller uid). */
  a: string;
  b: string;
  score: number;
  evidence: Evidence[];
}

export interface Candidate extends ScoredPair {
  id: string;
  status: CandidateStatus;
  detectedAt: number;
}

export interface DetectionOptions {
  /** Candidates scoring below this are not stored (0..1, default 0.6). */
  minScore?: number;
  /** How many of the best candidates to return (default 100; all above minScore are stored). */
  limit?: number;
  /** Blocks (a phone, a document number, a name key) larger than this are not paired (default 50). */
  maxBlockSize?: number;
}

export interface DetectionResult {
  personsScanned: number;
  pairsCompared: number;
  stored: number;
  /** Blocks skipped as too large to be evidence (e.g. a switchboard number shared by 300 people). */
  skippedBlocks: number;
  candidates: ScoredPair[];
}
