import { describe, expect, test } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { openTab } from './support/tabs';

const KEY = 'mentoring-kit:v1:personal';

describe('personal list', () => {
  test('adds, edits, moves, deletes with undo, and clears wishes', async () => {
    const { personal } = await openTab(new MemoryStorage());
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
    personal.clearPersonalList();
    expect(personal.$personalList.get().items).toEqual([]);
  });

  test('is saved under its own key, apart from the team workspace', async () => {
    const memory = new MemoryStorage();
    const tab = await openTab(memory);
    tab.personal.addPersonalItem('Coaching the PO');
    expect(JSON.parse(memory.data.get(KEY) ?? 'null')).toMatchObject({
      data: { format: 'mentoring-kit/personal-list', version: 1, items: [{ text: 'Coaching the PO' }] },
    });
    expect(memory.data.get('mentoring-kit:v1:workspace')).toBeUndefined();
    const again = await openTab(memory);
    expect(again.personal.$personalList.get().items.map((i) => i.text)).toEqual(['Coaching the PO']);
  });

  test('sets a corrupted saved list aside', async () => {
    const memory = new MemoryStorage();
    memory.data.set(
      KEY,
      '{"data": {"format": "mentoring-kit/personal-list", "version": 1, "items": [{}]}, "rev": 1, "tab": "x"}',
    );
    const tab = await openTab(memory);
    tab.personal.addPersonalItem('new');
    const health = tab.$storageHealth.get();
    expect(health.status).toBe('recovered-corrupt');
    if (health.status === 'recovered-corrupt') expect(health.backupKey.startsWith(`${KEY}:corrupt:`)).toBe(true);
  });

  test('two tabs converge', async () => {
    const memory = new MemoryStorage();
    const a = await openTab(memory);
    a.personal.addPersonalItem('first');
    const b = await openTab(memory);
    b.personal.addPersonalItem('from b');
    a.personal.addPersonalItem('from a');
    memory.deliver();
    expect(a.personal.$personalList.get()).toEqual(b.personal.$personalList.get());
    expect(a.personal.$personalList.get().items).toHaveLength(3);
  });
});
