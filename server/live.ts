// The live endpoint: Hocuspocus behind our own WebSocket server, so that every message passes the limits
// (size, rate, well-formedness, document size) before Hocuspocus reads it, and a client that breaks one is
// disconnected alone. Capability tokens are checked in onAuthenticate.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { accessTo, CLOSE, parseRoom, REFUSAL } from '../src/lib/live/protocol.ts';
import { keyedCounter, tokenBucket, type Limits } from './limits.ts';
import { inspectMessage } from './messages.ts';
import { redisExtension } from './redis.ts';
import type { Store } from './store.ts';
import { hashToken } from './tokens.ts';

/** Refuses a connection with a reason the provider shows; no message, so Hocuspocus logs nothing. */
class Refusal extends Error {
  reason: string;
  constructor(reason: string) {
    super();
    this.reason = reason;
  }
}

export interface LiveOptions {
  store: Store;
  limits: Limits;
  redisUrl?: string | undefined;
}

export type Live = ReturnType<typeof createLive>;

export function createLive({ store, limits, redisUrl }: LiveOptions) {
  const database = new Database({
    // node:sqlite is synchronous; the extension wants promises.
    fetch: ({ documentName }) => Promise.resolve(store.loadDocument(documentName)),
    store: ({ documentName, state }) => {
      const room = parseRoom(documentName);
      if (room) {
        store.storeDocument(documentName, room.workshopId, state);
        store.touch(room.workshopId);
      }
      return Promise.resolve();
    },
  });
  const extensions: Extension[] = [database];
  if (redisUrl) extensions.push(redisExtension(redisUrl));

  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions,
    // Nothing is queued before authentication beyond one message's worth.
    maxUnauthenticatedQueueSize: limits.maxMessageBytes,
    onAuthenticate({ token, documentName, connectionConfig }) {
      const room = parseRoom(documentName);
      if (!room) return Promise.reject(new Refusal(REFUSAL.notValid));
      const grant = token ? store.grantFor(hashToken(token)) : null;
      if (!grant)
        return Promise.reject(new Refusal(store.hasEnded(room.workshopId) ? REFUSAL.ended : REFUSAL.notValid));
      const access = accessTo(grant, room);
      if (access === 'none') return Promise.reject(new Refusal(REFUSAL.notValid));
      connectionConfig.readOnly = access === 'read';
      store.touch(grant.workshopId);
      return Promise.resolve({ workshopId: grant.workshopId, role: grant.role });
    },
  });

  // Encoding a document's state costs time, so its size is tracked as an upper bound (the size when
  // measured plus every update since) and measured again only when that bound reaches the limit.
  const sizeBound = new WeakMap<Y.Doc, number>();
  const documentAccepts = (documentName: string, updateBytes: number): boolean => {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return true;
    let bound = sizeBound.get(document) ?? Y.encodeStateAsUpdate(document).byteLength;
    if (bound + updateBytes > limits.maxDocumentBytes) {
      bound = Y.encodeStateAsUpdate(document).byteLength;
      if (bound + updateBytes > limits.maxDocumentBytes) {
        sizeBound.set(document, bound);
        return false;
      }
    }
    sizeBound.set(document, bound + updateBytes);
    return true;
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const perAddress = keyedCounter(limits.maxConnectionsPerAddress);
  const sockets = new Set<WebSocket>();

  const accept = (ws: WebSocket, request: IncomingMessage, address: string) => {
    sockets.add(ws);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const client = hocuspocus.handleConnection(ws, new Request(`http://localhost${request.url ?? '/'}`, { headers }));
    const bucket = tokenBucket(limits.messagesPerSecond, limits.messageBurst);
    let closing = false;
    const disconnect = ({ code, reason }: { code: number; reason: string }) => {
      closing = true;
      ws.close(code, reason);
    };
    ws.on('message', (raw: RawData) => {
      if (closing) return;
      const data = toBytes(raw);
      if (!bucket.take()) return disconnect(CLOSE.tooFast);
      let inspected;
      try {
        inspected = inspectMessage(data);
      } catch {
        return disconnect(CLOSE.malformed);
      }
      if (inspected.update && !documentAccepts(inspected.documentName, inspected.update.byteLength)) {
        return disconnect(CLOSE.documentFull);
      }
      client.handleMessage(data);
    });
    // ws closes an oversized message's connection with 1009 itself, after emitting this error.
    ws.on('error', () => {
      closing = true;
    });
    ws.on('close', (code: number, reason: Buffer) => {
      sockets.delete(ws);
      perAddress.release(address);
      client.handleClose({ code, reason: reason.toString() });
    });
  };

  return {
    hocuspocus,

    /** Takes over an HTTP upgrade request for the live path. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, address: string): void {
      if (!perAddress.acquire(address)) {
        socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      let accepted = false;
      socket.once('close', () => {
        if (!accepted) perAddress.release(address);
      });
      wss.handleUpgrade(request, socket, head, (ws) => {
        accepted = true;
        accept(ws, request, address);
      });
    },

    /** Whether any document of the workshop is open on this server (it is in use, so not idle). */
    isOpen(workshopId: string): boolean {
      for (const name of hocuspocus.documents.keys()) {
        if (parseRoom(name)?.workshopId === workshopId) return true;
      }
      return false;
    },

    /** Stores every open document, closes every connection and stops the Redis extension. */
    async close(): Promise<void> {
      await new Promise<void>((resolve) => {
        if (hocuspocus.getDocumentsCount() === 0) return resolve();
        // A document whose store failed stays in memory (Hocuspocus keeps it rather than lose it): stop anyway.
        const giveUp = setTimeout(() => {
          console.error(`Stopped with ${hocuspocus.getDocumentsCount()} room(s) not stored.`);
          resolve();
        }, 15_000);
        hocuspocus.configuration.extensions.push({
          afterUnloadDocument({ instance }) {
            if (instance.getDocumentsCount() === 0) {
              clearTimeout(giveUp);
              resolve();
            }
            return Promise.resolve();
          },
        });
        hocuspocus.closeConnections();
        hocuspocus.flushPendingStores();
      });
      for (const ws of sockets) ws.terminate();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      wss.close();
    },
  };
}

function toBytes(raw: RawData): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}
