import { describeOverrun } from '../../../lib/timer/agenda';
import { formatClockTime } from '../../../lib/timer/format/clock-time';
import { formatDuration } from '../../../lib/timer/format/duration';
import { REMOTE_TRANSITION_MINUTES } from '../../../lib/timer/remote';

interface Props {
  start: string;
  onStart: (value: string) => void;
  /** A remote or hybrid day, and how many transitions it adds minutes for. */
  remote: boolean;
  onRemote: (remote: boolean) => void;
  transitions: number;
  /** The start in minutes after midnight, and the planned length in minutes. */
  startMinutes: number;
  totalMinutes: number;
  /** Whole minutes behind the plan (negative: ahead). */
  lateMinutes: number;
  /** Whether an exercise of the day has started. */
  started: boolean;
}

/** The start time and how far the day is from its plan. */
export function TimingPanel({
  start,
  onStart,
  remote,
  onRemote,
  transitions,
  startMinutes,
  totalMinutes,
  lateMinutes,
  started,
}: Props) {
  const clock = (offset: number) => formatClockTime(startMinutes + offset);
  return (
    <section class="panel console-timing" aria-labelledby="console-timing-heading">
      <h2 id="console-timing-heading">Timing</h2>
      <p class="console-start">
        <label for="console-start-time">Workshop start time</label>{' '}
        <input
          id="console-start-time"
          type="time"
          value={start}
          required
          onInput={(event) => onStart(event.currentTarget.value)}
        />
      </p>
      <p class="console-remote">
        <label>
          <input
            type="checkbox"
            checked={remote}
            onChange={(event) => onRemote(event.currentTarget.checked)}
            data-console-remote
          />
          Remote or hybrid: {REMOTE_TRANSITION_MINUTES} extra minutes for each of the day's {transitions} transitions
        </label>
      </p>
      <p data-console-drift>
        Planned: {clock(0)}–{clock(totalMinutes)} ({formatDuration(totalMinutes)}).{' '}
        <strong class={lateMinutes > 0 ? 'console-late' : undefined}>
          {!started && lateMinutes === 0 ? 'Not started yet' : describeOverrun(lateMinutes * 60_000)}
        </strong>
        {lateMinutes !== 0 && <> — projected finish {clock(totalMinutes + lateMinutes)}</>}.
      </p>
      <p class="console-note">
        Compared with the plan from the start time: teaching, exercises and breaks. A running exercise counts by when it
        will end; after one is stopped, the next is due once the teaching and breaks in between are over. Stop an
        exercise when the room moves on, or its overtime counts as lateness.
      </p>
    </section>
  );
}
