import { specificityMessage } from '../../lib/workspace/goals';
import type { Goal } from '../../lib/schema/goal';
import type { TextItem } from '../../lib/schema/common';
import { domId } from '../../lib/dom-id';
import { updateGoal, type GoalFields } from '../../stores/workspace';
import { DeleteButton } from '../ui/DeleteButton';
import { Field } from '../ui/Field';
import { Heading, type Level } from '../ui/Heading';
import WeaknessChecks, { toggled } from './WeaknessChecks';
import { useGoalCheck } from './use-goal-check';
import { useGoalCheckIn } from './check-in/use-goal-check-in';

/** A one-line summary of a goal for labels and announcements. */
export const goalName = (goal: Goal, index: number) =>
  `Goal ${index + 1}${goal.statement.trim() ? ` '${goal.statement.trim()}'` : ''}`;

interface GoalCardProps {
  goal: Goal;
  index: number;
  level: Level;
  ranked: readonly TextItem[];
  onDelete: () => void;
}

/** One goal: statement, the weaknesses it addresses, owner, by when and how success will be seen. */
export default function GoalCard({ goal, index, level, ranked, onDelete }: GoalCardProps) {
  const check = useGoalCheck();
  const CheckIn = useGoalCheckIn();
  // Missing parts are flagged at once; how specific the wording is, once the check has loaded.
  const flag = check ? check.goalFlag(goal) : specificityMessage(goal);
  const base = domId('goal', goal.id);
  const text = (field: keyof Omit<GoalFields, 'weaknessIds' | 'checkIn'>) => ({
    id: `${base}-${field}`,
    value: goal[field],
    onValue: (value: string) => updateGoal(goal.id, { [field]: value }),
  });
  return (
    <li class="ws-card" aria-labelledby={`${base}-title`}>
      <div class="ws-card-head">
        <Heading level={level} id={`${base}-title`}>
          Goal {index + 1}
        </Heading>
        {flag ? (
          <p class="ws-flag" id={`${base}-flag`}>
            {flag}
          </p>
        ) : check ? (
          <p class="ws-ok" id={`${base}-flag`}>
            Specific: it has every part.
          </p>
        ) : null}
      </div>
      <div class="ws-goal-fields">
        <div class="ws-field ws-wide">
          <label for={`${base}-statement`}>Goal statement</label>
          <Field multiline focusKey={`statement:${goal.id}`} {...text('statement')} />
        </div>
        {ranked.length > 0 ? (
          <fieldset class="ws-fieldset ws-wide">
            <legend>Weaknesses it addresses</legend>
            <WeaknessChecks
              ranked={ranked}
              checked={goal.weaknessIds}
              prefix={`${base}-w`}
              onToggle={(id, on) => updateGoal(goal.id, { weaknessIds: toggled(goal.weaknessIds, id, on) })}
            />
          </fieldset>
        ) : (
          <p class="ws-help ws-wide">Add weaknesses first to link the goal to what it addresses.</p>
        )}
        <div class="ws-field">
          <label for={`${base}-owner`}>Owner</label>
          <Field {...text('owner')} />
        </div>
        <div class="ws-field">
          <label for={`${base}-due`}>By when (which sprint)</label>
          <Field placeholder="e.g. Sprint 4" {...text('due')} />
        </div>
        <div class="ws-field ws-wide">
          <label for={`${base}-measure`}>How success will be seen</label>
          <Field multiline {...text('measure')} />
        </div>
      </div>
      {CheckIn && <CheckIn goal={goal} base={base} />}
      <p class="ws-buttons">
        <DeleteButton label={`Delete ${goalName(goal, index)}`} onDelete={onDelete}>
          Delete goal
        </DeleteButton>
      </p>
    </li>
  );
}
