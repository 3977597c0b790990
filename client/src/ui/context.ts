// What every panel gets: the API, the canvas, the signed-in user and shared actions.
import type { Api } from '../api/client.ts';
import type { Canvas } from '../canvas.ts';
import type { ExpandFilters } from '../api/investigation.ts';

export interface AppContext {
  api: Api;
  canvas: Canvas;
  user: { id: string; username: string; role: string };
  /** One-line status at the bottom of the screen (also read by screen readers). */
  status(message: string): void;
  /** Expands a node's neighbourhood with the current filters. */
  expand(id: string): Promise<void>;
  /** Opens entities on the canvas (fetching them), selecting the first. */
  open(ids: string[]): Promise<void>;
  expandFilters(): ExpandFilters;
  /** Re-renders the details panel for the current selection. */
  showDetails(): void;
}
