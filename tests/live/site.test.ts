// The server's own site: the built dist/ (from `npm run build`) served beside the live endpoint.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { start, tempDataDir, type Started } from './support/live.ts';

const dist = process.env.E2E_DIST ?? 'dist';
let server: Started;
let removeData: () => void;

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist} holds no built site: run "npm run build" first`);
  const data = tempDataDir();
  removeData = data.remove;
  server = await start({ dataDir: data.dataDir, distDir: dist });
});

afterAll(async () => {
  await server?.close();
  removeData?.();
});

test('serves the built home page', async () => {
  const response = await fetch(server.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(await response.text()).toContain('<html');
});

test("answers an unknown path with the site's 404 page", async () => {
  const response = await fetch(`${server.url}no-such-page/`);
  expect(response.status).toBe(404);
  const notFound = await fetch(`${server.url}404.html`);
  expect(await response.text()).toBe(await notFound.text());
});

test('answers the live API beside the site', async () => {
  const response = await fetch(`${server.url}live/api/time`);
  expect(response.status).toBe(200);
  expect(typeof ((await response.json()) as { now: unknown }).now).toBe('number');
});

test('refuses a WebSocket upgrade anywhere but the live path', async () => {
  const { default: WebSocket } = await import('ws');
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}elsewhere`);
  const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
  expect(error.message).toMatch(/404/);
});
