/**
 * The facilitator's short message to the room on the projector's holding screen ("Back at 10:45"),
 * shown between exercises. Saved with the timers and shared like them: the later message wins.
 */

/** Long enough for a sentence, short enough to read from the back of the room. */
export const HOLDING_MESSAGE_MAX = 140;

export interface HoldingMessage {
  /** Empty: no message. */
  message: string;
  /** When it was set; the later of two tabs' messages wins. */
  at: number;
}

export const NO_HOLDING_MESSAGE: HoldingMessage = { message: '', at: 0 };

/** The message as shown: one line, spaces collapsed, cut to the limit. */
export function cleanHoldingMessage(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, HOLDING_MESSAGE_MAX).trim();
}

/** The later of two messages; at the same instant, a fixed rule so every tab picks the same one. */
export function laterHoldingMessage(a: HoldingMessage, b: HoldingMessage): HoldingMessage {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.message >= b.message ? a : b;
}

/** The next message to save, or null when nothing changes. `at` only grows, like the timers' changes. */
export function withHoldingMessage(current: HoldingMessage, text: string, now: number): HoldingMessage | null {
  const message = cleanHoldingMessage(text);
  if (message === current.message) return null;
  return { message, at: Math.max(now, current.at + 1) };
}
