import { useMemo, useRef } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { focusSoon } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import { useUndoableDelete } from '../ui/useUndoableDelete';
import { goalsStillMissing } from '../../lib/workspace/goals';
import { rankedWeaknesses } from '../../lib/workspace/board';
import { goalAddedMessage, goalsProgress } from '../../lib/workspace/wording';
import { $workspace, addGoal, deleteItem, undoDelete } from '../../stores/workspace';
import GoalCard, { goalName } from './GoalCard';

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
        {goalsProgress(ws.goals.length)}
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
            const outcome = addGoal();
            announce(goalAddedMessage(outcome));
            focusSoon(root.current, `statement:${outcome.id}`);
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
