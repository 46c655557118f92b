import { useLayoutEffect } from 'preact/hooks';
import { initExerciseTools } from './exercise-tools';

/**
 * Wires the page's "Open the team tools" buttons once the first is used (client:use loads it then
 * and replays the click). Rendered once per episode; it shows nothing itself. A layout effect runs
 * during hydration, before the held-back click is replayed.
 */
export default function ToolsOpener() {
  useLayoutEffect(() => initExerciseTools(), []);
  return null;
}
