import { describe, expect, test } from 'vitest';
import {
  addTextItem,
  deleteEntry,
  editText,
  isIsoDate,
  knownWeaknessIds,
  moveBacklogItem,
  moveToOtherList,
  restoreEntry,
  sectionOf,
  setTeam,
} from '../../src/lib/workspace/operations';
import { WorkspaceSchema } from '../../src/lib/schema/workspace';
import { sampleWorkspace } from './support/workspaces';

describe('workspace operations', () => {
  test('find which section holds an id', () => {
    const ws = sampleWorkspace();
    expect(['s-1', 'w-1', 'd-1', 'g-1', 'b-1', 'x'].map((id) => sectionOf(ws, id))).toEqual([
      'strengths',
      'weaknesses',
      'discussion',
      'goals',
      'backlog',
      null,
    ]);
  });

  test('refuse a duplicate id or empty text when adding', () => {
    const ws = sampleWorkspace();
    expect(addTextItem(ws, 'strengths', 'w-1', 'dup')).toBe(ws);
    expect(addTextItem(ws, 'weaknesses', 'new', ' \n ')).toBe(ws);
    expect(editText(ws, 'g-1', 'goals are not edited here')).toBe(ws);
  });

  test('every deletion can be restored to the same workspace', () => {
    const ws = sampleWorkspace();
    for (const id of ['s-1', 'w-2', 'd-2', 'g-2', 'b-2']) {
      const result = deleteEntry(ws, id);
      expect(result).not.toBeNull();
      expect(WorkspaceSchema.safeParse(result!.workspace).success).toBe(true);
      const restored = restoreEntry(result!.workspace, result!.deleted);
      expect(WorkspaceSchema.safeParse(restored).success).toBe(true);
      expect(restored.strengths).toEqual(ws.strengths);
      expect(restored.weaknesses).toEqual(ws.weaknesses);
      expect(restored.rank).toEqual(ws.rank);
      expect(restored.goals.map((g) => g.id)).toEqual(ws.goals.map((g) => g.id));
      expect(restored.backlog).toEqual(ws.backlog);
      expect(new Set(restored.voting.votes.map((v) => JSON.stringify(v)))).toEqual(
        new Set(ws.voting.votes.map((v) => JSON.stringify(v))),
      );
    }
    expect(deleteEntry(ws, 'nope')).toBeNull();
  });

  test('a weakness moved to the strengths leaves no dangling links', () => {
    const moved = moveToOtherList(sampleWorkspace(), 'w-1');
    expect(WorkspaceSchema.safeParse(moved).success).toBe(true);
    expect(moved.strengths.at(-1)).toEqual({ id: 'w-1', text: 'Unclear sprint goals' });
  });

  test('moves backlog items and keeps every item', () => {
    const moved = moveBacklogItem(sampleWorkspace(), 'b-3', 0);
    expect(moved.backlog.map((b) => b.id)).toEqual(['b-3', 'b-1', 'b-2']);
  });

  test('keeps only known weakness ids, once each', () => {
    expect(knownWeaknessIds(sampleWorkspace(), ['w-2', 'x', 'w-2', 'w-1'])).toEqual(['w-2', 'w-1']);
  });

  test('checks real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('21.11.2026')).toBe(false);
    expect(setTeam(sampleWorkspace(), { sessionDate: '' }).team.sessionDate).toBe('');
  });
});
