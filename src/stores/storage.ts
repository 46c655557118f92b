import { atom } from 'nanostores';
import { corruptBackupKey } from '../lib/storage-keys';

/**
 * The one place that touches localStorage. Every call is wrapped: private modes throw on access,
 * a full quota throws on write, and the kit must keep working in memory either way. The health of
 * storage is a store that the storage notice renders.
 *
 * It lives in src/stores rather than src/lib because it holds a store and has side effects.
 */

/** What the storage notice shows. */
export type StorageHealth =
  | { status: 'ok' }
  /** localStorage cannot be used at all (private mode, blocked): changes live in this tab only. */
  | { status: 'unavailable' }
  /** A write failed (quota exceeded): changes since then live in this tab only. */
  | { status: 'full' }
  /** A saved value could not be read and was set aside under `backupKey`. */
  | { status: 'recovered-corrupt'; backupKey: string };

export const $storageHealth = atom<StorageHealth>({ status: 'ok' });

/** The part of the Storage interface the kit uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Something that delivers `storage` events (the window in a browser). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(
    type: 'storage',
    listener: (event: { key: string | null; newValue: string | null }) => void,
  ): void;
}

let configured: { storage: StorageLike | null; events: StorageEventSource | null } | null = null;

/** Replaces the browser's localStorage and window (tests, or a host page that wants another store). */
export function configureStorage(
  options: { storage: StorageLike | null; events?: StorageEventSource | null } | null,
): void {
  configured = options ? { storage: options.storage, events: options.events ?? null } : null;
}

/** Whether there is a place to persist to at all: a browser, or a configured storage. Server renders have none. */
export function hasStorageContext(): boolean {
  return configured !== null || typeof window !== 'undefined';
}

function backend(): StorageLike | null {
  if (configured) return configured.storage;
  if (typeof window === 'undefined') return null;
  try {
    // Reading the property itself throws a SecurityError when storage is blocked.
    return window.localStorage;
  } catch {
    return null;
  }
}

function eventSource(): StorageEventSource | null {
  if (configured) return configured.events;
  return typeof window === 'undefined' ? null : window;
}

/** Records how storage is doing (IndexedDB and localStorage alike); the storage notice shows it. */
export function reportStorage(health: StorageHealth): void {
  const current = $storageHealth.get();
  // A set-aside value stays reported until dismissed; failures to save are more urgent and replace it.
  if (health.status === 'ok' && current.status === 'recovered-corrupt') return;
  if (JSON.stringify(current) === JSON.stringify(health)) return;
  // Said in the browser's console too, where a facilitator helping a team looks, and on pages without the notice.
  if (health.status === 'recovered-corrupt') {
    console.warn(`A saved copy could not be read; it was set aside, untouched, under ${health.backupKey}.`);
  }
  $storageHealth.set(health);
}

/** Reads a key; `ok: false` when storage cannot be used (reported as unavailable). */
export function readItem(key: string): { ok: true; value: string | null } | { ok: false } {
  const storage = backend();
  if (!storage) {
    if (hasStorageContext()) reportStorage({ status: 'unavailable' });
    return { ok: false };
  }
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    reportStorage({ status: 'unavailable' });
    return { ok: false };
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Writes a key; returns false (and reports full or unavailable) when the write fails. */
export function writeItem(key: string, value: string): boolean {
  const storage = backend();
  if (!storage) {
    if (hasStorageContext()) reportStorage({ status: 'unavailable' });
    return false;
  }
  try {
    storage.setItem(key, value);
    reportStorage({ status: 'ok' });
    return true;
  } catch (error) {
    reportStorage({ status: isQuotaError(error) ? 'full' : 'unavailable' });
    return false;
  }
}

/** Removes a key; failures are ignored (there is nothing better to do). */
export function removeItem(key: string): void {
  try {
    backend()?.removeItem(key);
  } catch {
    // Nothing to report: a value that cannot be removed does no harm beyond what read/write report.
  }
}

/**
 * Moves an unreadable value aside to `<key>:corrupt:<now>` and reports it. If the copy cannot be
 * written, the original stays where it is (never dropped) and storage is reported as full.
 */
export function setAsideCorrupt(key: string, raw: string, now: number): string | null {
  const backupKey = corruptBackupKey(key, now);
  if (!writeItem(backupKey, raw)) return null;
  removeItem(key);
  reportStorage({ status: 'recovered-corrupt', backupKey });
  return backupKey;
}

/** Calls `listener` when another tab changes `key`; returns the unsubscribe function. */
export function onExternalChange(key: string, listener: (newValue: string | null) => void): () => void {
  const source = eventSource();
  if (!source) return () => undefined;
  const handler = (event: { key: string | null; newValue: string | null }) => {
    if (event.key === key) listener(event.newValue);
  };
  source.addEventListener('storage', handler);
  return () => source.removeEventListener('storage', handler);
}

/** Hides the "set aside" notice once the user has read it. Failure notices stay while they are true. */
export function dismissStorageNotice(): void {
  if ($storageHealth.get().status === 'recovered-corrupt') $storageHealth.set({ status: 'ok' });
}
