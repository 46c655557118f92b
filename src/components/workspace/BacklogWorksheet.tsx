import { unavailableOffline } from '../../lib/offline';
import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import { diffBacklog, MOSCOW_LABELS } from '../../lib/workspace/backlog';
import type { BacklogItem, Moscow, Size } from '../../lib/schema/backlog-item';
import type { Goal } from '../../lib/schema/goal';
import { describeDiff, diffSummary, safeLink } from '../../lib/workspace/wording';
import { domId } from '../../lib/dom-id';
import {
  $workspace,
  addBacklogItem,
  addBacklogItemFromGoal,
  addExistingBacklogItems,
  deleteBacklogItem,
  moveBacklogItem,
  undoDelete,
  updateBacklogItem,
} from '../../stores/workspace';
import {
  LiveRegion,
  useAnnouncer,
  focusSoon,
  moveShortcut,
  UndoNotice,
  useUndo,
  Heading,
  below,
  type Level,
  Field,
  MoveButtons,
  QuickAddField,
} from '../ui/kit';

/** A pasted or loaded backlog larger than this is refused before it is read. */
const MAX_BACKLOG_BYTES = 2 * 1024 * 1024;
const GH_COMMAND = 'gh issue list --state open --limit 200 --json number,title,body,labels,url';

// Option lists as records keyed by the schema's types, so a new value fails the type check here;
// they are written out rather than read from the zod enums to keep zod out of the initial JavaScript.
const PRIORITY_ORDER: Record<Moscow, number> = { must: 0, should: 1, could: 2, wont: 3 };
const SIZE_ORDER: Record<Size, number> = { XS: 0, S: 1, M: 2, L: 3, XL: 4 };
const PRIORITIES = (Object.keys(PRIORITY_ORDER) as Moscow[]).sort((a, b) => PRIORITY_ORDER[a] - PRIORITY_ORDER[b]);
const SIZES = (Object.keys(SIZE_ORDER) as Size[]).sort((a, b) => SIZE_ORDER[a] - SIZE_ORDER[b]);
const isPriority = (value: string): value is Moscow => value in PRIORITY_ORDER;
const isSize = (value: string): value is Size => value in SIZE_ORDER;

const goalLabel = (goal: Goal, index: number) =>
  `Goal ${index + 1}${goal.statement.trim() ? `: ${goal.statement.trim()}` : ''}`;

interface ItemCardProps {
  item: BacklogItem;
  index: number;
  count: number;
  goals: readonly Goal[];
  changes: string[];
  level: Level;
  dragging: boolean;
  dropTarget: boolean;
  move: (id: string, where: 'up' | 'down', focusKey: string) => void;
  onDelete: () => void;
  drag: {
    start: (id: string) => void;
    over: (id: string) => void;
    drop: (index: number) => void;
    end: () => void;
  };
}

function ItemCard({
  item,
  index,
  count,
  goals,
  changes,
  level,
  dragging,
  dropTarget,
  move,
  onDelete,
  drag,
}: ItemCardProps) {
  const base = domId('bl', item.id);
  const link = safeLink(item.existing?.url ?? null);
  const number = item.existing?.number ?? null;
  const status = item.existing === null ? 'new' : changes[0] === 'Unchanged' ? 'unchanged' : 'changed';
  return (
    <li
      class={`ws-card ws-backlog-item${dragging ? ' is-dragging' : ''}${dropTarget ? ' is-drop-target' : ''}`}
      aria-labelledby={`${base}-name`}
      data-id={item.id}
      onKeyDown={(event) => {
        // Only on buttons: in a field or a select, Alt+arrows already mean something.
        const direction = event.target instanceof HTMLButtonElement ? moveShortcut(event) : null;
        if (!direction) return;
        event.preventDefault();
        move(item.id, direction, (event.target as HTMLElement).dataset['focus'] ?? `up:${item.id}`);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        drag.over(item.id);
      }}
      onDrop={(event) => {
        event.preventDefault();
        drag.drop(index);
      }}
    >
      <div class="ws-card-head">
        <span
          class="ws-handle"
          draggable
          aria-hidden="true"
          title="Drag to reorder"
          onDragStart={(event) => {
            drag.start(item.id);
            if (event.dataTransfer) {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.id);
              const card = event.currentTarget.closest('li');
              if (card) event.dataTransfer.setDragImage(card, 16, 16);
            }
          }}
          onDragEnd={drag.end}
        >
          ⠿
        </span>
        <Heading level={level} id={`${base}-name`}>
          <span class="ws-rank-inline">{index + 1}.</span> <bdi data-title>{item.title}</bdi>
        </Heading>
        {number !== null &&
          (link ? (
            <a class="ws-issue" href={link} target="_blank" rel="noopener noreferrer">
              #{number}
            </a>
          ) : (
            <span class="ws-issue">#{number}</span>
          ))}
      </div>
      <ul class={`ws-badges ws-badges-${status}`} aria-label="Compared with the imported backlog" data-changes>
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <div class="ws-backlog-fields">
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
        <div class="ws-field">
          <label for={`${base}-priority`}>Priority (MoSCoW)</label>
          <select
            id={`${base}-priority`}
            value={item.priority ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              updateBacklogItem(item.id, { priority: isPriority(value) ? value : null });
            }}
          >
            <option value="">Not set</option>
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {MOSCOW_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div class="ws-field">
          <label for={`${base}-size`}>Estimate (T-shirt)</label>
          <select
            id={`${base}-size`}
            value={item.size ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              updateBacklogItem(item.id, { size: isSize(value) ? value : null });
            }}
          >
            <option value="">Not set</option>
            {SIZES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
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
      <p class="ws-buttons">
        <MoveButtons id={item.id} name={item.title} first={index === 0} last={index === count - 1} move={move} />
        <button type="button" class="ws-small ws-danger" aria-label={`Delete '${item.title}'`} onClick={onDelete}>
          Delete
        </button>
      </p>
    </li>
  );
}

