import { describe, expect, test, vi } from 'vitest';
import { FakeBrowser, openTab } from './support/tabs';

const KEY = 'mentoring-kit:v1:personal';

async function openList(browser: FakeBrowser) {
  const tab = await openTab(browser);
  await tab.personal.startPersonalList()?.loaded;
  return tab;
}

describe('personal list', () => {
  test('adds, edits, moves, and deletes wishes with undo', async () => {
    const { personal } = await openList(new FakeBrowser());
    const ids = ['Estimation', 'Facilitation', 'Saying no'].map((t) => personal.addPersonalItem(t) as string);
    expect(personal.addPersonalItem('  ')).toBeNull();
    personal.editPersonalItem(ids[0] as string, 'Better estimation');
    personal.movePersonalItem(ids[2] as string, 'up');
    expect(personal.$personalList.get().items.map((i) => i.text)).toEqual([
      'Better estimation',
      'Saying no',
      'Facilitation',
    ]);
    const token = personal.deletePersonalItem(ids[1] as string);
    expect(personal.$personalList.get().items).toHaveLength(2);
    personal.undoDeletePersonalItem(token!);
    expect(personal.$personalList.get().items.map((i) => i.id)).toEqual([ids[0], ids[2], ids[1]]);
  });

  test('is kept in a document of its own, apart from the team workspace, and a reload finds it', async () => {
    const browser = new FakeBrowser();
    const tab = await openList(browser);
    tab.personal.addPersonalItem('Coaching the PO');
    expect(await tab.personal.startPersonalList()?.flushed()).toBe(true);
    expect(tab.$workspace.get().strengths).toEqual([]);
    const again = await openList(browser);
    expect(again.personal.$personalList.get().items.map((i) => i.text)).toEqual(['Coaching the PO']);
  });

  test('carries a list saved by the previous version into the document, then retires the old value', async () => {
    const browser = new FakeBrowser();
    browser.storage.data.set(
      KEY,
      JSON.stringify({
        rev: 3,
        tab: 'x',
        data: { format: 'mentoring-kit/personal-list', version: 1, items: [{ id: 'w1', text: 'Saying no' }] },
      }),
    );
    const tab = await openList(browser);
    await vi.waitFor(() => expect(browser.storage.data.has(KEY)).toBe(false));
    expect(tab.personal.$personalList.get().items).toEqual([{ id: 'w1', text: 'Saying no' }]);
  });

  test('sets a corrupted saved list aside', async () => {
    const browser = new FakeBrowser();
    const corrupt =
      '{"data": {"format": "mentoring-kit/personal-list", "version": 1, "items": [{}]}, "rev": 1, "tab": "x"}';
    browser.storage.data.set(KEY, corrupt);
    const tab = await openList(browser);
    tab.personal.addPersonalItem('new');
    await vi.waitFor(() => expect(tab.$storageHealth.get().status).toBe('recovered-corrupt'));
    const health = tab.$storageHealth.get();
    if (health.status === 'recovered-corrupt') {
      expect(health.backupKey.startsWith(`${KEY}:corrupt:`)).toBe(true);
      expect(browser.storage.data.get(health.backupKey)).toBe(corrupt);
    }
  });

  test('two tabs converge', async () => {
    const browser = new FakeBrowser();
    const a = await openList(browser);
    a.personal.addPersonalItem('first');
    const b = await openList(browser);
    b.personal.addPersonalItem('from b');
    a.personal.addPersonalItem('from a');
    await vi.waitFor(() => {
      expect(a.personal.$personalList.get().items).toHaveLength(3);
      expect(b.personal.$personalList.get()).toEqual(a.personal.$personalList.get());
    });
  });
});
