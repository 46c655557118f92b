import type { ComponentChildren } from 'preact';

interface DeleteButtonProps {
  /** Accessible name, e.g. "Delete strength 'Fast reviews'". */
  label: string;
  onDelete: () => void;
  children?: ComponentChildren;
}

/**
 * A Delete button that a double click cannot turn into two deletions: once an item is gone, the
 * next item moves up under the pointer, and the second click of the double click (its `detail` is
 * 2) would land on that item's button. Only single clicks and keyboard presses (`detail` 0) count.
 */
export function DeleteButton({ label, onDelete, children = 'Delete' }: DeleteButtonProps) {
  return (
    <button
      type="button"
      class="ws-small ws-danger"
      aria-label={label}
      onClick={(event) => {
        if (event.detail > 1) return;
        onDelete();
      }}
    >
      {children}
    </button>
  );
}
