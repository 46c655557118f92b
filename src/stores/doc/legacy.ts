import { readItem, removeItem, setAsideCorrupt } from '../storage';

/**
 * Values that earlier versions of the kit saved in localStorage, carried into the documents on first
 * load. Earlier versions wrote `{ rev, tab, data }` (or, for the timers, the value itself). The old
 * value stays where it was until the document holding it is safely on disk; a value that cannot be
 * read is set aside under a backup key and reported, never dropped.
 */
export function readLegacy<T>(key: string, decode: (data: unknown) => T | null): T | null {
  const read = readItem(key);
  if (!read.ok || read.value === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.value);
  } catch {
    setAsideCorrupt(key, read.value, Date.now());
    return null;
  }
  const envelope =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'data' in parsed && 'rev' in parsed
      ? (parsed as { data: unknown }).data
      : parsed;
  const value = decode(envelope);
  if (value === null) setAsideCorrupt(key, read.value, Date.now());
  return value;
}

/** Whether an earlier version left a value under `key` (cheap: no parsing). */
export function hasLegacy(key: string): boolean {
  const read = readItem(key);
  return read.ok && read.value !== null;
}

/** Forgets the old value once its content is safely saved in the document. */
export function retireLegacy(key: string): void {
  removeItem(key);
}
