import { vi } from 'vitest';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { MemoryStorage } from './memory-storage';

/**
 * A browser for store tests: one IndexedDB, one localStorage and BroadcastChannels that reach only
 * this browser's tabs (Node's own BroadcastChannel, under names of this browser). Tabs opened on it
 * share all three, as the tabs of one browser do.
 */
export class FakeBrowser {
  readonly indexedDB = new IDBFactory();
  readonly storage = new MemoryStorage();
  readonly prefix = `browser-${Math.random().toString(36).slice(2)}:`;
  /** When set, every IndexedDB write of the browser last entered throws it (a full disk). */
  failWrites: Error | null = null;
}

const RealChannel = globalThis.BroadcastChannel;

/** The browser whose disk is full: its IndexedDB writes throw a QuotaExceededError. */
let full: FakeBrowser | null = null;
const realAdd = IDBObjectStore.prototype.add; // eslint-disable-line @typescript-eslint/unbound-method
IDBObjectStore.prototype.add = function add(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
  if (full?.failWrites) throw full.failWrites;
  return realAdd.apply(this, args);
};

/** Points the globals a tab uses at `browser`. */
export function enter(browser: FakeBrowser): void {
  full = browser;
  const g = globalThis as unknown as Record<string, unknown>;
  g.indexedDB = browser.indexedDB;
  g.IDBKeyRange = IDBKeyRange;
  g.BroadcastChannel = class extends RealChannel {
    constructor(name: string) {
      super(browser.prefix + name);
    }
  };
}

/** A QuotaExceededError as browsers throw it. */
export function quotaExceeded(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

/**
 * Opens a fresh copy of the store modules, as a new browser tab would. `vi.resetModules()` gives
 * every tab its own module instances (documents, stores, channels). With `waitForLoad: false` the
 * tab is returned as soon as it starts loading what the browser saved, as a page's first instant.
 */
export async function openTab(
  browser: FakeBrowser | MemoryStorage | null = new FakeBrowser(),
  { waitForLoad = true }: { waitForLoad?: boolean } = {},
) {
  const b = browser instanceof MemoryStorage ? Object.assign(new FakeBrowser(), { storage: browser }) : browser;
  vi.resetModules();
  if (b) enter(b);
  const storage = await import('../../../src/stores/storage');
  const view = b?.storage.tab();
  storage.configureStorage(view ? { storage: view.storage, events: view.events } : { storage: null });
  const workspace = await import('../../../src/stores/workspace');
  const personal = await import('../../../src/stores/personal');
  const loaded = workspace.startWorkspace()?.loaded ?? Promise.resolve();
  if (waitForLoad) await loaded;
  return { ...workspace, personal, storage, browser: b };
}

export type Tab = Awaited<ReturnType<typeof openTab>>;
