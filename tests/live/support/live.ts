// Helpers for the live server's integration tests: a real server on a free port in a fresh data folder,
// workshops created through the API, Node HocuspocusProviders, and waiting for conditions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { vi } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../../server/server.ts';
import type { CreatedWorkshop } from '../../../server/workshops.ts';

export type Started = RunningServer & { wsUrl: string; dataDir: string };

/** A fresh data folder, removed by the returned function. */
export function tempDataDir(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'kit-live-'));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export async function start(options: Partial<ServerOptions> & { dataDir: string }): Promise<Started> {
  const server = await startServer({ port: 0, host: '127.0.0.1', distDir: null, ...options });
  return { ...server, wsUrl: `${server.url.replace(/^http/, 'ws')}live`, dataDir: options.dataDir };
}

export async function createWorkshop(
  server: { url: string },
  body: Record<string, unknown> = { teams: ['Red', 'Blue'] },
): Promise<CreatedWorkshop> {
  const response = await fetch(`${server.url}live/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`workshop not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedWorkshop;
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons received in authenticationFailed events. */
  refusals: string[];
  /** Close codes of the client's WebSocket. */
  closeCodes: number[];
  destroy: () => void;
}

export function connect(server: { wsUrl: string }, name: string, token: string | null): Client {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const closeCodes: number[] = [];
  // One socket per client, as each device has its own. A provider given its socket must be attached.
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closeCodes.push(event.code),
  });
  provider.attach();
  return {
    doc,
    provider,
    refusals,
    closeCodes,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `condition` holds (vitest's waitFor); fails with `what` after `timeoutMs`. */
export async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  await vi.waitFor(
    () => {
      if (!condition()) throw new Error(`timed out waiting until ${what}`);
    },
    { timeout: timeoutMs, interval: 10 },
  );
}

export const synced = (client: Client) => until('the provider has synced', () => client.provider.isSynced);

/** A raw WebSocket to the live endpoint, for messages no provider would send. */
export async function rawSocket(server: { wsUrl: string }): Promise<WebSocket & { closed: Promise<number> }> {
  const socket = new WebSocket(server.wsUrl);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return Object.assign(socket, { closed });
}

export { freePort, startRedis } from '../../../scripts/redis-server.mjs';
