/**
 * Moves focus to the element marked `data-focus="<key>"` inside `root`, once the island has
 * re-rendered. `useStore` re-renders in a timer after a store change and Preact commits in a
 * microtask, so a timer set after the action runs after both. Re-ordered keyed lists can move the
 * focused element out of the document for an instant; this puts focus back where the user was.
 */
export function focusSoon(root: HTMLElement | null, key: string, fallbackKey?: string): void {
  setTimeout(() => {
    const find = (k: string) => root?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(k)}"]`) ?? null;
    const target = find(key) ?? (fallbackKey === undefined ? null : find(fallbackKey));
    if (target && document.activeElement !== target) target.focus();
  }, 0);
}

/** Whether a key press is the "move this item" shortcut: Alt+ArrowUp / Alt+ArrowDown. */
export function moveShortcut(event: KeyboardEvent): 'up' | 'down' | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}

/** A ref-like holder of an island's root element, for focusSoon. */
export interface RootRef {
  current: HTMLElement | null;
}
