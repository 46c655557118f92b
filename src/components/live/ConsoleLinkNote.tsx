import { useEffect, useRef } from 'preact/hooks';

export interface ReplaceChoice {
  /** The names of the teams of the workshop this device already runs. */
  otherTeams: readonly string[];
  onReplace: () => void;
  onKeep: () => void;
}

/**
 * The console opened with the console's link, while (or instead of) bringing the workshop's teams to
 * this device: what is happening, or why this page follows only the timers, in one sentence; and,
 * when this device already runs another workshop, the choice to replace it, which it never makes alone.
 */
export default function ConsoleLinkNote({
  message,
  replace,
}: {
  message: string;
  replace?: ReplaceChoice | undefined;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (replace) first.current?.focus();
  }, [replace]);
  return (
    <section class="panel live-workshop" aria-labelledby="live-workshop-heading" data-console-link>
      <h2 id="live-workshop-heading">Live workshop</h2>
      {replace ? (
        <>
          <p data-console-link-note>
            This device already runs another live workshop (teams: {replace.otherTeams.join(', ')}). Replace it with the
            one this link opens? The other one’s rooms stay on the server, but this device will no longer hand out its
            links.
          </p>
          <p class="live-actions">
            <button type="button" ref={first} onClick={replace.onReplace} data-replace-workshop>
              Replace it with this link’s workshop
            </button>{' '}
            <button type="button" class="ws-quiet" onClick={replace.onKeep}>
              Keep the other workshop
            </button>
          </p>
        </>
      ) : (
        <p role="status" data-console-link-note>
          {message}
        </p>
      )}
    </section>
  );
}
