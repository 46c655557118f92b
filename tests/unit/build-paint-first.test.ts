import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst, paintFirstLoader } from '../../src/lib/build/paint-first';
import { inlineHashes, pageCsp } from '../../src/lib/build/page-csp';
import loader from '../../src/page-scripts/paint-first.ts?raw';

const SRC = '/kit/_astro/workspace.astro_astro_type_script_index_0_lang.Ab1.js';
const page =
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-old='"></head>` +
  `<body><script>theme()</script><main>Tools</main><script type="module">register()</script></body></html>` +
  `<script type="module" src="${SRC}"></script>`;

describe('a tool page whose code starts after the first paint', () => {
  it('replaces the page script with an inline loader of that file, and leaves every other script alone', () => {
    const html = paintFirst(page, loader);
    expect(html).not.toContain(`<script type="module" src=`);
    expect(html).toContain(`<script type="module">${paintFirstLoader(loader, SRC)}</script>`);
    expect(html).toContain(`import(${JSON.stringify(SRC)})`);
    expect(html).toContain('<script>theme()</script>');
    expect(html).toContain('<script type="module">register()</script>');
  });

  it('gets the loader into the page policy, whose other sources stay', () => {
    const html = pageCsp(paintFirst(page, loader));
    const [, policy = ''] = /content="([^"]*)"/.exec(html) ?? [];
    for (const hash of inlineHashes(html, 'script')) expect(policy).toContain(hash);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('sha256-old=');
  });

  it('leaves a page without a page script as it was', () => {
    const reading = '<html><body><script>theme()</script><main>Text</main></body></html>';
    expect(paintFirst(reading, loader)).toBe(reading);
  });
});

/** Runs the loader in a page of its own: what it imported, and the hooks a browser would call. */
function runLoader({ visibility = 'visible', paints = true } = {}) {
  const imported: string[] = [];
  const page = {
    observer: null as null | ((entries: { getEntriesByName: (name: string) => unknown[] }) => void),
    buffered: false,
    visibilityListener: null as null | (() => void),
    timeout: null as null | (() => void),
    listeners: {} as Record<string, (event: unknown) => void>,
    held: [] as unknown[],
    paint(name: string) {
      page.observer?.({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    },
  };
  class PerformanceObserver {
    static supportedEntryTypes = paints ? ['paint', 'navigation'] : ['navigation'];
    constructor(callback: typeof page.observer) {
      page.observer = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options.type).toBe('paint');
      page.buffered = options.buffered;
    }
  }
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: unknown) => void, capture: boolean) => {
      expect(capture).toBe(true);
      page.listeners[type] = listener;
    },
  };
  const context = createContext({
    __import: (src: string) => {
      imported.push(src);
      return Promise.resolve();
    },
    PerformanceObserver,
    document: {
      visibilityState: visibility,
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'visibilitychange') page.visibilityListener = listener;
      },
    },
    setTimeout: (callback: () => void) => {
      page.timeout = callback;
    },
  });
  // The page's global object is `self` too, as in a browser.
  Object.assign(context, window, { self: context });
  // A module's import() cannot run in a vm context: the same call, renamed, is watched instead.
  const code = paintFirstLoader(loader, SRC).replace(/\bimport\(/g, '__import(');
  expect(code).not.toBe(paintFirstLoader(loader, SRC));
  runInContext(code, context);
  page.held = (context as { __heldUses: unknown[] }).__heldUses;
  return { imported, page };
}

describe('the loader', () => {
  it('imports the page script once the page has painted its first text, and only once', () => {
    const { imported, page } = runLoader();
    expect(imported).toEqual([]);
    expect(page.buffered).toBe(true);
    page.paint('first-paint');
    expect(imported, 'a paint without text').toEqual([]);
    page.paint('first-contentful-paint');
    expect(imported).toEqual([SRC]);
    page.timeout?.();
    page.visibilityListener?.();
    expect(imported).toEqual([SRC]);
  });

  it('starts at once in a hidden tab, which paints nothing, and in a browser that reports no paints', () => {
    expect(runLoader({ visibility: 'hidden' }).imported).toEqual([SRC]);
    expect(runLoader({ paints: false }).imported).toEqual([SRC]);
  });

  it('starts when the tab is hidden before the paint, or when no paint is reported in time', () => {
    const hidden = runLoader();
    hidden.page.visibilityListener?.();
    expect(hidden.imported).toEqual([SRC]);
    const late = runLoader();
    late.page.timeout?.();
    expect(late.imported).toEqual([SRC]);
  });

  it('holds a button pressed, or Enter in a field, in a part of the page waiting for its code, and starts it', () => {
    const { imported, page } = runLoader();
    const button = { name: 'Add' };
    const field = { name: 'Add a strength' };
    const stopped: string[] = [];
    const use = (inWaitingPart: boolean, key?: string) => ({
      key,
      target: {
        closest: (selector: string) =>
          inWaitingPart && selector.startsWith('[data-hold-uses]:not([data-hydrated]) ')
            ? selector.endsWith('button')
              ? button
              : field
            : null,
      },
      preventDefault: () => stopped.push('default'),
      stopImmediatePropagation: () => stopped.push('propagation'),
    });
    page.listeners['click']?.(use(false));
    page.listeners['keydown']?.(use(true, 'a'));
    expect([imported, page.held, stopped]).toEqual([[], [], []]);
    page.listeners['click']?.(use(true));
    expect(imported).toEqual([SRC]);
    page.listeners['keydown']?.(use(true, 'Enter'));
    expect(page.held).toEqual([
      [button, 'click'],
      [field, 'Enter'],
    ]);
    expect(stopped).toEqual(['default', 'propagation', 'default', 'propagation']);
  });
});
