import * as Y from 'yjs';
import { persistDocument } from './indexeddb';
import { syncTabs } from './tab-sync';
import { writeItem } from '../storage';
import { hasWorkKey } from '../../lib/storage-keys';

/** A document kept in this browser (IndexedDB) and in step with its other tabs (BroadcastChannel). */
export interface LocalDocument {
  doc: Y.Doc;
  /** Resolves once what this browser had saved is in the document. */
  loaded: Promise<void>;
  /** Resolves true once everything so far is safely on disk. */
  flushed: () => Promise<boolean>;
}

export function openLocalDocument(name: string): LocalDocument {
  const doc = new Y.Doc();
  const persistence = persistDocument(doc, name);
  syncTabs(doc, name);
  const markWork = () => {
    doc.off('update', markWork);
    writeItem(hasWorkKey(name), 'true');
  };
  doc.on('update', markWork);
  return { doc, loaded: persistence.loaded, flushed: persistence.flushed };
}
