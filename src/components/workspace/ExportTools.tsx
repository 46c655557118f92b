import { unavailableOffline } from '../../lib/offline';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { exportWarningSummary } from '../../lib/export/limits';
import { href } from '../../lib/url';
import { $workspace, loadedWorkspace } from '../../stores/workspace';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { Heading, type Level } from '../ui/Heading';
import { copyText, downloadBacklog, downloadText, downloadWorkspaceJson, exporters, preloadExport } from './download';

const BACKLOG_DOWNLOADS = [
  { tracker: 'jira', label: 'Backlog for Jira (CSV)' },
  { tracker: 'github', label: 'GitHub issues script (gh)' },
] as const;

interface Props {
  level?: Level;
  /** Inside ImportExport on the workspace page: no heading of its own. */
  embedded?: boolean;
}

/**
 * The downloads: the workspace as JSON, the backlog as a Jira CSV and as a gh script, the session
 * notes as Markdown (file or clipboard). On its own in the last exercise box of the episode, inside
 * ImportExport on the workspace page. Everything is made in the browser, so it works offline.
 */
export default function ExportTools({ level = 2, embedded = false }: Props) {
  // Subscribing starts the store (load, save, other tabs) even where this is the only tool.
  const ws = useHydratedStore($workspace);
  const [message, announce] = useAnnouncer();
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [includeExisting, setIncludeExisting] = useState(false);
  // What the backlog downloads will shorten or Jira will refuse, said before anyone downloads.
  const warnings = useMemo(() => exportWarningSummary(ws, { includeExisting }), [ws, includeExisting]);
  const warningsId = useId();
  const describedBy = warnings.length > 0 ? warningsId : undefined;
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const manualField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (manualCopy !== null) manualField.current?.select();
  }, [manualCopy]);

  // Fetch the exporters once the page has settled, so downloads keep working offline.
  useEffect(() => {
    const timer = setTimeout(() => void exporters(), 2000);
    const stop = preloadExport();
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);

  const done = (text: string, ok = true) => {
    setNote({ ok, text });
    announce(text);
  };

  // The exporters are fetched in the background; offline before that, say so rather than do nothing.
  const unavailable = () => done(unavailableOffline('Exporting'), false);

  const copyMarkdown = async () => {
    const { workspaceToMarkdown } = await exporters();
    const text = workspaceToMarkdown(await loadedWorkspace());
    if (await copyText(text)) {
      setManualCopy(null);
      done('Copied the session notes as Markdown. Paste them into a wiki page or an issue.');
    } else {
      setManualCopy(text);
      done('The browser did not allow copying. The Markdown is selected below: press Ctrl+C (⌘C on a Mac).');
    }
  };

  const buttons = (
    <div class="ws-export">
      <p class="ws-buttons">
        <button
          type="button"
          class="primary"
          onClick={() =>
            void loadedWorkspace()
              .then(downloadWorkspaceJson)
              .then((result) => {
                if (result.ok) done(`Downloaded ${result.fileName}. Keep it: you can import it here again.`);
                else done(`The workspace could not be exported: ${result.messages.join('; ')}`, false);
              })
              .catch(unavailable)
          }
        >
          Download workspace (JSON)
        </button>
        {BACKLOG_DOWNLOADS.map(({ tracker, label }) => (
          <button
            key={tracker}
            type="button"
            aria-describedby={describedBy}
            onClick={() =>
              void loadedWorkspace()
                .then((current) => downloadBacklog(tracker, current, includeExisting))
                .then(done)
                .catch(unavailable)
            }
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          onClick={() =>
            void Promise.all([exporters(), loadedWorkspace()])
              .then(([{ markdownFileName, workspaceToMarkdown }, current]) => {
                const name = markdownFileName(current, new Date());
                downloadText(name, workspaceToMarkdown(current), 'text/markdown');
                done(`Downloaded ${name}.`);
              })
              .catch(unavailable)
          }
        >
          Session notes (Markdown)
        </button>
        <button type="button" data-focus="copy-markdown" onClick={() => void copyMarkdown().catch(unavailable)}>
          Copy Markdown
        </button>
      </p>
      <p class="ws-check">
        <input
          type="checkbox"
          id="ws-include-existing"
          checked={includeExisting}
          onChange={(event) => setIncludeExisting(event.currentTarget.checked)}
        />
        <label for="ws-include-existing">
          Include items brought in from the existing backlog in the CSV (they may already be in Jira)
        </label>
      </p>
      {warnings.length > 0 && (
        <div class="ws-note" id={warningsId} data-export-warnings>
          <p>Before you download the backlog for Jira or GitHub:</p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {manualCopy !== null && (
        <p class="ws-manual-copy">
          <label for="ws-manual-copy">Session notes as Markdown</label>
          <textarea id="ws-manual-copy" ref={manualField} readOnly rows={8} value={manualCopy} />
        </p>
      )}
      {note && (
        <p class={note.ok ? 'ws-note ws-note-ok' : 'ws-note ws-note-error'} data-export-note>
          {note.text}
        </p>
      )}
    </div>
  );

  if (embedded) {
    return (
      <>
        {buttons}
        <LiveRegion message={message} />
      </>
    );
  }
  return (
    <div class="ws-tool" data-tool="export">
      <Heading level={level}>Take your work with you</Heading>
      <p class="ws-help">
        Everything stays in this browser until you download it. Import a workspace file or start over on the{' '}
        <a href={href('workspace/')}>team workspace page</a>.
      </p>
      {buttons}
      <LiveRegion message={message} />
    </div>
  );
}
