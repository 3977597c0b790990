// The gangs task's own state, kept while its panel is closed: the runs and the one chosen, its
// gangs and community graph, the job running now (detection or repeat offenders) and its
// progress, the gang being loaded and the one on the canvas, the repeat offenders found.
import { create } from 'zustand';
import type { Gang, Job, Measure, Overview, RepeatOffenders, Run } from './data.ts';
import type { GangProgress } from './load-gang.ts';

export interface RunningJob {
  kind: 'communities' | 'repeat-offenders';
  job: Job;
}

export interface OpenGang {
  runId: string;
  index: number;
  size: number;
}

export interface RepeatResult {
  data: RepeatOffenders;
  names: Map<string, string>;
  finishedAt: number | null;
}

export interface GangsState {
  runs: Run[] | null;
  runId: string | null;
  gangs: Gang[] | null;
  /** The gangs' key members' names, by person id. */
  names: Map<string, string>;
  overview: Overview | null;
  running: RunningJob | null;
  /** A gang being opened: which and how far. */
  loading: { gang: OpenGang; progress: GangProgress } | null;
  /** The gang last opened on the canvas. */
  open: OpenGang | null;
  measure: Measure;
  repeat: RepeatResult | null;
  latestRepeatJob: Job | null;
  set(patch: Partial<Omit<GangsState, 'set'>>): void;
}

export const useGangs = create<GangsState>()((set) => ({
  runs: null,
  runId: null,
  gangs: null,
  names: new Map(),
  overview: null,
  running: null,
  loading: null,
  open: null,
  measure: 'pagerank',
  repeat: null,
  latestRepeatJob: null,
  set: (patch) => set(patch),
}));
