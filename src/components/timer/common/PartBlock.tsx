import { formatMinutes, type TimerView } from '../../../lib/timer/timer';

/** "Part n of m: label", the part's instruction and what comes next: for a timer with parts. */
export function PartBlock({ view }: { view: TimerView }) {
  if (!view.hasParts) return null;
  return (
    <div class="timer-part">
      <p class="timer-part-label" data-timer-part>
        Part {view.part.index + 1} of {view.partCount}: <strong>{view.part.label}</strong>
      </p>
      <p class="timer-part-instruction">{view.part.instruction}</p>
      <p class="timer-next">
        {view.nextPart ? `Next: ${view.nextPart.label} (${formatMinutes(view.nextPart.durationMs)})` : 'Last part'}
      </p>
    </div>
  );
}
