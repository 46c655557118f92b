import { useCallback, useRef } from 'preact/hooks';
import { focusSoon, type RootRef } from './focus';
import { UndoNotice, useUndo } from './UndoNotice';

/** One deletion: how to do it, how to take it back, and what to call the item. */
export interface Deletion<T> {
  /** Deletes by id; returns what undo needs, or null when there was nothing to delete. */
  run: () => T | null;
  /** Puts it back; false when it could not be restored. */
  restore: (token: T) => boolean;
  /** The item as the sentences name it: "strength 'Fast reviews'", "'Fix the build'". */
  name: string;
  /** The control to focus once it is back. */
  focusKey: string;
}

/**
 * The undoable delete of every list: deletes, offers "Deleted X. [Undo]", restores with an
 * announcement and puts focus back on the restored item. `remove` is stable across renders.
 */
export function useUndoableDelete(root: RootRef, announce: (text: string) => void, afterKey: string) {
  const undo = useUndo();
  const latest = useRef({ announce, setOffer: undo.setOffer });
  latest.current = { announce, setOffer: undo.setOffer };
  const remove = useCallback(<T,>(deletion: Deletion<T>) => {
    const token = deletion.run();
    if (token === null) return;
    latest.current.setOffer({
      message: `Deleted ${deletion.name}.`,
      undo: () => {
        if (deletion.restore(token)) {
          latest.current.announce(`Restored ${deletion.name}.`);
          focusSoon(root.current, deletion.focusKey);
        } else {
          latest.current.announce(`${deletion.name} could not be restored.`);
        }
      },
    });
  }, []);
  const notice = (
    <UndoNotice
      offer={undo.offer}
      onDone={() => {
        undo.clear();
        focusSoon(root.current, afterKey);
      }}
    />
  );
  return { remove, notice };
}
