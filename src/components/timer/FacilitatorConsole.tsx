import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  deriveTimer,
  displayTime,
  formatMinutes,
  idleTimer,
  nextExerciseId,
  statusLabel,
  type TimerExercise,
  type TimerView,
} from '../../lib/timer/timer';
import { describeOverrun, formatActual, sessionTiming, type AgendaEpisode } from '../../lib/timer/agenda';
import { countdownFor, countdownSearch } from '../../lib/timer/countdown';
import { formatClockTime, formatDuration, parseClockTime } from '../../lib/timer/schedule';
import { setActiveExercise, startNextExercise, timerNow, toggleMuted } from '../../stores/timers';
import { readItem, writeItem } from '../../stores/storage';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { useMuted, useTimerFeedback, useTimers, useWakeLock } from './common/hooks';
import { useTick } from './common/tick';
import { TimerControls, TimerFace } from './common/TimerControls';
import { primeAudio, primeAudioOnFirstGesture } from './common/chime';
import '../../styles/timer.css';
import '../../styles/console.css';

interface Props {
  /** Every episode in order, with its exercises' timing data. */
  agenda: AgendaEpisode[];
  /** Start time shown until the facilitator picks another ("HH:MM"). */
  defaultStart: string;
  /** Total planned minutes of the workshop. */
  totalMinutes: number;
  /** The projector page and the participant countdown page (with Astro's base). */
  projectorHref: string;
  countdownHref: string;
}

/** Shared with the schedule page, so both show the same clock times. */
const START_KEY = 'mentoring-kit:v1:schedule-start';
const IDLE = idleTimer();
const NOTHING: TimerExercise = { id: '', title: '', minutes: 0, instruction: '' };

