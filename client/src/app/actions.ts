// Workspace actions that several views start: open entities on the canvas, expand a neighbourhood.
// They talk to the API, change the canvas and report through the store's notices, in the user's
// language.
import i18next from 'i18next';
import type {
  EntitiesQuery,
  EntitiesQueryVariables,
  NeighbourhoodInput,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
} from '../api/__generated__/operations.ts';
import { toNode, toSubgraph, type ApiEntity, type ApiSubgraph } from '../api/mapping.ts';
import type { Subgraph } from '../graph/types.ts';
import { api } from './api.ts';
import { errorMessage } from './errors.ts';
import GRAPH from './graph.graphql?raw';
import { useWorkspace } from './store.ts';

export async function fetchEntities(ids: string[]): Promise<Subgraph> {
  const d = await api.request<EntitiesQuery, EntitiesQueryVariables>(GRAPH, { ids }, 'Entities');
  return {
    nodes: d.entities.filter((e) => !!e).map((e) => toNode({ ...(e as ApiEntity), entity: e as ApiEntity })),
    edges: [],
  };
}

export async function fetchNeighbourhood(input: NeighbourhoodInput): Promise<Subgraph & { note?: string }> {
  const d = await api.request<NeighbourhoodQuery, NeighbourhoodQueryVariables>(
    GRAPH,
    { input },
    'Neighbourhood',
  );
  return toSubgraph(d.neighbourhood as unknown as ApiSubgraph);
}

/** The canvas filters as neighbourhood filters, so an expansion brings what the user looks at. */
export function expandFilters(): Omit<NeighbourhoodInput, 'ids'> {
  const f = useWorkspace.getState().canvas?.filters;
  if (!f) return {};
  return {
    nodeTypes: f.nodeTypes?.length ? f.nodeTypes : null,
    relTypes: f.relTypes?.length ? f.relTypes : null,
    window: f.from != null || f.to != null ? { from: f.from ?? null, to: f.to ?? null } : null,
    minConfidence: f.minConfidence ?? 0,
  };
}

/** Opens entities on the canvas (fetching those not there yet), selects and shows the first. */
export async function openEntities(ids: string[]): Promise<void> {
  const { canvas, notify } = useWorkspace.getState();
  if (!canvas || !ids.length) return;
  try {
    const missing = ids.filter((id) => !canvas.graph.hasNode(id));
    if (missing.length) canvas.add(await fetchEntities(missing));
    canvas.select(ids);
    canvas.focus(ids[0]!);
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

/** Expands one or more entities by a hop, placing what is new beside them. */
export async function expand(ids: string[], hops = 1): Promise<void> {
  const { canvas, notify, setBusy } = useWorkspace.getState();
  if (!canvas || !ids.length) return;
  setBusy({ text: i18next.t('actions.expanding'), progress: null });
  try {
    const sub = await fetchNeighbourhood({ ids: ids.slice(0, 50), hops, ...expandFilters() });
    const added = canvas.add(sub, ids[0]);
    notify(
      'info',
      sub.truncated
        ? i18next.t('actions.expandedCut', { count: added.length })
        : i18next.t('actions.expanded', { count: added.length }),
    );
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    setBusy(null);
  }
}
