import * as Y from 'yjs';
import * as idb from 'lib0/indexeddb';
import { readItem, reportStorage, writeItem } from '../storage';
import { databaseKey } from '../../lib/storage-keys';

/**
 * Keeps a document in this browser's IndexedDB, in y-indexeddb's layout (an `updates` store of Yjs
 * updates, compacted into one from time to time). It is written here rather than taken from
 * y-indexeddb because the kit must report what y-indexeddb leaves as unhandled promise rejections:
 * IndexedDB blocked (private modes), a write refused (quota), and a saved state that cannot be read.
 * - blocked: the work goes on in memory and the storage notice says so;
 * - a write refused: the notice says storage is full; the whole document is written again every few
 *   seconds until that succeeds, so saving resumes by itself when space frees up;
 * - unreadable: that database is set aside untouched (its name is reported), and the document is
 *   saved under a new name from then on.
 */

/** Updates written one by one before they are compacted into one. */
const COMPACT_AFTER = 500;
/** How often a refused save is tried again. */
const RETRY_MS = 3000;

export interface Persistence {
  /** Resolves once what was saved is in the document (or there is nothing to load). */
  loaded: Promise<void>;
  /** Resolves once everything so far is on disk (tests and the migration wait for it). */
  flushed: () => Promise<boolean>;
  stop: () => void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** The database in use for `name`: `name` itself unless an unreadable one was set aside. */
function databaseName(name: string): string {
  const read = readItem(databaseKey(name));
  return read.ok && read.value ? read.value : name;
}

export function persistDocument(doc: Y.Doc, name: string): Persistence {
  const origin = { persistence: name };
  let db: IDBDatabase | null = null;
  let dirty = false;
  let written = 0;
  let retry: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  let chain: Promise<unknown> = Promise.resolve();

  const fail = (error: unknown) => {
    dirty = true;
    reportStorage({ status: isQuotaError(error) ? 'full' : 'unavailable' });
    retry ??= setInterval(() => void enqueue(writeWhole), RETRY_MS);
  };

  const writeWhole = async () => {
    if (!db) return;
    const [store] = idb.transact(db, ['updates']);
    const key = await idb.addAutoKey(store as IDBObjectStore, Y.encodeStateAsUpdate(doc) as unknown as ArrayBuffer);
    await idb.del(store as IDBObjectStore, idb.createIDBKeyRangeUpperBound(key, true));
    dirty = false;
    written = 1;
    if (retry) clearInterval(retry);
    retry = null;
    reportStorage({ status: 'ok' });
  };

  const writeOne = async (update: Uint8Array) => {
    if (!db) return;
    if (dirty || written >= COMPACT_AFTER) return writeWhole();
    const [store] = idb.transact(db, ['updates']);
    await idb.addAutoKey(store as IDBObjectStore, update as unknown as ArrayBuffer);
    written += 1;
  };

  /** Writes run one after another, so a compaction never races a single update. */
  const enqueue = (write: () => Promise<void>) => {
    chain = chain.then(async () => {
      if (stopped) return;
      try {
        await write();
      } catch (error) {
        fail(error);
      }
    });
    return chain;
  };

  const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === origin) return;
    if (!db) {
      dirty = true; // written whole once loaded
      return;
    }
    if (!dirty && written < COMPACT_AFTER) {
      // Start the write in this very task: a page reloaded or closed right after a change (a pause,
      // then F5) still commits it, where a write queued behind a promise might never begin.
      try {
        const [store] = idb.transact(db, ['updates']);
        written += 1;
        const done = idb.addAutoKey(store as IDBObjectStore, update as unknown as ArrayBuffer).catch(fail);
        // Commit now rather than when the task ends, so that leaving the page at once cannot abort it.
        (store as IDBObjectStore).transaction.commit?.();
        chain = chain.then(() => done);
      } catch (error) {
        fail(error);
      }
      return;
    }
    void enqueue(() => writeOne(update));
  };
  doc.on('update', onUpdate);

  const loaded = (async () => {
    let available: boolean;
    try {
      // Reading the property throws where IndexedDB is blocked (some private modes).
      available = typeof indexedDB !== 'undefined';
    } catch {
      available = false;
    }
    if (!available) {
      reportStorage({ status: 'unavailable' });
      return;
    }
    let dbName = databaseName(name);
    let opened: IDBDatabase;
    try {
      opened = await idb.openDB(dbName, (created) =>
        idb.createStores(created, [['updates', { autoIncrement: true }], ['custom']]),
      );
      const [store] = idb.transact(opened, ['updates'], 'readonly');
      const updates = (await idb.getAll(store as IDBObjectStore)) as unknown[];
      try {
        // Read into a scratch document first: a bad update must not leave half a state behind.
        const scratch = new Y.Doc();
        for (const update of updates) {
          if (!(update instanceof Uint8Array)) throw new Error('not a Yjs update');
          Y.applyUpdate(scratch, update);
        }
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch), origin);
      } catch {
        opened.close();
        const setAside = dbName;
        dbName = `${name}:${Date.now()}`;
        writeItem(databaseKey(name), dbName);
        reportStorage({ status: 'recovered-corrupt', backupKey: `IndexedDB "${setAside}"` });
        opened = await idb.openDB(dbName, (created) =>
          idb.createStores(created, [['updates', { autoIncrement: true }], ['custom']]),
        );
      }
    } catch (error) {
      reportStorage({ status: isQuotaError(error) ? 'full' : 'unavailable' });
      return;
    }
    if (stopped) {
      opened.close();
      return;
    }
    db = opened;
    await enqueue(writeWhole);
  })();

  return {
    loaded,
    flushed: async () => {
      await loaded;
      await chain;
      return db !== null && !dirty;
    },
    stop: () => {
      stopped = true;
      doc.off('update', onUpdate);
      if (retry) clearInterval(retry);
      void loaded.then(() => db?.close());
    },
  };
}