/**
 * The backlog worksheet: new items from goals, the existing backlog brought in from `gh issue list`
 * or CSV, priority, estimate, goal and order, and what changed against what was imported.
 */
export default function BacklogWorksheet({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const undo = useUndo();
  const [title, setTitle] = useState('');
  const [pasted, setPasted] = useState('');
  const [importNote, setImportNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  const diffs = diffBacklog(ws.backlog);
  const items = ws.backlog;
  const sub = below(level);

  const move = (id: string, where: 'up' | 'down' | number, focusKey?: string) => {
    const index = items.findIndex((item) => item.id === id);
    const itemTitle = items[index]?.title ?? '';
    if ((where === 'up' && index === 0) || (where === 'down' && index === items.length - 1)) {
      announce(`'${itemTitle}' is already at the ${where === 'up' ? 'top' : 'bottom'}.`);
      return;
    }
    const said = moveBacklogItem(id, where);
    if (said) announce(said);
    if (focusKey) focusSoon(root.current, focusKey, `up:${id}`);
  };

  const bringIn = async (text: string, source: string) => {
    // The gh JSON and CSV readers, and what is said about their result, load only when a backlog
    // is first pasted or loaded.
    let reader: typeof import('../../lib/import/backlog/backlog-parse');
    try {
      reader = await import('../../lib/import/backlog/backlog-parse');
    } catch {
      const text = unavailableOffline('Reading a backlog');
      setImportNote({ ok: false, text });
      announce(text);
      return;
    }
    const { parseExistingBacklog, backlogImportDone, backlogImportMessage } = reader;
    const result = addExistingBacklogItems(parseExistingBacklog(text));
    const note = result.ok
      ? { ok: true, text: backlogImportDone(result.added, result.skipped) }
      : { ok: false, text: backlogImportMessage(result.error) };
    setImportNote(note);
    if (result.ok && result.added > 0 && source === 'paste') setPasted('');
    announce(note.text);
  };

  const loadFile = async (file: File) => {
    if (file.size > MAX_BACKLOG_BYTES) {
      const note = `${file.name} is ${Math.ceil(file.size / 1024)} KB; the limit is 2 MB. Nothing was added.`;
      setImportNote({ ok: false, text: note });
      announce(note);
      return;
    }
    await bringIn(await file.text(), 'file');
  };

  const itemsFor = (goalId: string) => items.filter((item) => item.goalId === goalId).length;

  return (
    <div class="ws-tool" ref={root} data-tool="backlog">
      <Heading level={level} id="ws-backlog-heading">
        Backlog worksheet
      </Heading>

      <section aria-labelledby="ws-from-goals">
        <Heading level={sub} id="ws-from-goals">
          New items from your goals
        </Heading>
        {ws.goals.length === 0 ? (
          <p class="ws-empty">No goals yet. Write your goals first; each can start a backlog item.</p>
        ) : (
          <ul class="ws-plain ws-goal-starts">
            {ws.goals.map((goal, index) => (
              <li key={goal.id}>
                <button
                  type="button"
                  class="ws-small"
                  onClick={() => {
                    const id = addBacklogItemFromGoal(goal.id);
                    if (!id) return;
                    announce(
                      `New backlog item from goal ${index + 1}, at position ${$workspace.get().backlog.length}.`,
                    );
                    focusSoon(root.current, `title:${id}`);
                  }}
                >
                  New item from goal {index + 1}
                </button>{' '}
                <span class="ws-meta-inline">
                  {goal.statement.trim() || 'No statement yet'} ({itemsFor(goal.id)}{' '}
                  {itemsFor(goal.id) === 1 ? 'item' : 'items'})
                </span>
              </li>
            ))}
          </ul>
        )}
        <form
          class="ws-add"
          onSubmit={(event) => {
            event.preventDefault();
            const id = addBacklogItem({ title });
            if (id === null) announce('Type a title first.');
            else {
              announce(`Added '${title.trim()}' at position ${$workspace.get().backlog.length}.`);
              setTitle('');
            }
            focusSoon(root.current, 'add:backlog');
          }}
        >
          <QuickAddField name="backlog" label="Or add an item by its title" value={title} onInput={setTitle} />
        </form>
      </section>

      <section aria-labelledby="ws-existing">
        <Heading level={sub} id="ws-existing">
          Your existing backlog
        </Heading>
        <p class="ws-help">
          Run <code>{GH_COMMAND}</code> in your repository and paste what it prints, or load the saved output or a CSV
          with a title column. Priority and estimate are read from <code>moscow:</code> and <code>size:</code> labels.
        </p>
        <form
          class="ws-import-backlog"
          onSubmit={(event) => {
            event.preventDefault();
            void bringIn(pasted, 'paste');
          }}
        >
          <label for="ws-paste-backlog">Paste gh issue list JSON or CSV</label>
          <textarea
            id="ws-paste-backlog"
            rows={4}
            spellcheck={false}
            value={pasted}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
          <span class="ws-buttons">
            <button type="submit">Add pasted items</button>
            <label class="ws-file button">
              Load a file…
              <input
                type="file"
                class="ws-file-input"
                accept=".json,.csv,.txt,application/json,text/csv,text/plain"
                onChange={(event) => {
                  const input = event.currentTarget;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) void loadFile(file);
                }}
              />
            </label>
          </span>
        </form>
        {importNote && (
          <p class={importNote.ok ? 'ws-note ws-note-ok' : 'ws-note ws-note-error'} data-backlog-import-note>
            {importNote.text}
          </p>
        )}
      </section>

      <section aria-labelledby="ws-backlog-items">
        <Heading level={sub} id="ws-backlog-items">
          Items in backlog order
        </Heading>
        {items.length === 0 ? (
          <p class="ws-empty">No items yet. Start one from a goal, type a title, or bring in your existing backlog.</p>
        ) : (
          <>
            <p class="ws-help" data-backlog-summary>
              {diffSummary(diffs)}. Top is most important: drag an item by its handle, use Move up and Move down, or
              press Alt+↑ or Alt+↓ on an item's button.
            </p>
            <ol class="ws-cards">
              {items.map((item, index) => (
                <ItemCard
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  goals={ws.goals}
                  changes={diffs[index] ? describeDiff(diffs[index]) : []}
                  level={below(sub)}
                  dragging={dragging === item.id}
                  dropTarget={dropTarget === item.id && dragging !== item.id}
                  move={move}
                  drag={{
                    start: setDragging,
                    over: (id) => {
                      if (dropTarget !== id) setDropTarget(id);
                    },
                    drop: (to) => {
                      const id = dragging;
                      setDragging(null);
                      setDropTarget(null);
                      if (id && id !== item.id) move(id, to);
                    },
                    end: () => {
                      setDragging(null);
                      setDropTarget(null);
                    },
                  }}
                  onDelete={() => {
                    const token = deleteBacklogItem(item.id);
                    if (!token) return;
                    undo.setOffer({
                      message: `Deleted '${item.title}'.`,
                      undo: () => {
                        if (undoDelete(token)) {
                          announce(`Restored '${item.title}'.`);
                          focusSoon(root.current, `up:${item.id}`);
                        }
                      },
                    });
                  }}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, 'add:backlog');
        }}
      />
      <LiveRegion message={message} />
    </div>
  );
}
