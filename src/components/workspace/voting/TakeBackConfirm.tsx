interface Props {
  /** What would change and how many dots it takes back. */
  message: string;
  /** Called with true to go ahead, false to keep everything as it is. */
  onClose: (apply: boolean) => void;
}

/**
 * Asked before a voting setting takes back dots already placed. Loaded only when that happens:
 * its own folder keeps it out of the workspace chunk (astro.config.mjs).
 */
export default function TakeBackConfirm({ message, onClose }: Props) {
  return (
    <div class="ws-note" data-voting-confirm>
      <p>{message}</p>
      <p class="ws-buttons">
        <button type="button" class="ws-danger" data-focus="voting:confirm" onClick={() => onClose(true)}>
          Take them back
        </button>
        <button type="button" onClick={() => onClose(false)}>
          Keep the dots
        </button>
      </p>
    </div>
  );
}
