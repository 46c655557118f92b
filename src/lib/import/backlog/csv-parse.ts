/** Result of reading CSV text. */
export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; error: string };

/**
 * Reads CSV as RFC 4180 describes it: fields separated by commas, rows by CRLF, LF or CR; a field in
 * double quotes may hold commas, line breaks and doubled quotes (""). A leading byte-order mark is
 * skipped and blank lines are dropped. An unclosed quote is an error rather than a guess.
 */
export function parseCsv(text: string): CsvParseResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !fieldStarted)) rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // A quote inside an unquoted field is kept as text, as spreadsheets do.
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) return { ok: false, error: 'a quoted field is never closed' };
  if (field !== '' || row.length > 0 || fieldStarted) endRow();
  return { ok: true, rows };
}
