import type { TimerExercise } from '../../../src/lib/timer/timer';

export const MIN = 60_000;
/** 09:30 UTC on the day of the workshop. */
export const T0 = Date.UTC(2026, 10, 21, 9, 30);

/** team-strengths-weaknesses: 10 minutes in two parts of 5. */
export const twoParts: TimerExercise = {
  id: 'team-strengths-weaknesses',
  title: 'How can mentoring help your team?',
  minutes: 10,
  instruction: 'List strengths and weaknesses, then write questions.',
  parts: [
    { label: 'Strengths and weaknesses', minutes: 5, instruction: 'List strengths and weaknesses.' },
    { label: 'Questions for your mentor', minutes: 5, instruction: 'Write discussion points and questions.' },
  ],
};

/** mentoring-session: 25 minutes, no parts. */
export const mentoringSession: TimerExercise = {
  id: 'mentoring-session',
  title: 'The mentoring session',
  minutes: 25,
  instruction: 'Talk your ranked weaknesses through with your mentor.',
};
