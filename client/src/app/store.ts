// The workspace's one store (zustand). Views subscribe to the slices they show, so a change to the
// selection re-renders the details panel, not the tables. The graph itself lives in the Canvas
// (graphology + sigma); the store holds a version number that goes up on every change of it, and
// views that read the graph subscribe to that number.
import type { ReactNode } from 'react';
import { create } from 'zustand';
import type { SessionUserFragment } from '../api/__generated__/operations.ts';
import type { Canvas } from '../canvas.ts';

export type User = SessionUserFragment;

/** A tab of the bottom drawer: a table or a picture too wide for a side panel. */
export interface DrawerTab {
  id: string;
  /**
   * Called when the drawer draws, so the title follows the reader's language: use i18next.t, not
   * the `t` of useTranslation, which is fixed to the language of the render that made it.
   */
  title: () => string;
  render: () => ReactNode;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface WorkspaceState {
  user: User | null;
  canvas: Canvas | null;
  /** Goes up on every change of the canvas's graph or of what is shown of it. */
  graphVersion: number;
  selectedNodes: string[];
  selectedEdge: string | null;
  /** The task panel on the left ("search", "paths", "gangs", ...). */
  task: string;
  /** The view in the centre ("graph", "map", "evolution", ...); the map lies over the graph view. */
  view: string;
  leftWidth: number;
  rightWidth: number;
  drawerHeight: number;
  drawerOpen: boolean;
  drawerTabs: DrawerTab[];
  drawerActive: string | null;
  notices: Notice[];
  /** A long task in progress (a job, a gang being loaded): its text and 0..1 progress. */
  busy: { text: string; progress: number | null } | null;
}

export interface WorkspaceActions {
  setUser(user: User | null): void;
  setCanvas(canvas: Canvas | null): void;
  graphChanged(): void;
  setSelection(nodes: string[], edge: string | null): void;
  setTask(task: string): void;
  setView(view: string): void;
  setSizes(s: Partial<Pick<WorkspaceState, 'leftWidth' | 'rightWidth' | 'drawerHeight'>>): void;
  /** Opens (or replaces, by id) a drawer tab and shows it. */
  openDrawer(tab: DrawerTab): void;
  closeDrawerTab(id: string): void;
  setDrawerOpen(open: boolean): void;
  setDrawerActive(id: string): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  setBusy(busy: WorkspaceState['busy']): void;
}

const SIZES_KEY = 'crimegraph.layout';

function savedSizes(): Partial<WorkspaceState> {
  try {
    return JSON.parse(localStorage.getItem(SIZES_KEY) ?? '{}') as Partial<WorkspaceState>;
  } catch {
    return {};
  }
}

let noticeSeq = 0;

export const useWorkspace = create<WorkspaceState & WorkspaceActions>()((set, get) => ({
  user: null,
  canvas: null,
  graphVersion: 0,
  selectedNodes: [],
  selectedEdge: null,
  task: 'start',
  view: 'graph',
  leftWidth: 300,
  rightWidth: 340,
  drawerHeight: 260,
  drawerOpen: false,
  drawerTabs: [],
  drawerActive: null,
  notices: [],
  busy: null,
  ...savedSizes(),

  setUser: (user) => set({ user }),
  setCanvas: (canvas) => set({ canvas }),
  graphChanged: () => set((s) => ({ graphVersion: s.graphVersion + 1 })),
  setSelection: (selectedNodes, selectedEdge) => set({ selectedNodes, selectedEdge }),
  setTask: (task) => set({ task }),
  setView: (view) => set({ view }),
  setSizes: (s) => {
    set(s);
    const { leftWidth, rightWidth, drawerHeight } = get();
    localStorage.setItem(SIZES_KEY, JSON.stringify({ leftWidth, rightWidth, drawerHeight }));
  },
  openDrawer: (tab) =>
    set((s) => ({
      drawerTabs: s.drawerTabs.some((t) => t.id === tab.id)
        ? s.drawerTabs.map((t) => (t.id === tab.id ? tab : t))
        : [...s.drawerTabs, tab],
      drawerActive: tab.id,
      drawerOpen: true,
    })),
  closeDrawerTab: (id) =>
    set((s) => {
      const tabs = s.drawerTabs.filter((t) => t.id !== id);
      return {
        drawerTabs: tabs,
        drawerActive: s.drawerActive === id ? (tabs.at(-1)?.id ?? null) : s.drawerActive,
        drawerOpen: tabs.length > 0 && s.drawerOpen,
      };
    }),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  setDrawerActive: (drawerActive) => set({ drawerActive, drawerOpen: true }),
  notify: (kind, text) => {
    const id = ++noticeSeq;
    set((s) => ({ notices: [...s.notices.slice(-3), { id, kind, text }] }));
    if (kind === 'info') setTimeout(() => get().dismiss(id), 6000);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setBusy: (busy) => set({ busy }),
}));

/** True when the signed-in account has this permission (from `me { permissions }`). */
export function useCan(permission: string): boolean {
  return useWorkspace((s) => s.user?.permissions.includes(permission) ?? false);
}

/** The canvas, once the graph view has mounted it. */
export function useCanvas(): Canvas | null {
  return useWorkspace((s) => s.canvas);
}
