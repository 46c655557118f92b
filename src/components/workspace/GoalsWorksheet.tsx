import { useMemo, useRef } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { focusSoon } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import { useUndoableDelete } from '../ui/useUndoableDelete';
import { goalsStillMissing } from '../../lib/workspace/goals';
import { rankedWeaknesses } from '../../lib/workspace/board';
import { GOALS_EXPECTED } from '../../lib/schema/values';
import type { Goal } from '../../lib/schema/goal';
import { $workspace, addGoal, deleteItem, undoDelete } from '../../stores/workspace';
import GoalCard, { goalName } from './GoalCard';

/** What the worksheet says about how many goals there are. */
function progress(goals: readonly Goal[]): string {
  const missing = goalsStillMissing(goals);
  if (missing === 0) return `${goals.length} goals: enough for this session (${GOALS_EXPECTED} are expected).`;
  return `${missing} more ${missing === 1 ? 'goal' : 'goals'} needed (${GOALS_EXPECTED} are expected).`;
}

/** Goals of the session: statement, weaknesses, owner, measure, by when; flagged (never blocked) until specific. */
export default function GoalsWorksheet({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const { remove, notice } = useUndoableDelete(root, announce, 'add:goal');
  const ranked = useMemo(() => rankedWeaknesses(ws.weaknesses, ws.rank), [ws.weaknesses, ws.rank]);

  return (
    <div class="ws-tool" ref={root} data-tool="goals">
      <Heading level={level} id="ws-goals-heading">
        Goals
      </Heading>
      <p class={goalsStillMissing(ws.goals) > 0 ? 'ws-progress' : 'ws-progress ws-progress-done'} data-goals-progress>
        {progress(ws.goals)}
      </p>
      {ws.goals.length === 0 ? (
        <p class="ws-empty">
          No goals yet. A goal names the weakness it addresses, an owner, how you will see success and by which sprint.
        </p>
      ) : (
        <ol class="ws-cards" aria-labelledby="ws-goals-heading">
          {ws.goals.map((goal, index) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              index={index}
              level={below(level)}
              ranked={ranked}
              onDelete={() =>
                remove({
                  run: () => deleteItem(goal.id),
                  restore: undoDelete,
                  name: goalName(goal, index),
                  focusKey: `statement:${goal.id}`,
                })
              }
            />
          ))}
        </ol>
      )}
      <p class="ws-buttons">
        <button
          type="button"
          class="primary"
          data-focus="add:goal"
          onClick={() => {
            const id = addGoal();
            announce(`Goal ${$workspace.get().goals.length} added. ${progress($workspace.get().goals)}`);
            focusSoon(root.current, `statement:${id}`);
          }}
        >
          Add a goal
        </button>
      </p>
      {notice}
      <LiveRegion message={message} />
    </div>
  );
}
