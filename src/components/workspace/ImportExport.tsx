import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import type { ImportError, ImportedWorkspace } from '../../lib/import/parse';
import { hasContent, workspaceCounts } from '../../lib/workspace/summary';
import { $replaced, $workspace, importWorkspace, resetWorkspace, undoImport, undoReset } from '../../stores/workspace';
import { LiveRegion, useAnnouncer, focusSoon, Heading, below, type Level } from '../ui/kit';
import ExportTools from './ExportTools';
import { unavailableOffline } from '../../lib/offline';

/** Why a file was refused, one clear message per kind; nothing in the workspace changed. */
function ImportProblem({ error, fileName }: { error: ImportError; fileName: string }) {
  const [title, detail] = ((): [string, preact.ComponentChildren] => {
    switch (error.kind) {
      case 'tooLarge':
        return [
          'This file is too large',
          `${fileName} is ${Math.ceil(error.bytes / 1024)} KB; a workspace file is at most ${Math.round(error.limit / 1024 / 1024)} MB. It was not read.`,
        ];
      case 'notJson':
        return ['This is not a workspace file', `${fileName} is not JSON, so it cannot be an export of this kit.`];
      case 'notOurFormat':
        return [
          'This is not a mentoring workspace',
          `${fileName} is JSON, but its "format" is not "mentoring-kit/workspace". Choose a file exported from this kit.`,
        ];
      case 'versionTooNew':
        return [
          'This file is from a newer version of the kit',
          `${fileName} is version ${error.version}; this kit reads up to version ${error.supported}. Open it with the newer kit, or ask for an export from this one.`,
        ];
      case 'invalid':
        return [
          'This file has invalid fields',
          <>
            {fileName} could not be used because:
            <ul>
              {error.messages.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>,
        ];
    }
  })();
  return (
    <div class="ws-note ws-note-error" role="alert" data-import-error={error.kind}>
      <p class="ws-note-title">{title}</p>
      <div>{detail}</div>
      <p>Nothing was changed: your workspace is as it was.</p>
    </div>
  );
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'error'; fileName: string; error: ImportError }
  | { step: 'unavailable'; fileName: string }
  | { step: 'preview'; fileName: string; value: ImportedWorkspace };

/**
 * Leaving the browser and coming back, on the workspace page: the downloads (ExportTools), import
 * (file picker or drop) with a preview and undo, and clearing the workspace with undo.
 */
export default function ImportExport({ level = 2 }: { level?: Level }) {
  // Subscribing starts the store (load, save, other tabs) even where this is the only tool.
  useHydratedStore($workspace);
  const replaced = useHydratedStore($replaced);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dropActive, setDropActive] = useState(false);
  const sub = below(level);

  const readFile = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    // The parser and validator (zod) load only when a file arrives.
    let parser: typeof import('../../lib/import/parse');
    try {
      parser = await import('../../lib/import/parse');
    } catch {
      setState({ step: 'unavailable', fileName: file.name });
      return;
    }
    const { checkImportSize, parseWorkspaceText } = parser;
    const tooLarge = checkImportSize(file.size);
    const result = tooLarge ?? parseWorkspaceText(await file.text());
    if (result.ok) {
      setState({ step: 'preview', fileName: file.name, value: result.value });
      announce(`${file.name} can be imported. Check what it holds, then replace or cancel.`);
      focusSoon(root.current, 'import:replace');
    } else {
      setState({ step: 'error', fileName: file.name, error: result.error });
    }
  };

  const preview = state.step === 'preview' ? state.value : null;
  return (
    <div class="ws-tool" ref={root} data-tool="import-export">
      <Heading level={level}>Save, share and import</Heading>
      <section aria-labelledby="ws-export-heading">
        <Heading level={sub} id="ws-export-heading">
          Download
        </Heading>
        <p class="ws-help">
          The JSON file holds the whole workspace and can be imported again. The CSV and the gh script carry the backlog
          into Jira or GitHub; the Markdown is for a wiki page or an issue.
        </p>
        <ExportTools embedded />
      </section>

      <section aria-labelledby="ws-import-heading">
        <Heading level={sub} id="ws-import-heading">
          Import a workspace file
        </Heading>
        <div
          class={`ws-drop${dropActive ? ' is-active' : ''}`}
          data-drop-zone
          onDragOver={(event) => {
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            setDropActive(true);
          }}
          onDragLeave={() => setDropActive(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDropActive(false);
            const file = event.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        >
          <p>Drop a workspace .json file here, or</p>
          <label class="ws-file button">
            Choose a file…
            <input
              type="file"
              class="ws-file-input"
              accept=".json,application/json"
              data-import-input
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) void readFile(file);
              }}
            />
          </label>
          <p class="ws-help">Nothing changes until you have seen what the file holds and chosen to replace.</p>
        </div>
        {state.step === 'reading' && <p class="ws-help">Reading {state.fileName}…</p>}
        {state.step === 'error' && <ImportProblem error={state.error} fileName={state.fileName} />}
        {state.step === 'unavailable' && (
          <p class="ws-note ws-note-error" role="alert" data-import-error="unavailable">
            {unavailableOffline(`Importing ${state.fileName}`)}
          </p>
        )}
        {preview && (
          <div class="ws-note ws-preview" data-import-preview>
            <p class="ws-note-title">{state.step === 'preview' ? state.fileName : ''} holds:</p>
            <ul>
              <li>Team: {preview.workspace.team.name || 'no team name'}</li>
              {preview.workspace.team.sessionDate && <li>Session date: {preview.workspace.team.sessionDate}</li>}
              {preview.workspace.team.mentor && <li>Mentor: {preview.workspace.team.mentor}</li>}
              {workspaceCounts(preview.workspace).map((entry) => (
                <li key={entry.label}>
                  {entry.count} {entry.label}
                </li>
              ))}
              {preview.exportedAt && <li>Exported: {new Date(preview.exportedAt).toLocaleString()}</li>}
            </ul>
            <p>
              {hasContent($workspace.get())
                ? 'Replacing keeps your current workspace until you leave this page, so you can undo the import.'
                : 'Your current workspace is empty, so nothing is lost by replacing it.'}
            </p>
            <p class="ws-buttons">
              <button
                type="button"
                class="primary"
                data-focus="import:replace"
                onClick={() => {
                  importWorkspace(preview);
                  setState({ step: 'idle' });
                  announce('Workspace imported. Undo import brings back the one you had.');
                  focusSoon(root.current, 'undo-replace');
                }}
              >
                Replace my workspace
              </button>
              <button
                type="button"
                onClick={() => {
                  setState({ step: 'idle' });
                  announce('Import cancelled. Nothing was changed.');
                  focusSoon(root.current, 'start-over');
                }}
              >
                Cancel
              </button>
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="ws-reset-heading">
        <Heading level={sub} id="ws-reset-heading">
          Start over
        </Heading>
        <p class="ws-help">
          Clears every tool for a new team or session. Download the JSON first if you want to keep it.
        </p>
        <p class="ws-buttons">
          <button
            type="button"
            class="ws-danger"
            data-focus="start-over"
            onClick={() => {
              resetWorkspace();
              setState({ step: 'idle' });
              announce('Workspace cleared. Undo clear brings it back.');
              focusSoon(root.current, 'undo-replace');
            }}
          >
            Clear the workspace
          </button>
        </p>
      </section>

      {replaced && (
        <div class="ws-undo" data-replaced={replaced.reason}>
          <p>
            {replaced.reason === 'import'
              ? 'A workspace file was imported and replaced what you had.'
              : 'The workspace was cleared.'}
          </p>
          <button
            type="button"
            data-focus="undo-replace"
            onClick={() => {
              const ok = replaced.reason === 'import' ? undoImport() : undoReset();
              announce(ok ? 'Your previous workspace is back.' : 'There is nothing to undo.');
              focusSoon(root.current, 'start-over');
            }}
          >
            {replaced.reason === 'import' ? 'Undo import' : 'Undo clear'}
          </button>
        </div>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
