import type { BacklogItem } from '../schema/backlog-item';
import type { Workspace } from '../schema/workspace';

/*
 * What the trackers accept, and what the team is told before it downloads. A title longer than a
 * tracker takes, or written over several lines, becomes a one-line title that fits; the full text
 * goes into the description, so nothing the team wrote is lost.
 */

/** Jira: a summary is one line of at most 255 characters. */
export const JIRA_SUMMARY_MAX = 255;
/** GitHub: an issue title is at most 256 characters. */
export const GITHUB_TITLE_MAX = 256;
/** Jira: a description (a text field) holds at most 32,767 characters. */
export const JIRA_DESCRIPTION_MAX = 32_767;
/** GitHub: an issue body holds at most 65,536 characters. */
export const GITHUB_BODY_MAX = 65_536;

const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/;

/** A title as a tracker will show it, and whether that lost anything of the typed one. */
export interface TrackerTitle {
  title: string;
  /** True when the title is not the whole of what was typed (so the description carries it in full). */
  shortened: boolean;
}

/**
 * One line of at most `max` characters (UTF-16 units, so never more than the tracker counts): the
 * first non-empty line, spaces collapsed, cut at a word boundary where one is near, ending in "…".
 * A surrogate pair is never split.
 */
export function trackerTitle(title: string, max: number): TrackerTitle {
  const whole = title.replace(/\s+/g, ' ').trim();
  const lines = title
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const first = lines[0] ?? '';
  if (first === '') return { title: 'Untitled item', shortened: whole !== '' };
  if (first.length <= max) return { title: first, shortened: first !== whole };
  let cut = max - 1;
  if (/[\uDC00-\uDFFF]/.test(first[cut] ?? '')) cut--;
  const space = first.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  return { title: `${first.slice(0, cut).trimEnd()}…`, shortened: true };
}

/** The description a tracker gets: the full title first when the title had to be shortened. */
export function trackerDescription(item: BacklogItem, title: TrackerTitle, rest: string): string {
  const full = item.title.trim();
  return [title.shortened ? `Full title: ${full}` : '', rest].filter((part) => part !== '').join('\n\n');
}

export interface ExportWarningOptions {
  /** Whether items imported from the existing backlog are exported too (the Jira CSV option). */
  includeExisting?: boolean;
}

/** One thing a tracker will not take as typed: a title on several lines or too long, a description too long. */
export interface ExportProblem {
  /** The item's place in the backlog, from 0. */
  index: number;
  kind: 'multiLine' | 'longTitle' | 'longDescription';
  /** The title's or the description's length (UTF-16 units, as the trackers count). */
  length: number;
}

/**
 * What the Jira CSV and the gh script will change or the trackers will refuse, item by item, in
 * backlog order. Items imported from the existing backlog are only counted when exported.
 */
export function exportProblems(ws: Workspace, options: ExportWarningOptions = {}): ExportProblem[] {
  const problems: ExportProblem[] = [];
  ws.backlog.forEach((item, index) => {
    if (item.existing !== null && options.includeExisting !== true) return;
    const title = item.title.trim();
    if (title.split(LINE_BREAK).length > 1) problems.push({ index, kind: 'multiLine', length: title.length });
    else if (title.length > JIRA_SUMMARY_MAX) problems.push({ index, kind: 'longTitle', length: title.length });
    const description = item.description.trim().length;
    if (description > JIRA_DESCRIPTION_MAX) problems.push({ index, kind: 'longDescription', length: description });
  });
  return problems;
}

/**
 * What the team is told when it downloads the Jira CSV or the gh script, one sentence per item and
 * problem. Empty when everything fits.
 */
export function exportWarnings(ws: Workspace, options: ExportWarningOptions = {}): string[] {
  return exportProblems(ws, options).map(({ index, kind, length }) => {
    const name = `Item ${index + 1}`;
    switch (kind) {
      case 'multiLine':
        return `${name}’s title has more than one line: Jira and GitHub get its first line as the title, and the full title at the top of the description.`;
      case 'longTitle':
        return `${name}’s title has ${length} characters: Jira takes ${JIRA_SUMMARY_MAX} and GitHub ${GITHUB_TITLE_MAX}, so it is shortened there, with the full title at the top of the description.`;
      case 'longDescription':
        return `${name}’s description has ${length} characters: Jira takes ${JIRA_DESCRIPTION_MAX}${length > GITHUB_BODY_MAX ? ` and GitHub ${GITHUB_BODY_MAX}` : ''}, so the import will refuse it. Shorten it or move part of it elsewhere.`;
    }
  });
}

/** "item 3", "items 3 and 7", "items 1, 2, 3, 4, 5 and 6 more". */
function itemList(indexes: readonly number[]): string {
  const SHOWN = 5;
  const numbers = indexes.slice(0, SHOWN).map((index) => String(index + 1));
  const more = indexes.length - numbers.length;
  if (more > 0) numbers.push(`${more} more`);
  const last = numbers.pop() ?? '';
  return `${indexes.length === 1 ? 'item' : 'items'} ${numbers.length > 0 ? `${numbers.join(', ')} and ` : ''}${last}`;
}

/**
 * The same problems, shown next to the download buttons before anything is downloaded: one sentence
 * per kind, with how many items and which ("2 titles have more than one line (items 3 and 7): …").
 */
export function exportWarningSummary(ws: Workspace, options: ExportWarningOptions = {}): string[] {
  const problems = exportProblems(ws, options);
  const of = (kind: ExportProblem['kind']) => problems.filter((p) => p.kind === kind).map((p) => p.index);
  const sentences: string[] = [];
  const say = (kind: ExportProblem['kind'], text: (n: number, which: string) => string) => {
    const indexes = of(kind);
    if (indexes.length > 0) sentences.push(text(indexes.length, itemList(indexes)));
  };
  say('multiLine', (n, which) =>
    n === 1
      ? `1 title has more than one line (${which}): Jira and GitHub will get its first line as the title, and the full title at the top of the description.`
      : `${n} titles have more than one line (${which}): Jira and GitHub will get their first lines as titles, and the full titles at the top of the descriptions.`,
  );
  say('longTitle', (n, which) =>
    n === 1
      ? `1 title is longer than Jira’s ${JIRA_SUMMARY_MAX} characters (${which}): it will be shortened, with the full title at the top of the description.`
      : `${n} titles are longer than Jira’s ${JIRA_SUMMARY_MAX} characters (${which}): they will be shortened, with the full titles at the top of the descriptions.`,
  );
  say('longDescription', (n, which) =>
    n === 1
      ? `1 description is longer than Jira’s ${JIRA_DESCRIPTION_MAX} characters (${which}): Jira’s import will refuse it. Shorten it before you download.`
      : `${n} descriptions are longer than Jira’s ${JIRA_DESCRIPTION_MAX} characters (${which}): Jira’s import will refuse them. Shorten them before you download.`,
  );
  return sentences;
}
