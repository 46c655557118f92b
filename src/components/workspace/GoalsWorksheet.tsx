import { useRef } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import { goalsStillMissing, specificityMessage } from '../../lib/workspace/goals';
import { GOALS_EXPECTED, type Goal } from '../../lib/schema/goal';
import type { TextItem } from '../../lib/schema/common';
import { $workspace, addGoal, deleteGoal, undoDelete, updateGoal, type GoalFields } from '../../stores/workspace';
import { domId } from '../../lib/dom-id';
import { useGoalCheckIn } from './check-in/use-goal-check-in';
import { LiveRegion, useAnnouncer, focusSoon, UndoNotice, useUndo, Heading, below, type Level, Field } from '../ui/kit';

/** What the worksheet says about how many goals there are. */
function progress(goals: readonly Goal[]): string {
  const missing = goalsStillMissing(goals);
  if (missing === 0) return `${goals.length} goals: enough for this session (${GOALS_EXPECTED} are expected).`;
  return `${missing} more ${missing === 1 ? 'goal' : 'goals'} needed (${GOALS_EXPECTED} are expected).`;
}

/** A one-line summary of a goal for labels and announcements. */
const goalName = (goal: Goal, index: number) =>
  `Goal ${index + 1}${goal.statement.trim() ? ` '${goal.statement.trim()}'` : ''}`;

interface GoalCardProps {
  goal: Goal;
  index: number;
  level: Level;
  ranked: readonly TextItem[];
  onDelete: () => void;
}

function GoalCard({ goal, index, level, ranked, onDelete }: GoalCardProps) {
  const flag = specificityMessage(goal);
  const base = domId('goal', goal.id);
  const CheckIn = useGoalCheckIn();
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
        ) : (
          <p class="ws-ok" id={`${base}-flag`}>
            Specific: it has every part.
          </p>
        )}
      </div>
      <div class="ws-goal-fields">
        <div class="ws-field ws-wide">
          <label for={`${base}-statement`}>Goal statement</label>
          <Field multiline focusKey={`statement:${goal.id}`} {...text('statement')} />
        </div>
        {ranked.length > 0 ? (
          <fieldset class="ws-fieldset ws-wide">
            <legend>Weaknesses it addresses</legend>
            <ul class="ws-checks">
              {ranked.map((weakness, rank) => (
                <li key={weakness.id}>
                  <input
                    type="checkbox"
                    id={`${base}-w-${domId(weakness.id)}`}
                    checked={goal.weaknessIds.includes(weakness.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      updateGoal(goal.id, {
                        weaknessIds: on
                          ? [...goal.weaknessIds, weakness.id]
                          : goal.weaknessIds.filter((id) => id !== weakness.id),
                      });
                    }}
                  />
                  <label for={`${base}-w-${domId(weakness.id)}`}>
                    <span class="ws-rank-inline">{rank + 1}.</span> <bdi>{weakness.text}</bdi>
                  </label>
                </li>
              ))}
            </ul>
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
        {CheckIn && <CheckIn goal={goal} base={base} />}
      </div>
      <p class="ws-buttons">
        <button
          type="button"
          class="ws-small ws-danger"
          aria-label={`Delete ${goalName(goal, index)}`}
          onClick={onDelete}
        >
          Delete goal
        </button>
      </p>
    </li>
  );
}

/** Goals of the session: statement, weaknesses, owner, measure, by when; flagged (never blocked) until specific. */
export default function GoalsWorksheet({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const undo = useUndo();
  const byId = new Map(ws.weaknesses.map((w) => [w.id, w] as const));
  const ranked = ws.rank.flatMap((id) => {
    const weakness = byId.get(id);
    return weakness ? [weakness] : [];
  });

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
              onDelete={() => {
                const token = deleteGoal(goal.id);
                if (!token) return;
                undo.setOffer({
                  message: `Deleted ${goalName(goal, index)}.`,
                  undo: () => {
                    if (undoDelete(token)) {
                      announce(`Restored ${goalName(goal, index)}.`);
                      focusSoon(root.current, `statement:${goal.id}`);
                    }
                  },
                });
              }}
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
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, 'add:goal');
        }}
      />
      <LiveRegion message={message} />
    </div>
  );
}
