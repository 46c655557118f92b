// Confirms the static figures with a real page load in Chromium (playwright-core): every request a
// first visit makes, its type and the bytes on the wire (gzip from the bench server), each page in
// a fresh context so nothing is cached. Also measures a first search end to end.
/* global document, window, setTimeout -- these run in the page */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;

export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

const TYPES = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** Loads `url` in a fresh context and lists what it fetched until the network has been idle. */
async function record(browser, url, after) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response().catch(() => null);
    requests.push({
      url: request.url(),
      type: TYPES[request.resourceType()] ?? request.resourceType(),
      status: response?.status() ?? 0,
      encoding: (await response?.headerValue('content-encoding').catch(() => null)) ?? null,
      bytes: sizes ? sizes.responseBodySize : 0,
    });
  });
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (after) await after(page);
  await page.waitForLoadState('networkidle');
  // Islands hydrating on idle, and late favicons, get a moment more.
  await page.waitForTimeout(500);
  const firstView = requests.length;
  const firstViewBytes = requests.reduce((sum, request) => sum + request.bytes, 0);
  // Then scroll to the end, as a reader does: islands marked client:visible load on the way.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await context.close();
  const byType = {};
  for (const request of requests) {
    byType[request.type] = (byType[request.type] ?? 0) + request.bytes;
  }
  const origin = new URL(url).origin;
  return {
    url,
    firstView: { requests: firstView, bytes: firstViewBytes },
    requests: requests.length,
    bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
    byType,
    thirdParty: requests.filter((request) => !request.url.startsWith(origin)).map((request) => request.url),
    list: requests.map((request) => ({ ...request, url: request.url.replace(origin, '') })),
    errors,
  };
}

/** First visits to each page (site-relative paths), then a search for `query`. */
export async function browserLoads(siteUrl, pages, query = 'mentor') {
  const browser = await launch();
  try {
    const results = {};
    for (const path of pages) results[path] = await record(browser, new URL(path, siteUrl).href);
    const search = await record(
      browser,
      new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href,
      async (page) => {
        await page
          .waitForFunction(
            () => /result|Nothing found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
            null,
            {
              timeout: 15_000,
            },
          )
          .catch(() => {});
      },
    );
    return { pages: results, search: { query, ...search } };
  } finally {
    await browser.close();
  }
}
