import { validate } from '../validate';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, WorkspaceFileSchema, type Workspace } from './workspace';
import { OLDEST_VERSION, migrate } from './migrations';

/*
 * The part of an import that the stores also run on what the browser saved. It is apart from
 * ./parse.ts (reading a file: size, JSON, refusal messages) so that the workspace pages load the
 * file-import code only when a file arrives, while saved data is still decoded the same way.
 */

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
