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

/**
 * What the team should know before it downloads the Jira CSV or the gh script, one sentence each:
 * titles that will be shortened or joined onto one line, and descriptions longer than a tracker takes.
 * Empty when everything fits. Items imported from the existing backlog are only counted when exported.
 */
export function exportWarnings(ws: Workspace, options: ExportWarningOptions = {}): string[] {
  const warnings: string[] = [];
  ws.backlog.forEach((item, index) => {
    if (item.existing !== null && options.includeExisting !== true) return;
    const name = `Item ${index + 1}`;
    const multiLine = item.title.trim().split(LINE_BREAK).length > 1;
    const length = item.title.trim().length;
    if (multiLine)
      warnings.push(
        `${name}’s title has more than one line: Jira and GitHub get its first line as the title, and the full title at the top of the description.`,
      );
    else if (length > JIRA_SUMMARY_MAX)
      warnings.push(
        `${name}’s title has ${length} characters: Jira takes ${JIRA_SUMMARY_MAX} and GitHub ${GITHUB_TITLE_MAX}, so it is shortened there, with the full title at the top of the description.`,
      );
    const description = item.description.trim().length;
    if (description > JIRA_DESCRIPTION_MAX)
      warnings.push(
        `${name}’s description has ${description} characters: Jira takes ${JIRA_DESCRIPTION_MAX}${description > GITHUB_BODY_MAX ? ` and GitHub ${GITHUB_BODY_MAX}` : ''}, so the import will refuse it. Shorten it or move part of it elsewhere.`,
      );
  });
  return warnings;
}
