import type { WorkspaceTool } from '../lib/schema/episode';

/**
 * The localStorage keys that say this browser holds work for each kind of tool (written by
 * src/stores/doc/local-document.ts, or by versions before the document model): saved work opens
 * the tools straight away, without loading their code to find out.
 */
const SAVED_KEYS = {
  personal: ['mentoring-kit:v2:personal:has-work', 'mentoring-kit:v1:personal'],
  workspace: ['mentoring-kit:v2:workspace:has-work', 'mentoring-kit:v1:workspace'],
} as const;

interface ToolsBox {
  element: HTMLElement;
  tools: WorkspaceTool[];
  button: HTMLButtonElement | null;
}

function hasSavedWork(tools: readonly WorkspaceTool[]): boolean {
  const key = tools.length === 1 && tools[0] === 'personal-list' ? SAVED_KEYS.personal : SAVED_KEYS.workspace;
  try {
    return key.some((k) => localStorage.getItem(k) !== null);
  } catch {
    return false;
  }
}

/**
 * Wires the "Open the team tools" buttons of an episode's exercise boxes. A reader who only reads
 * downloads none of the tools' code: it loads when a team opens them (all boxes at once), or straight
 * away when this browser already holds the team's work.
 */
export function initExerciseTools(): void {
  const boxes: ToolsBox[] = [...document.querySelectorAll<HTMLElement>('[data-workspace-tools]')].map((element) => ({
    element,
    tools: JSON.parse(element.dataset.tools ?? '[]') as WorkspaceTool[],
    button: element.querySelector<HTMLButtonElement>('[data-open-tools]'),
  }));
  let opening = false;

  const open = async (from?: ToolsBox) => {
    if (opening) return;
    opening = true;
    for (const box of boxes) {
      if (box.button) {
        box.button.disabled = true;
        box.button.textContent = 'Opening…';
      }
    }
    try {
      const { mountExerciseTools } = await import('../components/workspace/exercise-box/mount-exercise-tools');
      for (const box of boxes) {
        mountExerciseTools(box.element, {
          tools: box.tools,
          level: 4,
          announce: box.element.dataset.announce === 'true',
          focusOnOpen: box === from,
        });
      }
    } catch {
      opening = false;
      for (const box of boxes) {
        box.element.querySelector<HTMLElement>('[data-tools-error]')?.removeAttribute('hidden');
        if (box.button) {
          box.button.disabled = false;
          box.button.textContent = box.button.dataset.label ?? 'Open';
        }
      }
    }
  };

  for (const box of boxes) box.button?.addEventListener('click', () => void open(box));
  for (const box of boxes) box.element.dataset.toolsReady = '';
  if (boxes.some((box) => hasSavedWork(box.tools))) void open();
}
