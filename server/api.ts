// The JSON API under <base>live/api/: start a workshop, read the server's clock, ask whether the server
// is live. Bodies are capped; errors are JSON with a message; nothing is cached.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { slidingWindow, type Limits } from './limits.ts';
import type { Store } from './store.ts';
import { secretMatches } from './tokens.ts';
import { createWorkshop, parseWorkshopRequest } from './workshops.ts';

export interface ApiOptions {
  store: Store;
  limits: Limits;
  workshopKey?: string | undefined;
  now: () => number;
}

class TooLarge extends Error {}

// A static site on another origin (PUBLIC_LIVE_URL) calls the API too. The API uses no cookies or other
// ambient credentials, so allowing every origin grants a page nothing that a script outside a browser
// does not already have.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...CORS,
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        return reject(new TooLarge());
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Returns a handler for the path after "<base>live/api/"; `address` is the client's, for rate limits. */
export function apiHandler({ store, limits, workshopKey, now }: ApiOptions) {
  const creations = slidingWindow(limits.workshopsPerMinute, 60_000, now);

  const postWorkshop = async (req: IncomingMessage, res: ServerResponse, address: string) => {
    // Every attempt counts, so the limit also slows down guessing the workshop key.
    if (!creations.allow(address)) {
      res.setHeader('Retry-After', '60');
      return send(res, 429, { error: 'Too many workshops started from this address: try again in a minute.' });
    }
    let text: string;
    try {
      text = await readBody(req, limits.maxRequestBytes);
    } catch (error) {
      if (error instanceof TooLarge) return send(res, 413, { error: 'The request is too large.' });
      throw error;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'The request is not valid JSON.' });
    }
    const parsed = parseWorkshopRequest(body);
    if ('error' in parsed) return send(res, 400, { error: parsed.error });
    if (workshopKey !== undefined && !secretMatches(parsed.request.key ?? '', workshopKey)) {
      return send(res, 401, { error: 'This server needs the workshop key to start a workshop.' });
    }
    send(res, 201, createWorkshop(store, parsed.request));
  };

  return async (route: string, req: IncomingMessage, res: ServerResponse, address: string): Promise<void> => {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return void res.end();
    }
    if (route === 'workshops') {
      if (method !== 'POST') return send(res, 405, { error: 'Use POST to start a workshop.' });
      return postWorkshop(req, res, address);
    }
    if (route === 'time' || route === 'health') {
      if (method !== 'GET' && method !== 'HEAD') return send(res, 405, { error: 'Use GET.' });
      return send(res, 200, route === 'time' ? { now: now() } : { ok: true, live: true });
    }
    send(res, 404, { error: 'No such API.' });
  };
}
