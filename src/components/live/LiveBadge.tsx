import { useStore } from '@nanostores/preact';
import { $liveState } from '../../stores/live/room';
import { liveStateShort } from '../../lib/live/status';

/**
 * The connection's state in a word or two, kept in view wherever the member scrolls (live.css makes
 * its strip sticky). Screen readers hear the state from the live bar's status instead.
 */
export default function LiveBadge() {
  const state = useStore($liveState);
  return (
    <p class={`live-badge is-${state.status}`} aria-hidden="true" data-live-badge>
      <span class="live-dot" />
      {liveStateShort(state)}
    </p>
  );
}
