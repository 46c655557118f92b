import type { BacklogItem } from '../../lib/schema/backlog-item';
import type { Goal } from '../../lib/schema/goal';
import type { Added } from '../../lib/workspace/outcomes';
import { addBacklogItemFromGoal } from '../../stores/workspace';

interface GoalStartsProps {
  goals: readonly Goal[];
  items: readonly BacklogItem[];
  /** Called with the new item: its id, where it went and the goal's number (1-based). */
  started: (item: Added & { goalNumber: number }) => void;
}

/** "New item from goal n" for each goal, with how many items already serve it. */
export default function GoalStarts({ goals, items, started }: GoalStartsProps) {
  if (goals.length === 0) {
    return <p class="ws-empty">No goals yet. Write your goals first; each can start a backlog item.</p>;
  }
  const count = (goalId: string) => items.filter((item) => item.goalId === goalId).length;
  return (
    <ul class="ws-plain ws-goal-starts">
      {goals.map((goal, index) => (
        <li key={goal.id}>
          <button
            type="button"
            class="ws-small"
            onClick={() => {
              const outcome = addBacklogItemFromGoal(goal.id);
              if (outcome.ok) started(outcome);
            }}
          >
            New item from goal {index + 1}
          </button>{' '}
          <span class="ws-meta-inline">
            {goal.statement.trim() || 'No statement yet'} ({count(goal.id)} {count(goal.id) === 1 ? 'item' : 'items'})
          </span>
        </li>
      ))}
    </ul>
  );
}
