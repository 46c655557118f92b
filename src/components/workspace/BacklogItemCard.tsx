import type { BacklogItem } from '../../lib/schema/backlog-item';
import type { Goal } from '../../lib/schema/goal';
import {
  MOSCOW_LABELS,
  MOSCOW_VALUES,
  readPriority,
  readSize,
  safeUrl,
  SIZE_VALUES,
} from '../../lib/workspace/backlog';
import type { ListMove } from '../../lib/workspace/list-move';

import { domId } from '../../lib/dom-id';
import { updateBacklogItem } from '../../stores/workspace';
import { DeleteButton } from '../ui/DeleteButton';
import { DragHandle } from '../ui/DragHandle';
import { moveShortcut } from '../ui/focus';
import { Heading, type Level } from '../ui/Heading';
import { memo } from '../ui/memo';
import { MoveButtons } from '../ui/MoveButtons';
import type { DragHandlers } from '../ui/useDragReorder';
import BacklogItemDetails from './BacklogItemDetails';

interface BacklogItemCardProps {
  item: BacklogItem;
  index: number;
  count: number;
  goals: readonly Goal[];
  /** What changed against the imported backlog, one phrase each. */
  changes: readonly string[];
  level: Level;
  /** Whether the title, description and goal are shown; the card is compact otherwise. */
  open: boolean;
  dragging: boolean;
  dropTarget: boolean;
  drag: DragHandlers;
  move: (id: string, where: ListMove, focusKey?: string) => void;
  toggle: (id: string) => void;
  onDelete: (item: BacklogItem) => void;
}

/**
 * One backlog item. Compact until opened (title, what changed, priority, estimate and the buttons),
 * so that a long backlog can be surveyed and reordered; Details shows the title, description and goal.
 * Memoised: typing in one card, or in an Add field, redraws that card only.
 */
function BacklogItemCard(props: BacklogItemCardProps) {
  const { item, index, count, goals, changes, level, open, dragging, dropTarget, drag, move, toggle, onDelete } = props;
  const base = domId('bl', item.id);
  const link = safeUrl(item.existing?.url);
  const number = item.existing?.number ?? null;
  const status = item.existing === null ? 'new' : changes[0] === 'Unchanged' ? 'unchanged' : 'changed';
  return (
    <li
      class={`ws-card ws-backlog-item${open ? ' is-open' : ''}${dragging ? ' is-dragging' : ''}${dropTarget ? ' is-drop-target' : ''}`}
      aria-labelledby={`${base}-name`}
      data-id={item.id}
      onKeyDown={(event) => {
        // Only on buttons: in a field or a select, Alt+arrows already mean something.
        const direction = event.target instanceof HTMLButtonElement ? moveShortcut(event) : null;
        if (!direction) return;
        event.preventDefault();
        move(item.id, direction, (event.target as HTMLElement).dataset['focus'] ?? `up:${item.id}`);
      }}
      onDragOver={(event) => drag.over(event, item.id)}
      onDrop={(event) => drag.drop(event, item.id, index)}
    >
      <div class="ws-card-head">
        <DragHandle id={item.id} drag={drag} />
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
        <ul class={`ws-badges ws-badges-${status}`} aria-label="Compared with the imported backlog" data-changes>
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      </div>
      <div class="ws-backlog-compact">
        <div class="ws-field">
          <label for={`${base}-priority`}>Priority (MoSCoW)</label>
          <select
            id={`${base}-priority`}
            value={item.priority ?? ''}
            onChange={(event) => updateBacklogItem(item.id, { priority: readPriority(event.currentTarget.value) })}
          >
            <option value="">Not set</option>
            {MOSCOW_VALUES.map((value) => (
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
            onChange={(event) => updateBacklogItem(item.id, { size: readSize(event.currentTarget.value) })}
          >
            <option value="">Not set</option>
            {SIZE_VALUES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      </div>
      <BacklogItemDetails item={item} goals={goals} base={base} open={open} />
      <p class="ws-buttons">
        <button
          type="button"
          class="ws-small"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={`${base}-details`}
          aria-label={`Details of '${item.title}'`}
          data-focus={`details:${item.id}`}
          onClick={() => toggle(item.id)}
        >
          Details
        </button>
        <MoveButtons id={item.id} name={item.title} first={index === 0} last={index === count - 1} move={move} ends />
        <DeleteButton label={`Delete '${item.title}'`} onDelete={() => onDelete(item)} />
      </p>
    </li>
  );
}

export default memo(BacklogItemCard);
