import type { WorkspaceTool } from '../schema/episode';

/**
 * The localStorage keys that say this browser holds work for each kind of tool (written by
 * src/stores/doc/local-document.ts, or by versions before the document model): saved work opens
 * the tools straight away, without loading their code to find out.
 */
export const SAVED_KEYS = {
  personal: ['mentoring-kit:v2:personal:has-work', 'mentoring-kit:v1:personal'],
  workspace: ['mentoring-kit:v2:workspace:has-work', 'mentoring-kit:v1:workspace'],
} as const;

/** Whether this browser holds work for a box with these tools (the personal list or the team's workspace). */
export function hasSavedWork(tools: readonly WorkspaceTool[]): boolean {
  const key = tools.length === 1 && tools[0] === 'personal-list' ? SAVED_KEYS.personal : SAVED_KEYS.workspace;
  try {
    return key.some((k) => localStorage.getItem(k) !== null);
  } catch {
    return false;
  }
}

/** The tools an exercise box declares (its data-tools attribute). */
export function toolsOf(box: HTMLElement): WorkspaceTool[] {
  try {
    return JSON.parse(box.dataset.tools ?? '[]') as WorkspaceTool[];
  } catch {
    return [];
  }
}
