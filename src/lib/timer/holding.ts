/**
 * The facilitator's short message to the room on the projector's holding screen ("Back at 10:45"),
 * shown between exercises. Saved with the timers and shared like them: the later message wins.
 */

export interface HoldingMessage {
  /** Empty: no message. */
  message: string;
  /** When it was set; the later of two tabs' messages wins. */
  at: number;
}

export const NO_HOLDING_MESSAGE: HoldingMessage = { message: '', at: 0 };

/** The later of two messages; at the same instant, a fixed rule so every tab picks the same one. */
export function laterHoldingMessage(a: HoldingMessage, b: HoldingMessage): HoldingMessage {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.message >= b.message ? a : b;
}
