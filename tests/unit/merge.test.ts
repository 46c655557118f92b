import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeWorkspaces } from '../../src/lib/workspace/merge';
import { WorkspaceSchema } from '../../src/lib/schema/workspace';
import { workspaceArb } from './support/arbitraries';
import { sampleWorkspace } from './support/workspaces';

describe('merging concurrent workspaces', () => {
  test('keeps everything of the primary and adds what only the secondary has', () => {
    const base = sampleWorkspace();
    const primary = { ...base, strengths: [...base.strengths, { id: 's-p', text: 'primary' }] };
    const secondary = {
      ...base,
      weaknesses: [...base.weaknesses, { id: 'w-s', text: 'secondary' }],
      rank: ['w-s', ...base.rank],
      team: { ...base.team, name: 'Other name' },
    };
    const merged = mergeWorkspaces(primary, secondary);
    expect(merged.strengths.map((s) => s.id)).toEqual(['s-1', 's-2', 's-p']);
    expect(merged.weaknesses.map((w) => w.id)).toEqual(['w-1', 'w-2', 'w-3', 'w-4', 'w-s']);
    expect(merged.rank).toEqual([...base.rank, 'w-s']);
    expect(merged.team.name).toBe('Team Rocket');
  });

  test('an item moved to the other list in the primary is not duplicated', () => {
    const base = sampleWorkspace();
    const primary = {
      ...base,
      strengths: base.strengths.slice(1),
      weaknesses: [...base.weaknesses, base.strengths[0]!],
      rank: [...base.rank, 's-1'],
    };
    const merged = mergeWorkspaces(primary, base);
    expect(merged.strengths.map((s) => s.id)).toEqual(['s-2']);
    expect(WorkspaceSchema.safeParse(merged).success).toBe(true);
  });

  test('always gives a valid workspace that contains the primary (property)', () => {
    fc.assert(
      fc.property(workspaceArb, workspaceArb, (primary, secondary) => {
        const merged = mergeWorkspaces(primary, secondary);
        expect(WorkspaceSchema.safeParse(merged).success).toBe(true);
        for (const s of primary.strengths) expect(merged.strengths).toContainEqual(s);
        for (const b of primary.backlog) expect(merged.backlog).toContainEqual(b);
      }),
      { numRuns: 150 },
    );
  });

  test('merging a workspace with itself changes nothing (property)', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        expect(mergeWorkspaces(ws, ws)).toEqual(ws);
      }),
      { numRuns: 100 },
    );
  });
});
