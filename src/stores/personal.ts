import { atom, onMount, type ReadableAtom } from 'nanostores';
import * as Y from 'yjs';
import { emptyPersonalList } from '../lib/schema/values';
import type { PersonalList } from '../lib/schema/personal';
import { cleanText } from '../lib/workspace/input';
import { resolveMove, type ListMove } from '../lib/workspace/list-move';
import * as model from '../lib/workspace/document';
import { newId } from '../lib/ids';
import { hasStorageContext } from './storage';
import { openLocalDocument, type LocalDocument } from './doc/local-document';
import { undoable, type UndoHandle } from './doc/undo';
import { hasLegacy, readLegacy, retireLegacy } from './doc/legacy';
import { PERSONAL_DOCUMENT, PERSONAL_KEY } from '../lib/storage-keys';

/**
 * The solo exercise's list ("five things I'd like a mentor's help with"). It is personal, so it is a
 * document of its own, kept in this browser only, and never goes into the team's workspace export.
 */

const $state = atom<PersonalList>(emptyPersonalList());
/** The personal list. Read it with useStore; change it only through the actions below. */
export const $personalList: ReadableAtom<PersonalList> = $state;

let local: LocalDocument | null = null;

function document(): Y.Doc | null {
  if (local) return local.doc;
  if (!hasStorageContext()) return null;
  const opened = openLocalDocument(PERSONAL_DOCUMENT);
  local = opened;
  opened.doc.on('update', () => $state.set(model.readPersonalList(opened.doc)));
  void opened.loaded.then(async () => {
    if (!hasLegacy(PERSONAL_KEY)) return;
    // The schema (and zod) load only when there is an old value to read.
    const [{ PersonalListSchema }, { validate }] = await Promise.all([
      import('../lib/schema/personal'),
      import('../lib/validate'),
    ]);
    const saved = readLegacy(PERSONAL_KEY, (data) => {
      const result = validate(PersonalListSchema, data);
      return result.ok ? result.value : null;
    });
    if (saved === null) return;
    if (model.isBlank(opened.doc)) {
      opened.doc.transact(() => {
        for (const item of saved.items) model.addItem(opened.doc, 'wish', item.id, { text: item.text });
      });
    }
    if (await opened.flushed()) retireLegacy(PERSONAL_KEY);
  });
  return opened.doc;
}

/** Loads the saved list and starts saving; a no-op (null) on the server. */
export function startPersonalList(): LocalDocument | null {
  document();
  return local;
}
onMount($state, () => {
  startPersonalList();
});

let memory: Y.Doc | null = null;

function change(run: (doc: Y.Doc) => void): void {
  // Without a browser (a server render) the list lives in memory only.
  const doc = document() ?? (memory ??= new Y.Doc());
  doc.transact(() => run(doc));
}

/** Adds a wish; returns its id, or null when the text is empty. */
export function addPersonalItem(text: string): string | null {
  const clean = cleanText(text);
  if (clean === null) return null;
  const id = newId();
  change((doc) => model.addItem(doc, 'wish', id, { text: clean }));
  return id;
}

/** Changes a wish's text; empty text is ignored. */
export function editPersonalItem(id: string, text: string): void {
  const clean = cleanText(text);
  if (clean === null) return;
  change((doc) => {
    const map = model.itemOf(doc, id, ['wish']);
    if (map) model.setFields(map, { text: clean });
  });
}

/** What undoDeletePersonalItem needs. */
export type PersonalDeleteToken = UndoHandle;

/** Deletes a wish; returns a token for undoDeletePersonalItem, or null when unknown. */
export function deletePersonalItem(id: string): PersonalDeleteToken | null {
  const doc = document();
  if (!doc || !model.itemOf(doc, id, ['wish'])) return null;
  return undoable(doc, [model.items(doc) as Y.AbstractType<unknown>], () => model.items(doc).delete(id));
}

/** Puts a deleted wish back at its place. */
export function undoDeletePersonalItem(token: PersonalDeleteToken): void {
  token.undo();
}

/** Moves a wish up, down, to an end or to a 0-based index; one already at that end stays. */
export function movePersonalItem(id: string, move: ListMove): void {
  const resolved = resolveMove(
    $state.get().items.map((item) => item.id),
    id,
    move,
  );
  if (resolved.kind === 'move') change((doc) => model.moveItem(doc, 'wish', 'pos', id, resolved.to));
}
