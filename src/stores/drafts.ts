import { readItem, removeItem, writeItem } from './storage';
import { DRAFT_KEY_PREFIX } from '../lib/storage-keys';

/**
 * Text typed in an "Add" field and not yet added, kept per field so that closing the tab loses
 * nothing. Drafts are this browser's, like a half-written note: never part of the team's workspace.
 */

/** The draft of one field ("" when there is none or storage cannot be read). */
export function readDraft(field: string): string {
  const result = readItem(DRAFT_KEY_PREFIX + field);
  return result.ok ? (result.value ?? '') : '';
}

/** Keeps a field's draft; an empty draft is removed rather than stored. */
export function saveDraft(field: string, text: string): void {
  if (text === '') removeItem(DRAFT_KEY_PREFIX + field);
  else writeItem(DRAFT_KEY_PREFIX + field, text);
}
