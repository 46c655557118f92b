import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/** Launches Debian's Chromium headless with the flags this network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/** Absolute URL of a path on the built site, e.g. site('episodes/foo/'). */
export function site(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** A fresh context (own storage) that fails the test on page errors, console errors and CSP violations. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, message: string) => {
    problems.push(`CSP: ${message}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (m: string) => void }).__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on('page', (page) => watchPage(page, problems));
  (context as BrowserContext & { problems: string[] }).problems = problems;
  return context;
}

function watchPage(page: Page, problems: string[]) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

/** The page errors, console errors and CSP violations seen so far in a context made by newContext. */
export function problemsIn(context: BrowserContext): string[] {
  return (context as BrowserContext & { problems?: string[] }).problems ?? [];
}

/** Runs axe (WCAG 2.x A and AA) and asserts no violations, listing them when there are. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** One browser, context and page for a test file: opened before its tests run, closed after them. */
export function useBrowserPage(options: BrowserContextOptions = {}): {
  browser: Browser;
  context: BrowserContext;
  page: Page;
} {
  const session = {} as { browser: Browser; context: BrowserContext; page: Page };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.context = await newContext(session.browser, options);
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.browser.close();
  });
  return session;
}

/**
 * How long a page may take to hear of a change made elsewhere (through the live server, or another
 * island) where the issue sets no limit: a loaded machine must not make these tests fail.
 */
export const ACROSS_DEVICES = { timeout: 10_000 };

/** Opens the console at `serverUrl` on `page` and starts a live workshop of these teams (one per line). */
export async function startLiveWorkshop(page: Page, serverUrl: string, teams: string): Promise<void> {
  await page.goto(`${serverUrl}facilitator/`);
  await page.waitForSelector('.console[data-ready]');
  await page.getByLabel('Teams, one per line').fill(teams);
  await page.locator('[data-start-live]').click();
  await page.waitForSelector('[data-live-workshop-ready]');
}

/** Opens a team's live room link on `page`, gives a name if there is one, and waits until the room is online. */
export async function openLiveRoom(page: Page, link: string, name?: string): Promise<void> {
  await page.goto(link);
  await page.waitForSelector('[data-live-bar][data-live-ready]');
  if (name !== undefined) {
    const field = page.getByLabel('Your name (the others see it)');
    await field.fill(name);
    await field.press('Enter');
  }
  await expect
    .poll(() => page.locator('[data-live-state]').getAttribute('data-live-state'), ACROSS_DEVICES)
    .toBe('online');
}

/**
 * Opens a page whose code has not arrived yet: in its own context, without the service worker, the
 * page's script (Astro names it after the page, `<name>.astro_astro_type_script_index_0_lang.<hash>.js`)
 * is held back as a slow network would until `release()`. For what someone does in the meantime.
 */
export async function openWithScriptHeld(
  browser: Browser,
  path: `${string}/`,
): Promise<{ context: BrowserContext; page: Page; release: () => void }> {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const name = path.slice(0, -1).split('/').pop() ?? '';
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/${name}\\.astro_astro_type_script_index_0_lang\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site(path));
  return { context, page, release };
}
