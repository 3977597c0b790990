// The keyboard on the network. On the canvas (it has the focus): arrow keys move to the nearest
// entity in that direction, Tab / Shift+Tab through the entities in order (Tab past the last one
// leaves the canvas), Enter or Space selects the entity, with Shift added to the selection
// (Shift+arrow moves and extends), Ctrl+A selects everything. Anywhere outside a text field:
// E expand, Delete remove, H hide, P pin, L force layout, T timeline, F fit, Escape clears,
// Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo. "/" (the search) is the search box's own.
import type { Canvas, Direction } from '../canvas.ts';
import {
  expandTargets,
  hide,
  remove,
  timeline,
  toggleLayout,
  togglePin,
} from '../features/canvas-tools/commands.ts';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || !!el.closest('input, textarea, select, [role="menu"]'));

/** Moves the keyboard to `next`; with `extend`, adds it to the selection. */
function moveTo(canvas: Canvas, next: string, extend: boolean): void {
  canvas.setFocused(next);
  if (extend) canvas.select([...new Set([...canvas.selected, next])]);
}

/** Keys while the canvas has the focus. Returns true when the key was used. */
export function stageKey(canvas: Canvas, e: KeyboardEvent): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const dir = ARROWS[e.key];
  const focused = canvas.focused;
  if (dir && !mod) {
    const next = focused ? canvas.nodeInDirection(focused, dir) : canvas.nodeInOrder(null, 1);
    if (next) moveTo(canvas, next, e.shiftKey);
    return true;
  }
  if (e.key === 'Tab' && !mod && !e.altKey) {
    if (!focused && e.shiftKey) return false; // Shift+Tab into the canvas and out again
    const next = canvas.nodeInOrder(focused, e.shiftKey ? -1 : 1);
    if (!next) {
      canvas.setFocused(null);
      return false; // past the last (or first) entity: the focus leaves the canvas
    }
    canvas.setFocused(next);
    return true;
  }
  if ((e.key === 'Enter' || e.key === ' ') && !mod) {
    if (!focused) {
      // Into the canvas at the selection when it is one entity (Enter then opens it), else the first.
      const sel = canvas.selected;
      const start = sel.length === 1 ? sel[0]! : canvas.nodeInOrder(null, 1);
      if (start) canvas.setFocused(start);
      return sel.length !== 1;
    }
    if (e.shiftKey) {
      const sel = new Set(canvas.selected);
      if (sel.has(focused)) sel.delete(focused);
      else sel.add(focused);
      canvas.select([...sel]);
    } else canvas.select([focused]);
    return true;
  }
  if (mod && e.key.toLowerCase() === 'a') {
    canvas.selectAll();
    return true;
  }
  return false;
}

/** Keys anywhere outside text fields and menus. Returns true when the key was used. */
export function globalKey(canvas: Canvas, e: KeyboardEvent): boolean {
  if (editable(e.target)) return false;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (key === 'z') {
      if (e.shiftKey) canvas.redo();
      else canvas.undo();
      return true;
    }
    if (key === 'y') {
      canvas.redo();
      return true;
    }
    return false;
  }
  if (e.altKey) return false;
  // Plain letters only when the focus is not on a control that reads them (a button takes Space
  // and Enter, not letters, so letters are fine there).
  switch (e.key) {
    case 'Delete':
      remove(canvas);
      return true;
    case 'Backspace': // the Mac's delete key; elsewhere it only counts on the canvas itself
      if (e.target !== document.body && !(e.target instanceof HTMLElement && e.target.closest('#stage')))
        return false;
      remove(canvas);
      return true;
    case 'Escape':
      if (!canvas.selected.length && !canvas.focused && !canvas.view.selectedEdge) return false;
      canvas.select([]);
      canvas.setFocused(null);
      return true;
  }
  if (e.shiftKey) return false;
  switch (key) {
    case 'e':
      expandTargets(canvas);
      return true;
    case 'h':
      hide(canvas);
      return true;
    case 'p':
      togglePin(canvas);
      return true;
    case 'l':
      if (canvas.shown.order) toggleLayout(canvas);
      return true;
    case 't':
      timeline(canvas);
      return true;
    case 'f':
      canvas.fit();
      return true;
  }
  return false;
}

/** Binds both on the canvas's element and the document; returns the unbinding. */
export function bindKeyboard(canvas: Canvas, stage: HTMLElement): () => void {
  const onStage = (e: KeyboardEvent) => {
    if (e.target !== stage) return;
    if (stageKey(canvas, e)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const onDocument = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    if (globalKey(canvas, e)) e.preventDefault();
  };
  stage.addEventListener('keydown', onStage);
  document.addEventListener('keydown', onDocument);
  return () => {
    stage.removeEventListener('keydown', onStage);
    document.removeEventListener('keydown', onDocument);
  };
}
