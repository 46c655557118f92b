/**
 * Editing the holding screen's message: the console's rules, apart from ./holding.ts so that the
 * pages that only show timers do not load them.
 */
import type { HoldingMessage } from './holding';

/** Long enough for a sentence, short enough to read from the back of the room. */
export const HOLDING_MESSAGE_MAX = 140;

/** The message as shown: one line, spaces collapsed, cut to the limit. */
export function cleanHoldingMessage(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, HOLDING_MESSAGE_MAX).trim();
}

/** The next message to save, or null when nothing changes. `at` only grows, like the timers' changes. */
export function withHoldingMessage(current: HoldingMessage, text: string, now: number): HoldingMessage | null {
  const message = cleanHoldingMessage(text);
  if (message === current.message) return null;
  return { message, at: Math.max(now, current.at + 1) };
}
