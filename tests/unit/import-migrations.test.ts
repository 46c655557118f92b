import { describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate, OLDEST_VERSION } from '../../src/lib/schema/migrations';
import { WORKSPACE_VERSION, WorkspaceSchema } from '../../src/lib/schema/workspace';
import { fixture } from './support/fixtures';

describe('migrations', () => {
  test('form an ordered table with one step per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: WORKSPACE_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i),
    );
  });

  test('turn the version 0 fixture into a valid version 1 workspace', () => {
    const migrated = migrate(JSON.parse(fixture('workspace/v0.json')), 0);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const ws = WorkspaceSchema.parse(migrated.value);
    expect(ws.team).toEqual({ name: 'Team Rocket', sessionDate: '2026-05-12', mentor: 'Ana Souza' });
    expect(ws.strengths).toEqual([
      { id: 'strength-1', text: 'We help each other' },
      { id: 'strength-2', text: 'Reviews are quick' },
    ]);
    expect(ws.rank).toEqual(['w-2', 'w-1']);
    expect(ws.voting).toEqual({ votesPerMember: 3, perItemCap: 2, members: [], votes: [] });
    expect(ws.discussion).toEqual([{ id: 'q-1', text: 'How small should a story be?', weaknessIds: ['w-2'] }]);
    expect(ws.goals[0]?.statement).toBe('Stories fit in a sprint');
    expect(ws.backlog.map((b) => [b.priority, b.size, b.existing])).toEqual([
      ['must', 'M', null],
      ['wont', null, null],
    ]);
  });

  test('turn the version 1 fixture into version 2: every goal without a check-in yet, the rest unchanged', () => {
    const v1 = JSON.parse(fixture('workspace/v1-valid.json')) as { goals: object[]; $schema: string };
    const migrated = migrate(v1, 1);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const value = migrated.value as typeof v1 & { version: number };
    expect(value.version).toBe(2);
    expect(value.goals).toEqual(v1.goals.map((goal) => ({ ...goal, checkIn: null })));
    expect(value.$schema).toBe(v1.$schema);
  });

  test('report a version 1 file whose goals are not a list', () => {
    const v1 = JSON.parse(fixture('workspace/v1-valid.json')) as { goals: unknown };
    v1.goals = 'three';
    const migrated = migrate(v1, 1);
    expect(migrated.ok).toBe(false);
    if (!migrated.ok) expect(migrated.error.messages[0]).toMatch(/^goals: /);
  });

  test('rank weaknesses the old file forgot at the bottom', () => {
    const v0 = JSON.parse(fixture('workspace/v0.json')) as { priorities: string[] };
    v0.priorities = ['w-2', 'w-2', 'gone'];
    const migrated = migrate(v0, 0);
    expect(migrated.ok && WorkspaceSchema.parse(migrated.value).rank).toEqual(['w-2', 'w-1']);
  });

  test('report a broken version 0 file with the path of the problem', () => {
    const v0 = JSON.parse(fixture('workspace/v0.json')) as { weaknesses: unknown[] };
    v0.weaknesses = [{ id: 'w-1' }];
    expect(migrate(v0, 0)).toEqual({ ok: false, error: { messages: ['weaknesses[0].text: required'] } });
  });

  test('leave a current version untouched', () => {
    const value = { anything: true };
    expect(migrate(value, WORKSPACE_VERSION)).toEqual({ ok: true, value });
  });
});
