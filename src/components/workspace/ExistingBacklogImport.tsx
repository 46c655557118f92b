import { unavailableOffline } from '../../lib/offline';
import { useState } from 'preact/hooks';
import { addExistingBacklogItems } from '../../stores/workspace';
import { Heading, type Level } from '../ui/Heading';

const GH_COMMAND = 'gh issue list --state open --limit 200 --json number,title,body,labels,url';

/** Bringing in the team's existing backlog: `gh issue list` JSON or a CSV, pasted or loaded from a file. */
export default function ExistingBacklogImport({ level, announce }: { level: Level; announce: (text: string) => void }) {
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const say = (ok: boolean, text: string) => {
    setNote({ ok, text });
    announce(text);
  };

  // The gh JSON and CSV readers, and what is said about their result, load only when a backlog is
  // first pasted or loaded.
  // Offline, before this browser has saved them, they cannot load: say so at once.
  const readers = () =>
    import('../../lib/import/backlog/backlog-parse').catch(() => {
      say(false, unavailableOffline('Reading a backlog'));
      return null;
    });

  const bringIn = async (text: string, source: 'paste' | 'file') => {
    const reader = await readers();
    if (!reader) return;
    const { parseExistingBacklog, backlogImportDone, backlogImportMessage } = reader;
    const result = addExistingBacklogItems(parseExistingBacklog(text));
    if (result.ok && result.added > 0 && source === 'paste') setPasted('');
    say(result.ok, result.ok ? backlogImportDone(result.added, result.skipped) : backlogImportMessage(result.error));
  };

  const loadFile = async (file: File) => {
    const reader = await readers();
    if (!reader) return;
    const tooLarge = reader.backlogTooLarge(file.name, file.size);
    if (tooLarge) say(false, tooLarge);
    else await bringIn(await file.text(), 'file');
  };

  return (
    <section aria-labelledby="ws-existing">
      <Heading level={level} id="ws-existing">
        Your existing backlog
      </Heading>
      <p class="ws-help">
        Run <code>{GH_COMMAND}</code> in your repository and paste what it prints, or load the saved output or a CSV
        with a title column. Priority and estimate are read from <code>moscow:</code> and <code>size:</code> labels.
      </p>
      <form
        class="ws-import-backlog"
        onSubmit={(event) => {
          event.preventDefault();
          void bringIn(pasted, 'paste');
        }}
      >
        <label for="ws-paste-backlog">Paste gh issue list JSON or CSV</label>
        <textarea
          id="ws-paste-backlog"
          rows={4}
          spellcheck={false}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <span class="ws-buttons">
          <button type="submit">Add pasted items</button>
          <label class="ws-file button">
            Load a file…
            <input
              type="file"
              class="ws-file-input"
              accept=".json,.csv,.txt,application/json,text/csv,text/plain"
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) void loadFile(file);
              }}
            />
          </label>
        </span>
      </form>
      {note && (
        <p class={note.ok ? 'ws-note ws-note-ok' : 'ws-note ws-note-error'} data-backlog-import-note>
          {note.text}
        </p>
      )}
    </section>
  );
}
