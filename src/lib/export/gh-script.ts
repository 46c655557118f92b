import type { Workspace } from '../schema/workspace';
import {
  diffBacklog,
  labelsFor,
  MOSCOW_LABELS,
  MOSCOW_VALUES,
  priorityLabel,
  SIZE_VALUES,
  sizeLabel,
} from '../workspace/backlog';
import { exportFileName } from './file-name';
import { GITHUB_TITLE_MAX, trackerDescription, trackerTitle } from './limits';

/**
 * Quotes a value for POSIX sh: inside single quotes nothing is special, and a single quote is
 * written as '\'' (close, escaped quote, reopen). NUL cannot be passed in an argument, so it is dropped.
 */
export function shQuote(value: string): string {
  return `'${value.replace(/\0/g, '').replace(/'/g, `'\\''`)}'`;
}

/** Text for a `#` comment: one line, no control characters. */
const comment = (text: string) =>
  [...text].map((ch) => (ch < ' ' || ch === '\u007f' || ch === '\u2028' || ch === '\u2029' ? ' ' : ch)).join('');

const ALL_LABELS: { name: string; description: string; color: string }[] = [
  ...MOSCOW_VALUES.map((p) => ({
    name: priorityLabel(p),
    description: `MoSCoW priority: ${MOSCOW_LABELS[p]}`,
    color: { must: 'b60205', should: 'd93f0b', could: 'fbca04', wont: 'cccccc' }[p],
  })),
  ...SIZE_VALUES.map((s) => ({
    name: sizeLabel(s),
    description: `T-shirt estimate: ${s}`,
    color: 'c5def5',
  })),
];

/**
 * A POSIX sh script of `gh` commands that applies the worksheet to a GitHub repository:
 * `gh issue create` for new items and `gh issue edit N --add-label/--remove-label` for imported
 * items whose priority or estimate changed. Every value is single-quoted. The repository comes from
 * the optional REPO variable (`REPO=owner/name sh script.sh`); without it gh uses the current
 * directory's repository (or GH_REPO).
 */
export function backlogToGhScript(ws: Workspace, now: Date): string {
  const goals = new Map(ws.goals.map((g) => [g.id, g] as const));
  const diffs = new Map(diffBacklog(ws.backlog).map((d) => [d.id, d] as const));
  const creates: string[] = [];
  const edits: string[] = [];
  const notes: string[] = [];
  for (const item of ws.backlog) {
    if (item.existing === null) {
      const goal = item.goalId === null ? undefined : goals.get(item.goalId);
      const title = trackerTitle(item.title, GITHUB_TITLE_MAX);
      const rest = [item.description.trim(), goal?.statement.trim() ? `Goal: ${goal.statement.trim()}` : '']
        .filter((part) => part !== '')
        .join('\n\n');
      const body = trackerDescription(item, title, rest);
      const labels = labelsFor(item.priority, item.size)
        .map((label) => ` --label ${shQuote(label)}`)
        .join('');
      creates.push(`gh issue create "$@" --title ${shQuote(title.title)} --body ${shQuote(body)}${labels}`);
      continue;
    }
    const diff = diffs.get(item.id);
    if (diff?.status !== 'changed') continue;
    const number = item.existing.number;
    const where = number === null ? comment(item.title) : `#${number} ${comment(item.title)}`;
    if (diff.order)
      notes.push(`# ${where}: position ${diff.order.from} → ${diff.order.to} (set the order on the project board)`);
    if (!diff.priority && !diff.size) continue;
    if (number === null) {
      notes.push(`# ${where}: priority or estimate changed, but it has no issue number to edit`);
      continue;
    }
    const want = new Set(labelsFor(item.priority, item.size));
    const changedKinds = [diff.priority ? 'moscow:' : null, diff.size ? 'size:' : null].filter(
      (k): k is string => k !== null,
    );
    // Only labels the issue had when imported: removing a label it never had would make gh fail.
    const had = item.existing.labels;
    const remove = [...new Set(had)].filter(
      (label) => changedKinds.some((kind) => label.toLowerCase().startsWith(kind)) && !want.has(label),
    );
    const add = [...want].filter((label) => changedKinds.some((kind) => label.startsWith(kind)));
    const args = [
      ...add.map((label) => `--add-label ${shQuote(label)}`),
      ...remove.map((label) => `--remove-label ${shQuote(label)}`),
    ];
    if (args.length > 0) edits.push(`gh issue edit ${number} "$@" ${args.join(' ')}`);
  }

  const team = ws.team.name.trim() ? comment(ws.team.name) : 'the team';
  const out = [
    '#!/bin/sh',
    `# Backlog changes from the mentoring session of ${team}, generated ${now.toISOString()}`,
    '# by the Scrum Team Mentoring Workshop Kit. Read it before running it.',
    `# Creates ${creates.length} new ${creates.length === 1 ? 'issue' : 'issues'} and edits the labels of ${edits.length}.`,
    '#',
    '# Usage: REPO=owner/name sh this-file.sh',
    "# Without REPO, gh works on the current directory's repository (or GH_REPO).",
    'set -eu',
    '',
    '# "$@" carries --repo when REPO is set (positional parameters are the only array in POSIX sh).',
    'if [ -n "${REPO:-}" ]; then set -- --repo "$REPO"; else set --; fi',
    '',
  ];
  if (creates.length > 0 || edits.length > 0) {
    out.push('# Labels used below; creating one that exists fails, which is fine.');
    for (const label of ALL_LABELS) {
      out.push(
        `gh label create ${shQuote(label.name)} "$@" --color ${shQuote(label.color)} --description ${shQuote(label.description)} >/dev/null 2>&1 || true`,
      );
    }
    out.push('');
  }
  if (creates.length > 0)
    out.push(
      '# New items, top of the backlog first: sorted by number (or oldest first), the issues keep the agreed order.',
      ...creates,
      '',
    );
  if (edits.length > 0) out.push('# Changed priority or estimate', ...edits, '');
  if (notes.length > 0) out.push('# Not applied by this script', ...notes, '');
  out.push('echo "Done."', '');
  return out.join('\n');
}

/** File name for the gh script. */
export function ghScriptFileName(ws: Workspace, now: Date): string {
  return exportFileName(ws, 'issues', 'sh', now);
}
