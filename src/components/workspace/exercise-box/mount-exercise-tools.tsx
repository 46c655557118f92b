import { render } from 'preact';
import ExerciseToolsPanel, { type ExerciseToolsPanelProps } from './ExerciseToolsPanel';

/** Replaces an exercise box's "open the tools" prompt with the tools themselves. */
export function mountExerciseTools(container: HTMLElement, props: ExerciseToolsPanelProps): void {
  container.replaceChildren();
  render(<ExerciseToolsPanel {...props} />, container);
}
