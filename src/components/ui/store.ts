import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * Reads a store for rendering. The first client render uses the store's initial value, exactly what
 * the server rendered, and the saved value follows right after hydration. Reading the saved value
 * straight away would leave fields empty after a reload: Preact does not patch `value` and
 * `checked` while it hydrates, and the next render sees no change to apply.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>): T {
  return useStore(store, { ssr: 'initial' });
}
