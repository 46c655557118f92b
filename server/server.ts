// One HTTP server for the built site, the JSON API under <base>live/api/ and the live WebSocket endpoint
// at <base>live. `startServer` is what the CLI (server/index.ts) and the tests call.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { API_PATH, LIVE_PATH } from '../src/lib/live/protocol.ts';
import { apiHandler } from './api.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { createLive } from './live.ts';
import { siteHandler } from './site.ts';
import { openStore } from './store.ts';
import { DAY_MS, startSweeping, sweep } from './sweep.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir: string;
  /** The built site; without one, only the live endpoint and the API answer. */
  distDir?: string | null;
  /** The site's base path, "/" or "/sub-path/". */
  base?: string;
  redisUrl?: string | undefined;
  workshopKey?: string | undefined;
  roomTtlDays?: number;
  limits?: Partial<Limits>;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
  /** The clock, for tests. */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Deletes the rooms idle for longer than the TTL now; returns how many. */
  sweep: () => number;
  close: () => Promise<void>;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The proxy appends the address it saw last; anything before it came from the client.
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const base = options.base ?? '/';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ttlMs = (options.roomTtlDays ?? 30) * DAY_MS;
  const trustProxy = options.trustProxy ?? false;
  const store = openStore(resolve(options.dataDir), now);
  const live = createLive({ store, limits, redisUrl: options.redisUrl });
  const api = apiHandler({ store, limits, workshopKey: options.workshopKey, now });
  const site = options.distDir ? siteHandler(resolve(options.distDir), base) : null;
  const livePath = `${base}${LIVE_PATH}`;
  const apiPrefix = `${base}${API_PATH}`;

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(apiPrefix)) {
      api(path.slice(apiPrefix.length), req, res, clientAddress(req, trustProxy)).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"error":"The server could not answer."}');
      });
      return;
    }
    if (site) return site(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  server.on('upgrade', (req, socket, head: Buffer) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== livePath && path !== `${livePath}/`) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    live.handleUpgrade(req, socket, head, clientAddress(req, trustProxy));
  });

  const runSweep = () => sweep(store, live, ttlMs, now);
  const stopSweeping = startSweeping(runSweep);

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, options.host ?? 'localhost', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${base}`,
    port,
    sweep: runSweep,
    close: () =>
      (closing ??= (async () => {
        stopSweeping();
        const closed = new Promise<void>((done) => server.close(() => done()));
        await live.close();
        server.closeAllConnections();
        await closed;
        store.close();
      })()),
  };
}
