import { describe, expect, test } from 'vitest';
import {
  checkImportSize,
  decodeWorkspace,
  importErrorMessage,
  MAX_IMPORT_BYTES,
  parseWorkspaceText,
  utf8Bytes,
  type ImportError,
} from '../../src/lib/import/parse';
import { fixture } from './support/fixtures';
import { WORKSPACE_VERSION } from '../../src/lib/schema/workspace';

const errorOf = (text: string): ImportError => {
  const result = parseWorkspaceText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('importing a workspace file', () => {
  test('reads a valid version 1 export with its links and export time', () => {
    const result = parseWorkspaceText(fixture('workspace/v1-valid.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fromVersion).toBe(1);
    expect(result.value.exportedAt).toBe('2026-11-21T15:30:00.000Z');
    expect(result.value.workspace.team.name).toBe('Team Rocket');
    expect(result.value.workspace.rank).toEqual(['w-2', 'w-1', 'w-3', 'w-4']);
    expect(result.value.workspace).not.toHaveProperty('$schema');
    expect(result.value.workspace).not.toHaveProperty('exportedAt');
  });

  test('migrates a version 0 file', () => {
    const result = parseWorkspaceText(fixture('workspace/v0.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.fromVersion).toBe(0);
      expect(result.value.workspace.version).toBe(WORKSPACE_VERSION);
    }
  });

  test('refuses text that is not JSON', () => {
    expect(errorOf(fixture('workspace/not-json.json')).kind).toBe('notJson');
  });

  test('refuses JSON in another format', () => {
    expect(errorOf(fixture('workspace/wrong-format.json'))).toEqual({ kind: 'notOurFormat' });
    expect(errorOf('[]')).toEqual({ kind: 'notOurFormat' });
    expect(errorOf('null')).toEqual({ kind: 'notOurFormat' });
  });

  test('refuses a newer version than the kit knows, saying which', () => {
    expect(errorOf(fixture('workspace/version-99.json'))).toEqual({
      kind: 'versionTooNew',
      version: 99,
      supported: WORKSPACE_VERSION,
    });
  });

  test('names an invalid field with its path', () => {
    expect(errorOf(fixture('workspace/invalid-field.json'))).toEqual({
      kind: 'invalid',
      messages: ['goals[1].owner: required'],
    });
  });

  test('refuses broken links between sections', () => {
    const file = JSON.parse(fixture('workspace/v1-valid.json')) as { rank: string[]; backlog: { goalId: string }[] };
    file.rank = ['w-2', 'w-1', 'w-3', 'w-3'];
    file.backlog[0]!.goalId = 'g-404';
    const error = errorOf(JSON.stringify(file));
    expect(error.kind).toBe('invalid');
    if (error.kind === 'invalid') {
      expect(error.messages).toEqual([
        'rank[3]: "w-3" is ranked twice',
        'rank: weakness "w-4" is missing from the rank order',
        'backlog[0].goalId: "g-404" is not a goal',
      ]);
    }
  });

  test('refuses a version that is not a whole number', () => {
    for (const version of ['1', 1.5, -1, null]) {
      const error = errorOf(JSON.stringify({ format: 'mentoring-kit/workspace', version }));
      expect(error.kind).toBe('invalid');
    }
  });

  test('checks the size before reading: over 2 MB is refused', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
    });
    expect(errorOf(' '.repeat(MAX_IMPORT_BYTES + 1)).kind).toBe('tooLarge');
    // 700 000 three-byte characters are 2.1 MB although the string is shorter than the limit.
    expect(errorOf(`"${'€'.repeat(700_000)}"`).kind).toBe('tooLarge');
  });

  test('counts UTF-8 bytes, surrogate pairs as four', () => {
    expect(utf8Bytes('a')).toBe(1);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('🚀')).toBe(4);
  });

  test('survives deep nesting, prototype keys and odd values without throwing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseWorkspaceText(deep)).not.toThrow();
    expect(
      parseWorkspaceText('{"__proto__": {"polluted": true}, "format": "mentoring-kit/workspace", "version": 1}').ok,
    ).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decodeWorkspace({ format: 'mentoring-kit/workspace', version: Number.NaN }).ok).toBe(false);
    expect(decodeWorkspace(Object.create(null)).ok).toBe(false);
  });

  test('has a sentence for every refusal', () => {
    const errors: ImportError[] = [
      { kind: 'tooLarge', bytes: 3_000_000, limit: MAX_IMPORT_BYTES },
      { kind: 'notJson', message: 'x' },
      { kind: 'notOurFormat' },
      { kind: 'versionTooNew', version: 99, supported: WORKSPACE_VERSION },
      { kind: 'invalid', messages: ['goals[1].owner: required'] },
    ];
    for (const error of errors) expect(importErrorMessage(error)).toMatch(/Nothing was changed\.$/);
    expect(importErrorMessage(errors[4]!)).toContain('goals[1].owner: required');
  });
});

test('refuses an imported issue link that is not http(s)', () => {
  const file = JSON.parse(fixture('workspace/v1-valid.json')) as { backlog: { existing: { url: string } | null }[] };
  file.backlog[1]!.existing!.url = 'javascript:alert(1)';
  const result = parseWorkspaceText(JSON.stringify(file));
  expect(!result.ok && result.error).toEqual({
    kind: 'invalid',
    messages: ['backlog[1].existing.url: must be an http:// or https:// address'],
  });
});
