import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../e2e/support/static-server';

interface CrawlReport {
  pages: number;
  broken: string[];
}

const URL_ATTRIBUTES = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

/** Follows every same-origin link, script, style and image from the home page; lists what does not resolve. */
async function crawl(start: string): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const pageIds = new Map<string, Set<string>>();
  const checked = new Map<string, number>();
  const broken: string[] = [];
  const fragments: { from: string; page: string; id: string }[] = [];
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (checked.has(url)) continue;
    const response = await fetch(url);
    checked.set(url, response.status);
    if (!response.ok) {
      broken.push(`${url} (${response.status}) linked from ${from}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    pageIds.set(url, new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decode(match[1]!))));
    for (const match of html.matchAll(URL_ATTRIBUTES)) {
      const raw = decode(match[1]!);
      if (raw === '' || /^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== origin) continue;
      if (target.hash)
        fragments.push({
          from: url,
          page: target.origin + target.pathname,
          id: decodeURIComponent(target.hash.slice(1)),
        });
      target.hash = '';
      target.search = '';
      if (!checked.has(target.href)) queue.push({ url: target.href, from: url });
    }
  }

  for (const { from, page, id } of fragments) {
    const ids = pageIds.get(page);
    if (ids && !ids.has(id)) broken.push(`${page}#${id} (no such anchor) linked from ${from}`);
  }
  return { pages: pageIds.size, broken };
}

describe('no broken internal link', () => {
  let root: StaticSite;
  let subPath: StaticSite;

  beforeAll(async () => {
    root = await serveStatic('dist', '/');
    subPath = await serveStatic('dist-subpath', '/mentoring-kit/');
  });
  afterAll(async () => {
    await root.close();
    await subPath.close();
  });

  it('when the site is served from the domain root', async () => {
    const report = await crawl(root.url);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(10);
  });

  it('when the site is served from a sub-path', async () => {
    const report = await crawl(subPath.url);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(10);
  });
});
