// What the canvas tools do, shared by the toolbar and the keyboard (views/keyboard.ts): each acts on
// the selection, or on the node the keyboard is on when nothing is selected, and says in a notice
// what it could not do.
import i18next from 'i18next';
import { expand } from '../../app/actions.ts';
import { useWorkspace } from '../../app/store.ts';
import type { Arrangement, Canvas } from '../../canvas.ts';

const tr = (key: string, options?: Record<string, unknown>) =>
  i18next.t(key, { ns: 'canvas-tools', ...options });
const notify = (text: string) => useWorkspace.getState().notify('info', text);
const can = (permission: string) => useWorkspace.getState().user?.permissions.includes(permission) ?? false;

/** The selection, else the keyboard's node. */
export function targets(canvas: Canvas): string[] {
  const sel = canvas.selected;
  if (sel.length) return sel;
  return canvas.focused ? [canvas.focused] : [];
}

export function toggleLayout(canvas: Canvas): void {
  if (canvas.layout.running) {
    canvas.stopLayout();
    notify(tr('layoutStopped'));
  } else {
    canvas.startLayout();
    notify(tr('layoutRunning'));
  }
}

export function timeline(canvas: Canvas): void {
  if (!canvas.timeLayout()) notify(tr('noDates'));
}

export function arrange(canvas: Canvas, kind: Arrangement): void {
  if (!canvas.arrange(kind)) notify(tr('arrangeNeedsTwo'));
}

export function hide(canvas: Canvas): void {
  const ids = targets(canvas);
  if (ids.length) canvas.setHidden(ids, true);
}

/** True when every one of the nodes is pinned. */
export function allPinned(canvas: Canvas, ids: string[]): boolean {
  return (
    ids.length > 0 &&
    ids.every((id) => canvas.graph.hasNode(id) && !!canvas.graph.getNodeAttribute(id, 'pinned'))
  );
}

export function togglePin(canvas: Canvas): void {
  const ids = targets(canvas);
  if (ids.length) canvas.setPinned(ids, !allPinned(canvas, ids));
}

export function remove(canvas: Canvas): void {
  const ids = targets(canvas);
  if (ids.length) canvas.remove(ids);
}

export function expandTargets(canvas: Canvas): void {
  const ids = targets(canvas).filter((id) => !id.startsWith('Community:') && !id.startsWith('Group:'));
  if (ids.length && can('read:entities')) void expand(ids);
}

export function clearCanvas(canvas: Canvas): void {
  if (canvas.graph.order === 0) return;
  canvas.clear();
  notify(tr('cleared'));
}
