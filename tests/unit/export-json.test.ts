import { describe, expect, test } from 'vitest';
import { exportWorkspaceJson } from '../../src/lib/export/json';
import { slug } from '../../src/lib/export/file-name';
import { parseWorkspaceText } from '../../src/lib/import/parse';
import { emptyWorkspace } from '../../src/lib/schema/workspace';
import { sampleWorkspace } from './support/workspaces';

const now = new Date('2026-11-21T16:00:00.000Z');

describe('JSON export', () => {
  test('starts with $schema, format, version and export time', () => {
    const result = exportWorkspaceJson(sampleWorkspace(), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = JSON.parse(result.text) as Record<string, unknown>;
    expect(Object.keys(file).slice(0, 4)).toEqual(['$schema', 'format', 'version', 'exportedAt']);
    expect(file.$schema).toBe('schema/workspace-v2.json');
    expect(file.format).toBe('mentoring-kit/workspace');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe('2026-11-21T16:00:00.000Z');
  });

  test('takes an absolute schema address when the UI knows the site URL', () => {
    const result = exportWorkspaceJson(sampleWorkspace(), now, 'https://example.org/kit/schema/workspace-v2.json');
    expect(result.ok && result.file.$schema).toBe('https://example.org/kit/schema/workspace-v2.json');
  });

  test('names the file after the team and the session date', () => {
    const result = exportWorkspaceJson(sampleWorkspace(), now);
    expect(result.ok && result.fileName).toBe('mentoring-workspace-team-rocket-2026-11-21.json');
  });

  test('falls back to "team" and the export day when name and date are empty', () => {
    const result = exportWorkspaceJson(emptyWorkspace(), new Date('2027-01-02T23:59:00Z'));
    expect(result.ok && result.fileName).toBe('mentoring-workspace-team-2027-01-02.json');
  });

  test('imports back to the same workspace', () => {
    const ws = sampleWorkspace();
    const result = exportWorkspaceJson(ws, now);
    const back = result.ok ? parseWorkspaceText(result.text) : null;
    expect(back?.ok && back.value.workspace).toEqual(ws);
  });

  test('refuses to write a workspace its own import would refuse', () => {
    const ws = sampleWorkspace();
    const broken = { ...ws, rank: ws.rank.slice(1) };
    const result = exportWorkspaceJson(broken, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messages[0]).toMatch(/^rank: weakness "w-2" is missing/);
  });

  test('slugs team names for file names', () => {
    expect(slug('Team Rocket!')).toBe('team-rocket');
    expect(slug('  Équipe Ça-va  ')).toBe('equipe-ca-va');
    expect(slug('🚀🚀')).toBe('team');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });
});
