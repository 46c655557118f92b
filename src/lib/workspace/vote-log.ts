import { DEFAULT_PER_ITEM_CAP, DEFAULT_VOTES_PER_MEMBER, MAX_VOTES } from '../schema/values';
import type { Vote } from '../schema/workspace';
import { dotCount } from './board';

/**
 * Dot voting as a log of what each voter did. The tally is replayed from the log in one order that
 * every device shares, applying the caps as it goes: a dot that would put a voter over a cap is
 * ignored wherever and whenever it arrives, so the tally never shows more dots than the caps allow.
 * A new round names itself; dots placed in an earlier round never count again. A change of the caps
 * is an entry too, so dots it takes back stay taken back if the caps rise again.
 */
export type VoteEvent =
  /** One dot placed (+1) or taken back (-1) by voter `m` on weakness `w`, in round `r`. */
  | { t: 'vote'; r: string; m: string; w: string; d: 1 | -1 }
  /** New caps: dots per voter and per weakness; dots over them are taken back, latest first. */
  | { t: 'limits'; v: number; c: number }
  /** A new round: every dot placed before it stops counting. */
  | { t: 'round'; r: string };

export interface Tally {
  votesPerMember: number;
  perItemCap: number;
  round: string;
  /** Dots by voter and weakness, in the order each pair first received a dot. */
  votes: Vote[];
}

const validCap = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_VOTES;

/** Reads one entry written by any device; anything malformed is null (and ignored). */
export function readVoteEvent(value: unknown): VoteEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  if (e.t === 'vote' && typeof e.r === 'string' && typeof e.m === 'string' && typeof e.w === 'string') {
    return e.d === 1 || e.d === -1 ? { t: 'vote', r: e.r, m: e.m, w: e.w, d: e.d } : null;
  }
  if (e.t === 'limits' && validCap(e.v) && validCap(e.c)) return { t: 'limits', v: e.v, c: e.c };
  if (e.t === 'round' && typeof e.r === 'string') return { t: 'round', r: e.r };
  return null;
}

/**
 * The tally from the log. Dots of voters or weaknesses that no longer exist do not count (and free
 * the voter's dots); they count again if the item is restored.
 */
export function replayVotes(
  log: readonly unknown[],
  memberIds: ReadonlySet<string>,
  weaknessIds: ReadonlySet<string>,
): Tally {
  let votesPerMember = DEFAULT_VOTES_PER_MEMBER;
  let perItemCap = DEFAULT_PER_ITEM_CAP;
  let round = '';
  // Per voter, the weaknesses of their dots in the order placed (latest last).
  let dots = new Map<string, string[]>();
  const firstDot = new Map<string, number>();
  let sequence = 0;

  const trim = () => {
    for (const [member, list] of dots) {
      while (list.length > votesPerMember) list.pop();
      const counts = new Map<string, number>();
      dots.set(
        member,
        list.filter((w) => {
          const n = (counts.get(w) ?? 0) + 1;
          counts.set(w, n);
          return n <= perItemCap;
        }),
      );
    }
  };

  for (const raw of log) {
    const event = readVoteEvent(raw);
    if (!event) continue;
    if (event.t === 'limits') {
      votesPerMember = event.v;
      perItemCap = event.c;
      trim();
    } else if (event.t === 'round') {
      round = event.r;
      dots = new Map();
    } else if (event.r === round && memberIds.has(event.m) && weaknessIds.has(event.w)) {
      const list = dots.get(event.m) ?? [];
      if (event.d === 1) {
        const onItem = list.filter((w) => w === event.w).length;
        if (list.length < votesPerMember && onItem < perItemCap) {
          list.push(event.w);
          const pair = JSON.stringify([event.m, event.w]);
          if (!firstDot.has(pair)) firstDot.set(pair, sequence++);
        }
      } else {
        const at = list.lastIndexOf(event.w);
        if (at !== -1) list.splice(at, 1);
      }
      dots.set(event.m, list);
    }
  }

  const votes: (Vote & { order: number })[] = [];
  for (const [memberId, list] of dots) {
    const counts = new Map<string, number>();
    for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [weaknessId, count] of counts) {
      votes.push({ memberId, weaknessId, count, order: firstDot.get(JSON.stringify([memberId, weaknessId])) ?? 0 });
    }
  }
  votes.sort((a, b) => a.order - b.order);
  return {
    votesPerMember,
    perItemCap,
    round,
    votes: votes.map(({ memberId, weaknessId, count }) => ({ memberId, weaknessId, count })),
  };
}

/** The log entries that bring an imported or restored tally back exactly: caps, a new round, then each dot. */
export function eventsForTally(tally: Omit<Tally, 'round'>, round: string): VoteEvent[] {
  const events: VoteEvent[] = [
    { t: 'limits', v: tally.votesPerMember, c: tally.perItemCap },
    { t: 'round', r: round },
  ];
  for (const vote of tally.votes) {
    for (let i = 0; i < vote.count; i += 1)
      events.push({ t: 'vote', r: round, m: vote.memberId, w: vote.weaknessId, d: 1 });
  }
  return events;
}

/**
 * How many of a tally's dots its own caps would not count (a file edited by hand, or saved by an older
 * version whose merge could exceed them): an import says so rather than drop them silently.
 */
export function dotsOverCaps(tally: Omit<Tally, 'round'>): number {
  const kept = replayVotes(
    eventsForTally(tally, 'import'),
    new Set(tally.votes.map((vote) => vote.memberId)),
    new Set(tally.votes.map((vote) => vote.weaknessId)),
  );
  return dotCount(tally.votes) - dotCount(kept.votes);
}
