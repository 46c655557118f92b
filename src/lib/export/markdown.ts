import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Workspace } from '../schema/workspace';
import { tally } from '../workspace/board';
import { orderDiscussion } from '../workspace/discussion';
import { goalsStillMissing } from '../workspace/goals';
import { goalFlag } from '../goal-check/goal-check';
import { diffBacklog, labelsFor, type ItemDiff } from '../workspace/backlog';
import { describeCheckIn } from '../workspace/check-in';
import { describeDiff } from '../workspace/wording';
import { exportFileName } from './file-name';

/*
 * The Markdown export is built as a Markdown syntax tree (mdast) and written by
 * mdast-util-to-markdown, which escapes exactly what needs escaping where it stands: text that
 * starts with a number, a dash or a hash, emphasis characters, HTML, indented lines. The team's
 * words are only ever text nodes, so they render as typed in any CommonMark renderer.
 */

const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/;

/** Typed text on one line: line breaks and runs of spaces become one space, ends trimmed. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A phrase of typed text; blank text shows as "(blank)" so a list item never looks missing. */
function phrase(text: string): PhrasingContent {
  const line = oneLine(text);
  return line === ''
    ? { type: 'emphasis', children: [{ type: 'text', value: '(blank)' }] }
    : { type: 'text', value: line };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
const item = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children });
const list = (ordered: boolean, items: ListItem[]): BlockContent => ({
  type: 'list',
  ordered,
  start: ordered ? 1 : null,
  spread: false,
  children: items,
});

/**
 * Multi-line typed text as paragraphs: blank lines separate paragraphs, and each other line break is
 * kept as a hard break. Leading spaces are dropped, so an indented line never becomes code.
 */
function paragraphs(value: string): BlockContent[] {
  return value
    .split(LINE_BREAK)
    .map(oneLine)
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) =>
      paragraph(
        ...block
          .split('\n')
          .flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)])),
      ),
    );
}

/** What changed on an item, in the worksheet's words, lower-cased to sit among the other tags. */
const changes = (diff: ItemDiff): string =>
  describeDiff(diff)
    .map((phrase) => phrase.charAt(0).toLowerCase() + phrase.slice(1))
    .join(', ');

const none = () => paragraph(emphasis('None recorded.'));

