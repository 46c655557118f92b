import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import sirv from 'sirv';

export interface SwitchableSite {
  /** Origin plus "/", e.g. http://127.0.0.1:4321/ */
  url: string;
  /** Serves another build from now on, at the same origin (a deployment of a new version). */
  serve: (dir: string) => void;
  /** Drops every connection, as when the network is gone, until called with false. */
  down: (isDown: boolean) => void;
  close: () => Promise<void>;
}

/**
 * A static server at "/" whose build can be swapped, and which can go down: the service worker's
 * tests need one origin across two versions, and a network that is really gone (not only emulated
 * offline in the page).
 */
export async function switchableServer(dir: string): Promise<SwitchableSite> {
  const handler = (folder: string) => sirv(folder, { dev: true, etag: true, extensions: ['html'] });
  let assets = handler(dir);
  let isDown = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (isDown) {
      req.socket.destroy();
      return;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (folder) => {
      assets = handler(folder);
    },
    down: (value) => {
      isDown = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
