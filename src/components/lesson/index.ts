import Callout from './Callout.astro';
import Exercise from './Exercise.astro';
import Figure from './Figure.astro';
import Hint from './Hint.astro';
import InstructorNote from './InstructorNote.astro';
import Solution from './Solution.astro';
import Term from './Term.astro';

/** Components every MDX episode and page can use without importing them. */
export const lessonComponents = { Callout, Exercise, Figure, Hint, InstructorNote, Solution, Term };
