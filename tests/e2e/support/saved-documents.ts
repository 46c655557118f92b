import * as Y from 'yjs';
import type { Page } from 'playwright-core';

/**
 * What a page's browser has saved of a document in IndexedDB, read as the kit reads it: every
 * stored Yjs update, applied to a fresh document here in Node. Null when nothing is saved (no update stored).
 */
export async function savedDocument(page: Page, name: string): Promise<Y.Doc | null> {
  const updates = await page.evaluate(async (documentName) => {
    const pointer = localStorage.getItem(`${documentName}:database`) ?? documentName;
    const known = (await indexedDB.databases()).some((db) => db.name === pointer);
    if (!known) return null;
    return new Promise<number[][] | null>((resolve, reject) => {
      const open = indexedDB.open(pointer);
      open.onerror = () => reject(new Error('cannot open the saved document'));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('updates')) {
          db.close();
          resolve(null);
          return;
        }
        const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
        request.onsuccess = () => {
          db.close();
          resolve((request.result as Uint8Array[]).map((update) => Array.from(update)));
        };
        request.onerror = () => reject(new Error('cannot read the saved document'));
      };
    });
  }, name);
  if (updates === null || updates.length === 0) return null;
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return doc;
}
