import { describe, expect, test } from 'vitest';
import { keyedCounter, slidingWindow, tokenBucket } from '../../../server/limits.ts';

describe('tokenBucket', () => {
  test('allows the burst, then the sustained rate', () => {
    let now = 0;
    const bucket = tokenBucket(10, 5, () => now);
    expect(Array.from({ length: 6 }, () => bucket.take())).toEqual([true, true, true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('keyedCounter', () => {
  test('refuses beyond the maximum per key and frees a place on release', () => {
    const counter = keyedCounter(2);
    expect([counter.acquire('a'), counter.acquire('a'), counter.acquire('a'), counter.acquire('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    counter.release('a');
    expect(counter.acquire('a')).toBe(true);
  });
});

describe('slidingWindow', () => {
  test('allows at most the maximum in any window, per key', () => {
    let now = 0;
    const window = slidingWindow(2, 60_000, () => now);
    expect([window.allow('a'), window.allow('a'), window.allow('a'), window.allow('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    now = 59_999;
    expect(window.allow('a')).toBe(false);
    now = 60_001;
    expect(window.allow('a')).toBe(true);
  });
});
