import * as Y from 'yjs';

/**
 * Undo for one action, with Yjs's UndoManager scoped to that action alone: undoing it reverts
 * exactly what it changed, even when this tab, another tab or another person changed something else
 * since. Every undoable action gets its own manager (and its own transaction origin); the oldest are
 * let go, as the undo notices that offer them are gone long before.
 */
export interface UndoHandle {
  /** Reverts the action; false if it was already undone or has expired. */
  undo: () => boolean;
}

const KEEP = 30;
const live: Y.UndoManager[] = [];

export function undoable(doc: Y.Doc, scope: Y.AbstractType<unknown>[], change: () => void): UndoHandle {
  const origin = { undoable: true };
  const manager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  doc.transact(change, origin);
  live.push(manager);
  while (live.length > KEEP) live.shift()?.destroy();
  let done = false;
  return {
    undo: () => {
      if (done || !live.includes(manager) || manager.undoStack.length === 0) return false;
      done = true;
      manager.undo();
      live.splice(live.indexOf(manager), 1);
      manager.destroy();
      return true;
    },
  };
}
