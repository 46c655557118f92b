import { describe, expect, it } from 'vitest';
import { NO_HOLDING_MESSAGE, laterHoldingMessage } from '../../src/lib/timer/holding';
import { HOLDING_MESSAGE_MAX, cleanHoldingMessage, withHoldingMessage } from '../../src/lib/timer/message-to-room';

describe('the message on the holding screen', () => {
  it('is one line, trimmed, and no longer than the limit', () => {
    expect(cleanHoldingMessage('  Back at\n10:45  ')).toBe('Back at 10:45');
    expect(cleanHoldingMessage('x'.repeat(HOLDING_MESSAGE_MAX + 20))).toHaveLength(HOLDING_MESSAGE_MAX);
  });

  it('changes only when the text changes, and its time only grows', () => {
    const first = withHoldingMessage(NO_HOLDING_MESSAGE, 'Back at 10:45', 1000);
    expect(first).toEqual({ message: 'Back at 10:45', at: 1000 });
    expect(withHoldingMessage(first!, ' Back at 10:45 ', 2000)).toBeNull();
    // A clock that stepped back still gives a later change.
    expect(withHoldingMessage(first!, '', 500)).toEqual({ message: '', at: 1001 });
  });

  it('keeps the later of two tabs’ messages, and picks the same one in both at the same instant', () => {
    const a = { message: 'Coffee', at: 5 };
    const b = { message: 'Back at 11:00', at: 6 };
    expect(laterHoldingMessage(a, b)).toBe(b);
    expect(laterHoldingMessage(b, a)).toBe(b);
    const c = { message: 'Tea', at: 6 };
    expect(laterHoldingMessage(b, c)).toEqual(laterHoldingMessage(c, b));
  });
});
