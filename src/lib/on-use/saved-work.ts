import type { WorkspaceTool } from '../schema/episode';
import { SAVED_WORK_KEYS } from '../storage-keys';

/**
 * Whether this browser holds work for a box with these tools (the personal list or the team's
 * workspace): saved work opens the tools straight away, without loading their code to find out.
 */
export function hasSavedWork(tools: readonly WorkspaceTool[]): boolean {
  const key = tools.length === 1 && tools[0] === 'personal-list' ? SAVED_WORK_KEYS.personal : SAVED_WORK_KEYS.workspace;
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
