import type { TextItem } from '../../lib/schema/common';
import type { ListMove } from '../../lib/workspace/list-move';
import { dots } from '../../lib/workspace/vote-wording';
import { DragHandle } from '../ui/DragHandle';
import { moveShortcut } from '../ui/focus';
import { memo } from '../ui/memo';
import { MoveButtons } from '../ui/MoveButtons';
import type { DragHandlers } from '../ui/useDragReorder';

interface BoardItemProps {
  weakness: TextItem;
  index: number;
  count: number;
  /** Dots on this weakness from everyone. */
  total: number;
  /** Who is voting now ("" when nobody votes); `mine` is their dots here. */
  voterName: string;
  mine: number;
  dragging: boolean;
  dropTarget: boolean;
  drag: DragHandlers;
  move: (id: string, where: ListMove, focusKey?: string) => void;
  vote: (weakness: TextItem, change: 1 | -1) => void;
}

/** One weakness on the board: drag handle, rank, text, dots (+ and − for the voter) and Move buttons. */
function BoardItem(props: BoardItemProps) {
  const { weakness, index, count, total, voterName, mine, dragging, dropTarget, drag, move, vote } = props;
  return (
    <li
      class={`ws-board-item${dragging ? ' is-dragging' : ''}${dropTarget ? ' is-drop-target' : ''}`}
      data-id={weakness.id}
      onKeyDown={(event) => {
        const direction = moveShortcut(event);
        if (!direction) return;
        event.preventDefault();
        const key = (document.activeElement as HTMLElement | null)?.dataset['focus'] ?? `up:${weakness.id}`;
        move(weakness.id, direction, key);
      }}
      onDragOver={(event) => drag.over(event, weakness.id)}
      onDrop={(event) => drag.drop(event, weakness.id, index)}
    >
      <DragHandle id={weakness.id} drag={drag} />
      <span class="ws-rank" aria-hidden="true">
        {index + 1}
      </span>
      <span class="ws-board-text" dir="auto">
        {weakness.text}
      </span>
      <span class="ws-board-votes">
        <span class="ws-tally" data-tally>
          {dots(total)}
        </span>
        {voterName !== '' && (
          <span class="ws-vote">
            <button
              type="button"
              class="ws-small"
              data-focus={`unvote:${weakness.id}`}
              aria-label={`Take back one of ${voterName}'s dots from '${weakness.text}'`}
              aria-disabled={mine === 0 ? 'true' : undefined}
              onClick={() => vote(weakness, -1)}
            >
              −
            </button>
            <span class="ws-mine" aria-hidden="true">
              {mine}
            </span>
            <button
              type="button"
              class="ws-small"
              data-focus={`vote:${weakness.id}`}
              aria-label={`Put one of ${voterName}'s dots on '${weakness.text}'`}
              onClick={() => vote(weakness, 1)}
            >
              +
            </button>
          </span>
        )}
      </span>
      <span class="ws-actions">
        <MoveButtons id={weakness.id} name={weakness.text} first={index === 0} last={index === count - 1} move={move} />
      </span>
    </li>
  );
}

export default memo(BoardItem);
