import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readTeamFiles } from '../../src/lib/overview/overview';
import { workshopCsv, workshopFileName, workshopJson, workshopMarkdown } from '../../src/lib/export/workshop';
import { WorkshopFileSchema } from '../../src/lib/export/workshop-schema';
import { fixture } from './support/fixtures';

const now = new Date('2026-11-26T16:00:00Z');
const { teams } = readTeamFiles([
  { name: 'rocket.json', text: fixture('workspace/v1-valid.json') },
  { name: 'nova.json', text: fixture('workspace/v2-valid.json') },
  { name: 'old.json', text: fixture('workspace/v0.json') },
]);

describe('the whole-workshop exports', () => {
  it('writes every team’s workspace in one JSON file that its published schema accepts', () => {
    const result = workshopJson(teams, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = JSON.parse(result.text) as { format: string; version: number; teams: { team: { name: string } }[] };
    expect(file).toMatchObject({ $schema: 'schema/workshop-v1.json', format: 'mentoring-kit/workshop', version: 1 });
    expect(file.teams.map((team) => team.team.name)).toEqual(['Team Rocket', 'Team Nova', 'Team Rocket']);
    expect(WorkshopFileSchema.safeParse(file).success).toBe(true);
    const schema = JSON.parse(
      readFileSync(new URL('../../public/schema/workshop-v1.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const valid = ajv.validate(schema, file);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists all teams’ goals and backlog items in one CSV, with specificity and check-ins', () => {
    const csv = workshopCsv(teams);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      '"Team","Kind","Text","Goal","Owner","Due","Specific","Check-in","Check-in note","Priority","Size"',
    );
    const goals = teams.reduce((sum, team) => sum + team.workspace.goals.length, 0);
    const items = teams.reduce((sum, team) => sum + team.workspace.backlog.length, 0);
    expect(rows).toHaveLength(1 + goals + items);
    const novaGoal = rows.find((row) => row.startsWith('"Team Nova","goal","Every sprint starts'));
    expect(novaGoal).toMatch(/,"yes","Achieved","Every planning since has ended with a sprint goal","",""$/);
    expect(
      rows.some((row) => row.startsWith('"Team Nova","backlog item",') && row.includes('"Every sprint starts')),
    ).toBe(true);
  });

  it('reports each team on its own page: counts, top weaknesses, goals with flags and check-ins', () => {
    const md = workshopMarkdown(teams, now);
    expect(md.startsWith('# Mentoring workshop report\n\n_3 teams, exported 2026-11-26._\n')).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md.match(/^---$/gm)).toHaveLength(3);
    const nova = md.slice(md.indexOf('## Team Nova'));
    expect(nova).toContain('2 strengths, 4 weaknesses, 3 questions, 2 goals, 3 backlog items.');
    expect(nova).toContain('1. Stories are too big to finish in a sprint');
    expect(nova).toContain('   - Check-in: Achieved: Every planning since has ended with a sprint goal');
    expect(workshopFileName('md', now)).toBe('mentoring-workshop-2026-11-26.md');
  });
});
