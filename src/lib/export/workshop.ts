/**
 * One export of the whole workshop from the overview: a JSON file of every team's workspace, a CSV
 * of all teams' goals and backlog items, and a Markdown report with one page per team.
 */
import { validate } from '../validate';
import { WORKSHOP_FORMAT, WORKSHOP_SCHEMA_PATH, WORKSHOP_VERSION, WorkshopFileSchema } from './workshop-schema';
import type { Workspace } from '../schema/workspace';
import { MOSCOW_LABELS } from '../workspace/backlog';
import { CHECK_IN_LABELS, describeCheckIn } from '../workspace/check-in';
import { specificityMessage } from '../workspace/goals';
import { summariseTeam, type TeamEntry } from '../overview/overview';
import { csvRow } from './csv';
import { mdInline } from './markdown';

export { WORKSHOP_SCHEMA_PATH };

export type WorkshopJson = { ok: true; text: string } | { ok: false; error: { messages: string[] } };

/** Every team's workspace in one file, validated against the workshop schema before it is handed out. */
export function workshopJson(
  teams: readonly TeamEntry[],
  now: Date,
  schemaUrl: string = WORKSHOP_SCHEMA_PATH,
): WorkshopJson {
  const file = {
    $schema: schemaUrl,
    format: WORKSHOP_FORMAT,
    version: WORKSHOP_VERSION,
    exportedAt: now.toISOString(),
    teams: teams.map((team) => team.workspace),
  };
  const checked = validate(WorkshopFileSchema, file);
  if (!checked.ok) return checked;
  return { ok: true, text: `${JSON.stringify(file, null, 2)}\n` };
}

/** All teams' goals and backlog items, one row each, for a spreadsheet. */
export function workshopCsv(teams: readonly TeamEntry[]): string {
  let out = csvRow([
    'Team',
    'Kind',
    'Text',
    'Goal',
    'Owner',
    'Due',
    'Specific',
    'Check-in',
    'Check-in note',
    'Priority',
    'Size',
  ]);
  for (const { workspace: ws, file } of teams) {
    const team = ws.team.name.trim() || file;
    const statement = (goalId: string | null) => ws.goals.find((goal) => goal.id === goalId)?.statement.trim() ?? '';
    for (const goal of ws.goals) {
      out += csvRow([
        team,
        'goal',
        goal.statement,
        '',
        goal.owner,
        goal.due,
        specificityMessage(goal) === null ? 'yes' : 'no',
        goal.checkIn ? CHECK_IN_LABELS[goal.checkIn.status] : '',
        goal.checkIn?.note ?? '',
        '',
        '',
      ]);
    }
    for (const item of ws.backlog) {
      const priority = item.priority === null ? '' : MOSCOW_LABELS[item.priority];
      out += csvRow([
        team,
        'backlog item',
        item.title,
        statement(item.goalId),
        '',
        '',
        '',
        '',
        '',
        priority,
        item.size ?? '',
      ]);
    }
  }
  return out;
}

function teamSection(entry: TeamEntry): string[] {
  const summary = summariseTeam(entry);
  const ws: Workspace = entry.workspace;
  const about = [summary.mentor && `mentor ${mdInline(summary.mentor)}`, summary.sessionDate].filter(Boolean);
  const { counts } = summary;
  const lines = [`## ${mdInline(summary.name)}`, ''];
  if (about.length > 0) lines.push(`_${about.join(', ')}_`, '');
  lines.push(
    `${counts.strengths} strengths, ${counts.weaknesses} weaknesses, ${counts.questions} questions, ${counts.goals} goals, ${counts.backlog} backlog items.`,
    '',
    '### Top weaknesses',
    '',
  );
  if (summary.topWeaknesses.length === 0) lines.push('_None recorded._');
  summary.topWeaknesses.forEach((text, index) => lines.push(`${index + 1}. ${mdInline(text)}`));
  lines.push('', '### Goals', '');
  if (ws.goals.length === 0) lines.push('_None recorded._');
  ws.goals.forEach((goal, index) => {
    lines.push(`${index + 1}. **${goal.statement.trim() ? mdInline(goal.statement) : '_(no statement yet)_'}**`);
    const flag = specificityMessage(goal);
    lines.push(`   - ${flag ? `⚠ ${flag}` : 'Specific'}`);
    lines.push(`   - Check-in: ${mdInline(describeCheckIn(goal))}`);
  });
  return lines;
}

/**
 * The workshop report: a heading, then one section per team (counts, top weaknesses, goals with
 * their flags and check-ins). Sections are separated by a thematic break; printed from the overview
 * page, each team starts on a new page.
 */
export function workshopMarkdown(teams: readonly TeamEntry[], now: Date): string {
  const lines = [
    '# Mentoring workshop report',
    '',
    `_${teams.length} teams, exported ${now.toISOString().slice(0, 10)}._`,
  ];
  for (const team of teams) lines.push('', '---', '', ...teamSection(team));
  return `${lines.join('\n')}\n`;
}

/** File names: `mentoring-workshop-2026-11-26.json`, `.csv`, `.md`. */
export function workshopFileName(extension: 'json' | 'csv' | 'md', now: Date): string {
  return `mentoring-workshop-${now.toISOString().slice(0, 10)}.${extension}`;
}
