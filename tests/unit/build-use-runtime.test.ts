import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferUseRuntime, loaderValues, runtimeFileName, useLoader } from '../../src/lib/build/use-runtime';
import { LIVE_TIMERS_KEY, SAVED_WORK_KEYS, TIMERS_KEY } from '../../src/lib/storage-keys';
import loader from '../../src/page-scripts/use-loader.ts?raw';

const directive = (name: string) =>
  `(()=>{var w=()=>{};(self.Astro||(self.Astro={})).${name}=w;window.dispatchEvent(new Event("astro:${name}"));})();`;
const runtime = '(()=>{class f extends HTMLElement{}customElements.define("astro-island",f)})();';
const island = '<astro-island client="use" opts="{}"><button>Start</button></astro-island>';
const page = (...directives: string[]) =>
  `<html><body><script>theme()</script><main><style>astro-island{display:contents}</style>` +
  directives.map((name) => `<script>${directive(name)}</script>`).join('') +
  `<script>${runtime}</script>${island}</main></body></html>`;

describe('moving the island runtime of a client:use page into a file', () => {
  it('replaces the inline directive and runtime with the loader, which fetches them as one file', () => {
    const deferred = deferUseRuntime(page('use'), loader, (code) => `/kit/_astro/${runtimeFileName(code)}`);
    expect(deferred).not.toBeNull();
    const { html, runtime: code } = deferred!;
    expect(code).toBe(`${directive('use')}\n${runtime}`);
    expect(html).not.toContain('customElements.define');
    expect(html).not.toContain('astro:use');
    expect(html).toContain(JSON.stringify(`/kit/_astro/${runtimeFileName(code)}`));
    expect(html).toContain('__useQueue=[]');
    // Everything else stays where it was: the theme script, the island style, the island itself.
    expect(html).toContain('<script>theme()</script>');
    expect(html).toMatch(/<style>astro-island\{display:contents\}<\/style><script>[^<]*__useQueue=\[\]/);
    expect(html).toContain(`</script>${island}`);
  });

  it('leaves a page alone that hydrates an island by another directive, or has no island', () => {
    expect(deferUseRuntime(page('use', 'load'), loader, () => 'x.js')).toBeNull();
    expect(deferUseRuntime(page('only'), loader, () => 'x.js')).toBeNull();
    expect(deferUseRuntime('<html><body><script>theme()</script></body></html>', loader, () => 'x.js')).toBeNull();
  });

  it('names the file after its content', () => {
    expect(runtimeFileName('a')).toMatch(/^use-runtime\.[\w-]{8}\.js$/);
    expect(runtimeFileName('a')).toBe(runtimeFileName('a'));
    expect(runtimeFileName('a')).not.toBe(runtimeFileName('b'));
  });
});

describe('the loader', () => {
  it('is valid JavaScript with every value filled in from the kit', () => {
    const source = useLoader(loader, '/_astro/use-runtime.abc.js');
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/\b(SRC|CONTROL|TIMER_KEYS|TIMERS|LEGACY|SAVED)\b/);
    expect(source).toContain(JSON.stringify(LIVE_TIMERS_KEY));
    expect(source).toContain('"/_astro/use-runtime.abc.js"');
    expect(source).not.toContain('</script');
  });
});

describe('the storage keys the loader receives', () => {
  it('are the ones src/lib/storage-keys.ts names, in the page as they are in the module', () => {
    const values = loaderValues('/x.js');
    expect(values['TIMERS']).toBe(LIVE_TIMERS_KEY);
    expect(values['LEGACY']).toBe(TIMERS_KEY);
    expect(values['SAVED']).toEqual([...SAVED_WORK_KEYS.personal, ...SAVED_WORK_KEYS.workspace]);
    const source = useLoader(loader, '/x.js');
    for (const key of [LIVE_TIMERS_KEY, TIMERS_KEY]) expect(source).toContain(JSON.stringify(key));
    expect(source).toContain(JSON.stringify(values['SAVED']));
  });
});