/** The facilitator console (issue 4): agenda, every timer's controls, the session's drift. */
export default function FacilitatorConsole({
  agenda,
  defaultStart,
  totalMinutes,
  projectorHref,
  countdownHref,
}: Props) {
  const timers = useTimers();
  const muted = useMuted();
  const ready = timers !== null;
  const [start, setStart] = useState(defaultStart);
  const [message, announce] = useAnnouncer();

  useEffect(() => {
    primeAudioOnFirstGesture();
    const saved = readItem(START_KEY);
    if (saved.ok && saved.value && parseClockTime(saved.value) !== null) setStart(saved.value);
  }, []);

  const exercises = useMemo(() => agenda.flatMap((episode) => episode.exercises), [agenda]);
  const episodeOf = useMemo(() => {
    const map = new Map<string, AgendaEpisode>();
    for (const episode of agenda) for (const exercise of episode.exercises) map.set(exercise.id, episode);
    return map;
  }, [agenda]);

  const now = ready ? timerNow() : 0;
  const stateOf = (id: string) => timers?.timers[id] ?? IDLE;
  const viewOf = (exercise: TimerExercise) => deriveTimer(stateOf(exercise.id), exercise, now);
  const anyRunning = ready && exercises.some((exercise) => viewOf(exercise).status === 'running');
  useTick(anyRunning);

  const activeId = timers?.active.id ?? null;
  const active = exercises.find((exercise) => exercise.id === activeId) ?? null;
  const activeView = active ? viewOf(active) : deriveTimer(IDLE, NOTHING, 0);
  useWakeLock(activeView.status === 'running');
  // Only the active timer speaks and chimes here; the table's timers are there to be controlled.
  const milestoneMessage = useTimerFeedback(activeView, ready && active !== null, activeId ?? '', muted);

  const nextId = nextExerciseId(
    exercises.map((exercise) => exercise.id),
    activeId,
  );
  const next = exercises.find((exercise) => exercise.id === nextId) ?? null;
  const timing = sessionTiming(exercises, timers?.timers ?? {}, now);
  const overrunMinutes = Math.round(timing.overrunMs / 60_000);
  const startMinutes = parseClockTime(start) ?? parseClockTime(defaultStart) ?? 0;
  const clock = (offset: number) => formatClockTime(startMinutes + offset);

  const participantLink =
    ready && active
      ? (() => {
          const link = countdownFor(active, stateOf(active.id), now);
          return link ? new URL(countdownHref + countdownSearch(link), window.location.href).href : null;
        })()
      : null;

  const onStartNext = () => {
    primeAudio();
    const started = startNextExercise(exercises);
    const exercise = exercises.find((candidate) => candidate.id === started);
    if (exercise) announce(`Started ${exercise.title}.`);
  };

  return (
    <div class="console" data-ready={ready ? 'true' : undefined}>
      <section
        class={[
          'console-now',
          `timer--${activeView.status}`,
          active && activeView.overtime ? 'timer--overtime' : '',
          active && activeView.oneMinuteLeft ? 'timer--last-minute' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        aria-labelledby="console-now-heading"
        data-console-now
      >
        <h2 id="console-now-heading">Now</h2>
        {active ? (
          <ActivePanel exercise={active} view={activeView} episode={episodeOf.get(active.id)} />
        ) : (
          <p data-console-idle>No exercise is active yet. Start the first one when the group is ready.</p>
        )}
        <div class="console-actions">
          {next ? (
            <button type="button" class="primary" onClick={onStartNext} data-start-next>
              Start next exercise: {next.title}
            </button>
          ) : (
            <p>This was the last exercise.</p>
          )}
          <a class="button" href={projectorHref} target="_blank" rel="noopener">
            Open the projector view <span class="visually-hidden">(opens in a new window)</span>
          </a>
          <button type="button" class="toggle" aria-pressed={muted ? 'true' : 'false'} onClick={toggleMuted}>
            Mute chime
          </button>
        </div>
        <LiveRegion message={milestoneMessage} />
      </section>

      <ParticipantLink link={participantLink} title={active?.title ?? null} announce={announce} />

      <section class="console-timing" aria-labelledby="console-timing-heading">
        <h2 id="console-timing-heading">Timing</h2>
        <p class="console-start">
          <label for="console-start-time">Workshop start time</label>{' '}
          <input
            id="console-start-time"
            type="time"
            value={start}
            required
            onInput={(event) => {
              const value = event.currentTarget.value;
              if (parseClockTime(value) === null) return;
              setStart(value);
              writeItem(START_KEY, value);
            }}
          />
        </p>
        <p data-console-drift>
          Planned: {clock(0)}–{clock(totalMinutes)} ({formatDuration(totalMinutes)}).{' '}
          <strong class={overrunMinutes > 0 ? 'console-late' : undefined}>{describeOverrun(timing.overrunMs)}</strong>
          {overrunMinutes !== 0 && <> — projected finish {clock(totalMinutes + overrunMinutes)}</>}.
        </p>
        <p class="console-note">
          Actual minutes are wall-clock time from start to stop, pauses included. An exercise still running counts once
          it passes its planned minutes.
        </p>
      </section>

      <section class="console-agenda" aria-labelledby="console-agenda-heading">
        <h2 id="console-agenda-heading">Agenda</h2>
        <div class="table-scroll">
          <table class="console-table">
            <caption class="visually-hidden">
              Episodes and exercises with planned and actual minutes and timer controls
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Episode and exercise</th>
                <th scope="col" class="num">
                  Planned
                </th>
                <th scope="col" class="num">
                  Actual
                </th>
                <th scope="col">Timer</th>
                <th scope="col">Controls</th>
              </tr>
            </thead>
            {agenda.map((episode) => (
              <tbody key={episode.id}>
                <tr class="console-episode">
                  <td class="console-time">
                    <time>{clock(episode.startOffset)}</time>–<time>{clock(episode.endOffset)}</time>
                  </td>
                  <th scope="row" colSpan={5}>
                    <a href={episode.href}>
                      {episode.order}. {episode.title}
                    </a>{' '}
                    <span class="console-muted">
                      ({formatDuration(episode.endOffset - episode.startOffset)}, of which {episode.teaching} min
                      teaching)
                    </span>
                  </th>
                </tr>
                {episode.exercises.map((exercise) => {
                  const view = viewOf(exercise);
                  const row = timing.exercises.find((candidate) => candidate.id === exercise.id);
                  const isActive = exercise.id === activeId;
                  const startedAt = stateOf(exercise.id).startedAt;
                  return (
                    <tr
                      key={exercise.id}
                      class={isActive ? 'console-exercise is-active' : 'console-exercise'}
                      aria-current={isActive ? 'true' : undefined}
                      data-exercise-row={exercise.id}
                    >
                      <td class="console-time">
                        {startedAt !== null && (
                          <>
                            started{' '}
                            <time>
                              {formatClockTime(new Date(startedAt).getHours() * 60 + new Date(startedAt).getMinutes())}
                            </time>
                          </>
                        )}
                      </td>
                      <th scope="row">
                        {exercise.title}
                        {isActive && <span class="console-badge">Active</span>}
                        {exercise.parts && (
                          <span class="console-parts">
                            {exercise.parts.map((part) => `${part.label} (${part.minutes} min)`).join(' · ')}
                          </span>
                        )}
                      </th>
                      <td class="num">{exercise.minutes} min</td>
                      <td class="num" data-actual>
                        {formatActual(row?.actualMs ?? null)}
                        {row && row.actualMs !== null && Math.round(row.overrunMs / 60_000) !== 0 && (
                          <span class="console-muted">
                            {' '}
                            ({row.overrunMs > 0 ? '+' : '−'}
                            {Math.abs(Math.round(row.overrunMs / 60_000))} min)
                          </span>
                        )}
                      </td>
                      <td class="console-timer" data-row-timer>
                        <span class="console-clock">{displayTime(view)}</span> <span>{statusLabel(view)}</span>
                        {view.hasParts && view.status !== 'idle' && (
                          <span class="console-muted">
                            {' '}
                            · part {view.part.index + 1} of {view.partCount}
                          </span>
                        )}
                      </td>
                      <td>
                        <div class="console-row-controls">
                          <button
                            type="button"
                            class="toggle"
                            aria-pressed={isActive ? 'true' : 'false'}
                            onClick={() => setActiveExercise(isActive ? null : exercise.id)}
                          >
                            On projector<span class="visually-hidden">: {exercise.title}</span>
                          </button>
                          <TimerControls exercise={exercise} view={view} context={exercise.title} />
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      </section>
      <LiveRegion message={message} />
    </div>
  );
}

function ActivePanel({
  exercise,
  view,
  episode,
}: {
  exercise: TimerExercise;
  view: TimerView;
  episode: AgendaEpisode | undefined;
}) {
  return (
    <div class="console-active" data-active-exercise={exercise.id}>
      <p class="console-active-title">
        {episode ? <a href={`${episode.href}#${exercise.id}`}>{exercise.title}</a> : exercise.title}
        {episode && <span class="console-muted"> · episode {episode.order}</span>}
      </p>
      <TimerFace view={view} kind="console" />
      {view.hasParts && (
        <div class="timer-part">
          <p class="timer-part-label">
            Part {view.part.index + 1} of {view.partCount}: <strong>{view.part.label}</strong>
          </p>
          <p class="timer-part-instruction">{view.part.instruction}</p>
          <p class="timer-next">
            {view.nextPart ? `Next: ${view.nextPart.label} (${formatMinutes(view.nextPart.durationMs)})` : 'Last part'}
          </p>
        </div>
      )}
      <TimerControls exercise={exercise} view={view} />
    </div>
  );
}

function ParticipantLink({
  link,
  title,
  announce,
}: {
  link: string | null;
  title: string | null;
  announce: (text: string) => void;
}) {
  const [showQr, setShowQr] = useState(false);
  const [qr, setQr] = useState<{ link: string; src: string } | null>(null);
  const [qrFailed, setQrFailed] = useState(false);

  useEffect(() => {
    if (!showQr || !link || qr?.link === link) return;
    let cancelled = false;
    // Loaded on request only: the QR encoder is not part of the console's first download.
    import('qrcode')
      .then(async (module) => {
        // A CommonJS package: its API is the default export, or the namespace itself.
        const encoder = (module.default as typeof module | undefined) ?? module;
        const svg = await encoder.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
        if (!cancelled) setQr({ link, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (!cancelled) setQrFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [showQr, link, qr?.link]);

  const copy = () => {
    if (!link) return;
    navigator.clipboard.writeText(link).then(
      () => announce('Link copied.'),
      () => announce('Could not copy: select the link and copy it by hand.'),
    );
  };

  return (
    <section class="console-share" aria-labelledby="console-share-heading">
      <h2 id="console-share-heading">Participants' countdown</h2>
      {link ? (
        <>
          <p>
            A read-only countdown of {title} for participants' own devices. The link carries the end time, so after a
            pause or added time, share the new link (or let them scan the code again).
          </p>
          <p class="console-link-row">
            <label for="console-participant-link">Participant link</label>
            <input id="console-participant-link" type="url" readOnly value={link} data-participant-link />
            <button type="button" onClick={copy}>
              Copy link
            </button>
            <button
              type="button"
              aria-expanded={showQr ? 'true' : 'false'}
              aria-controls="console-qr"
              onClick={() => setShowQr(!showQr)}
            >
              {showQr ? 'Hide QR code' : 'Show QR code'}
            </button>
          </p>
          <div id="console-qr" class="console-qr" hidden={!showQr}>
            {qrFailed ? (
              <p>The QR code could not be made; share the link instead.</p>
            ) : qr ? (
              <img
                src={qr.src}
                width={240}
                height={240}
                alt={`QR code of the participant link for ${title ?? 'the exercise'}`}
                data-qr
              />
            ) : (
              <p>Making the QR code…</p>
            )}
          </div>
        </>
      ) : (
        <p>Start the active exercise's timer to get a link and a QR code for participants' devices.</p>
      )}
    </section>
  );
}
