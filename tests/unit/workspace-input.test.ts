import { describe, expect, test } from 'vitest';
import { cleanText, isIsoDate } from '../../src/lib/workspace/input';

describe('what a person types', () => {
  test('text is trimmed, and empty text is refused', () => {
    expect(cleanText('  We pair on hard bugs ')).toBe('We pair on hard bugs');
    expect(cleanText(' \n\t ')).toBeNull();
  });

  test('a date is a real calendar date written YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('21.11.2026')).toBe(false);
  });
});
