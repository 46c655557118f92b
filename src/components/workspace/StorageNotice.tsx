import { useEffect, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { $storageHealth } from '../../stores/storage';
import { preload, preloadExport } from './download';

interface Props {
  /** What the offered rescue saves: the team workspace (JSON download) or the personal list (copy). */
  what?: 'workspace' | 'personal';
  /** Whether this notice speaks up (role alert/status); only one per page should. */
  announce?: boolean;
}

type Body = typeof import('./storage-notice/NoticeBody').default;

/** Loads what the notice says: needed only when storage fails, so it is not in the page's first load. */
const loadBody = () => import('./storage-notice/NoticeBody').then((module) => module.default);

/**
 * Says when the browser is not saving (private mode, full storage) and offers a way to keep the
 * work; says where an unreadable saved value was set aside. The live region is there from the
 * start, so that what it says later is announced.
 */
export default function StorageNotice({ what = 'workspace', announce = true }: Props) {
  const health = useHydratedStore($storageHealth);
  const failing = health.status === 'full' || health.status === 'unavailable';
  const [Body, setBody] = useState<Body | null>(null);
  // Once saving fails, fetch the exporter right away: the download is then the only way to keep the work.
  useEffect(() => (failing && what === 'workspace' ? preloadExport() : undefined), [failing, what]);
  // Fetched once the page has settled even while all is well, so that the notice can appear offline.
  useEffect(() => preload(loadBody), []);
  useEffect(() => {
    if (health.status !== 'ok' && Body === null) void loadBody().then((loaded) => setBody(() => loaded));
  }, [health.status, Body]);

  const role = !announce ? undefined : health.status === 'recovered-corrupt' ? 'status' : 'alert';
  return (
    <div class="ws-storage-region" role={role}>
      {health.status !== 'ok' && Body && <Body health={health} what={what} />}
    </div>
  );
}
