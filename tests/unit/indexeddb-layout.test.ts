import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { FakeBrowser, enter } from './support/tabs';
import { persistDocument } from '../../src/stores/doc/indexeddb';

// The kit keeps its documents in y-indexeddb's layout with a module of its own (it must report blocked,
// full and unreadable storage, which y-indexeddb leaves unhandled). Both must read what the other wrote,
// so a browser's saved work survives whichever of the two reads it.

test('y-indexeddb reads a document the kit saved, and the kit reads one y-indexeddb saved', async () => {
  enter(new FakeBrowser());

  const ours = new Y.Doc();
  const saving = persistDocument(ours, 'kit-written');
  await saving.loaded;
  ours.getMap('items').set('a', 'written by the kit');
  ours.getArray('log').push([1, 2, 3]);
  expect(await saving.flushed()).toBe(true);
  saving.stop();

  const theirs = new Y.Doc();
  const reader = new IndexeddbPersistence('kit-written', theirs);
  await reader.whenSynced;
  expect(theirs.getMap('items').toJSON()).toEqual({ a: 'written by the kit' });
  expect(theirs.getArray('log').toJSON()).toEqual([1, 2, 3]);
  await reader.destroy();

  const written = new Y.Doc();
  const writer = new IndexeddbPersistence('library-written', written);
  await writer.whenSynced;
  written.getMap('items').set('b', 'written by y-indexeddb');
  // Closing waits for the write in flight: IndexedDB closes a connection once its transactions finish.
  await writer.destroy();

  const reread = new Y.Doc();
  const loading = persistDocument(reread, 'library-written');
  await loading.loaded;
  expect(reread.getMap('items').toJSON()).toEqual({ b: 'written by y-indexeddb' });
  loading.stop();
});
