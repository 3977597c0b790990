// The takedown feature's own state, kept while its panel is closed: the jobs, the one chosen, the
// simulation running now and its progress.
import { create } from 'zustand';
import type { TakedownJob } from './data.ts';

export interface TakedownState {
  jobs: TakedownJob[] | null;
  selected: string | null;
  running: TakedownJob | null;
  setJobs(jobs: TakedownJob[]): void;
  select(id: string | null): void;
  setRunning(job: TakedownJob | null): void;
}

export const useTakedown = create<TakedownState>()((set) => ({
  jobs: null,
  selected: null,
  running: null,
  setJobs: (jobs) => set({ jobs }),
  select: (selected) => set({ selected }),
  setRunning: (running) => set({ running }),
}));
