import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $liveState, $people } from '../../stores/live/room';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { liveStateText, type LiveState } from '../../lib/live/status';

export interface LiveBarProps {
  /** The name this device shows to the room (remembered on the device). */
  name: string;
  onName: (name: string) => void;
  /** Extra controls for this kind of room (the team workspace's copy buttons). */
  children?: ComponentChildren;
}

/**
 * The connection to a live room, always in view: whether this device is in step with the room, who
 * else is here (announced as people come and go), and the name the others see.
 */
export default function LiveBar({ name, onName, children }: LiveBarProps) {
  const state: LiveState = useStore($liveState);
  const people = useStore($people);
  const [message, announce] = useAnnouncer();
  const [draft, setDraft] = useState(name);
  const known = useRef<Map<number, string> | null>(null);

  useEffect(() => {
    const now = new Map(people.filter((p) => !p.me).map((p) => [p.clientId, p.name] as const));
    const before = known.current;
    known.current = now;
    if (!before) return;
    for (const [id, personName] of now) if (!before.has(id)) announce(`${personName} joined the room.`);
    for (const [id, personName] of before) if (!now.has(id)) announce(`${personName} left the room.`);
  }, [people, announce]);

  const text = liveStateText(state);
  const others = people.filter((p) => !p.me);
  return (
    <section class={`live-bar is-${state.status}`} aria-labelledby="live-bar-heading" data-live-state={state.status}>
      <h2 id="live-bar-heading" class="live-bar-heading">
        Live room
      </h2>
      <p class="live-bar-state" role={state.status === 'refused' ? 'alert' : 'status'}>
        <span class="live-dot" aria-hidden="true" />
        {text}
      </p>
      <p class="live-bar-people" data-live-people>
        {others.length === 0 ? 'Nobody else is here yet.' : `Here with you: ${others.map((p) => p.name).join(', ')}.`}
      </p>
      <form
        class="live-bar-name"
        onSubmit={(event) => {
          event.preventDefault();
          onName(draft.trim());
        }}
      >
        <label>
          Your name (the others see it)
          <input
            type="text"
            maxLength={60}
            autocomplete="nickname"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
            onBlur={() => onName(draft.trim())}
          />
        </label>
      </form>
      {children}
      <LiveRegion message={message} />
    </section>
  );
}
