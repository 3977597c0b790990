// Resale chains' own state: the relic asked about, the answer (every chain) and which chain is
// shown. A store of its own, so the panel and the drawer's table read the same answer and it
// outlives the panel.
import { create } from 'zustand';
import type { CaptionInput } from '../../graph/captions.ts';
import type { Picked } from '../paths/EntityPicker.tsx';
import type { Problem } from '../paths/state.ts';

export interface ChainStep {
  sale: CaptionInput;
  sellers: CaptionInput[];
  buyers: CaptionInput[];
  at: number | null;
  price: number | null;
  currency: string | null;
  soldAt: CaptionInput | null;
}

export interface Chain {
  steps: ChainStep[];
  startAt: number | null;
  endAt: number | null;
  lastHolders: CaptionInput[];
}

export interface ChainsAnswer {
  relic: CaptionInput;
  origin: CaptionInput | null;
  chains: Chain[];
  /** More chains than the page holds. */
  more: boolean;
  /** How many chains were asked for. */
  first: number;
  /** The server cut the drawing at its size limit. */
  truncated: boolean;
  /** Every node and link of the drawing, for the emphasis of a chain. */
  nodeIds: string[];
  edgeIds: string[];
}

export interface ChainsState {
  relic: Picked | null;
  /** Largest time between one sale and the next, in days; null: any. */
  maxGapDays: number | null;
  answer: ChainsAnswer | null;
  current: number;
  busy: boolean;
  problem: Problem | null;
  set(p: Partial<Omit<ChainsState, 'set'>>): void;
}

export const useChains = create<ChainsState>()((set) => ({
  relic: null,
  maxGapDays: null,
  answer: null,
  current: 0,
  busy: false,
  problem: null,
  set: (p) => set(p),
}));
