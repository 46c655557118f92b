import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { consoleDocument } from '../../lib/live/protocol';
import { sameWorkshop, sealWorkshop, unsealWorkshop, type LiveWorkshop } from '../../lib/live/workshop';
import { endpointFor } from './endpoint';

/**
 * The facilitator's console room: the device that runs a live workshop leaves its links there, sealed
 * with the facilitator's token, so the console's link opened on another device brings the whole
 * workshop (every team's links, the overview) rather than only the timers. Each visit is short: the
 * room is opened, read or written, and closed; nothing of it is kept in this browser.
 */

type Where = { base: string; configured: string };

const FIELD = 'workshop';

interface Handlers {
  onSynced: (map: Y.Map<string>, provider: HocuspocusProvider) => void;
  onRefused: () => void;
  onClosed?: () => void;
}

function openRoom(workshopId: string, token: string, where: Where, handlers: Handlers): () => void {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: endpointFor(where.base, where.configured).socket,
    autoConnect: false,
    onClose: () => handlers.onClosed?.(),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: consoleDocument(workshopId),
    document: doc,
    token,
    onSynced: () => handlers.onSynced(doc.getMap<string>('console'), provider),
    onAuthenticationFailed: () => handlers.onRefused(),
  });
  // Not one of anyone's team: no presence.
  provider.awareness?.setLocalState(null);
  provider.attach();
  void socket.connect();
  return () => {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  };
}

/** Opens the room until the first result: `handlersFor(finish)` settles it once, and the room closes then. */
function firstResult<T>(
  workshopId: string,
  token: string,
  where: Where,
  handlersFor: (finish: (result: T) => void) => Handlers,
): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    let close: (() => void) | null = null;
    const finish = (result: T) => {
      if (done) return;
      done = true;
      close?.();
      resolve(result);
    };
    close = openRoom(workshopId, token, where, handlersFor(finish));
    if (done) close();
  });
}

/**
 * Leaves `workshop` in its console room (unless the room already holds the same). Resolves true once
 * the server has it, false when the server refuses; while it cannot connect, it keeps trying.
 */
export function shareLiveWorkshop(workshop: LiveWorkshop, where: Where): Promise<boolean> {
  return firstResult<boolean>(workshop.workshopId, workshop.facilitator, where, (finish) => ({
    onRefused: () => finish(false),
    onSynced: (map, provider) => {
      void (async () => {
        const there = map.get(FIELD);
        const held = there ? await unsealWorkshop(there, workshop.workshopId, workshop.facilitator) : null;
        if (held && sameWorkshop(held, workshop)) return finish(true);
        map.set(FIELD, await sealWorkshop(workshop));
        const settled = () => {
          if (!provider.hasUnsyncedChanges) finish(true);
        };
        provider.on('unsyncedChanges', settled);
        settled();
      })();
    },
  }));
}

export type ConsoleRead =
  { status: 'found'; workshop: LiveWorkshop } | { status: 'refused' | 'empty' | 'unreadable' | 'unreachable' };

/** Reads the workshop a console room holds, with the token of the link that names it. */
export function readConsoleRoom(workshopId: string, token: string, where: Where): Promise<ConsoleRead> {
  return firstResult<ConsoleRead>(workshopId, token, where, (finish) => ({
    onRefused: () => finish({ status: 'refused' }),
    // A closed connection before the room is read: no server here, or it is down (the timers say which).
    onClosed: () => finish({ status: 'unreachable' }),
    onSynced: (map) => {
      const sealed = map.get(FIELD);
      if (!sealed) return finish({ status: 'empty' });
      void unsealWorkshop(sealed, workshopId, token).then((workshop) =>
        finish(workshop ? { status: 'found', workshop } : { status: 'unreadable' }),
      );
    },
  }));
}
