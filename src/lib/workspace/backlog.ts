import type { Goal } from '../schema/goal';
import { MOSCOW_VALUES, SIZE_VALUES } from '../schema/values';
import type { BacklogItem, Moscow, Size } from '../schema/backlog-item';

/** An item read from the team's existing backlog, before it gets an id. */
export interface ImportedIssue {
  /** Issue number, or null when the source had none. */
  number: number | null;
  title: string;
  description: string;
  url: string | null;
  labels: string[];
  priority: Moscow | null;
  size: Size | null;
}

/** Why existing backlog text could not be read. */
export type BacklogImportError =
  | { kind: 'empty' }
  | { kind: 'notJson'; message: string }
  | { kind: 'notGhIssueList'; messages: string[] }
  | { kind: 'notCsv'; message: string }
  | { kind: 'noTitleColumn' };

export type BacklogImportResult = { ok: true; issues: ImportedIssue[] } | { ok: false; error: BacklogImportError };

export const MOSCOW_LABELS: Record<Moscow, string> = { must: 'Must', should: 'Should', could: 'Could', wont: "Won't" };

/** The MoSCoW priorities in order, Must first, and the T-shirt sizes, XS first: the format's own lists. */
export { MOSCOW_VALUES, SIZE_VALUES };

/*
 * One convention for the labels every export writes (Jira CSV, gh script, Markdown): the prefix, a
 * colon, and the value in lower case with no spaces: `moscow:must`, `moscow:wont`, `size:xs`, `size:xl`.
 * Reading them back accepts any case and spacing (readLabels).
 */

/** The label for a MoSCoW priority: `moscow:must`, `moscow:should`, `moscow:could`, `moscow:wont`. */
export function priorityLabel(priority: Moscow): string {
  return `moscow:${priority}`;
}

/** The label for a T-shirt estimate: `size:xs`, `size:s`, `size:m`, `size:l`, `size:xl`. */
export function sizeLabel(size: Size): string {
  return `size:${size.toLowerCase()}`;
}

/** The labels the kit writes for a priority and an estimate: `moscow:must`, `size:m`. */
export function labelsFor(priority: Moscow | null, size: Size | null): string[] {
  const labels: string[] = [];
  if (priority) labels.push(priorityLabel(priority));
  if (size) labels.push(sizeLabel(size));
  return labels;
}

/**
 * A position in the agreed order as text that sorts the same way as a number does: zero-padded to
 * the width of the largest position (at least two digits), so "02" comes before "10" in any tool.
 */
export function orderKey(index: number, count: number): string {
  return String(index + 1).padStart(Math.max(2, String(count).length), '0');
}

const normalise = (value: string) => value.trim().toLowerCase().replace(/[’']/g, '');

/** Reads a MoSCoW priority from a word such as "Must", "won't" or "moscow:should"; null when it is none. */
export function readPriority(value: string): Moscow | null {
  const word = normalise(value).replace(/^moscow:\s*/, '');
  return (MOSCOW_VALUES as readonly string[]).includes(word) ? (word as Moscow) : null;
}

/** Reads a T-shirt size from a word such as "m", "XL" or "size:xs"; null when it is none. */
export function readSize(value: string): Size | null {
  const word = value
    .trim()
    .toUpperCase()
    .replace(/^SIZE:\s*/, '');
  return (SIZE_VALUES as readonly string[]).includes(word) ? (word as Size) : null;
}

/** Priority and size from an issue's labels (`moscow:…`, `size:…`); the first of each wins. */
export function readLabels(labels: readonly string[]): { priority: Moscow | null; size: Size | null } {
  let priority: Moscow | null = null;
  let size: Size | null = null;
  for (const label of labels) {
    const lower = label.trim().toLowerCase();
    if (priority === null && lower.startsWith('moscow:')) priority = readPriority(lower);
    if (size === null && lower.startsWith('size:')) size = readSize(lower);
  }
  return { priority, size };
}

/** The labels that are not the kit's own priority and size labels. */
export function otherLabels(labels: readonly string[]): string[] {
  return labels.filter((label) => !/^(moscow|size):/i.test(label.trim()));
}

/**
 * A new backlog item that starts from its goal: the statement's first line as a one-line title,
 * the goal's other parts as the description. The whole statement stays with the goal the item
 * links to, and every export writes it into the item's description ("Goal: …").
 */
export function newItemFromGoal(goal: Goal, id: string): BacklogItem {
  const statementLines = goal.statement
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const lines = [
    goal.owner.trim() && `Owner: ${goal.owner.trim()}`,
    goal.measure.trim() && `Success will be seen when: ${goal.measure.trim()}`,
    goal.due.trim() && `Due: ${goal.due.trim()}`,
  ].filter((line) => line !== '');
  return {
    id,
    title: statementLines[0]?.replace(/\s+/g, ' ') ?? 'New item for a goal',
    description: lines.join('\n'),
    priority: null,
    size: null,
    goalId: goal.id,
    existing: null,
  };
}

/** Keeps http(s) addresses only: a `javascript:` URL from a pasted file must never become a link. */
export function safeUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim() ?? '';
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : null;
}

/** Backlog items for imported issues, remembering the imported priority, size and order as baseline. */
export function itemsFromImport(issues: readonly ImportedIssue[], makeId: () => string): BacklogItem[] {
  return issues.map((issue, order) => ({
    id: makeId(),
    title: issue.title,
    description: issue.description,
    priority: issue.priority,
    size: issue.size,
    goalId: null,
    existing: {
      number: issue.number,
      url: issue.url,
      labels: issue.labels,
      baseline: { priority: issue.priority, size: issue.size, order },
    },
  }));
}

/** One change against the imported baseline. */
export interface Change<T> {
  from: T;
  to: T;
}

/** How an item on the worksheet differs from what was imported. */
export type ItemDiff =
  | { id: string; status: 'new' }
  | { id: string; status: 'unchanged' }
  | {
      id: string;
      status: 'changed';
      priority?: Change<Moscow | null>;
      size?: Change<Size | null>;
      /** Positions are 1-based among the imported items still on the worksheet. */
      order?: Change<number>;
    };

/**
 * Compares the worksheet with the imported baseline. Items without an `existing` record are new.
 * Order is compared among the imported items still present, so deleting one does not mark the rest as moved.
 */
export function diffBacklog(items: readonly BacklogItem[]): ItemDiff[] {
  const existing = items.filter((item) => item.existing !== null);
  const now = new Map(existing.map((item, index) => [item.id, index] as const));
  const before = new Map(
    [...existing]
      .sort((a, b) => (a.existing?.baseline.order ?? 0) - (b.existing?.baseline.order ?? 0))
      .map((item, index) => [item.id, index] as const),
  );
  return items.map((item): ItemDiff => {
    if (item.existing === null) return { id: item.id, status: 'new' };
    const { baseline } = item.existing;
    const diff: Extract<ItemDiff, { status: 'changed' }> = { id: item.id, status: 'changed' };
    if (baseline.priority !== item.priority) diff.priority = { from: baseline.priority, to: item.priority };
    if (baseline.size !== item.size) diff.size = { from: baseline.size, to: item.size };
    const from = before.get(item.id) ?? 0;
    const to = now.get(item.id) ?? 0;
    if (from !== to) diff.order = { from: from + 1, to: to + 1 };
    return diff.priority || diff.size || diff.order ? diff : { id: item.id, status: 'unchanged' };
  });
}
