import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pageCsp } from '../../src/lib/build/page-csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1]?.split(';') ?? [];

const stale = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const page =
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; ` +
  `script-src 'self' 'wasm-unsafe-eval' ${stale}; style-src 'self' ${stale} ${stale};">` +
  `<style>body{margin:0}</style></head><body><script>a()</script><script type="module">b()</script>` +
  `<script type="module" src="/_astro/c.js"></script><script>a()</script></body></html>`;

describe("a page's content security policy", () => {
  it('lists the hashes of its own inline scripts and styles, each once, and no other', () => {
    const directives = policy(pageCsp(page));
    expect(directives).toEqual([
      "default-src 'self'",
      "img-src 'self' data:",
      `script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}`,
      `style-src 'self' ${hash('body{margin:0}')}`,
    ]);
  });

  it('hashes the exact text between the tags, and skips scripts loaded from a file', () => {
    expect(inlineHashes(page, 'script')).toEqual([hash('a()'), hash('b()')]);
    expect(inlineHashes('<style media="print">\n p{}\n</style>', 'style')).toEqual([hash('\n p{}\n')]);
  });

  it('keeps only the hash-free sources of a directive when the page has nothing inline of that kind', () => {
    const bare = page.replace('<style>body{margin:0}</style>', '');
    expect(policy(pageCsp(bare))).toContain("style-src 'self'");
  });

  it('leaves a page without a policy as it is', () => {
    expect(pageCsp('<p>hi</p>')).toBe('<p>hi</p>');
  });
});
