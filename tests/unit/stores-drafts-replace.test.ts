import { describe, expect, test, vi } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { openTab } from './support/tabs';

describe('drafts of the Add fields', () => {
  async function drafts(memory: MemoryStorage) {
    await openTab(memory);
    return import('../../src/stores/drafts');
  }

  test('are kept per field, survive a new tab, and go when emptied', async () => {
    const memory = new MemoryStorage();
    const first = await drafts(memory);
    first.saveDraft('strengths', 'We pair on ha');
    first.saveDraft('backlog', 'Split the story');
    const second = await drafts(memory);
    expect(second.readDraft('strengths')).toBe('We pair on ha');
    expect(second.readDraft('backlog')).toBe('Split the story');
    expect(second.readDraft('weaknesses')).toBe('');
    second.saveDraft('strengths', '');
    expect(second.readDraft('strengths')).toBe('');
    expect(second.readDraft('backlog')).toBe('Split the story');
  });

  test('read as empty where storage cannot be used', async () => {
    vi.resetModules();
    const storage = await import('../../src/stores/storage');
    storage.configureStorage({ storage: null });
    const { readDraft, saveDraft } = await import('../../src/stores/drafts');
    expect(() => saveDraft('strengths', 'x')).not.toThrow();
    expect(readDraft('strengths')).toBe('');
  });
});

describe('clearing and importing, then undo', () => {
  test('clearing twice and then Undo clear brings back the real work', async () => {
    const tab = await openTab(new MemoryStorage());
    tab.addStrength('We help each other');
    const before = tab.$workspace.get();
    tab.resetWorkspace();
    tab.resetWorkspace();
    expect(tab.undoReset()).toBe(true);
    expect(tab.$workspace.get()).toEqual(before);
  });

  test('the number of voters stops at the schema limit', async () => {
    const tab = await openTab(new MemoryStorage());
    const { MAX_MEMBERS } = await import('../../src/lib/schema/voting');
    tab.setMembers(MAX_MEMBERS + 10);
    expect(tab.$workspace.get().voting.members).toHaveLength(MAX_MEMBERS);
  });
});
