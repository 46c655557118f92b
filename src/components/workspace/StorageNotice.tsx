import { useEffect, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { $storageHealth, dismissStorageNotice } from '../../stores/storage';
import { $workspace } from '../../stores/workspace';
import { personalListText } from '../../lib/workspace/summary';
import { copyText, downloadWorkspaceJson, preloadExport } from './download';

interface Props {
  /** What the offered rescue saves: the team workspace (JSON download) or the personal list (copy). */
  what?: 'workspace' | 'personal';
  /** Whether this notice speaks up (role alert/status); only one per page should. */
  announce?: boolean;
}

/**
 * Says when the browser is not saving (private mode, full storage) and offers a way to keep the
 * work; says where an unreadable saved value was set aside.
 */
export default function StorageNotice({ what = 'workspace', announce = true }: Props) {
  const health = useHydratedStore($storageHealth);
  const failing = health.status === 'full' || health.status === 'unavailable';
  // Once saving fails, fetch the exporter right away: the download is then the only way to keep the work.
  useEffect(() => (failing && what === 'workspace' ? preloadExport() : undefined), [failing, what]);
  const [result, setResult] = useState('');

  const rescue = async () => {
    if (what === 'workspace') {
      // $workspace is imported up front: the notice, the team workspace store and its tools share
      // the workspace chunk, so an import() here would load nothing later (beside the personal list
      // too) and only add a namespace object to that chunk.
      const done = await downloadWorkspaceJson($workspace.get());
      setResult(done.ok ? `Downloaded ${done.fileName}.` : `The export failed: ${done.messages.join('; ')}`);
    } else {
      const { $personalList } = await import('../../stores/personal');
      const copied = await copyText(personalListText($personalList.get().items));
      setResult(copied ? 'Copied your list.' : 'Copying was not allowed: select your list and copy it by hand.');
    }
  };

  const body = (() => {
    switch (health.status) {
      case 'ok':
        return null;
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
  })();

  const role = !announce ? undefined : health.status === 'recovered-corrupt' ? 'status' : 'alert';
  return (
    <div class="ws-storage-region" role={role}>
      {body}
    </div>
  );
}
