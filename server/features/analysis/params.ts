// Validation of analysis job parameters: each bad value names the field and what was expected.
import { badInput } from '../../errors.ts';
import { TAKEDOWN_STRATEGIES, type TakedownStrategy } from '../../analysis/takedown.ts';
import { EVOLUTION_DEFAULTS, EVOLUTION_METHODS, type EvolutionMethod } from '../../analysis/evolution.ts';
import { resolveProjection, type ProjectionParams } from './projection.ts';
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from './gds-communities.ts';

type Obj = Record<string, unknown>;

function number(o: Obj, field: string, def: number, min: number, max: number, integer = false): number {
  const v = o[field] ?? def;
  if (
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    v < min ||
    v > max ||
    (integer && !Number.isInteger(v))
  ) {
    throw badInput(
      `${field}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(o[field])}.`,
    );
  }
  return v;
}

function projection(o: Obj): ProjectionParams {
  const given = (o.projection ?? {}) as ProjectionParams;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw badInput('projection: expected an object.');
  // `subject` (PERSON or PHONE) may be given at the top of a job's parameters or in its projection.
  const p = o.subject === undefined ? given : { ...given, subject: o.subject as ProjectionParams['subject'] };
  resolveProjection(p); // throws on a bad field
  return p;
}

export interface CommunitiesParams {
  resolution: number;
  seed: number;
  betweennessSamples: number;
  projection: ProjectionParams;
}

export function communitiesParams(o: Obj): CommunitiesParams {
  return {
    resolution: number(o, 'resolution', 1, 0.001, 100),
    seed: number(o, 'seed', 42, 0, 2 ** 31 - 1, true),
    betweennessSamples: number(o, 'betweennessSamples', 500, 10, 1_000_000, true),
    projection: projection(o),
  };
}

export interface CommunityRunParams extends CommunitiesParams {
  /** LOUVAIN (default) or LEIDEN (GDS only). */
  algorithm: CommunityAlgorithm;
  /** Seeds in all for a consensus (the run's own and consensus-1 more); 0 or 1: none. */
  consensus: number;
}

/** The communities job's parameters: those of every job, the algorithm and the consensus. */
export function communityRunParams(o: Obj): CommunityRunParams {
  const v = o.algorithm ?? 'LOUVAIN';
  const algorithm = typeof v === 'string' ? v.toUpperCase() : v;
  if (!(COMMUNITY_ALGORITHMS as readonly unknown[]).includes(algorithm)) {
    throw badInput(`algorithm: expected one of ${COMMUNITY_ALGORITHMS.join(', ')}, got ${String(v)}.`);
  }
  return {
    ...communitiesParams(o),
    algorithm: algorithm as CommunityAlgorithm,
    consensus: number(o, 'consensus', 0, 0, 100, true),
  };
}

export interface TakedownParams extends CommunitiesParams {
  people: string[];
  strategies: TakedownStrategy[];
  k: number;
}

export function takedownParams(o: Obj): TakedownParams {
  const people = (o.people ?? []) as unknown;
  if (!Array.isArray(people) || people.some((p) => typeof p !== 'string')) {
    throw badInput('people: expected a list of Person uids.');
  }
  const strategies = (o.strategies ?? (people.length ? [] : [...TAKEDOWN_STRATEGIES])) as unknown;
  if (
    !Array.isArray(strategies) ||
    strategies.some((s) => !(TAKEDOWN_STRATEGIES as readonly unknown[]).includes(s))
  ) {
    throw badInput(`strategies: expected a list of ${TAKEDOWN_STRATEGIES.join(', ')}.`);
  }
  if (people.length === 0 && strategies.length === 0) {
    throw badInput('people/strategies: give the people to remove, or at least one strategy.');
  }
  return {
    ...communitiesParams(o),
    people: people as string[],
    strategies: strategies as TakedownStrategy[],
    k: number(o, 'k', 5, 1, 1000, true),
  };
}

export interface EvolutionParams {
  resolution: number;
  seed: number;
  from: number;
  to: number;
  windowDays: number;
  stepDays: number;
  threshold: number;
  coreShare: number;
  minSize: number;
  /** How gangs are followed across windows (server/analysis/evolution.ts). */
  method: EvolutionMethod;
  memory: number;
  minShared: number;
  minShare: number;
  splitShare: number;
  maxGap: number;
  projection: ProjectionParams;
}

function evolutionMethod(o: Obj): EvolutionMethod {
  const v = o.method ?? EVOLUTION_DEFAULTS.method;
  const low = typeof v === 'string' ? v.toLowerCase() : v;
  if (!(EVOLUTION_METHODS as readonly unknown[]).includes(low)) {
    throw badInput(`method: expected one of ${EVOLUTION_METHODS.join(', ')}, got ${JSON.stringify(v)}.`);
  }
  return low as EvolutionMethod;
}

export function evolutionParams(o: Obj): EvolutionParams {
  const from = number(o, 'from', NaN, -8.64e15, 8.64e15);
  const to = number(o, 'to', NaN, -8.64e15, 8.64e15);
  if (from >= to) throw badInput(`from/to: expected from < to, got ${from} and ${to}.`);
  const windowDays = number(o, 'windowDays', 180, 1, 36500);
  const stepDays = number(o, 'stepDays', windowDays / 2, 1, 36500);
  if ((to - from) / (stepDays * 86_400_000) > 200) {
    throw badInput(`stepDays: more than 200 windows between from and to; use a longer step.`);
  }
  return {
    resolution: number(o, 'resolution', 1, 0.001, 100),
    seed: number(o, 'seed', 42, 0, 2 ** 31 - 1, true),
    from,
    to,
    windowDays,
    stepDays,
    threshold: number(o, 'threshold', 0.3, 0.01, 1),
    coreShare: number(o, 'coreShare', 0.75, 0.01, 1),
    minSize: number(o, 'minSize', 3, 1, 1_000_000, true),
    method: evolutionMethod(o),
    memory: number(o, 'memory', EVOLUTION_DEFAULTS.memory, 1, 50, true),
    minShared: number(o, 'minShared', EVOLUTION_DEFAULTS.minShared, 1, 1_000_000, true),
    minShare: number(o, 'minShare', EVOLUTION_DEFAULTS.minShare, 0, 1),
    splitShare: number(o, 'splitShare', EVOLUTION_DEFAULTS.splitShare, 0.01, 1),
    maxGap: number(o, 'maxGap', EVOLUTION_DEFAULTS.maxGap, 0, 50, true),
    projection: projection(o),
  };
}

export interface RepeatOffendersParams {
  minCases: number;
  limit: number;
  projection: ProjectionParams;
}

export function repeatOffendersParams(o: Obj): RepeatOffendersParams {
  return {
    minCases: number(o, 'minCases', 2, 1, 10_000, true),
    limit: number(o, 'limit', 500, 1, 100_000, true),
    projection: projection(o),
  };
}
