// The task panels of the left column and who sees them. A task shows only when the signed-in
// account has every permission it names (from the server's `me { permissions }`). Panels load on
// demand: a commander's browser never downloads the path finder.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Task {
  id: string;
  /** i18n key of its tab. */
  label: string;
  needs: string[];
  Panel: LazyExoticComponent<ComponentType>;
}

export const TASKS: Task[] = [
  {
    id: 'paths',
    label: 'task.paths',
    needs: ['read:entities'],
    Panel: lazy(() => import('../features/paths/PathsPanel.tsx')),
  },
  {
    id: 'chains',
    label: 'chains:task',
    needs: ['read:entities'],
    Panel: lazy(() => import('../features/chains/ChainsPanel.tsx')),
  },
  {
    id: 'gangs',
    label: 'task.gangs',
    needs: ['read:jobs'],
    Panel: lazy(() => import('../features/gangs/GangsPanel.tsx')),
  },
  {
    id: 'evolution',
    label: 'view.evolution',
    needs: ['read:jobs'],
    Panel: lazy(() => import('../features/evolution/EvolutionPanel.tsx')),
  },
  {
    id: 'takedown',
    label: 'task.takedown',
    needs: ['read:briefing'],
    Panel: lazy(() => import('../features/takedown/TakedownPanel.tsx')),
  },
  {
    id: 'saved',
    label: 'task.saved',
    needs: ['save:investigation'],
    Panel: lazy(() => import('../features/investigations/SavedPanel.tsx')),
  },
  {
    id: 'alerts',
    label: 'alerts:task',
    needs: ['read:alerts'],
    Panel: lazy(() => import('../features/alerts/AlertsPanel.tsx')),
  },
];

export const tasksFor = (permissions: readonly string[]): Task[] =>
  TASKS.filter((t) => t.needs.every((p) => permissions.includes(p)));

/** Shown over the empty canvas: the first step for this role. */
export const StartScreen = lazy(() => import('../features/start/StartScreen.tsx'));
/** The right column: what is selected. */
export const DetailsPanel = lazy(() => import('../features/details/DetailsPanel.tsx'));
/** Canvas tools above the graph: fit, clear, select, arrange, layouts, exports, the time bar. */
export const Toolbar = lazy(() => import('../features/canvas-tools/Toolbar.tsx'));
/** The map view over the graph view's area (store view 'map'): entities with a place, on a map. */
export const MapView = lazy(() => import('../features/map/MapView.tsx'));