/** The session as a Markdown syntax tree. */
export function workspaceToMdast(ws: Workspace): Root {
  const out: RootContent[] = [];
  const weaknessText = (id: string) => ws.weaknesses.find((w) => w.id === id)?.text ?? id;
  const team = oneLine(ws.team.name);
  out.push(heading(1, text(`Mentoring session: ${team === '' ? 'Team' : team}`)));
  const facts: ListItem[] = [];
  if (ws.team.sessionDate) facts.push(item(paragraph(strong(text('Date:')), text(` ${ws.team.sessionDate}`))));
  if (ws.team.mentor.trim()) facts.push(item(paragraph(strong(text('Mentor:')), text(' '), phrase(ws.team.mentor))));
  if (facts.length > 0) out.push(list(false, facts));

  out.push(heading(2, text('Strengths')));
  out.push(
    ws.strengths.length === 0
      ? none()
      : list(
          false,
          ws.strengths.map((s) => item(paragraph(phrase(s.text)))),
        ),
  );

  const votes = tally(ws.voting);
  out.push(heading(2, text('Weaknesses, most important first')));
  out.push(
    ws.rank.length === 0
      ? none()
      : list(
          true,
          ws.rank.map((id) => {
            const n = votes.get(id) ?? 0;
            return item(paragraph(phrase(weaknessText(id)), text(` (${n} ${n === 1 ? 'vote' : 'votes'})`)));
          }),
        ),
  );

  out.push(heading(2, text('Questions for the mentor')));
  const points = orderDiscussion(ws.discussion, ws.rank);
  out.push(
    points.length === 0
      ? none()
      : list(
          false,
          points.map((point) => {
            const about = point.weaknessIds.map((id) => oneLine(weaknessText(id))).join('; ');
            return item(paragraph(phrase(point.text), ...(about ? [text(` (about: ${about})`)] : [])));
          }),
        ),
  );

  out.push(heading(2, text('Goals')));
  const missing = goalsStillMissing(ws.goals);
  if (missing > 0)
    out.push(
      paragraph(emphasis(`${missing} more ${missing === 1 ? 'goal is' : 'goals are'} still missing to reach three.`)),
    );
  if (ws.goals.length > 0)
    out.push(
      list(
        true,
        ws.goals.map((goal) => {
          const details: ListItem[] = [];
          const detail = (label: string, value: string) => {
            if (value.trim()) details.push(item(paragraph(text(`${label}: ${oneLine(value)}`))));
          };
          detail('Addresses', goal.weaknessIds.map(weaknessText).map(oneLine).join('; '));
          detail('Owner', goal.owner);
          detail('Success will be seen when', goal.measure);
          detail('Due', goal.due);
          if (goal.checkIn) detail('Check-in after the sprint', describeCheckIn(goal));
          const flag = goalFlag(goal);
          if (flag) details.push(item(paragraph(text(`⚠ ${flag}`))));
          const statement = goal.statement.trim() ? strong(phrase(goal.statement)) : emphasis('(no statement yet)');
          return item(paragraph(statement), ...(details.length > 0 ? [list(false, details)] : []));
        }),
      ),
    );

  out.push(heading(2, text('Backlog items')));
  if (ws.backlog.length === 0) out.push(none());
  else {
    const goals = new Map(ws.goals.map((g) => [g.id, g] as const));
    const diffs = new Map(diffBacklog(ws.backlog).map((d) => [d.id, d] as const));
    out.push(
      list(
        true,
        ws.backlog.map((entry) => {
          // The same label values as the Jira CSV and the gh script.
          const labels = labelsFor(entry.priority, entry.size);
          const tags = [
            ...(entry.priority ? [] : ['no priority']),
            ...(entry.size ? [] : ['no estimate']),
            ...labels,
            entry.existing?.number ? `#${entry.existing.number}` : null,
            changes(diffs.get(entry.id) ?? { id: entry.id, status: 'new' }),
          ].filter((t): t is string => t !== null);
          const children: BlockContent[] = [paragraph(strong(phrase(entry.title)), text(` (${tags.join(', ')})`))];
          const goal = entry.goalId ? goals.get(entry.goalId) : undefined;
          if (goal?.statement.trim())
            children.push(list(false, [item(paragraph(text(`Goal: ${oneLine(goal.statement)}`)))]));
          children.push(...paragraphs(entry.description));
          return { ...item(...children), spread: children.length > 1 && entry.description.trim() !== '' };
        }),
      ),
    );
  }
  return { type: 'root', children: out };
}

/** How the kit writes Markdown: one set of options for every Markdown it exports. */
const OPTIONS: Parameters<typeof toMarkdown>[1] = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  incrementListMarker: true,
  fences: true,
  rule: '-',
  // Wikis and trackers render GitHub Flavored Markdown: "~~" would strike text through and a "|"
  // row could start a table, so both are escaped in the team's words too.
  unsafe: [
    { character: '~', inConstruct: 'phrasing' },
    { character: '|', inConstruct: 'phrasing' },
  ],
};

/** The whole session as Markdown for a wiki page or an issue. */
export function workspaceToMarkdown(ws: Workspace): string {
  return toMarkdown(workspaceToMdast(ws), OPTIONS);
}

/**
 * A phrase of the team's text, on one line, as Markdown that renders as exactly that text (escaped
 * by the serialiser, never by hand): for reports that lay out their own lines, such as the workshop's.
 */
export function mdInline(value: string): string {
  return toMarkdown({ type: 'paragraph', children: [phrase(value)] }, OPTIONS).trim();
}

/** File name for the Markdown export. */
export function markdownFileName(ws: Workspace, now: Date): string {
  return exportFileName(ws, 'session', 'md', now);
}
