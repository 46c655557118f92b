import type { VoteRefusal } from './board';

/**
 * What a workspace action did, returned to the island that asked for it: worked out from the
 * workspace right after the change, so an island words its announcement from this alone and never
 * reads the store again to find out what happened.
 */

/** Where an item stands in its list: 1-based position, of how many. */
export interface Place {
  position: number;
  of: number;
}

/** The place of `id` in `order`; null when it is not there. */
export function placeIn(order: readonly string[], id: string): Place | null {
  const index = order.indexOf(id);
  return index === -1 ? null : { position: index + 1, of: order.length };
}

/** Why nothing was added or changed. */
export type Refusal = 'emptyTitle' | 'emptyQuestion' | 'unknownGoal' | 'unknownItem';

/** An item added to a list: its id, the text it was saved with (trimmed), and where it went. */
export interface Added {
  ok: true;
  id: string;
  text: string;
  place: Place;
}

/** A refused action and why. */
export interface Refused<R extends string = Refusal> {
  ok: false;
  reason: R;
}

/** A discussion point's links changed: where the question now stands (the rank of its weaknesses orders it). */
export type Relinked = { ok: true; place: Place } | Refused<'unknownItem'>;

/** Why a dot was not placed or not taken back. */
export type DotRefusal = VoteRefusal | 'noDotHere';

/** A dot placed or taken back, and how many the voter has left; or why not. */
export type DotOutcome = { ok: true; left: number } | Refused<DotRefusal>;
