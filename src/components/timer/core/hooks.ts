import { useEffect, useRef, useState } from 'preact/hooks';
import { $muted, $timers, $timersLoaded, startTimers, type Timers } from '../../../stores/timers';
import { announcement, milestonesBetween, type Milestone, type TimerView } from '../../../lib/timer/timer';
import { useAnnouncer } from '../../ui/announcer';
import { playableAudio } from './chime';
import { $followLinks, type FollowLinks } from '../../../stores/live/follow-links';

/** Milestones older than this get no chime (the page was asleep when they happened). */
const STALE_MS = 5_000;

/**
 * The timers, or null until the island has hydrated and the saved timers are loaded: the server
 * renders every timer idle, so the first client render must too, and a reload must not take the
 * loading for a change (it would announce a part change that happened before the reload).
 * Subscribing directly (not through a batched setTimeout) lets a projector follow the console at
 * once.
 */
export function useTimers(): Timers | null {
  const [value, setValue] = useState<Timers | null>(null);
  useEffect(() => {
    startTimers();
    const follow = () => {
      if ($timersLoaded.get()) setValue($timers.get());
    };
    follow();
    const stopTimers = $timers.listen(follow);
    const stopLoaded = $timersLoaded.listen(follow);
    return () => {
      stopTimers();
      stopLoaded();
    };
  }, []);
  return value;
}

/** The live workshop's links for the projector and the phones, or null when this page is not live. */
export function useFollowLinks(): FollowLinks | null {
  const [links, setLinks] = useState<FollowLinks | null>(null);
  useEffect(() => {
    setLinks($followLinks.get());
    return $followLinks.listen(setLinks);
  }, []);
  return links;
}

/** The shared mute preference (false until hydrated). */
export function useMuted(): boolean {
  const [muted, setMuted] = useState(false);
  useEffect(() => {
    startTimers();
    setMuted($muted.get());
    return $muted.listen(setMuted);
  }, []);
  return muted;
}

/**
 * Calls `onDue` with the milestones crossed since the previous render (part change, one minute
 * left, time is up), each once. The first view after hydration (a reload) sets the baseline and
 * announces nothing. `key` tells timers apart when one island shows different exercises.
 */
export function useMilestones(
  view: TimerView,
  ready: boolean,
  key: string,
  onDue: (due: Milestone[], view: TimerView) => void,
): void {
  const previous = useRef<{ key: string; view: TimerView } | null>(null);
  useEffect(() => {
    if (!ready) return;
    const before = previous.current?.key === key ? previous.current.view : null;
    previous.current = { key, view };
    const due = milestonesBetween(before, view);
    if (due.length > 0) onDue(due, view);
  });
}

/** Keeps the screen awake while `wanted` and the page is visible (see holdWakeLock in common/effects.ts). */
export function useWakeLock(wanted: boolean): void {
  useEffect(() => {
    if (!wanted || !('wakeLock' in navigator)) return;
    let release: (() => void) | null = null;
    let stopped = false;
    import('../common/effects')
      .then(({ holdWakeLock }) => {
        if (!stopped) release = holdWakeLock();
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      release?.();
    };
  }, [wanted]);
}

/**
 * Announces milestones in a polite live region (returns its message) and chimes for a new part
 * and the end, unless muted. A chime for news older than a few seconds (a tab that slept) is
 * skipped: the announcement is enough.
 */
export function useTimerFeedback(view: TimerView, ready: boolean, key: string, muted: boolean): string {
  const [message, announce] = useAnnouncer();
  useMilestones(view, ready, key, (due, current) => {
    announce(announcement(due, current.partCount));
    if (muted) return;
    const fresh = due.filter((milestone) => milestone.lateMs < STALE_MS);
    const end = fresh.some((milestone) => milestone.kind === 'timeUp');
    const part = fresh.find((milestone) => milestone.kind === 'part');
    if (!end && !part) return;
    const context = playableAudio();
    if (!context) return;
    const which = end ? 'end' : `part${part?.kind === 'part' ? part.index : 0}`;
    const claim = `${key}:${current.startedAt ?? 0}:${current.totalMs}:${which}`;
    import('../common/effects')
      .then(({ chimeOnce }) => chimeOnce(context, end ? 'end' : 'part', claim))
      .catch(() => undefined);
  });
  return message;
}
