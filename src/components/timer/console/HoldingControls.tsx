import { useEffect, useState } from 'preact/hooks';
import { HOLDING_MESSAGE_MAX } from '../../../lib/timer/message-to-room';
import { setActiveExercise } from '../../../stores/timers';
import { setHoldingMessage } from '../../../stores/console';

interface Props {
  /** The message shown now. */
  message: string;
  /** Whether the projector shows the holding screen. */
  holding: boolean;
  /** The exercise the room is on, to put back on the projector. */
  currentId: string | null;
  /** What comes next and when, as the holding screen says it. */
  nextLine: string;
  announce: (text: string) => void;
}

/** The projector's holding screen: show it, and the short message it gives the room. */
export function HoldingControls({ message, holding, currentId, nextLine, announce }: Props) {
  const [draft, setDraft] = useState(message);
  useEffect(() => setDraft(message), [message]);
  const toggle = () => {
    // Only what the projector shows changes: no timer starts, stops or resets.
    setActiveExercise(holding ? currentId : null);
    announce(holding ? 'The projector shows the exercise.' : 'The projector shows the holding screen.');
  };
  return (
    <section class="panel console-holding" aria-labelledby="console-holding-heading" data-console-holding>
      <h2 id="console-holding-heading">Holding screen</h2>
      <p>
        Between exercises the projector shows what comes next and when, the clock, the participants' QR code and your
        message. <span data-holding-next>{nextLine}</span>
      </p>
      <p>
        <button
          type="button"
          class="toggle"
          aria-pressed={holding ? 'true' : 'false'}
          aria-disabled={holding && currentId === null ? 'true' : undefined}
          onClick={() => (holding && currentId === null ? undefined : toggle())}
          data-holding-toggle
        >
          Holding screen on the projector
        </button>
      </p>
      <form
        class="console-link-row"
        onSubmit={(event) => {
          event.preventDefault();
          setHoldingMessage(draft);
          announce(draft.trim() ? 'Message shown on the holding screen.' : 'Message removed.');
        }}
      >
        <label for="console-holding-message">Message to the room</label>
        <input
          id="console-holding-message"
          type="text"
          maxLength={HOLDING_MESSAGE_MAX}
          placeholder="Back at 10:45"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">Show message</button>
      </form>
    </section>
  );
}
