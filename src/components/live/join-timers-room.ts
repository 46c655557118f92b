import { joinRoom } from '../../stores/live/room';
import { useTimersDocument } from '../../stores/timers';
import type { RoomLink } from '../../lib/live/links';

/**
 * Follows (or, with the facilitator's link, runs) the live workshop's timers: the timers store shows
 * the room's document from now on, with times corrected by the server's clock.
 */
export async function joinTimersRoom(
  link: RoomLink,
  options: { base: string; configured: string },
  onReady?: () => void,
): Promise<void> {
  const room = await joinRoom(link, { ...options, name: '' });
  useTimersDocument(room.doc, room.offsetMs);
  onReady?.();
}
