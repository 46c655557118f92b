// The live server's first look at a client's message: everything a provider sends passes; anything else
// is malformed, and nothing throws another kind of error (fast-check on random bytes).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { inspectMessage, MalformedMessage } from '../../../server/messages.ts';

const encoder = new TextEncoder();
const varUint = (value: number): number[] => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
};
const bytes = (data: Uint8Array | number[]) => [...varUint(data.length), ...data];
const message = (name: string, ...parts: number[][]) =>
  new Uint8Array([...bytes(encoder.encode(name)), ...parts.flat()]);

describe('inspectMessage', () => {
  const doc = new Y.Doc();
  doc.getArray('items').push(['one', 'two']);
  const update = Y.encodeStateAsUpdate(doc);

  test('passes a sync update and returns the update', () => {
    const inspected = inspectMessage(message('team/w/t', [0, 2], bytes(update)));
    expect(inspected.documentName).toBe('team/w/t');
    expect(inspected.update).toEqual(update);
  });

  test('passes sync step 1 and 2, awareness, auth, stateless and close messages', () => {
    const awareness = [1, ...varUint(42), 3, ...bytes(encoder.encode('{"user":{"name":"Ada"}}'))];
    for (const parts of [
      [[0, 0], bytes(Y.encodeStateVector(doc))],
      [[0, 1], bytes(update)],
      [[1], bytes(awareness)],
      [[2, 0], bytes(encoder.encode('token')), bytes(encoder.encode('4.8.0'))],
      [[3]],
      [[5], bytes(encoder.encode('hello'))],
      [[7]],
    ]) {
      expect(() => inspectMessage(message('workshop/w', ...parts))).not.toThrow();
    }
  });

  test.each([
    ['an unknown message type', message('x', [42])],
    ['an unknown sync type', message('x', [0, 9], bytes([0]))],
    ['a truncated update', message('x', [0, 2], [200, 1, 2])],
    ['an update that is not one', message('x', [0, 2], bytes([5, 200, 1, 2, 3, 4]))],
    ['awareness that is not JSON', message('x', [1], bytes([1, 1, 1, ...bytes(encoder.encode('{nope'))]))],
    ['a name that is not UTF-8', new Uint8Array([2, 0xff, 0xfe, 3])],
    ['an absurd length', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['nothing', new Uint8Array([])],
  ])('refuses %s', (_, data) => {
    expect(() => inspectMessage(data)).toThrow(MalformedMessage);
  });

  test('random bytes either pass or are malformed, never another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        try {
          inspectMessage(data);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedMessage);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
