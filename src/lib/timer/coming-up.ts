/**
 * What comes next and when, for the holding screen and the console: the blocks of the plan after
 * the exercise the room is on, up to and including the next exercise, at their planned clock times
 * moved by the day's lateness.
 */
import type { PlannedBlock } from './agenda';
import { formatClockTime } from './format/clock-time';

export interface ComingUp {
  kind: PlannedBlock['kind'];
  title: string;
  /** "HH:MM": when it is expected to start. */
  at: string;
}

export function comingUp(
  plan: readonly PlannedBlock[],
  currentId: string | null,
  startMinutes: number,
  lateMinutes: number,
): ComingUp[] {
  const from = currentId === null ? 0 : plan.findIndex((block) => block.id === currentId) + 1;
  const coming: ComingUp[] = [];
  for (const block of plan.slice(from)) {
    coming.push({
      kind: block.kind,
      title: block.title,
      at: formatClockTime(startMinutes + block.startOffset + lateMinutes),
    });
    if (block.kind === 'exercise') break;
  }
  return coming;
}

/** "Teaching: Two-way mentorship at 10:35", "Break at 10:45", "Exercise: … at 11:00". */
export function describeComingUp(item: ComingUp): string {
  switch (item.kind) {
    case 'teaching':
      return `Teaching: ${item.title} at ${item.at}`;
    case 'break':
      return `${item.title} at ${item.at}`;
    case 'exercise':
      return `Exercise: ${item.title} at ${item.at}`;
  }
}
