import type { WorkspaceTool } from '../../lib/schema/episode';
import { hasSavedWork, toolsOf } from '../../lib/on-use/saved-work';

interface ToolsBox {
  element: HTMLElement;
  tools: WorkspaceTool[];
  button: HTMLButtonElement | null;
}

/**
 * Wires the "Open the team tools" buttons of an episode's exercise boxes. A reader who only reads
 * downloads none of this (ToolsOpener runs it once the first button is used, see client:use), nor the
 * tools' code: it loads when a team opens them (all boxes at once), or straight away when this
 * browser already holds the team's work.
 */
export function initExerciseTools(): void {
  const boxes: ToolsBox[] = [...document.querySelectorAll<HTMLElement>('[data-workspace-tools]')].map((element) => ({
    element,
    tools: toolsOf(element),
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
      const { mountExerciseTools } = await import('../workspace/exercise-box/mount-exercise-tools');
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
