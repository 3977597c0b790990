// Undo and redo: a snapshot of the workspace graph before each change.
import type { SerializedGraph } from 'graphology-types';
import type { WorkGraph } from './merge.ts';

const LIMIT = 50;

export class History {
  private undoStack: SerializedGraph[] = [];
  private redoStack: SerializedGraph[] = [];

  constructor(private readonly graph: WorkGraph) {}

  /** Call before changing the graph. */
  checkpoint(): void {
    this.undoStack.push(this.graph.export() as SerializedGraph);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
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
