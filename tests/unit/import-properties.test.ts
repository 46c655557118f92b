import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportWorkspaceJson } from '../../src/lib/export/json';
import { decodeWorkspace, parseWorkspaceText } from '../../src/lib/import/parse';
import { WorkspaceSchema } from '../../src/lib/schema/workspace';
import { anythingArb, workspaceArb } from './support/arbitraries';
import { fixture } from './support/fixtures';

const now = new Date('2026-11-21T16:00:00Z');

describe('export then import (property)', () => {
  test('the generator only makes valid workspaces', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('is the identity, emoji and right-to-left text included', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        const exported = exportWorkspaceJson(ws, now);
        expect(exported.ok).toBe(true);
        if (!exported.ok) return;
        const imported = parseWorkspaceText(exported.text);
        expect(imported.ok).toBe(true);
        // structuredClone: fast-check builds records without a prototype; the data must match exactly.
        if (imported.ok) expect(imported.value.workspace).toStrictEqual(structuredClone(ws));
      }),
      { numRuns: 300 },
    );
  });
});

/** Sets `value` at a random place inside a parsed file (or deletes what is there). */
function mutate(file: unknown, path: number[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(file) as Record<string, unknown>;
  let node: unknown = copy;
  for (let depth = 0; depth < path.length; depth++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[(path[depth] ?? 0) % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
      if (remove) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

describe('no input, however malformed, throws out of import (property)', () => {
  const valid: unknown = JSON.parse(fixture('workspace/v1-valid.json'));

  test('any value at all is refused with a result, never an exception', () => {
    fc.assert(
      fc.property(anythingArb, (value) => {
        const result = decodeWorkspace(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('any text, JSON or not, gets a result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(() => parseWorkspaceText(text)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a valid file with one part broken is refused or still valid, never thrown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(anythingArb, fc.constantFrom(Number.NaN, Infinity, -0, '', null, [], {})),
        fc.boolean(),
        (path, value, remove) => {
          const broken = mutate(valid, path, value, remove);
          const result = decodeWorkspace(broken);
          if (result.ok) expect(WorkspaceSchema.safeParse(result.value.workspace).success).toBe(true);
          else expect(['invalid', 'notOurFormat', 'versionTooNew']).toContain(result.error.kind);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('deep nesting, huge strings and prototype keys are refused calmly', () => {
    const cases = [
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      `{"format":"mentoring-kit/workspace","version":1,"team":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      JSON.stringify({ format: 'mentoring-kit/workspace', version: 1, team: { name: 'x'.repeat(1_500_000) } }),
      '{"__proto__":{"format":"mentoring-kit/workspace","version":1}}',
      '{"constructor":{"prototype":{"polluted":true}},"format":"mentoring-kit/workspace","version":1}',
      '{"format":"mentoring-kit/workspace","version":NaN}',
    ];
    for (const text of cases) {
      const result = parseWorkspaceText(text);
      expect(result.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
