import type { WorkspaceTool } from '../lib/schema/episode';

/** Where each kind of tool keeps its work (see src/stores): saved work opens the tools straight away. */
const SAVED_KEYS = { personal: 'mentoring-kit:v1:personal', workspace: 'mentoring-kit:v1:workspace' } as const;

/** Whether this browser holds work for a box with these tools (the personal list or the team's workspace). */
export function hasSavedWork(tools: readonly WorkspaceTool[]): boolean {
  const key = tools.length === 1 && tools[0] === 'personal-list' ? SAVED_KEYS.personal : SAVED_KEYS.workspace;
  try {
    return localStorage.getItem(key) !== null;
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
