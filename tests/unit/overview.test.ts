import { describe, expect, it } from 'vitest';
import { readTeamFiles, summariseTeam } from '../../src/lib/overview/overview';
import { fixture } from './support/fixtures';

const files = [
  { name: 'rocket.json', text: fixture('workspace/v1-valid.json') },
  { name: 'nova.json', text: fixture('workspace/v2-valid.json') },
  { name: 'old.json', text: fixture('workspace/v0.json') },
  { name: 'broken.json', text: fixture('workspace/invalid-field.json') },
  { name: 'notes.txt', text: 'not json' },
];

describe('the overview from files', () => {
  it('shows every readable team and names each bad file with the importer’s message', () => {
    const { teams, refused } = readTeamFiles(files);
    expect(teams.map((team) => team.file)).toEqual(['rocket.json', 'nova.json', 'old.json']);
    expect(refused.map((file) => file.file)).toEqual(['broken.json', 'notes.txt']);
    expect(refused[0]?.message).toMatch(/^This file could not be used because: .+\. Nothing was changed\.$/);
    expect(refused[1]?.message).toContain('not JSON');
  });

  it('summarises a team: counts, top-ranked weaknesses, goals with flags and check-ins', () => {
    const { teams } = readTeamFiles(files);
    const nova = summariseTeam(teams[1]!);
    expect(nova.name).toBe('Team Nova');
    expect(nova.counts).toEqual({ strengths: 2, weaknesses: 4, questions: 3, goals: 2, backlog: 3 });
    expect(nova.topWeaknesses).toEqual([
      'Stories are too big to finish in a sprint',
      'Unclear sprint goals',
      'Retrospective actions are forgotten',
    ]);
    expect(nova.goals[0]).toMatchObject({
      statement: 'Every sprint starts with a one-sentence sprint goal',
      checkIn: { status: 'achieved', note: 'Every planning since has ended with a sprint goal' },
    });
    expect(nova.checkIns).toEqual({ achieved: 1, 'in-progress': 1, dropped: 0, open: 0 });
  });

  it('names a team without a name after its file, and flags goals that are not specific', () => {
    const { teams } = readTeamFiles(files);
    const ws = teams[0]!.workspace;
    const unnamed = {
      file: 'rocket.json',
      workspace: { ...ws, team: { ...ws.team, name: ' ' }, goals: ws.goals.map((goal) => ({ ...goal, owner: '' })) },
    };
    const summary = summariseTeam(unnamed);
    expect(summary.name).toBe('rocket.json');
    expect(summary.goals.map((goal) => goal.flag)).toEqual([
      'Not yet specific: missing owner',
      'Not yet specific: missing owner, how success will be seen',
    ]);
    expect(summary.checkIns.open).toBe(2);
  });
});
