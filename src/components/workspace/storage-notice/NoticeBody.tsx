import { useState } from 'preact/hooks';
import { dismissStorageNotice, type StorageHealth } from '../../../stores/storage';
import { loadedWorkspace } from '../../../stores/workspace';
import { personalListText } from '../../../lib/workspace/summary';
import { copyText, downloadWorkspaceJson } from '../download';

interface Props {
  health: Exclude<StorageHealth, { status: 'ok' }>;
  what: 'workspace' | 'personal';
}

/**
 * What the storage notice says, and the rescue it offers. Loaded only when storage fails (and
 * fetched ahead, once the page has settled, so that it can still appear offline).
 */
export default function NoticeBody({ health, what }: Props) {
  const [result, setResult] = useState('');

  const rescue = async () => {
    if (what === 'workspace') {
      const done = await downloadWorkspaceJson(await loadedWorkspace());
      setResult(done.ok ? `Downloaded ${done.fileName}.` : `The export failed: ${done.messages.join('; ')}`);
    } else {
      const { $personalList } = await import('../../../stores/personal');
      const copied = await copyText(personalListText($personalList.get().items));
      setResult(copied ? 'Copied your list.' : 'Copying was not allowed: select your list and copy it by hand.');
    }
  };

  switch (health.status) {
    case 'unavailable':
    case 'full':
      return (
        <div class="ws-storage ws-storage-warning" data-storage-notice={health.status}>
          <p class="ws-note-title">Your changes are not being saved</p>
          <p>
            {health.status === 'full'
              ? "This browser's storage is full, so the kit cannot save."
              : 'This browser does not let the kit save (private browsing or blocked storage).'}{' '}
            Everything still works in this tab, but it will be lost when you close or reload it.{' '}
            {what === 'workspace' ? 'Download the workspace to keep it.' : 'Copy your list to keep it.'}
          </p>
          <p class="ws-buttons">
            <button type="button" class="primary" onClick={() => void rescue()}>
              {what === 'workspace' ? 'Download workspace (JSON)' : 'Copy my list'}
            </button>
            {result && <span class="ws-help">{result}</span>}
          </p>
        </div>
      );
    case 'recovered-corrupt':
      return (
        <div class="ws-storage" data-storage-notice={health.status}>
          <p class="ws-note-title">A saved copy could not be read</p>
          <p>
            The kit started afresh instead. The unreadable copy was not thrown away: it is kept in this browser's
            storage under the key <code>{health.backupKey}</code>, so a facilitator can recover it.
          </p>
          <p class="ws-buttons">
            <button type="button" onClick={dismissStorageNotice}>
              Dismiss
            </button>
          </p>
        </div>
      );
  }
}
