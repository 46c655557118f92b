import type { BacklogItem, Moscow } from '../schema/backlog-item';
import type { Workspace } from '../schema/workspace';
import { labelsFor, orderKey, otherLabels } from '../workspace/backlog';
import { exportFileName } from './file-name';
import { JIRA_SUMMARY_MAX, trackerDescription, trackerTitle } from './limits';

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP, "CSV
 * Injection": = + - @ tab carriage return; line feed and NUL added, as ASVS 1.2.10 lists NUL), and
 * their full-width forms (＝ ＋ － ＠), which spreadsheets set up for East Asian input read the same way.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell, safe to open in a spreadsheet: a cell that could start a formula gets a leading
 * single quote, and every cell is wrapped in double quotes with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const neutralised = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${neutralised.replace(/"/g, '""')}"`;
}

/** One CSV row, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Jira's default priorities for each MoSCoW value; the MoSCoW value itself travels as a label. */
export const JIRA_PRIORITY: Record<Moscow, string> = { must: 'High', should: 'Medium', could: 'Low', wont: 'Lowest' };

/** Jira labels cannot hold spaces: a space would split one label into two. */
const jiraLabel = (label: string) => label.trim().replace(/\s+/g, '_');

export interface JiraCsvOptions {
  /** Also export items imported from the existing backlog (they may already be in Jira). Default: false. */
  includeExisting?: boolean;
  /** Issue type for every row. Default: "Story". */
  issueType?: string;
}

/**
 * Backlog items as a CSV for Jira's CSV importer: Summary, Description, Issue Type, Priority, Labels
 * and Backlog order. Jira takes several labels from several columns with the same "Labels" header, so
 * there are as many Labels columns as the most-labelled item needs (`moscow:must`, `size:m`, …).
 * A summary is one line of at most 255 characters: a longer or multi-line title is shortened and
 * written in full at the top of the description. The description ends with the goal the item
 * serves. "Backlog order" is the agreed position, zero-padded ("01", "02", … "12") so that it sorts
 * the same as a number field or a text field; map it to either when importing.
 */
export function backlogToJiraCsv(ws: Workspace, options: JiraCsvOptions = {}): string {
  const items = ws.backlog.filter((item) => options.includeExisting === true || item.existing === null);
  const goals = new Map(ws.goals.map((goal) => [goal.id, goal] as const));
  const labelsOf = (item: BacklogItem) =>
    [...labelsFor(item.priority, item.size), ...otherLabels(item.existing?.labels ?? [])]
      .map(jiraLabel)
      .filter((label) => label !== '');
  const labelColumns = Math.max(1, ...items.map((item) => labelsOf(item).length));
  let out = csvRow([
    'Summary',
    'Description',
    'Issue Type',
    'Priority',
    ...Array<string>(labelColumns).fill('Labels'),
    'Backlog order',
  ]);
  items.forEach((item, index) => {
    const goal = item.goalId === null ? undefined : goals.get(item.goalId);
    const summary = trackerTitle(item.title, JIRA_SUMMARY_MAX);
    const rest = [item.description.trim(), goal && goal.statement.trim() ? `Goal: ${goal.statement.trim()}` : '']
      .filter((part) => part !== '')
      .join('\n\n');
    const labels = labelsOf(item);
    out += csvRow([
      summary.title,
      trackerDescription(item, summary, rest),
      options.issueType ?? 'Story',
      item.priority === null ? '' : JIRA_PRIORITY[item.priority],
      ...Array.from({ length: labelColumns }, (_, i) => labels[i] ?? ''),
      orderKey(index, items.length),
    ]);
  });
  return out;
}

/** File name for the Jira CSV. */
export function jiraCsvFileName(ws: Workspace, now: Date): string {
  return exportFileName(ws, 'backlog', 'csv', now);
}
