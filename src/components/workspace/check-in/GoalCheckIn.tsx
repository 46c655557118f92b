import { CHECK_IN_LABELS, CHECK_IN_STATUSES } from '../../../lib/workspace/check-in';
import type { Goal } from '../../../lib/schema/goal';
import { checkInGoal } from '../../../stores/workspace';
import { Field } from '../../ui/Field';

interface Props {
  goal: Goal;
  /** The goal's DOM id prefix, for unique ids. */
  base: string;
}

/**
 * The check-in after the next sprint: achieved, in progress or dropped, with a note. "Not yet"
 * clears it; the note is kept only with a status.
 */
export function GoalCheckIn({ goal, base }: Props) {
  const status = goal.checkIn?.status ?? null;
  const choices = [null, ...CHECK_IN_STATUSES] as const;
  return (
    <fieldset class="ws-fieldset ws-wide ws-check-in" data-check-in={goal.id}>
      <legend>Check-in after the next sprint</legend>
      <ul class="ws-checks ws-check-in-choices">
        {choices.map((choice) => {
          const id = `${base}-check-in-${choice ?? 'not-yet'}`;
          return (
            <li key={choice ?? 'not-yet'}>
              <input
                type="radio"
                id={id}
                name={`${base}-check-in`}
                checked={status === choice}
                onChange={() =>
                  checkInGoal(goal.id, choice === null ? null : { status: choice, note: goal.checkIn?.note ?? '' })
                }
              />
              <label for={id}>{choice === null ? 'Not yet' : CHECK_IN_LABELS[choice]}</label>
            </li>
          );
        })}
      </ul>
      {goal.checkIn && (
        <div class="ws-field">
          <label for={`${base}-check-in-note`}>What happened</label>
          <Field
            multiline
            id={`${base}-check-in-note`}
            value={goal.checkIn.note}
            onValue={(note) => goal.checkIn && checkInGoal(goal.id, { status: goal.checkIn.status, note })}
          />
        </div>
      )}
    </fieldset>
  );
}
