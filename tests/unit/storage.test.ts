import { describe, expect, test, vi } from 'vitest';
import { MemoryStorage, quotaError } from './support/memory-storage';
import { openTab } from './support/tabs';

describe('storage module', () => {
  test('reads and writes through the configured storage and reports ok', async () => {
    const memory = new MemoryStorage();
    const { storage } = await openTab(memory);
    expect(storage.writeItem('k', 'v')).toBe(true);
    expect(storage.readItem('k')).toEqual({ ok: true, value: 'v' });
    storage.removeItem('k');
    expect(storage.readItem('k')).toEqual({ ok: true, value: null });
    expect(storage.$storageHealth.get()).toEqual({ status: 'ok' });
  });

  test('tells a full quota from storage that cannot be used', async () => {
    const memory = new MemoryStorage();
    const { storage } = await openTab(memory);
    memory.failWrites = quotaError();
    expect(storage.writeItem('k', 'v')).toBe(false);
    expect(storage.$storageHealth.get()).toEqual({ status: 'full' });
    memory.failWrites = null;
    memory.failAll = new Error('blocked');
    expect(storage.writeItem('k', 'v')).toBe(false);
    expect(storage.$storageHealth.get()).toEqual({ status: 'unavailable' });
    expect(storage.readItem('k')).toEqual({ ok: false });
    expect(() => storage.removeItem('k')).not.toThrow();
  });

  test('sets a value aside and keeps the notice until it is dismissed', async () => {
    const memory = new MemoryStorage();
    const { storage } = await openTab(memory);
    memory.data.set('k', 'bad');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(storage.setAsideCorrupt('k', 'bad', 123)).toBe('k:corrupt:123');
    // The browser's console says so too, naming where the value is kept.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('k:corrupt:123'));
    warn.mockRestore();
    expect(memory.data.get('k:corrupt:123')).toBe('bad');
    expect(memory.data.has('k')).toBe(false);
    storage.writeItem('k', 'good');
    expect(storage.$storageHealth.get()).toEqual({ status: 'recovered-corrupt', backupKey: 'k:corrupt:123' });
    storage.dismissStorageNotice();
    expect(storage.$storageHealth.get()).toEqual({ status: 'ok' });
  });

  test('delivers only changes to the watched key, and stops after unsubscribing', async () => {
    const memory = new MemoryStorage();
    const { storage } = await openTab(memory);
    const other = memory.tab();
    const seen: (string | null)[] = [];
    const stop = storage.onExternalChange('watched', (value) => seen.push(value));
    other.storage.setItem('watched', '1');
    other.storage.setItem('other', '2');
    memory.deliver();
    stop();
    other.storage.setItem('watched', '3');
    memory.deliver();
    expect(seen).toEqual(['1']);
  });
});
