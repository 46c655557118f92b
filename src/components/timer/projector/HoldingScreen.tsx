import { describeComingUp, type ComingUp } from '../../../lib/timer/coming-up';
import { formatClockTime } from '../../../lib/timer/format/clock-time';
import { useQrCode } from '../common/qr';

interface Props {
  /** The facilitator's message to the room; empty for none. */
  message: string;
  /** The blocks before the next exercise, and the exercise, at their expected times. */
  coming: readonly ComingUp[];
  /** The wall clock now (epoch ms); 0 before hydration. */
  now: number;
  /** What the QR code opens: the running exercise's countdown, else the schedule. */
  qrLink: string | null;
  qrLabel: string;
}

/** Between exercises: the message, the clock, what comes next and when, and the participants' QR code. */
export function HoldingScreen({ message, coming, now, qrLink, qrLabel }: Props) {
  const qr = useQrCode(qrLink, qrLink !== null);
  const clock = now ? new Date(now) : null;
  return (
    <div class="projector-holding" data-holding>
      <h1 class="projector-title">Waiting for the next exercise</h1>
      {message && (
        <p class="projector-message" data-holding-message>
          {message}
        </p>
      )}
      <p class="projector-wall-clock" data-holding-clock>
        {clock ? <time>{formatClockTime(clock.getHours() * 60 + clock.getMinutes())}</time> : '\u00a0'}
      </p>
      {coming.length > 0 ? (
        <ul class="projector-coming" aria-label="Coming up" data-holding-coming>
          {coming.map((item) => (
            <li key={`${item.kind}:${item.title}`}>{describeComingUp(item)}</li>
          ))}
        </ul>
      ) : (
        <p class="projector-instruction">That was the last exercise of the day.</p>
      )}
      {qrLink && qr.src && (
        <figure class="projector-qr">
          <img src={qr.src} width={200} height={200} alt={`QR code: ${qrLabel}`} data-holding-qr={qrLink} />
          <figcaption>{qrLabel}</figcaption>
        </figure>
      )}
    </div>
  );
}
