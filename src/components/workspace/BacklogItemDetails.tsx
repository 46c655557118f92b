import type { BacklogItem } from '../../lib/schema/backlog-item';
import type { Goal } from '../../lib/schema/goal';
import { updateBacklogItem } from '../../stores/workspace';
import { Field } from '../ui/Field';

const goalLabel = (goal: Goal, index: number) =>
  `Goal ${index + 1}${goal.statement.trim() ? `: ${goal.statement.trim()}` : ''}`;

interface Props {
  item: BacklogItem;
  goals: readonly Goal[];
  /** The card's id prefix. */
  base: string;
  open: boolean;
}

/**
 * The part of a backlog card that Details opens: title, description and the goal it serves. It is
 * in the page while closed (hidden), so the card's controls and labels are always there to find.
 */
export default function BacklogItemDetails({ item, goals, base, open }: Props) {
  return (
    <div class="ws-backlog-fields ws-backlog-details" id={`${base}-details`} hidden={!open}>
      <div class="ws-field ws-wide">
        <label for={`${base}-title`}>Title</label>
        <Field
          id={`${base}-title`}
          focusKey={`title:${item.id}`}
          value={item.title}
          onValue={(title) => updateBacklogItem(item.id, { title })}
        />
      </div>
      <div class="ws-field ws-wide">
        <label for={`${base}-description`}>Description</label>
        <Field
          id={`${base}-description`}
          multiline
          value={item.description}
          onValue={(description) => updateBacklogItem(item.id, { description })}
        />
      </div>
      <div class="ws-field ws-wide">
        <label for={`${base}-goal`}>Serves goal</label>
        <select
          id={`${base}-goal`}
          value={item.goalId ?? ''}
          onChange={(event) => updateBacklogItem(item.id, { goalId: event.currentTarget.value || null })}
        >
          <option value="">No goal</option>
          {goals.map((goal, goalIndex) => (
            <option key={goal.id} value={goal.id}>
              {goalLabel(goal, goalIndex)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
