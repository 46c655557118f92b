import { atom, type ReadableAtom } from 'nanostores';
import * as Y from 'yjs';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { persistDocument } from '../doc/indexeddb';
import { syncTabs } from '../doc/tab-sync';
import { clockOffset, liveEndpoint, type RoomLink } from '../../lib/live/links';
import type { LiveState } from '../../lib/live/status';

/**
 * A live room: the room's Yjs document, kept in this browser (so a member who loses the network or
 * closes the tab keeps what they wrote) and synced with the kit's live server through Hocuspocus.
 * Edits made offline merge when the connection comes back.
 */
export type { LiveState } from '../../lib/live/status';

/** Someone in the room, from Yjs awareness. */
export interface Person {
  clientId: number;
  name: string;
  me: boolean;
}

const $state = atom<LiveState>({ status: 'connecting' });
export const $liveState: ReadableAtom<LiveState> = $state;
const $present = atom<Person[]>([]);
/** Who has the room open right now. */
export const $people: ReadableAtom<Person[]> = $present;

export interface Room {
  link: RoomLink;
  doc: Y.Doc;
  /** Add to this device's clock to get the server's (ms). */
  offsetMs: number;
  /** Shows `name` to the others in the room. */
  setName: (name: string) => void;
  leave: () => void;
}

async function serverOffset(api: string): Promise<number | null> {
  try {
    const sentAt = Date.now();
    const response = await fetch(`${api}/time`, { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { now?: unknown };
    return typeof body.now === 'number' ? clockOffset(sentAt, body.now, Date.now()) : null;
  } catch {
    return null;
  }
}

/** The live server's address for this page (`configured`: a build variable naming another origin). */
export function endpointFor(base: string, configured: string) {
  return liveEndpoint(new URL(location.href), base, configured);
}

/** Opens the room named by `link`; resolves once what this browser kept of it is loaded. */
export async function joinRoom(
  link: RoomLink,
  options: { base: string; configured: string; name: string },
): Promise<Room> {
  const endpoint = endpointFor(options.base, options.configured);
  const name = `mentoring-kit:v2:room:${link.document}`;
  const doc = new Y.Doc();
  const persistence = persistDocument(doc, name);
  const stopTabs = syncTabs(doc, name);
  await persistence.loaded;

  const offset = await serverOffset(endpoint.api);
  if (offset === null && navigator.onLine) {
    // The page loaded but no live server answers: a static host, not a dropped network.
    $state.set({ status: 'no-server' });
  }

  let refused = false;
  const provider = new HocuspocusProvider({
    url: endpoint.socket,
    name: link.document,
    document: doc,
    token: link.token,
    onStatus: ({ status }) => {
      if (refused) return;
      if (status === WebSocketStatus.Connected) $state.set({ status: 'connecting' });
      else if (status === WebSocketStatus.Disconnected && $state.get().status !== 'no-server')
        $state.set({ status: 'offline' });
    },
    onSynced: ({ state }) => {
      if (state && !refused) $state.set({ status: 'online' });
    },
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      $state.set({ status: 'refused', reason: reason || 'This link is not valid for this room' });
      provider.disconnect();
    },
  });

  const awareness = provider.awareness;
  const refreshPeople = () => {
    if (!awareness) return;
    const people: Person[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown } }).user;
      const personName = typeof user?.name === 'string' && user.name.trim() !== '' ? user.name.trim().slice(0, 60) : '';
      people.push({ clientId, name: personName || 'Someone', me: clientId === awareness.clientID });
    });
    people.sort((a, b) => Number(b.me) - Number(a.me) || a.name.localeCompare(b.name));
    $present.set(people);
  };
  awareness?.on('change', refreshPeople);
  awareness?.setLocalStateField('user', { name: options.name });

  const goOffline = () => {
    if (!refused) $state.set({ status: 'offline' });
  };
  const goOnline = () => {
    if (!refused) void provider.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  return {
    link,
    doc,
    offsetMs: offset ?? 0,
    setName: (personName) => awareness?.setLocalStateField('user', { name: personName }),
    leave: () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.destroy();
      stopTabs();
      persistence.stop();
    },
  };
}
