import { z } from './schema/zod';
import type { Goal } from './schema/goal';
import { MoscowSchema, SizeSchema, type BacklogItem, type Moscow, type Size } from './schema/backlog-item';
import { parseCsv } from './csv-parse';
import { validate } from './validate';

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

/** The labels the kit writes for a priority and an estimate: `moscow:must`, `size:m`. */
export function labelsFor(priority: Moscow | null, size: Size | null): string[] {
  const labels: string[] = [];
  if (priority) labels.push(`moscow:${priority}`);
  if (size) labels.push(`size:${size.toLowerCase()}`);
  return labels;
}

const normalise = (value: string) => value.trim().toLowerCase().replace(/[’']/g, '');

/** Reads a MoSCoW priority from a word such as "Must", "won't" or "moscow:should"; null when it is none. */
export function readPriority(value: string): Moscow | null {
  const word = normalise(value).replace(/^moscow:\s*/, '');
  const parsed = MoscowSchema.safeParse(word);
  return parsed.success ? parsed.data : null;
}

/** Reads a T-shirt size from a word such as "m", "XL" or "size:xs"; null when it is none. */
export function readSize(value: string): Size | null {
  const word = value
    .trim()
    .toUpperCase()
    .replace(/^SIZE:\s*/, '');
  const parsed = SizeSchema.safeParse(word);
  return parsed.success ? parsed.data : null;
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

/** A new backlog item that starts from its goal: the statement as title, the rest as description. */
export function newItemFromGoal(goal: Goal, id: string): BacklogItem {
  const lines = [
    goal.owner.trim() && `Owner: ${goal.owner.trim()}`,
    goal.measure.trim() && `Success will be seen when: ${goal.measure.trim()}`,
    goal.due.trim() && `Due: ${goal.due.trim()}`,
  ].filter((line) => line !== '');
  return {
    id,
    title: goal.statement.trim() || 'New item for a goal',
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

/** One element of `gh issue list --json number,title,body,labels,url`. */
const GhIssueSchema = z.object({
  number: z.number().check(z.int(), z.positive()),
  title: z.string().check(z.minLength(1)),
  body: z.nullish(z.string()),
  labels: z.nullish(z.array(z.union([z.object({ name: z.string() }), z.string()]))),
  url: z.nullish(z.string()),
});
const GhIssueListSchema = z.array(GhIssueSchema);

/** Reads what `gh issue list --json number,title,body,labels,url` prints. */
export function parseGhIssueList(text: string): BacklogImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return { ok: false, error: { kind: 'notJson', message: cause instanceof Error ? cause.message : 'not JSON' } };
  }
  const result = validate(GhIssueListSchema, data);
  if (!result.ok) return { ok: false, error: { kind: 'notGhIssueList', messages: result.error.messages } };
  const issues = result.value.map((issue): ImportedIssue => {
    const labels = (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name));
    return {
      number: issue.number,
      title: issue.title,
      description: issue.body ?? '',
      url: safeUrl(issue.url),
      labels,
      ...readLabels(labels),
    };
  });
  return { ok: true, issues };
}

const COLUMN_NAMES = {
  title: ['title', 'summary', 'name'],
  description: ['description', 'body'],
  number: ['number', 'issue', 'issue number', 'id', '#'],
  url: ['url', 'link'],
  labels: ['labels', 'label'],
  priority: ['priority', 'moscow'],
  size: ['size', 'estimate', 't-shirt', 'tshirt'],
} as const;

/**
 * Reads a CSV with a title column (header names are matched case-insensitively; "summary" works too).
 * Optional columns: description/body, number, url, labels (separated by commas, semicolons or spaces),
 * priority, size/estimate. Rows without a title are skipped.
 */
export function parseBacklogCsv(text: string): BacklogImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'notCsv', message: parsed.error } };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, error: { kind: 'empty' } };
  const names = header.map((name) => name.trim().toLowerCase());
  const column = (key: keyof typeof COLUMN_NAMES) => {
    for (const candidate of COLUMN_NAMES[key]) {
      const index = names.indexOf(candidate);
      if (index !== -1) return index;
    }
    return -1;
  };
  const at = (row: string[], key: keyof typeof COLUMN_NAMES) => {
    const index = column(key);
    return index === -1 ? '' : (row[index] ?? '');
  };
  if (column('title') === -1) return { ok: false, error: { kind: 'noTitleColumn' } };
  const issues: ImportedIssue[] = [];
  for (const row of rows) {
    const title = at(row, 'title').trim();
    if (title === '') continue;
    const labels = at(row, 'labels')
      .split(/[,;\s]+/)
      .map((label) => label.trim())
      .filter((label) => label !== '');
    const fromLabels = readLabels(labels);
    const numberText = at(row, 'number').trim().replace(/^#/, '');
    const number = /^\d{1,15}$/.test(numberText) && Number(numberText) > 0 ? Number(numberText) : null;
    issues.push({
      number,
      title,
      description: at(row, 'description'),
      url: safeUrl(at(row, 'url')),
      labels,
      priority: readPriority(at(row, 'priority')) ?? fromLabels.priority,
      size: readSize(at(row, 'size')) ?? fromLabels.size,
    });
  }
  return { ok: true, issues };
}

/** Reads pasted or loaded existing-backlog text: JSON from `gh issue list`, otherwise CSV. */
export function parseExistingBacklog(text: string): BacklogImportResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { kind: 'empty' } };
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseGhIssueList(trimmed) : parseBacklogCsv(text);
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
