import { atom, type ReadableAtom } from 'nanostores';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { persistDocument } from '../doc/indexeddb';
import { syncTabs } from '../doc/tab-sync';
import { clockOffset, type RoomLink } from '../../lib/live/links';
import { endpointFor } from './endpoint';
import { roomDocument } from '../../lib/storage-keys';
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

/**
 * This device's clock offset from the server's; null when something answered that is not the kit's
 * server (a static host's 404), undefined when nothing answered (the network or the server is down).
 */
async function serverOffset(api: string): Promise<number | null | undefined> {
  const sentAt = Date.now();
  let response: Response;
  try {
    response = await fetch(`${api}/time`, { cache: 'no-store' });
  } catch {
    return undefined;
  }
  try {
    if (!response.ok) return null;
    const body = (await response.json()) as { now?: unknown };
    return typeof body.now === 'number' ? clockOffset(sentAt, body.now, Date.now()) : null;
  } catch {
    return null;
  }
}

/** Opens the room named by `link`; resolves once what this browser kept of it is loaded. */
export async function joinRoom(
  link: RoomLink,
  options: { base: string; configured: string; name: string },
): Promise<Room> {
  const endpoint = endpointFor(options.base, options.configured);
  const name = roomDocument(link.document);
  const doc = new Y.Doc();
  const persistence = persistDocument(doc, name);
  const stopTabs = syncTabs(doc, name);
  await persistence.loaded;

  // An answer that is not the server's clock means a static host with no live server; no answer at all
  // means the network or the server is down (a restart), which is being offline, not a missing server.
  const offset = await serverOffset(endpoint.api);

  let refused = false;
  const noServer = offset === null;
  // The state is worked out from the connection itself on every event (and once a second), rather
  // than from the order events arrive in: a late "disconnected" from a socket already replaced must
  // not leave the page saying it is offline.
  const recompute = () => {
    if (refused) return;
    const status = socket.status;
    if (!navigator.onLine) $state.set({ status: 'offline' });
    else if (status === WebSocketStatus.Connected && provider.isAuthenticated) $state.set({ status: 'online' });
    else if (noServer && !provider.isAuthenticated) $state.set({ status: 'no-server' });
    else if (status === WebSocketStatus.Connecting && navigator.onLine) $state.set({ status: 'connecting' });
    else $state.set({ status: 'offline' });
  };
  // One socket, opened once: a provider that makes its own socket opens it twice (the constructor and
  // attach() both connect), and the first socket's close drops everyone's presence on this page.
  const socket = new HocuspocusProviderWebsocket({ url: endpoint.socket, autoConnect: false });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: link.document,
    document: doc,
    token: link.token,
    onStatus: () => recompute(),
    onSynced: () => recompute(),
    onAuthenticated: () => recompute(),
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      $state.set({ status: 'refused', reason: reason || 'This link is not valid for this room' });
      socket.disconnect();
    },
  });
  provider.attach();
  void socket.connect();
  const watch = setInterval(recompute, 1000);

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

  const goOffline = () => recompute();
  const goOnline = () => {
    if (!refused) void socket.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  return {
    link,
    doc,
    offsetMs: offset ?? 0,
    setName: (personName) => awareness?.setLocalStateField('user', { name: personName }),
    leave: () => {
      clearInterval(watch);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.destroy();
      socket.destroy();
      stopTabs();
      persistence.stop();
    },
  };
}
