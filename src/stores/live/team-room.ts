import { readWorkspace } from '../../lib/workspace/document';
import { hasContent } from '../../lib/workspace/summary';
import { replaceUndoably, workspaceDocuments, type UndoHandle } from '../workspace';

/**
 * Moving work between this browser's own workspace and the team's live room it shows. Both replace
 * what is there, as one change that can be undone.
 */

function documents() {
  const { own, shown } = workspaceDocuments();
  return own && shown && own !== shown ? { own, room: shown } : null;
}

/** Whether this browser's own workspace holds any work (so bringing it into the room means something). */
export function localHasWork(): boolean {
  const docs = documents();
  return docs !== null && hasContent(readWorkspace(docs.own));
}

/** Puts this browser's own workspace into the room, replacing what the room holds. */
export function bringLocalIntoRoom(): UndoHandle | null {
  const docs = documents();
  return docs ? replaceUndoably(docs.room, readWorkspace(docs.own)) : null;
}

/** Keeps a copy of the room as this browser's own workspace, replacing it. */
export function keepLocalCopy(): UndoHandle | null {
  const docs = documents();
  return docs ? replaceUndoably(docs.own, readWorkspace(docs.room)) : null;
}
