import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { urlOf, writeServiceWorker } from '../../src/lib/build/service-worker';

type Listener = (event: Record<string, unknown>) => void;

/** Loads a generated worker with a fake `self`, and returns what a fetch of `url` does with it. */
function load(source: string, origin: string) {
  const listeners = new Map<string, Listener>();
  const self = {
    location: { origin },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    clients: { claim: () => Promise.resolve() },
    skipWaiting: () => undefined,
  };
  const caches = { open: () => Promise.resolve({ match: () => Promise.resolve(undefined) }) };
  const Response = { error: () => ({ type: 'error' }) };
  runInNewContext(source, { self, URL, caches, Response, fetch: () => Promise.reject(new Error('offline')) });
  return {
    handles(url: string, method = 'GET'): boolean {
      let answered = false;
      listeners.get('fetch')?.({
        request: { url, method, mode: 'navigate' },
        respondWith: () => (answered = true),
      });
      return answered;
    },
  };
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(): string {
  dir = mkdtempSync(join(tmpdir(), 'kit-sw-'));
  mkdirSync(join(dir, 'episodes', 'one'), { recursive: true });
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(dir, 'episodes', 'one', 'index.html'), '<h1>One</h1>');
  writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {}');
  writeFileSync(join(dir, 'pagefind', 'pagefind-ui.js'), 'ui');
  return dir;
}

describe('the generated service worker', () => {
  it('saves every page by the URL it is visited at, and Pagefind, but not its unused UIs', () => {
    expect(urlOf('index.html')).toBe('');
    expect(urlOf('episodes/one/index.html')).toBe('episodes/one/');
    expect(urlOf('404.html')).toBe('404.html');
    writeServiceWorker(site(), '/kit/');
    const source = readFileSync(join(dir, 'sw.js'), 'utf8');
    const urls = JSON.parse(/const URLS = (\[.*\]);/.exec(source)?.[1] ?? '[]') as string[];
    expect(urls.sort()).toEqual(['', 'episodes/one/', 'pagefind/pagefind.js']);
    expect(source).toContain('const BASE = "/kit/";');
  });

  it('names its cache after the build, so a changed file makes a new cache', () => {
    const first = writeServiceWorker(site(), '/').version;
    writeFileSync(join(dir, 'episodes', 'one', 'index.html'), '<h1>One, revised</h1>');
    expect(writeServiceWorker(dir, '/').version).not.toBe(first);
  });

  it('answers only for its base path, and leaves the live server (WebSocket and API) and other sites alone', () => {
    writeServiceWorker(site(), '/kit/');
    const worker = load(readFileSync(join(dir, 'sw.js'), 'utf8'), 'https://example.org');
    expect(worker.handles('https://example.org/kit/episodes/one/')).toBe(true);
    expect(worker.handles('https://example.org/kit/')).toBe(true);
    expect(worker.handles('https://example.org/other/')).toBe(false);
    expect(worker.handles('https://example.org/kit/live')).toBe(false);
    expect(worker.handles('https://example.org/kit/live/api/rooms')).toBe(false);
    expect(worker.handles('https://elsewhere.example/kit/')).toBe(false);
    expect(worker.handles('https://example.org/kit/episodes/one/', 'POST')).toBe(false);
  });
});
