import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { focusSoon } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import { QuickAddForm } from '../ui/QuickAddForm';
import { useDragReorder } from '../ui/useDragReorder';
import { useListMove } from '../ui/useListMove';
import { useUndoableDelete } from '../ui/useUndoableDelete';
import type { BacklogItem } from '../../lib/schema/backlog-item';
import { diffBacklog } from '../../lib/workspace/backlog';
import {
  backlogAddedMessage,
  backlogFromGoalMessage,
  describeDiff,
  diffSummary,
  emptyRefusalMessage,
} from '../../lib/workspace/wording';
import { $workspace, addBacklogItem, deleteItem, moveBacklogItem, undoDelete } from '../../stores/workspace';
import BacklogItemCard from './BacklogItemCard';
import ExistingBacklogImport from './ExistingBacklogImport';
import GoalStarts from './GoalStarts';

/**
 * The backlog worksheet: new items from goals, the existing backlog brought in from `gh issue list`
 * or CSV, priority, estimate, goal and order, and what changed against what was imported.
 */
export default function BacklogWorksheet({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const { remove, notice } = useUndoableDelete(root, announce, 'add:backlog');
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const items = ws.backlog;
  const diffs = useMemo(() => diffBacklog(items), [items]);
  const order = useMemo(() => items.map((item) => item.id), [items]);
  const sub = below(level);

  const move = useListMove({
    order,
    nameOf: (id) => items.find((item) => item.id === id)?.title ?? '',
    apply: moveBacklogItem,
    announce,
    root,
  });
  const drag = useDragReorder((id, to) => move(id, to));
  const toggle = useCallback((id: string) => {
    setOpened((all) => {
      const next = new Set(all);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const onDelete = useCallback(
    (item: BacklogItem) =>
      remove({
        run: () => deleteItem(item.id),
        restore: undoDelete,
        name: `'${item.title}'`,
        focusKey: `up:${item.id}`,
      }),
    [remove],
  );

  return (
    <div class="ws-tool" ref={root} data-tool="backlog">
      <Heading level={level} id="ws-backlog-heading">
        Backlog worksheet
      </Heading>

      <section aria-labelledby="ws-from-goals">
        <Heading level={sub} id="ws-from-goals">
          New items from your goals
        </Heading>
        <GoalStarts
          goals={ws.goals}
          items={items}
          started={({ id, goalNumber, place }) => {
            setOpened((all) => new Set(all).add(id));
            announce(backlogFromGoalMessage(goalNumber, place));
            focusSoon(root.current, `title:${id}`);
          }}
        />
        <QuickAddForm
          name="backlog"
          label="Or add an item by its title"
          root={root}
          onAdd={(title) => {
            const outcome = addBacklogItem({ title });
            announce(outcome.ok ? backlogAddedMessage(outcome) : emptyRefusalMessage(outcome.reason));
            return outcome.ok;
          }}
        />
      </section>

      <ExistingBacklogImport level={sub} announce={announce} />

      <section aria-labelledby="ws-backlog-items">
        <Heading level={sub} id="ws-backlog-items">
          Items in backlog order
        </Heading>
        {items.length === 0 ? (
          <p class="ws-empty">No items yet. Start one from a goal, type a title, or bring in your existing backlog.</p>
        ) : (
          <>
            <p class="ws-help" data-backlog-summary>
              {diffSummary(diffs)}. Top is most important: drag an item by its handle, use the Move buttons, or press
              Alt+↑ or Alt+↓ on an item's button. Details opens an item's title, description and goal.
            </p>
            <ol class="ws-cards">
              {items.map((item, index) => (
                <BacklogItemCard
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  goals={ws.goals}
                  changes={diffs[index] ? describeDiff(diffs[index]) : []}
                  level={below(sub)}
                  open={opened.has(item.id)}
                  dragging={drag.dragging === item.id}
                  dropTarget={drag.target === item.id}
                  drag={drag.handlers}
                  move={move}
                  toggle={toggle}
                  onDelete={onDelete}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      {notice}
      <LiveRegion message={message} />
    </div>
  );
}
