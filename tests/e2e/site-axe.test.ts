import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, problemsIn, site } from './support/browser';
import { VIEW_KEY } from '../../src/lib/storage-keys';

/** Every page of the built site, as a site-relative path. */
function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        pages.push(relative(dir, folder).split(sep).join('/') + (folder === dir ? '' : '/'));
      } else if (name === '404.html') {
        pages.push('404.html');
      }
    }
  };
  walk(dir);
  return pages.sort();
}

const pages = builtPages(process.env.E2E_DIST ?? 'dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each([
  { theme: 'light', view: 'learner' },
  { theme: 'dark', view: 'instructor' },
] as const)('axe in the $theme theme, $view view', ({ theme, view }) => {
  it.each(pages)('finds nothing on /%s', async (path) => {
    const context = await newContext(browser, { colorScheme: theme });
    // Init scripts also run in about:blank, where storage is denied: only set the view on the site.
    await context.addInitScript(
      ([key, chosen]) => {
        if (location.protocol.startsWith('http')) localStorage.setItem(key, chosen);
      },
      [VIEW_KEY, view] as const,
    );
    const page = await context.newPage();
    await page.goto(site(path));
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(problemsIn(context), `page errors, console errors or CSP violations on /${path}`).toEqual([]);
    await context.close();
  });
});
