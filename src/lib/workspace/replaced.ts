import type { Workspace } from '../schema/workspace';
import { hasContent } from './summary';

/** What a whole-workspace replacement keeps so that it can be undone. */
export interface Replaced {
  reason: 'import' | 'reset';
  backup: Workspace;
}

/**
 * What "Undo import" / "Undo clear" should bring back after another replacement. Replacing an
 * empty workspace (a second click on "Clear the workspace", an import right after clearing) keeps
 * the earlier backup, so undo after any sequence brings back the real work, never an empty page.
 */
export function nextReplaced(previous: Replaced | null, current: Workspace, reason: Replaced['reason']): Replaced {
  if (previous !== null && !hasContent(current)) return { reason, backup: previous.backup };
  return { reason, backup: current };
}
