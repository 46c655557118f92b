import type { DiscussionPoint } from '../schema/discussion';

/**
 * Discussion points ordered by the best (lowest) rank among their linked weaknesses; points linked to
 * nothing ranked come last. Ties keep the order in which they were written.
 */
export function orderDiscussion(points: readonly DiscussionPoint[], rank: readonly string[]): DiscussionPoint[] {
  const position = new Map(rank.map((id, index) => [id, index] as const));
  const best = (point: DiscussionPoint) =>
    point.weaknessIds.reduce((min, id) => Math.min(min, position.get(id) ?? Infinity), Infinity);
  return points
    .map((point, index) => ({ point, index, best: best(point) }))
    .sort((a, b) => (a.best === b.best ? a.index - b.index : a.best < b.best ? -1 : 1))
    .map((entry) => entry.point);
}
