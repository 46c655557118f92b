import type { DragHandlers } from './useDragReorder';

/**
 * The grip an item is dragged by. Hidden from assistive technology: the Move buttons and
 * Alt+arrows do the same for keyboard and screen-reader users.
 */
export function DragHandle({ id, drag }: { id: string; drag: DragHandlers }) {
  return (
    <span
      class="ws-handle"
      draggable
      aria-hidden="true"
      title="Drag to reorder"
      onDragStart={(event) => {
        drag.start(id);
        if (event.dataTransfer) {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', id);
          const item = event.currentTarget.closest('li');
          if (item) event.dataTransfer.setDragImage(item, 16, 16);
        }
      }}
      onDragEnd={drag.end}
    >
      ⠿
    </span>
  );
}
