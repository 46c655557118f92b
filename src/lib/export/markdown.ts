import type { Workspace } from '../schema/workspace';
import { tally } from '../workspace/board';
import { orderDiscussion } from '../workspace/discussion';
import { specificityMessage, goalsStillMissing } from '../workspace/goals';
import { describeCheckIn } from '../workspace/check-in';
import { diffBacklog, MOSCOW_LABELS, type ItemDiff } from '../workspace/backlog';
import { exportFileName } from './file-name';

/**
 * Escapes typed text for Markdown so it reads as the team wrote it: no emphasis, links, HTML tags
 * or headings appear out of someone's words. Line breaks become spaces (use `mdBlock` for text that
 * keeps its lines).
 */
export function mdInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]<>()#+!|~&]/g, '\\$&')
    .replace(/^(\s*)([-=]|\d+[.)])/, '$1\\$2');
}

/** Escapes multi-line text, each line indented by `indent` so it stays inside a list item. */
export function mdBlock(text: string, indent: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() === '' ? '' : `${indent}${mdInline(line)}`))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

const describeDiff = (diff: ItemDiff): string => {
  switch (diff.status) {
    case 'new':
      return 'new';
    case 'unchanged':
      return 'unchanged';
    case 'changed': {
      const parts: string[] = [];
      const p = (v: string | null) => (v === null ? 'none' : v);
      if (diff.priority) parts.push(`priority ${p(diff.priority.from)} → ${p(diff.priority.to)}`);
      if (diff.size) parts.push(`estimate ${p(diff.size.from)} → ${p(diff.size.to)}`);
      if (diff.order) parts.push(`position ${diff.order.from} → ${diff.order.to}`);
      return `changed: ${parts.join(', ')}`;
    }
  }
};

/** The whole session as Markdown for a wiki page or an issue. */
export function workspaceToMarkdown(ws: Workspace): string {
  const lines: string[] = [];
  const text = (id: string) => ws.weaknesses.find((w) => w.id === id)?.text ?? id;
  const team = ws.team.name.trim() === '' ? 'Team' : mdInline(ws.team.name);
  lines.push(`# Mentoring session: ${team}`, '');
  if (ws.team.sessionDate) lines.push(`- **Date:** ${ws.team.sessionDate}`);
  if (ws.team.mentor.trim()) lines.push(`- **Mentor:** ${mdInline(ws.team.mentor)}`);
  if (ws.team.sessionDate || ws.team.mentor.trim()) lines.push('');

  lines.push('## Strengths', '');
  if (ws.strengths.length === 0) lines.push('_None recorded._');
  for (const s of ws.strengths) lines.push(`- ${mdInline(s.text)}`);
  lines.push('');

  const votes = tally(ws.voting);
  lines.push('## Weaknesses, most important first', '');
  if (ws.rank.length === 0) lines.push('_None recorded._');
  ws.rank.forEach((id, index) => {
    const n = votes.get(id) ?? 0;
    lines.push(`${index + 1}. ${mdInline(text(id))} (${n} ${n === 1 ? 'vote' : 'votes'})`);
  });
  lines.push('');

  lines.push('## Questions for the mentor', '');
  const points = orderDiscussion(ws.discussion, ws.rank);
  if (points.length === 0) lines.push('_None recorded._');
  for (const point of points) {
    const about = point.weaknessIds.map((id) => mdInline(text(id))).join('; ');
    lines.push(`- ${mdInline(point.text)}${about ? ` (about: ${about})` : ''}`);
  }
  lines.push('');

  lines.push('## Goals', '');
  const missing = goalsStillMissing(ws.goals);
  if (missing > 0)
    lines.push(`_${missing} more ${missing === 1 ? 'goal is' : 'goals are'} still missing to reach three._`, '');
  ws.goals.forEach((goal, index) => {
    const statement = goal.statement.trim() ? mdInline(goal.statement) : '_(no statement yet)_';
    lines.push(`${index + 1}. **${statement}**`);
    const detail = (label: string, value: string) => {
      if (value.trim()) lines.push(`   - ${label}: ${mdInline(value)}`);
    };
    detail('Addresses', goal.weaknessIds.map(text).join('; '));
    detail('Owner', goal.owner);
    detail('Success will be seen when', goal.measure);
    detail('Due', goal.due);
    if (goal.checkIn) detail('Check-in after the sprint', describeCheckIn(goal));
    const flag = specificityMessage(goal);
    if (flag) lines.push(`   - ⚠ ${flag}`);
  });
  if (ws.goals.length > 0) lines.push('');

  lines.push('## Backlog items', '');
  if (ws.backlog.length === 0) lines.push('_None recorded._', '');
  else {
    const goals = new Map(ws.goals.map((g) => [g.id, g] as const));
    const diffs = new Map(diffBacklog(ws.backlog).map((d) => [d.id, d] as const));
    ws.backlog.forEach((item, index) => {
      const tags = [
        item.priority ? MOSCOW_LABELS[item.priority] : 'no priority',
        item.size ?? 'no estimate',
        item.existing?.number ? `#${item.existing.number}` : null,
        describeDiff(diffs.get(item.id) ?? { id: item.id, status: 'new' }),
      ].filter((t): t is string => t !== null);
      lines.push(`${index + 1}. **${mdInline(item.title)}** (${tags.map(mdInline).join(', ')})`);
      const goal = item.goalId ? goals.get(item.goalId) : undefined;
      if (goal?.statement.trim()) lines.push(`   - Goal: ${mdInline(goal.statement)}`);
      if (item.description.trim()) lines.push('', mdBlock(item.description, '   '), '');
    });
    lines.push('');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** File name for the Markdown export. */
export function markdownFileName(ws: Workspace, now: Date): string {
  return exportFileName(ws, 'session', 'md', now);
}
