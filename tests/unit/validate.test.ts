import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { formatPath, validate } from '../../src/lib/validate';
import { GoalSchema } from '../../src/lib/schema/goal';

describe('validate', () => {
  test('returns the parsed value when the input fits', () => {
    expect(validate(z.object({ a: z.number() }), { a: 1, extra: true })).toEqual({ ok: true, value: { a: 1 } });
  });

  test('prefixes each message with the field path, saying "required" for a missing field', () => {
    const schema = z.object({ goals: z.array(GoalSchema) });
    const goal = { id: 'g', statement: '', weaknessIds: [], owner: '', measure: '', due: '', checkIn: null };
    const { owner: _owner, ...withoutOwner } = goal;
    const result = validate(schema, { goals: [goal, goal, withoutOwner] });
    expect(result).toEqual({ ok: false, error: { messages: ['goals[2].owner: required'] } });
  });

  test('names a wrong type with its path', () => {
    const result = validate(z.object({ team: z.object({ name: z.string() }) }), { team: { name: 4 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messages[0]).toMatch(/^team\.name: .*string/);
  });

  test('lists at most twenty messages and counts the rest', () => {
    const result = validate(
      z.array(z.string()),
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.messages).toHaveLength(21);
      expect(result.error.messages[20]).toBe('… and 10 more');
    }
  });

  test('never throws, even on a value whose getters throw', () => {
    const hostile = {
      get a(): never {
        throw new Error('boom');
      },
    };
    expect(() => validate(z.object({ a: z.string() }), hostile)).not.toThrow();
    expect(validate(z.object({ a: z.string() }), hostile).ok).toBe(false);
  });

  test('formats paths the way people read them', () => {
    expect(formatPath(['goals', 2, 'owner'])).toBe('goals[2].owner');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});
