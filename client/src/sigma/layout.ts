// ForceAtlas2 in a web worker, with start and stop. Pinned nodes stay where they are (`fixed`).
import FA2Layout from 'graphology-layout-forceatlas2/worker.js';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { WorkGraph } from '../graph/merge.ts';

type InferSettings = (g: WorkGraph) => Record<string, unknown>;
const fa2 = ((fa2Module as { default?: unknown }).default ?? fa2Module) as { inferSettings: InferSettings };
type Supervisor = { start(): void; stop(): void; kill(): void; isRunning(): boolean };
const Supervisor = ((FA2Layout as { default?: unknown }).default ?? FA2Layout) as new (
  g: WorkGraph,
  o: Record<string, unknown>,
) => Supervisor;

export class ForceLayout {
  private layout: Supervisor | null = null;
  private graph: WorkGraph | null = null;

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(graph: WorkGraph): void {
    if (this.graph !== graph) this.kill();
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, fixed: !!a.pinned }));
    this.graph = graph;
    this.layout ??= new Supervisor(graph, {
      settings: { ...fa2.inferSettings(graph), barnesHutOptimize: graph.order > 500, slowDown: 5 },
      getEdgeWeight: 'weight',
    });
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  /** Ends the worker (call when the graph is replaced or the workspace closes). */
  kill(): void {
    this.layout?.kill();
    this.layout = null;
    this.graph = null;
  }
}
