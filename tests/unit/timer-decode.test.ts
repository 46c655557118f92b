import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeTimersFile } from '../../src/lib/timer/decode';
import { TimersFileSchema } from '../../src/lib/schema/timer';

/** Numbers near every boundary the schema draws, and some that break the rules. */
const numberArb = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, 60_000, 86_400_000, 86_400_001, -86_400_001, 8.64e15, 8.64e15 + 2, NaN, Infinity),
  fc.integer({ min: 0, max: 2_000_000_000_000 }),
  fc.integer({ min: -100_000_000, max: 100_000_000 }),
  fc.double(),
);
const epochArb = fc.oneof(fc.constant(null), numberArb, fc.constant('1'));
const idArb = fc.oneof(
  fc.constantFrom('team-strengths-weaknesses', 'a', '', '-a', 'A', '__proto__', 'x'.repeat(101), 'x'.repeat(100)),
  fc.stringMatching(/^[a-z0-9-]{0,12}$/),
);

/** Timer states that are often valid and often broken in one way. */
const timerArb = fc.record(
  {
    startedAt: epochArb,
    pausedAt: fc.oneof(fc.constant(null), epochArb),
    pausedMs: fc.oneof(fc.constant(0), numberArb),
    finishedAt: fc.oneof(fc.constant(null), epochArb),
    adjustMs: fc.oneof(
      fc.array(numberArb, { maxLength: 4 }),
      fc.array(fc.constant(0), { minLength: 49, maxLength: 52 }),
      fc.constant('x'),
    ),
    updatedAt: numberArb,
    extra: fc.anything(),
  },
  { requiredKeys: ['startedAt', 'pausedAt', 'pausedMs', 'finishedAt', 'adjustMs', 'updatedAt'] },
);

/** Plausible running timers, so that the valid branch is well covered too. */
const validTimerArb = fc
  .record({
    startedAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    run: fc.integer({ min: 0, max: 3_600_000 }),
    pausedMs: fc.integer({ min: 0, max: 3_600_000 }),
    state: fc.constantFrom('running', 'paused', 'finished'),
    adjustMs: fc.array(fc.integer({ min: -600_000, max: 600_000 }), { maxLength: 3 }),
  })
  .map(({ startedAt, run, pausedMs, state, adjustMs }) => ({
    startedAt,
    pausedAt: state === 'paused' ? startedAt + pausedMs + run : null,
    pausedMs,
    finishedAt: state === 'finished' ? startedAt + pausedMs + run : null,
    adjustMs,
    updatedAt: startedAt + pausedMs + run,
  }));

const fileArb = fc.record(
  {
    format: fc.oneof(fc.constant('mentoring-kit-timers'), fc.constant('mentoring-kit-workspace')),
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.constant('1')),
    active: fc.oneof(
      fc.record({ id: fc.oneof(fc.constant(null), idArb), at: numberArb }),
      fc.constant(null),
      fc.anything(),
    ),
    timers: fc.oneof(
      fc.dictionary(idArb, fc.oneof(validTimerArb, timerArb), { maxKeys: 3 }),
      fc.array(validTimerArb, { maxLength: 1 }),
      fc.anything(),
    ),
    holding: fc.oneof(
      fc.record({ message: fc.oneof(fc.string({ maxLength: 150 }), numberArb), at: numberArb }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

const validFileArb = fc.record(
  {
    format: fc.constant('mentoring-kit-timers'),
    version: fc.constant(1),
    active: fc.record({ id: fc.oneof(fc.constant(null), fc.constantFrom('a', 'mentoring-session')), at: fc.nat() }),
    timers: fc.dictionary(fc.constantFrom('a', 'b-c', 'mentoring-session'), validTimerArb, { maxKeys: 3 }),
    holding: fc.record({ message: fc.string({ maxLength: 140 }), at: fc.nat() }),
  },
  { requiredKeys: ['format', 'version', 'active', 'timers'] },
);

/** A valid file with one value somewhere replaced (or removed): the near misses that matter most. */
const nearMissArb = fc
  .tuple(
    validFileArb,
    fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    fc.oneof(numberArb, idArb, fc.array(fc.constant(0), { minLength: 50, maxLength: 51 }), fc.anything()),
  )
  .map(([file, path, value]) => {
    const copy = structuredClone(file) as unknown as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (let depth = 0; depth < path.length; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[(path[depth] ?? 0) % keys.length] as string;
      const child = node[key];
      if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
        if ((path[depth] ?? 0) % 7 === 0) delete node[key];
        else node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  });

/** What zod says: the parsed value, or null. */
function zodDecode(data: unknown) {
  const result = TimersFileSchema.safeParse(data);
  return result.success ? result.data : null;
}

describe('reading saved timers without zod', () => {
  test('gives the same verdict and value as the zod schema on arbitrary input', () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: validFileArb, weight: 2 },
          { arbitrary: nearMissArb, weight: 4 },
          { arbitrary: fileArb, weight: 2 },
          { arbitrary: fc.anything(), weight: 1 },
        ),
        (data) => {
          // JSON round trip: saved values come from JSON.parse (no prototypes, no undefined).
          let input: unknown;
          try {
            input = JSON.parse(JSON.stringify(data) ?? 'null');
          } catch {
            return;
          }
          const expected = zodDecode(input);
          if (expected) valid++;
          expect(decodeTimersFile(input)).toEqual(expected);
        },
      ),
      { numRuns: 4000 },
    );
    expect(valid).toBeGreaterThan(500);
  });

  test('skips a timer saved under "__proto__", as zod does, and keeps the rest', () => {
    const timer = { startedAt: 0, pausedAt: null, pausedMs: 0, finishedAt: null, adjustMs: [], updatedAt: 0 };
    const input: unknown = JSON.parse(
      JSON.stringify({
        format: 'mentoring-kit-timers',
        version: 1,
        active: { id: null, at: 0 },
        timers: { 'mentoring-session': timer },
      }).replace('"timers":{', `"timers":{"__proto__":${JSON.stringify(timer)},`),
    );
    const decoded = decodeTimersFile(input);
    expect(decoded).toEqual(zodDecode(input));
    expect(Object.keys(decoded?.timers ?? {})).toEqual(['mentoring-session']);
    expect(Object.getPrototypeOf(decoded?.timers)).toBe(Object.prototype);
  });

  test('accepts every plausible timer the store writes', () => {
    fc.assert(
      fc.property(validTimerArb, (timer) => {
        const file = { format: 'mentoring-kit-timers', version: 1, active: { id: 'x', at: 1 }, timers: { x: timer } };
        expect(zodDecode(file)).not.toBeNull();
        expect(decodeTimersFile(file)).toEqual(zodDecode(file));
      }),
      { numRuns: 300 },
    );
  });
});
