import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { RoomLink } from '../../lib/live/links';
import type { WatchStatus } from '../../lib/live/status';
import { endpointFor } from './endpoint';
import { isBlank, setTeam } from '../../lib/workspace/document';

/**
 * Watching several live rooms at once from one device, without taking part in them: the facilitator's
 * overview and console read every team's room over one connection. Nothing is kept in this browser
 * (the rooms are the teams' own), and the watcher does not show in a room's list of people. The
 * facilitator's capability may write, which the overview uses for one thing: revealing a team's dots.
 */
export type { WatchStatus } from '../../lib/live/status';

export interface WatchedRoom {
  id: string;
  name: string;
  doc: Y.Doc;
  status: WatchStatus;
}

export interface RoomToWatch {
  id: string;
  name: string;
  link: RoomLink;
}

/** How long changes are gathered before the watcher reports (a team typing sends many updates). */
const GATHER_MS = 200;

/** Changes a watched room as one transaction; the server passes it on to the team. */
export function changeWatchedRoom(room: WatchedRoom, run: (doc: Y.Doc) => void): void {
  room.doc.transact(() => run(room.doc));
}

/**
 * Opens every room; `onChange` hears of their documents and connections. Returns a stop. With
 * `nameNewRooms` (the console that runs the workshop), a room nobody has written in yet takes its
 * team's name once it has synced, so that the team's "Team name" reads as the console's list does.
 */
export function watchRooms(
  rooms: readonly RoomToWatch[],
  options: { base: string; configured: string; nameNewRooms?: boolean },
  onChange: (rooms: readonly WatchedRoom[]) => void,
): () => void {
  const endpoint = endpointFor(options.base, options.configured);
  const socket = new HocuspocusProviderWebsocket({ url: endpoint.socket, autoConnect: false });
  let pending: ReturnType<typeof setTimeout> | null = null;
  const report = () => {
    pending ??= setTimeout(() => {
      pending = null;
      onChange(watched.map((room) => ({ ...room })));
    }, GATHER_MS);
  };
  const watched: WatchedRoom[] = rooms.map((room) => ({
    id: room.id,
    name: room.name,
    doc: new Y.Doc(),
    status: 'connecting',
  }));
  const providers = rooms.map((room, index) => {
    const entry = watched[index]!;
    // Set once constructed: the provider may report its status while it is being built.
    let provider: HocuspocusProvider | null = null;
    const status = (): WatchStatus =>
      entry.status === 'refused'
        ? 'refused'
        : socket.status === WebSocketStatus.Connected && provider?.isSynced
          ? 'online'
          : // Connected and still syncing is connecting too, not offline.
            socket.status === WebSocketStatus.Connected ||
              (navigator.onLine && socket.status === WebSocketStatus.Connecting)
            ? 'connecting'
            : 'offline';
    const update = () => {
      const next = status();
      if (next === entry.status) return;
      entry.status = next;
      if (next === 'online' && options.nameNewRooms && isBlank(entry.doc))
        changeWatchedRoom(entry, (doc) => setTeam(doc, { name: entry.name }));
      report();
    };
    const created = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.link.document,
      document: entry.doc,
      token: room.link.token,
      onSynced: update,
      onStatus: update,
      onAuthenticationFailed: () => {
        entry.status = 'refused';
        report();
      },
    });
    provider = created;
    // A watcher is not one of the team: it leaves no presence in the room.
    created.awareness?.setLocalState(null);
    entry.doc.on('update', report);
    created.attach();
    return { provider: created, update };
  });
  const recheck = () => providers.forEach(({ update }) => update());
  const watch = setInterval(recheck, 1000);
  const online = () => void socket.connect();
  window.addEventListener('online', online);
  window.addEventListener('offline', recheck);
  void socket.connect();
  report();
  return () => {
    clearInterval(watch);
    if (pending) clearTimeout(pending);
    window.removeEventListener('online', online);
    window.removeEventListener('offline', recheck);
    for (const { provider } of providers) provider.destroy();
    socket.destroy();
    for (const room of watched) room.doc.destroy();
  };
}
