/**
 * The participants' read-only countdown. Their devices share nothing with the
 * facilitator's browser, so the link itself carries the absolute end time (and each part's end);
 * the page computes the countdown from it and the device's clock. A pause or added time changes
 * the end, so the facilitator shares a new link.
 *
 * Parsed by hand rather than with zod: three plain fields, and the participant page stays a few
 * kilobytes on a phone.
 */
import { deriveTimer, type TimerExercise, type TimerState } from './timer';

export interface CountdownLink {
  /** The exercise's title. */
  title: string;
  /** Epoch ms at which the time is up (if nobody pauses). */
  endsAt: number;
  /** Each part's label and the epoch ms at which it ends, in order; empty without parts. */
  parts: { label: string; endsAt: number }[];
  /**
   * Set when the timer was paused as the link was made: the time that was left, negative when it
   * was paused in overtime.
   */
  pausedRemainingMs: number | null;
}

const MAX_TITLE = 200;
const MAX_PARTS = 20;

/** The link for a timer at `now`, or null while it has not started or after it was stopped. */
export function countdownFor(exercise: TimerExercise, state: TimerState, now: number): CountdownLink | null {
  const view = deriveTimer(state, exercise, now);
  if (view.status === 'idle' || view.status === 'finished') return null;
  // Where the running time is zero on the wall clock, had there been no pause since now.
  const origin = now - view.elapsedMs;
  const parts: CountdownLink['parts'] = [];
  if (view.hasParts) {
    let end = origin;
    for (let index = 0; index < view.partCount; index++) {
      const part = partAt(exercise, state, index);
      end += part.durationMs;
      parts.push({ label: part.label, endsAt: Math.round(end) });
    }
  }
  return {
    title: exercise.title,
    endsAt: Math.round(origin + view.totalMs),
    parts,
    pausedRemainingMs: view.status === 'paused' ? Math.round(view.totalMs - view.elapsedMs) : null,
  };
}

function partAt(exercise: TimerExercise, state: TimerState, index: number): { label: string; durationMs: number } {
  const part = exercise.parts?.[index];
  const base = (part?.minutes ?? 0) * 60_000;
  return { label: part?.label ?? '', durationMs: Math.max(0, base + (state.adjustMs[index] ?? 0)) };
}

/** The query string ("?t=…&end=…") for a link. */
export function countdownSearch(link: CountdownLink): string {
  const params = new URLSearchParams();
  params.set('t', link.title);
  params.set('end', String(link.endsAt));
  for (const part of link.parts) params.append('p', `${part.endsAt}~${part.label}`);
  if (link.pausedRemainingMs !== null) params.set('paused', String(link.pausedRemainingMs));
  return `?${params.toString()}`;
}

export type CountdownParse = { ok: true; value: CountdownLink } | { ok: false; reason: 'missing' | 'invalid' };

function whole(text: string | null, signed = false): number | null {
  if (text === null || !(signed ? /^-?\d{1,16}$/ : /^\d{1,16}$/).test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** Reads a link's query string; anything unreadable is `invalid`, a link without an end `missing`. */
export function parseCountdown(search: string): CountdownParse {
  const params = new URLSearchParams(search);
  if (!params.has('end')) return { ok: false, reason: 'missing' };
  const endsAt = whole(params.get('end'));
  const title = (params.get('t') ?? '').trim().slice(0, MAX_TITLE) || 'Exercise';
  if (endsAt === null) return { ok: false, reason: 'invalid' };
  const parts: CountdownLink['parts'] = [];
  for (const raw of params.getAll('p').slice(0, MAX_PARTS)) {
    const cut = raw.indexOf('~');
    const end = whole(cut < 0 ? null : raw.slice(0, cut));
    if (end === null) return { ok: false, reason: 'invalid' };
    parts.push({
      label: raw
        .slice(cut + 1)
        .trim()
        .slice(0, MAX_TITLE),
      endsAt: end,
    });
  }
  const pausedText = params.get('paused');
  const pausedRemainingMs = pausedText === null ? null : whole(pausedText, true);
  if (pausedText !== null && pausedRemainingMs === null) return { ok: false, reason: 'invalid' };
  return { ok: true, value: { title, endsAt, parts, pausedRemainingMs } };
}

export interface CountdownView {
  remainingMs: number;
  overtimeMs: number;
  overtime: boolean;
  paused: boolean;
  /** The current part's label and position, or null without parts. */
  part: { label: string; index: number; count: number } | null;
  nextPart: string | null;
}

/** What the participant page shows at `now`. */
export function countdownAt(link: CountdownLink, now: number): CountdownView {
  const paused = link.pausedRemainingMs !== null;
  // A paused link stands still where it was paused.
  const at = paused ? link.endsAt - (link.pausedRemainingMs ?? 0) : now;
  const remainingMs = Math.max(0, link.endsAt - at);
  const overtime = at >= link.endsAt;
  let part: CountdownView['part'] = null;
  let nextPart: string | null = null;
  if (link.parts.length > 0) {
    let index = link.parts.findIndex((candidate) => at < candidate.endsAt);
    if (index < 0) index = link.parts.length - 1;
    part = { label: link.parts[index]?.label ?? '', index, count: link.parts.length };
    nextPart = overtime ? null : (link.parts[index + 1]?.label ?? null);
  }
  return { remainingMs, overtimeMs: Math.max(0, at - link.endsAt), overtime, paused, part, nextPart };
}
