import { decodeWorkspace, type ImportResult } from '../schema/decode';
import { MAX_IMPORT_BYTES } from './limits';

/*
 * Reading a workspace file. The islands load this module with import() when a file arrives; the
 * stores use ./decode.ts, which this module ends with, for what the browser saved.
 */

export { decodeWorkspace, type ImportError, type ImportedWorkspace, type ImportResult } from '../schema/decode';

export { MAX_IMPORT_BYTES } from './limits';

export { importErrorMessage, importProblem } from './problem';

/** Checks a file's size before it is read (File.size in the browser). */
export function checkImportSize(bytes: number): ImportResult | null {
  return bytes > MAX_IMPORT_BYTES ? { ok: false, error: { kind: 'tooLarge', bytes, limit: MAX_IMPORT_BYTES } } : null;
}

/** UTF-8 byte length without allocating a copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Reads a workspace file's text: size, JSON, format, version, migration, validation. Never throws. */
export function parseWorkspaceText(text: string): ImportResult {
  const tooLarge = checkImportSize(text.length > MAX_IMPORT_BYTES ? text.length : utf8Bytes(text));
  if (tooLarge) return tooLarge;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { ok: false, error: { kind: 'notJson', message: cause instanceof Error ? cause.message : 'not JSON' } };
  }
  return decodeWorkspace(value);
}
