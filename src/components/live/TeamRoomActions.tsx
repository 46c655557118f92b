import { useState } from 'preact/hooks';
import { bringLocalIntoRoom, keepLocalCopy, localHasWork } from '../../stores/live/team-room';
import type { UndoHandle } from '../../stores/workspace';

/**
 * Moving work between this browser and a team's live room: a team that started on one laptop takes
 * its workspace into the room; anyone can leave with a copy. Both replace what is there, so both
 * can be undone at once.
 */
export default function TeamRoomActions() {
  const [done, setDone] = useState<{ text: string; handle: UndoHandle } | null>(null);
  const act = (handle: UndoHandle | null, text: string) => {
    if (handle) setDone({ text, handle });
  };
  return (
    <div class="live-bar-actions">
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
