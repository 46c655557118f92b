import { unavailableOffline } from '../../lib/offline';
import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import type { ImportError, ImportedWorkspace } from '../../lib/import/parse';
import {
  $replaced,
  $workspace,
  importWorkspace,
  loadedWorkspace,
  resetWorkspace,
  undoImport,
  undoReset,
} from '../../stores/workspace';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { focusSoon } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import ExportTools from './ExportTools';

type Views = typeof import('./import-file/index');

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'error'; fileName: string; error: ImportError; views: Views }
  | { step: 'unavailable'; fileName: string }
  | { step: 'preview'; fileName: string; value: ImportedWorkspace; views: Views };

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
    // The parser, the validator (zod) and what is shown about the file load only when a file arrives.
    let loaded: [typeof import('../../lib/import/parse'), typeof import('./import-file/index')];
    try {
      loaded = await Promise.all([import('../../lib/import/parse'), import('./import-file/index')]);
    } catch {
      // Offline, before this browser has saved them: say so at once instead of "Reading…" for ever.
      setState({ step: 'unavailable', fileName: file.name });
      return;
    }
    const [{ checkImportSize, parseWorkspaceText }, views] = loaded;
    const tooLarge = checkImportSize(file.size);
    const result = tooLarge ?? parseWorkspaceText(await file.text());
    // The preview compares the file with the saved workspace, so that must have loaded.
    await loadedWorkspace();
    if (result.ok) {
      setState({ step: 'preview', fileName: file.name, value: result.value, views });
      announce(`${file.name} can be imported. Check what it holds, then replace or cancel.`);
      focusSoon(root.current, 'import:replace');
    } else {
      setState({ step: 'error', fileName: file.name, error: result.error, views });
    }
  };

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
        {state.step === 'error' && <state.views.ImportProblem error={state.error} fileName={state.fileName} />}
        {state.step === 'unavailable' && (
          <p class="ws-note ws-note-error" role="alert" data-import-error="unavailable">
            {unavailableOffline(`Importing ${state.fileName}`)}
          </p>
        )}
        {state.step === 'preview' && (
          <state.views.ImportPreview
            fileName={state.fileName}
            value={state.value}
            onReplace={() => {
              importWorkspace(state.value);
              setState({ step: 'idle' });
              announce('Workspace imported. Undo import brings back the one you had.');
              focusSoon(root.current, 'undo-replace');
            }}
            onCancel={() => {
              setState({ step: 'idle' });
              announce('Import cancelled. Nothing was changed.');
              focusSoon(root.current, 'start-over');
            }}
          />
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
