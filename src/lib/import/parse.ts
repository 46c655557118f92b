import { validate } from '../validate';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, WorkspaceFileSchema, type Workspace } from '../schema/workspace';
import { OLDEST_VERSION, migrate } from './migrations';

/** Largest workspace file accepted: 2 MB, far above any real session. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Why an import was refused. The UI handles each kind in an exhaustive switch. */
export type ImportError =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notJson'; message: string }
  | { kind: 'notOurFormat' }
  | { kind: 'versionTooNew'; version: number; supported: number }
  | { kind: 'invalid'; messages: string[] };

/** A workspace that can be imported, with what the preview shows about where it came from. */
export interface ImportedWorkspace {
  workspace: Workspace;
  /** Version of the file before migration. */
  fromVersion: number;
  /** When the file was exported, when it says. */
  exportedAt: string | null;
}

export type ImportResult = { ok: true; value: ImportedWorkspace } | { ok: false; error: ImportError };

/** Checks a file's size before it is read (File.size in the browser). */
export function checkImportSize(bytes: number): ImportResult | null {
  return bytes > MAX_IMPORT_BYTES ? { ok: false, error: { kind: 'tooLarge', bytes, limit: MAX_IMPORT_BYTES } } : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decodes an already-parsed value: format check, version check, migration, validation. Used for
 * imports and for what the browser saved, so both are trusted the same (not at all). Never throws.
 */
export function decodeWorkspace(value: unknown): ImportResult {
  try {
    if (!isRecord(value) || value.format !== WORKSPACE_FORMAT) return { ok: false, error: { kind: 'notOurFormat' } };
    const version = value.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          messages: [`version: expected a whole number from ${OLDEST_VERSION} to ${WORKSPACE_VERSION}`],
        },
      };
    }
    if (version > WORKSPACE_VERSION) {
      return { ok: false, error: { kind: 'versionTooNew', version, supported: WORKSPACE_VERSION } };
    }
    const migrated = migrate(value, version);
    if (!migrated.ok) return { ok: false, error: { kind: 'invalid', messages: migrated.error.messages } };
    const checked = validate(WorkspaceFileSchema, migrated.value);
    if (!checked.ok) return { ok: false, error: { kind: 'invalid', messages: checked.error.messages } };
    const { $schema: _schema, exportedAt, ...workspace } = checked.value;
    return { ok: true, value: { workspace, fromVersion: version, exportedAt: exportedAt ?? null } };
  } catch {
    // Defence in depth: a hostile value (a getter, a proxy) must end as a refusal, not an exception.
    return { ok: false, error: { kind: 'invalid', messages: ['the file could not be read'] } };
  }
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

/** One sentence for each refusal, for the notice next to the import control. */
export function importErrorMessage(error: ImportError): string {
  switch (error.kind) {
    case 'tooLarge':
      return `This file is ${Math.ceil(error.bytes / 1024)} KB; the limit is ${error.limit / 1024 / 1024} MB. Nothing was changed.`;
    case 'notJson':
      return 'This file is not JSON, so it cannot be a workspace export. Nothing was changed.';
    case 'notOurFormat':
      return 'This JSON is not a mentoring workspace export (its "format" is missing or different). Nothing was changed.';
    case 'versionTooNew':
      return `This file is version ${error.version}; this kit reads up to version ${error.supported}. Use a newer kit. Nothing was changed.`;
    case 'invalid':
      return `This file has invalid fields: ${error.messages.join('; ')}. Nothing was changed.`;
  }
}
