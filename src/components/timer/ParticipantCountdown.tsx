import { useEffect, useRef, useState } from 'preact/hooks';
import { countdownAt, parseCountdown, type CountdownParse } from '../../lib/timer/countdown';
import { formatClock } from '../../lib/timer/timer';
import { formatClockTime } from '../../lib/timer/schedule';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { useTick } from './core/tick';
import '../../styles/projector.css';

/**
 * The participants' countdown, computed from the absolute end time in the page's link
 * and this device's clock; it shares nothing else with the facilitator's browser.
 */
export default function ParticipantCountdown() {
  const [parsed, setParsed] = useState<CountdownParse | null>(null);
  const [message, announce] = useAnnouncer();
  useEffect(() => setParsed(parseCountdown(window.location.search)), []);
  const link = parsed?.ok ? parsed.value : null;
  const view = link ? countdownAt(link, Date.now()) : null;
  useTick(view !== null && !view.paused);

  // Announce the part changes and the end as they happen here (not on the first look).
  const previous = useRef<{ part: number; overtime: boolean } | null>(null);
  useEffect(() => {
    if (!view) return;
    const now = { part: view.part?.index ?? 0, overtime: view.overtime };
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    if (now.overtime && !before.overtime) announce('Time is up.');
    else if (now.part > before.part && view.part) announce(`Part ${view.part.index + 1}: ${view.part.label}.`);
  });

  if (parsed === null) {
    return <p class="countdown-note">Reading the countdown from the link…</p>;
  }
  if (!link || !view) {
    return (
      <div class="countdown" data-countdown-error>
        <h1>No countdown in this link</h1>
        <p>
          This page shows a countdown from a link the facilitator shares. Ask them for the link or the QR code on their
          console, and open that.
        </p>
      </div>
    );
  }
  const endsAt = new Date(link.endsAt);
  const status = view.paused ? 'Paused' : view.overtime ? 'Time is up' : 'Time left';
  return (
    <div
      class={
        view.overtime && !view.paused ? 'countdown projector timer--overtime timer--running' : 'countdown projector'
      }
    >
      <h1 class="projector-title">{link.title}</h1>
      {view.part && (
        <p class="projector-part" data-countdown-part>
          Part {view.part.index + 1} of {view.part.count}: {view.part.label}
        </p>
      )}
      <p class="projector-status">{status}</p>
      <p class="projector-clock" role="timer" data-countdown-clock>
        {view.overtime ? `+${formatClock(view.overtimeMs, 'up')}` : formatClock(view.remainingMs)}
      </p>
      {view.nextPart && <p class="projector-next">Next: {view.nextPart}</p>}
      <div class="countdown-note">
        {view.paused ? (
          <p>
            The facilitator paused the timer{' '}
            {view.overtime ? 'after time was up' : `with ${formatClock(view.remainingMs)} left`}. When it runs again,
            open the new link or scan the new QR code.
          </p>
        ) : (
          <p>
            Planned to end at{' '}
            <time dateTime={endsAt.toISOString()}>{formatClockTime(endsAt.getHours() * 60 + endsAt.getMinutes())}</time>{' '}
            by this device's clock.
          </p>
        )}
        <p>
          This countdown runs on your device from the end time in its link. If the facilitator pauses the timer or adds
          time, this page cannot know: open the new link or scan the QR code again, and it shows the right time.
        </p>
      </div>
      <LiveRegion message={message} />
    </div>
  );
}
