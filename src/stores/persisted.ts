import { atom, onMount, type WritableAtom } from 'nanostores';
import { hasStorageContext, onExternalChange, readItem, setAsideCorrupt, writeItem } from './storage';
import { newId } from '../lib/ids';

/**
 * A store saved to localStorage and kept in step with other tabs.
 *
 * What is saved is an envelope `{ rev, tab, data }`: `rev` counts changes like a Lamport clock and
 * `tab` names the writer. A tab adopts another tab's value when its `rev` is higher; when both tabs
 * changed at the same time (equal or lower `rev`, different content) the two values are merged so
 * that no item is lost, and the merge is written as a newer revision for the other tab to adopt.
 * Values adopted from another tab are not written back, so tabs never echo each other in a loop.
 *
 * Loading goes through `decode`, the same path as an import: an unreadable value is set aside under
 * a backup key and reported, never silently dropped or overwritten.
 */
export interface SyncedOptions<T> {
  /** Namespaced, versioned key, e.g. "mentoring-kit:v1:workspace". */
  key: string;
  /** The value before anything is loaded. */
  initial: () => T;
  /** Reads a saved value; `ok: false` sets it aside. */
  decode: (data: unknown) => { ok: true; value: T } | { ok: false };
  /** Combines concurrent values; `primary` wins where they disagree. */
  merge: (primary: T, secondary: T) => T;
}

export interface Synced<T> {
  $store: WritableAtom<T>;
  /** Loads the saved value and starts saving and listening; safe to call often, a no-op on the server. */
  start: () => void;
}

interface Envelope {
  rev: number;
  tab: string;
  data: unknown;
}

function readEnvelope(raw: string): Envelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  if (!('data' in record)) return { rev: 0, tab: '', data: parsed }; // a bare value (e.g. written by hand)
  const { rev, tab, data } = record;
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < 0 || typeof tab !== 'string') return null;
  return { rev, tab, data };
}

export function syncedAtom<T>(options: SyncedOptions<T>): Synced<T> {
  const $store = atom<T>(options.initial());
  let started = false;
  let rev = 0;
  let tab = '';
  /** The last text this tab wrote or adopted, to ignore events about it. */
  let lastText: string | null = null;
  /** While true, a change came from storage and must not be written back. */
  let adopting = false;
  /** True when the saved value could not be set aside: then it must not be overwritten either. */
  let keyBlocked = false;

  const decodeText = (raw: string): { rev: number; tab: string; value: T } | null => {
    const envelope = readEnvelope(raw);
    if (!envelope) return null;
    const decoded = options.decode(envelope.data);
    return decoded.ok ? { rev: envelope.rev, tab: envelope.tab, value: decoded.value } : null;
  };

  const adopt = (value: T, text: string, newRev: number) => {
    rev = newRev;
    lastText = text;
    adopting = true;
    try {
      $store.set(value);
    } finally {
      adopting = false;
    }
  };

  const persist = (value: T) => {
    if (adopting || keyBlocked) return;
    rev += 1;
    const text = JSON.stringify({ rev, tab, data: value });
    lastText = text;
    writeItem(options.key, text);
  };

  const onExternal = (raw: string | null) => {
    if (raw === null || raw === lastText) return;
    const incoming = decodeText(raw);
    if (!incoming) return; // Another tab wrote something unreadable; our value stays and is saved next change.
    if (incoming.rev > rev) {
      adopt(incoming.value, raw, incoming.rev);
      return;
    }
    const current = $store.get();
    if (JSON.stringify(current) === JSON.stringify(incoming.value)) {
      lastText = raw;
      return;
    }
    // Written concurrently: merge with the same winner in both tabs, then save as a newer revision.
    const merged = incoming.tab > tab ? options.merge(incoming.value, current) : options.merge(current, incoming.value);
    rev = Math.max(rev, incoming.rev);
    if (merged === current) persist(current);
    else $store.set(merged);
  };

  const start = () => {
    if (started || !hasStorageContext()) return;
    started = true;
    tab = newId();
    const read = readItem(options.key);
    if (read.ok && read.value !== null) {
      const loaded = decodeText(read.value);
      if (loaded) adopt(loaded.value, read.value, loaded.rev);
      else if (setAsideCorrupt(options.key, read.value, Date.now()) === null) keyBlocked = true;
    }
    $store.listen(persist);
    onExternalChange(options.key, onExternal);
  };

  onMount($store, () => {
    start();
  });

  return { $store, start };
}
