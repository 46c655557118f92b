import { vi } from 'vitest';
import type { MemoryStorage } from './memory-storage';

/**
 * Opens a fresh copy of the store modules, as a new browser tab would, on the given storage.
 * `vi.resetModules()` gives every tab its own module instances (stores, tab id, revision).
 */
export async function openTab(memory: MemoryStorage | null) {
  vi.resetModules();
  const storage = await import('../../../src/stores/storage');
  const tab = memory?.tab();
  storage.configureStorage(tab ? { storage: tab.storage, events: tab.events } : { storage: null });
  const workspace = await import('../../../src/stores/workspace');
  const personal = await import('../../../src/stores/personal');
  return { ...workspace, personal, storage };
}

export type Tab = Awaited<ReturnType<typeof openTab>>;
