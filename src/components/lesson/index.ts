import BlankTable from './BlankTable.astro';
import Callout from './Callout.astro';
import Exercise from './Exercise.astro';
import Figure from './Figure.astro';
import Hint from './Hint.astro';
import InstructorNote from './InstructorNote.astro';
import PrintExercise from './PrintExercise.astro';
import SiteLink from './SiteLink.astro';
import Solution from './Solution.astro';
import Term from './Term.astro';

/** Components every MDX episode and page can use without importing them. */
export const lessonComponents = {
  BlankTable,
  Callout,
  Exercise,
  Figure,
  Hint,
  InstructorNote,
  SiteLink,
  Solution,
  Term,
};

/** The same components for the print page: exercise boxes without timers or tools (no JavaScript). */
export const printComponents = { ...lessonComponents, Exercise: PrintExercise };
