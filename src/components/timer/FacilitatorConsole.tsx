import { useEffect, useMemo } from 'preact/hooks';
import { deriveTimer, type TimerExercise } from '../../lib/timer/timer';
import { plannedBlocks, sessionTiming, type AgendaEpisode } from '../../lib/timer/agenda';
import { countdownFor, countdownSearch } from '../../lib/timer/countdown';
import { currentExerciseId, nextExerciseToStart } from '../../lib/timer/day';
import { dayStartAt, lateMinutes, lateness } from '../../lib/timer/lateness';
import { remotePlan } from '../../lib/timer/remote';
import { comingUp, describeComingUp } from '../../lib/timer/coming-up';
import { parseClockTime } from '../../lib/timer/format/clock-time';
import { timerNow, toggleMuted } from '../../stores/timers';
import { startNextExercise } from '../../stores/console';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { useMuted, useFollowLinks, useTimerFeedback, useTimers, useWakeLock } from './core/hooks';
import { useTick } from './core/tick';
import { IDLE_TIMER, NO_EXERCISE } from './core/idle';
import { useConsolePlan } from './common/day-plan';
import { primeAudio, primeAudioOnFirstGesture } from './core/chime';
import { NowPanel } from './console/NowPanel';
import { HoldingControls } from './console/HoldingControls';
import { ParticipantPanel } from './console/ParticipantPanel';
import { TimingPanel } from './console/TimingPanel';
import { AgendaTable } from './console/AgendaTable';
import '../../styles/timer.css';
import '../../styles/stacked-table.css';
import '../../styles/console.css';

interface Props {
  /** Every episode in order, with its exercises' timing data and its break. */
  agenda: AgendaEpisode[];
  /** Where a remote or hybrid day has its transitions (lib/timer/remote.ts), worked out by the build. */
  remoteTransitions: number[];
  /** Start time shown until the facilitator picks another ("HH:MM"). */
  defaultStart: string;
  /** The projector page and the participant countdown page (with Astro's base). */
  projectorHref: string;
  countdownHref: string;
}

/** The facilitator console: the exercise the room is on, the projector, the participants' link, the day's timing. */
export default function FacilitatorConsole({
  agenda,
  remoteTransitions,
  defaultStart,
  projectorHref,
  countdownHref,
}: Props) {
  const timers = useTimers();
  const muted = useMuted();
  const ready = timers !== null;
  const live = useFollowLinks();
  const { start, chooseStart, remote, chooseRemote } = useConsolePlan(
    defaultStart,
    timers?.plan ?? null,
    live !== null,
    ready,
  );
  const [message, announce] = useAnnouncer();
  useEffect(primeAudioOnFirstGesture, []);

  const exercises = useMemo(() => agenda.flatMap((episode) => episode.exercises), [agenda]);
  const order = useMemo(() => exercises.map((exercise) => exercise.id), [exercises]);
  const plan = useMemo(() => {
    const planned = plannedBlocks(agenda);
    return remote ? remotePlan(planned, remoteTransitions) : planned;
  }, [agenda, remote, remoteTransitions]);
  const episodeOf = (id: string) => agenda.find((episode) => episode.exercises.some((e) => e.id === id));

  const now = ready ? timerNow() : 0;
  const states = timers?.timers ?? {};
  const stateOf = (id: string) => states[id] ?? IDLE_TIMER;
  const viewOf = (exercise: TimerExercise) => deriveTimer(stateOf(exercise.id), exercise, now);
  useTick(ready && exercises.some((exercise) => viewOf(exercise).status === 'running'));

  const activeId = timers?.active.id ?? null;
  const currentId = currentExerciseId(order, activeId, states);
  const current = exercises.find((exercise) => exercise.id === currentId) ?? null;
  const currentView = current ? viewOf(current) : deriveTimer(IDLE_TIMER, NO_EXERCISE, 0);
  useWakeLock(currentView.status === 'running');
  // Only the current timer speaks and chimes here; the table's timers are there to be controlled.
  const milestoneMessage = useTimerFeedback(currentView, ready && current !== null, currentId ?? '', muted);

  const next = exercises.find((exercise) => exercise.id === nextExerciseToStart(order, activeId, states)) ?? null;
  const startMinutes = parseClockTime(start) ?? parseClockTime(defaultStart) ?? 0;
  const day = ready ? lateness(plan, exercises, states, dayStartAt(now, startMinutes), now) : null;
  const late = day ? lateMinutes(day) : 0;
  const timing = sessionTiming(exercises, states, now);
  const coming = comingUp(plan, currentId, startMinutes, late).map(describeComingUp);

  const link = ready && current ? countdownFor(current, stateOf(current.id), now) : null;
  const participantLink = link ? new URL(countdownHref + countdownSearch(link), window.location.href).href : null;

  const onStartNext = (event: MouseEvent) => {
    // The second click of a double click would start the exercise after this one.
    if (event.detail > 1) return;
    primeAudio();
    const started = startNextExercise(exercises);
    const exercise = exercises.find((candidate) => candidate.id === started);
    if (exercise) announce(`Started ${exercise.title}.`);
  };

  return (
    <div class="console" data-ready={ready ? 'true' : undefined}>
      <NowPanel
        exercise={current}
        view={currentView}
        episode={currentId === null ? undefined : episodeOf(currentId)}
        onProjector={activeId !== null && activeId === currentId}
        message={milestoneMessage}
      >
        {next ? (
          <button type="button" class="primary" onClick={onStartNext} data-start-next>
            Start next exercise: {next.title}
          </button>
        ) : (
          <p>This was the last exercise.</p>
        )}
        {/* Live, this browser's own projector view would not follow the room: open the workshop's. */}
        <a class="button" href={live?.projector ?? projectorHref} target="_blank" rel="noopener" data-open-projector>
          Open the projector view <span class="visually-hidden">(opens in a new window)</span>
        </a>
        <button type="button" class="toggle" aria-pressed={muted ? 'true' : 'false'} onClick={toggleMuted}>
          Mute chime
        </button>
      </NowPanel>
      <HoldingControls
        message={timers?.holding.message ?? ''}
        holding={ready && activeId === null}
        currentId={currentId}
        nextLine={coming.length > 0 ? `Next: ${coming.join(', then ')}.` : 'Nothing more is planned today.'}
        announce={announce}
      />
      <ParticipantPanel
        link={participantLink}
        liveLink={live?.phones ?? null}
        title={current?.title ?? null}
        announce={announce}
      />
      <TimingPanel
        start={start}
        onStart={chooseStart}
        remote={remote}
        onRemote={chooseRemote}
        transitions={remoteTransitions.length}
        startMinutes={startMinutes}
        totalMinutes={plan.at(-1)?.endOffset ?? 0}
        lateMinutes={late}
        started={day?.basedOn != null}
      />
      <AgendaTable
        agenda={agenda}
        plan={plan}
        startMinutes={startMinutes}
        viewOf={viewOf}
        startedAtOf={(id) => stateOf(id).startedAt}
        timingOf={(id) => timing.exercises.find((row) => row.id === id)}
        activeId={activeId}
      />
      <LiveRegion message={message} />
    </div>
  );
}
