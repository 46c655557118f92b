import type { StorageEventSource, StorageLike } from '../../../src/stores/storage';

type Listener = (event: { key: string | null; newValue: string | null }) => void;

/** A tab's window as far as `storage` events go. */
export class FakeWindow implements StorageEventSource {
  private listeners = new Set<Listener>();
  addEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.delete(listener);
  }
  dispatch(event: { key: string | null; newValue: string | null }): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/**
 * An in-memory localStorage shared by several fake tabs. Like a browser, a write fires a `storage`
 * event in every other tab, never in the writer — queued, so delivery is asynchronous.
 */
export class MemoryStorage {
  readonly data = new Map<string, string>();
  private readonly tabs: FakeWindow[] = [];
  private readonly queue: (() => void)[] = [];
  /** When set, every setItem throws this (e.g. a QuotaExceededError). */
  failWrites: Error | null = null;
  /** When set, every call throws this (storage blocked). */
  failAll: Error | null = null;

  /** A view of this storage for one tab: its Storage and its event source. */
  tab(): { storage: StorageLike; events: FakeWindow } {
    const events = new FakeWindow();
    this.tabs.push(events);
    const storage: StorageLike = {
      getItem: (key) => {
        if (this.failAll) throw this.failAll;
        return this.data.get(key) ?? null;
      },
      setItem: (key, value) => {
        if (this.failAll) throw this.failAll;
        if (this.failWrites) throw this.failWrites;
        this.data.set(key, String(value));
        for (const other of this.tabs) {
          if (other !== events) this.queue.push(() => other.dispatch({ key, newValue: String(value) }));
        }
      },
      removeItem: (key) => {
        if (this.failAll) throw this.failAll;
        this.data.delete(key);
        for (const other of this.tabs) {
          if (other !== events) this.queue.push(() => other.dispatch({ key, newValue: null }));
        }
      },
    };
    return { storage, events };
  }

  /** Delivers queued storage events until none are left; returns how many were delivered. */
  deliver(limit = 1000): number {
    let count = 0;
    while (this.queue.length > 0) {
      if (++count > limit) throw new Error('storage events keep coming: the tabs echo each other');
      this.queue.shift()?.();
    }
    return count;
  }

  /** Number of events waiting. */
  get pending(): number {
    return this.queue.length;
  }
}

/** A DOMException-like quota error as browsers throw it. */
export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}
