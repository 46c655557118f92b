import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/import/backlog/csv-parse';

const rows = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.rows;
};

describe('CSV reader', () => {
  test('splits fields on commas and rows on CRLF, LF or CR', () => {
    expect(rows('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  test('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(rows('"a, b","line 1\r\nline 2","say ""hi"""\n')).toEqual([['a, b', 'line 1\r\nline 2', 'say "hi"']]);
  });

  test('keeps empty fields and drops blank lines', () => {
    expect(rows('a,,c\n\n,\n""\n')).toEqual([['a', '', 'c'], ['', ''], ['']]);
  });

  test('skips a byte-order mark', () => {
    expect(rows('\uFEFFTitle\nx')).toEqual([['Title'], ['x']]);
  });

  test('reports a quote that is never closed instead of guessing', () => {
    expect(parseCsv('"abc\nd')).toEqual({ ok: false, error: 'a quoted field is never closed' });
  });

  test('reads what csvRow writes', async () => {
    const { csvRow } = await import('../../src/lib/export/csv');
    const cells = ['plain', 'a "quote"', 'comma, here', 'two\nlines', ''];
    expect(rows(csvRow(cells))).toEqual([cells]);
  });
});
