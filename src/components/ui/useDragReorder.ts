import { useMemo, useRef, useState } from 'preact/hooks';

/** What an item of a reorderable list hands to its element's drag events. */
export interface DragHandlers {
  start: (id: string) => void;
  over: (event: DragEvent, id: string) => void;
  drop: (event: DragEvent, id: string, index: number) => void;
  end: () => void;
}

/**
 * Drag-and-drop reordering of a list by its handles. The handlers are stable across renders (so
 * memoised items are not redrawn while dragging) and the dragged id comes from the drag itself,
 * never from a position.
 */
export function useDragReorder(onMove: (id: string, toIndex: number) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const latest = useRef({ dragging, onMove });
  latest.current = { dragging, onMove };
  const handlers = useMemo<DragHandlers>(
    () => ({
      start: (id) => setDragging(id),
      over: (event, id) => {
        if (latest.current.dragging === null) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        setTarget(id);
      },
      drop: (event, id, index) => {
        event.preventDefault();
        const from = latest.current.dragging ?? event.dataTransfer?.getData('text/plain') ?? '';
        setDragging(null);
        setTarget(null);
        if (from && from !== id) latest.current.onMove(from, index);
      },
      end: () => {
        setDragging(null);
        setTarget(null);
      },
    }),
    [],
  );
  return { dragging, target: target === dragging ? null : target, handlers };
}
