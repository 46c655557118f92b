import type { WatchStatus } from '../live/status';

/** One line on how the overview's live rooms are doing: how many are live, and what is wrong with the rest. */
export function liveRoomsText(statuses: readonly WatchStatus[]): string {
  const count = (status: WatchStatus) => statuses.filter((s) => s === status).length;
  const rooms = (n: number) => `${n} ${n === 1 ? 'room' : 'rooms'}`;
  const live = count('online');
  if (statuses.length === 0) return 'This live workshop has no teams.';
  const parts = [`${live} of ${rooms(statuses.length)} live, updated as the teams write`];
  if (count('connecting')) parts.push(`${rooms(count('connecting'))} connecting`);
  if (count('offline')) parts.push(`${rooms(count('offline'))} offline (showing what arrived before)`);
  if (count('refused')) parts.push(`${rooms(count('refused'))} refused by the server`);
  return `${parts.join('; ')}.`;
}
