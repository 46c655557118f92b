import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { bringLocalIntoRoom, keepLocalCopy, localHasWork } from '../../stores/live/team-room';
import { $hiddenDots, revealVotes, type UndoHandle } from '../../stores/workspace';

/**
 * A team room's own controls: blind dot voting (how many dots the others have placed, and the
 * reveal), and moving work between this browser and the room: a team that started on one laptop
 * takes its workspace into the room; anyone can leave with a copy. Both replace what is there, so
 * both can be undone at once.
 */
export default function TeamRoomActions() {
  const hidden = useStore($hiddenDots);
  const [done, setDone] = useState<{ text: string; handle: UndoHandle } | null>(null);
  const act = (handle: UndoHandle | null, text: string) => {
    if (handle) setDone({ text, handle });
  };
  return (
    <div class="live-bar-actions">
      <p class="live-bar-votes" data-hidden-dots={hidden}>
        {hidden === 0
          ? 'You vote with your own dots; the others’ dots stay hidden until someone reveals them.'
          : `${hidden} ${hidden === 1 ? 'dot' : 'dots'} placed by the others, hidden until revealed.`}{' '}
        {hidden > 0 ? (
          <button type="button" onClick={revealVotes}>
            Reveal everyone’s dots
          </button>
        ) : null}
      </p>
      {localHasWork() ? (
        <button type="button" onClick={() => act(bringLocalIntoRoom(), 'Your browser’s workspace is now the room’s.')}>
          Bring my browser’s workspace into this room
        </button>
      ) : null}
      <button type="button" onClick={() => act(keepLocalCopy(), 'A copy of the room is now your browser’s workspace.')}>
        Keep a copy in this browser
      </button>
      {done ? (
        <p role="status" class="live-bar-done">
          {done.text}{' '}
          <button
            type="button"
            onClick={() => {
              done.handle.undo();
              setDone(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}
