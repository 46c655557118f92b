// Reading the team's existing backlog (gh issue list JSON or CSV). Loaded with import() when the
// user first pastes or loads a backlog, so the workspace page's first load leaves it (and the CSV
// parser) out; the store adds what it returns (addExistingBacklogItems in src/stores/workspace.ts).
// The worksheet's sentences about the result load with it.
import { z } from '../../schema/zod';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../limits';
import { parseCsv } from './csv-parse';
import { validate } from '../../validate';
import {
  readLabels,
  readPriority,
  readSize,
  safeUrl,
  type BacklogImportError,
  type BacklogImportResult,
  type ImportedIssue,
} from '../../workspace/backlog';

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

/** What the backlog worksheet says when existing-backlog text cannot be read. Nothing is added in any case. */
export function backlogImportMessage(error: BacklogImportError): string {
  switch (error.kind) {
    case 'empty':
      return 'There is nothing to bring in: paste the output of gh issue list or a CSV first.';
    case 'notJson':
      return `This looks like JSON but cannot be read (${error.message}). Nothing was added.`;
    case 'notGhIssueList':
      return `This JSON is not what gh issue list --json number,title,body,labels,url prints: ${error.messages.join('; ')}. Nothing was added.`;
    case 'notCsv':
      return `This CSV cannot be read (${error.message}). Nothing was added.`;
    case 'noTitleColumn':
      return 'This CSV has no title column (a header named Title or Summary). Nothing was added.';
  }
}

/** "Added 5 items; 2 already on the worksheet were skipped." */
export function backlogImportDone(added: number, skipped: number): string {
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  const first = added === 0 ? 'No new items were added' : `Added ${items(added)} from your existing backlog`;
  return skipped === 0
    ? `${first}.`
    : `${first}; ${items(skipped)} already on the worksheet ${skipped === 1 ? 'was' : 'were'} skipped.`;
}

/** What the worksheet says about a backlog file over the size limit, before reading it; null when it fits. */
export function backlogTooLarge(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `${fileName} is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_IMPORT_SIZE_TEXT}. Nothing was added.`;
}
