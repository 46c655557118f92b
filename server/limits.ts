// The server's limits and the small counters that enforce them. Every limit can be overridden (tests,
// operators); the defaults suit a workshop of a few dozen teams on a small machine.

export interface Limits {
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes: number;
  /** Largest document, in bytes of its encoded state; an update that would exceed it is refused. */
  maxDocumentBytes: number;
  /** Open WebSocket connections per client address (a room's devices may share one NAT address). */
  maxConnectionsPerAddress: number;
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Workshops one address may create per minute. */
  workshopsPerMinute: number;
  /** Largest HTTP request body accepted by the API, in bytes. */
  maxRequestBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 512 * 1024,
  maxDocumentBytes: 4 * 1024 * 1024,
  maxConnectionsPerAddress: 100,
  messagesPerSecond: 40,
  messageBurst: 200,
  workshopsPerMinute: 10,
  maxRequestBytes: 16 * 1024,
};

/** A token bucket: `take()` is false once the burst is spent faster than the rate refills it. */
export function tokenBucket(ratePerSecond: number, burst: number, now: () => number = Date.now) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * ratePerSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Counts open things per key (connections per address), refusing beyond `max`. */
export function keyedCounter(max: number) {
  const counts = new Map<string, number>();
  return {
    acquire(key: string): boolean {
      const count = counts.get(key) ?? 0;
      if (count >= max) return false;
      counts.set(key, count + 1);
      return true;
    },
    release(key: string): void {
      const count = (counts.get(key) ?? 1) - 1;
      if (count <= 0) counts.delete(key);
      else counts.set(key, count);
    },
  };
}

/** At most `max` events per key in any `windowMs` (workshop creation per address). */
export function slidingWindow(max: number, windowMs: number, now: () => number = Date.now) {
  const events = new Map<string, number[]>();
  return {
    allow(key: string): boolean {
      const time = now();
      const recent = (events.get(key) ?? []).filter((at) => at > time - windowMs);
      if (recent.length >= max) {
        events.set(key, recent);
        return false;
      }
      recent.push(time);
      events.set(key, recent);
      // Forget quiet keys so the map cannot grow without bound.
      if (events.size > 10_000) {
        for (const [other, times] of events) if (times.every((at) => at <= time - windowMs)) events.delete(other);
      }
      return true;
    },
  };
}
