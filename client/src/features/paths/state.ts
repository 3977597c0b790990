// The path finder's own state: the question (ends, mode, limits, link types) and the answer (every
// path, which one is shown). Kept in a store of its own, so it outlives its panel: switching task
// and back finds the paths where they were, and the drawer's table reads the same answer.
import { create } from 'zustand';
import type { CaptionInput } from '../../graph/captions.ts';
import type { Picked } from './EntityPicker.tsx';

export type PathMode = 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | 'TIME';
export const PATH_MODES: PathMode[] = ['ALL_SHORTEST', 'SHORTEST', 'K_SHORTEST', 'TIME'];

/** The API's bounds (server/graphql/schema/paths.graphql, docs/api.md). */
export const LIMITS = {
  maxHops: 8,
  /** Most paths: 10 for paths, 20 for time-respecting paths. */
  k: { paths: 10, time: 20 },
  /** paths: k × maxHops may not exceed this. */
  cost: 40,
} as const;

/** Most paths one may ask for at this many hops in this mode. */
export function maxPaths(mode: PathMode, hops: number): number {
  if (mode === 'SHORTEST') return 1;
  if (mode === 'TIME') return LIMITS.k.time;
  return Math.max(1, Math.min(LIMITS.k.paths, Math.floor(LIMITS.cost / Math.max(1, hops))));
}

export interface FoundPath {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
  /** Time-respecting paths: the times of the timed steps, when it leaves and when it arrives. */
  times?: number[];
  departAt?: number | null;
  arriveAt?: number | null;
}

export interface Link {
  type: string;
  source: string;
  target: string;
  firstAt?: number | null;
  lastAt?: number | null;
}

export interface PathsAnswer {
  /** The question as sent. */
  mode: PathMode;
  k: number;
  maxHops: number;
  relTypes: string[];
  minConfidence: number;
  paths: FoundPath[];
  entities: Record<string, CaptionInput>;
  links: Record<string, Link>;
  /** The server cut the drawing at its size limit. */
  truncated: boolean;
}

/** A problem to show: a check of the form (a key of the paths catalogue) or an API error code. */
export type Problem = { key: string; params?: Record<string, unknown> } | { code: string };

export interface PathsState {
  from: Picked | null;
  to: Picked | null;
  mode: PathMode;
  k: number;
  maxHops: number;
  /** Empty: every type. */
  relTypes: string[];
  minConfidence: number;
  answer: PathsAnswer | null;
  current: number;
  busy: boolean;
  problem: Problem | null;
  set(p: Partial<Omit<PathsState, 'set'>>): void;
}

export const usePaths = create<PathsState>()((set) => ({
  from: null,
  to: null,
  mode: 'ALL_SHORTEST',
  k: 5,
  maxHops: 4,
  relTypes: [],
  minConfidence: 0,
  answer: null,
  current: 0,
  busy: false,
  problem: null,
  set: (p) => set(p),
}));
