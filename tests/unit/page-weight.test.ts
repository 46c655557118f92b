// The counting rules behind the byte budgets and `npm run bench` (bench/lib), on small inputs.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTags } from '../../bench/lib/html.ts';
import {
  analysePage,
  BuiltSite,
  cssReferences,
  jsReferences,
  listPages,
  sizesOf,
} from '../../bench/lib/page-weight.ts';
import { checkByteBudget, checkLazyModules, READING_BUDGET, type AppPage } from '../../bench/lib/budgets.ts';

describe('parseTags', () => {
  it('reads attributes in any quoting, skips comments and keeps script text whole', () => {
    const tags = parseTags(
      `<!-- <script src="no.js"></script> --><a href='x' data-x=1 hidden onclick="go()">a</a>` +
        `<script type=module>if (a < b && c > d) import("./lazy.js")</script><p title="a &amp; b">`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(['a', 'script', 'p']);
    expect(tags[0]?.attrs).toEqual({ href: 'x', 'data-x': '1', hidden: '', onclick: 'go()' });
    expect(tags[1]?.text).toBe('if (a < b && c > d) import("./lazy.js")');
    expect(tags[2]?.attrs.title).toBe('a & b');
  });
});

describe('jsReferences', () => {
  it('tells static imports from dynamic ones in minified code', () => {
    const code =
      'import{a as e}from"./preact.module.X.js";import"./side.js";export{b}from"./re.js";' +
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/dep.js"])))=>i.map(i=>d[i]);' +
      'e(()=>import(`./qr.js`),__vite__mapDeps([0]));import(`${base}pagefind/pagefind.js`)';
    expect(jsReferences(code)).toEqual([
      { specifier: './preact.module.X.js', lazy: false, baseRelative: false },
      { specifier: './re.js', lazy: false, baseRelative: false },
      { specifier: './side.js', lazy: false, baseRelative: false },
      { specifier: './qr.js', lazy: true, baseRelative: false },
      { specifier: '_astro/dep.js', lazy: true, baseRelative: true },
    ]);
  });
});

describe('cssReferences', () => {
  it('counts the first source of each font and every other url()', () => {
    const css =
      '@import url("a.css");@font-face{font-family:X;src:url(x.woff2) format("woff2"),url(x.woff) format("woff")}' +
      '.a{background:url(data:image/png;base64,AA)}.b{background:url("bg.png")}';
    expect(cssReferences(css)).toEqual([
      { url: 'a.css', type: '@import' },
      { url: 'x.woff2', type: 'font' },
      { url: 'bg.png', type: 'url()' },
    ]);
  });
});

describe('analysePage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'kit'));
  writeFileSync(
    join(dist, 'kit', 'index.html'),
    '<html><head><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/m.webmanifest">' +
      '<link rel="stylesheet" href="/_astro/a.css"></head><body>' +
      '<astro-island component-url="/_astro/Tool.js" renderer-url="/_astro/client.js" client="load"></astro-island>' +
      '<img src="https://elsewhere.example/x.png"></body></html>',
  );
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, '_astro', 'a.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro', 'Tool.js'), 'import{h}from"./preact.js";const q=()=>import("./qr.js");');
  writeFileSync(join(dist, '_astro', 'client.js'), 'import"./preact.js";');
  writeFileSync(join(dist, '_astro', 'preact.js'), 'export const h=1;');
  writeFileSync(join(dist, '_astro', 'qr.js'), 'throw Error("too big to be stored in a QR Code")');
  writeFileSync(join(dist, 'index.html'), '<html></html>');
  const site = new BuiltSite(dist);
  const weight = analysePage(site, 'kit/');

  it('follows stylesheets, the icon, islands and their static imports, each once', () => {
    expect(weight.initial.map((asset) => asset.path)).toEqual([
      'kit/',
      'favicon.svg',
      '_astro/a.css',
      '_astro/Tool.js',
      '_astro/client.js',
      '_astro/preact.js',
    ]);
    expect(weight.requests).toBe(6);
    expect(weight.loadsJs).toBe(true);
    expect(weight.islands).toEqual([{ component: 'Tool', client: 'load' }]);
  });

  it('puts code behind import() in the lazy list, and ignores other origins', () => {
    expect(weight.lazy.map((asset) => asset.path)).toEqual(['_astro/qr.js']);
    expect(weight.missing).toEqual([]);
  });

  it('lists built pages by their site path', () => {
    expect(listPages(site)).toEqual(['', 'kit/']);
  });

  it('finds rare-action code in a lazy chunk and not up front', () => {
    const app: AppPage = {
      page: 'kit/',
      label: 'kit',
      budget: READING_BUDGET,
      notInitial: ['qrcode'],
      lazyChunk: ['qrcode'],
    };
    expect(checkLazyModules(weight, app, (file) => site.text(file))).toEqual([]);
  });

  it('names the page, the asset type and the overshoot when a budget fails', () => {
    const [message] = checkByteBudget(weight, { ...READING_BUDGET, maxGzip: 10, maxRequests: 2 });
    expect(message).toMatch(
      /^kit\/ \(reading page\): HTML \+ CSS is [\d.]+ KiB gzip, [\d.]+ KiB over the 0\.0 KiB budget/,
    );
    expect(checkByteBudget(weight, { ...READING_BUDGET, maxRequests: 2 })[0]).toMatch(
      /6 requests before search, 4 over the budget of 2/,
    );
  });
});

describe('sizesOf', () => {
  it('never reports a compressed size above the raw one', () => {
    const tiny = sizesOf(new Uint8Array([1, 2, 3]));
    expect(tiny).toEqual({ raw: 3, gzip: 3, brotli: 3 });
    const text = sizesOf(Buffer.from('mentoring '.repeat(500)));
    expect(text.gzip).toBeLessThan(text.raw / 10);
    expect(text.brotli).toBeLessThanOrEqual(text.gzip);
  });
});
