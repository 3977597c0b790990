// Undo and redo: a snapshot of the workspace graph before each change. Several changes can make one
// step (suspend/resume around them, after one checkpoint): opening a saved investigation is one
// step, not one per pinned node and group.
import type { SerializedGraph } from 'graphology-types';
import type { WorkGraph } from './merge.ts';

const LIMIT = 50;

export class History {
  private undoStack: SerializedGraph[] = [];
  private redoStack: SerializedGraph[] = [];
  private suspended = 0;

  constructor(private readonly graph: WorkGraph) {}

  /** Call before changing the graph. */
  checkpoint(): void {
    if (this.suspended > 0) return;
    this.undoStack.push(this.graph.export() as SerializedGraph);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  /** Checkpoints are ignored until the matching resume(). */
  suspend(): void {
    this.suspended++;
  }

  resume(): void {
    this.suspended = Math.max(0, this.suspended - 1);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): boolean {
    const prev = this.undoStack.pop();
    if (!prev) return false;
    this.redoStack.push(this.graph.export() as SerializedGraph);
    this.restore(prev);
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.graph.export() as SerializedGraph);
    this.restore(next);
    return true;
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  private restore(s: SerializedGraph): void {
    this.graph.clear();
    this.graph.import(s as never);
  }
}
