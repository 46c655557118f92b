// Every kind of page under the site's Content Security Policy, in Chromium with the real clock: each
// interactive tool is used once, and any CSP violation, console error or page error fails the test,
// as does a request to any origin but the site's own. Selectors are roles and labels.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let requested: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh context per test that also records the URL of every request any of its pages makes. */
async function open(path: string): Promise<Page> {
  context = await newContext(browser);
  requested = [];
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(site(path));
  return page;
}

afterEach(async () => {
  const origin = new URL(site()).origin;
  // data: and blob: URLs (the QR code image, downloads) are made in the page; they reach no host.
  const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(?:data|blob):/.test(url));
  // Let late work (idle islands, lazy chunks) report before the verdict.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const problems = [...problemsIn(context)];
  await context.close();
  expect(problems, `CSP violations, console errors or page errors:\n  ${problems.join('\n  ')}`).toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
});

/**
 * Waits until the island holding `target` has hydrated (Astro drops its `ssr` attribute then). The
 * workspace page's tools are no island: a page script hydrates `#workspace-app` and marks it
 * `data-hydrated`.
 */
async function hydrated(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const island = target.locator('xpath=ancestor::*[self::astro-island or @id="workspace-app"][1]');
  await expect
    .poll(() =>
      island.evaluate((element) =>
        element.localName === 'astro-island' ? !element.hasAttribute('ssr') : element.hasAttribute('data-hydrated'),
      ),
    )
    .toBe(true);
}

describe('pages without tools', () => {
  it.each(['', 'glossary/', 'references/', 'facilitator-guide/', 'all-in-one/', '404.html'])(
    '%s loads cleanly, and the theme and view toggles work under the policy',
    async (path) => {
      const page = await open(path);
      await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
      if (path !== '404.html' && path !== 'all-in-one/') {
        const theme = page.getByRole('button', { name: 'Dark theme' });
        const view = page.getByRole('button', { name: 'Instructor view' });
        const themeBefore = await theme.getAttribute('aria-pressed');
        await theme.click();
        await expect.poll(() => theme.getAttribute('aria-pressed')).not.toBe(themeBefore);
        await view.click();
        await expect.poll(() => view.getAttribute('aria-pressed')).toBe('true');
      }
    },
  );
});

// Every built episode, from the same build the global setup serves.
const episodes = readdirSync(join(process.env.E2E_DIST ?? 'dist', 'episodes')).map((id) => `episodes/${id}/`);

describe('episodes', () => {
  it.each(episodes)('%s loads cleanly, and every island hydrates under the policy once used', async (path) => {
    const page = await open(path);
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    // Nothing hydrates by itself: the timers and the team tools load when used (client:use).
    expect(await page.locator('astro-island[ssr]:not([client="use"])').count()).toBe(0);
    for (const island of await page.locator('astro-island[client="use"]:has([data-timer])').all()) {
      await island.locator('[data-timer]').dispatchEvent('pointerdown');
    }
    const openTools = page.locator('[data-open-tools]').first();
    if ((await openTools.count()) > 0) await openTools.click();
    await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: 10_000 }).toBe(0);
  });
});

describe('tools', () => {
  it('schedule: changing the start time recomputes the clock times', async () => {
    const page = await open('schedule/');
    const start = page.getByLabel('Start time');
    const firstTime = page.getByRole('table').locator('time').first();
    await start.fill('13:30');
    await expect.poll(() => firstTime.textContent()).toBe('13:30');
  });

  it('search: a word typed in the header finds pages, with Pagefind running under the policy', async () => {
    const page = await open('');
    await page.getByRole('searchbox', { name: 'Search the workshop' }).first().fill('mentor');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=mentor/);
    const status = page
      .getByRole('status')
      .filter({ hasText: /result|Nothing found|Search/ })
      .first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ results? for/);
    expect(
      await page
        .getByRole('link')
        .filter({ hasText: /mentor/i })
        .count(),
    ).toBeGreaterThan(0);
  });

  it('episode: an exercise timer starts', async () => {
    const page = await open('episodes/team-mentoring-session/');
    const timer = page.getByRole('group', { name: /^Timer/ }).first();
    const startButton = timer.getByRole('button', { name: /^Start/ });
    // The first press loads the timer (client:use) and starts it.
    await startButton.click();
    await hydrated(timer);
    await expect.poll(() => timer.getByRole('button', { name: /^Pause/ }).count()).toBe(1);
    const clock = timer.getByRole('timer');
    const first = await clock.textContent();
    await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(first);
  });

  it('workspace: a strength is added', async () => {
    const page = await open('workspace/');
    const field = page.getByRole('textbox', { name: 'Add a strength' });
    await hydrated(field);
    await field.fill('We pair on every tricky change');
    await field.press('Enter');
    await expect.poll(() => page.getByText('We pair on every tricky change').count()).toBeGreaterThan(0);
  });

  it('facilitator console: starts an exercise, opens the projector, shows the QR code and the participant countdown', async () => {
    const page = await open('facilitator/');
    const startNext = page.getByRole('button', { name: /^Start next exercise/ });
    await hydrated(startNext);
    await startNext.click();
    await expect.poll(() => page.getByRole('button', { name: /^Pause/ }).count()).toBeGreaterThan(0);

    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /Open the projector view/ }).click(),
    ]);
    await projector.waitForLoadState('load');
    await expect.poll(() => projector.getByRole('timer').count()).toBeGreaterThan(0);

    const showQr = page.getByRole('button', { name: 'Show QR code' });
    await showQr.click();
    await expect.poll(() => page.getByRole('img', { name: /^QR code/ }).count(), { timeout: 10_000 }).toBe(1);

    const link = await page.getByRole('textbox', { name: 'Participant link' }).inputValue();
    expect(new URL(link).origin).toBe(new URL(site()).origin);
    const countdown = await context.newPage();
    await countdown.goto(link);
    await expect.poll(() => countdown.getByRole('timer').count()).toBeGreaterThan(0);
  });

  it('projector: loads on its own, idle', async () => {
    const page = await open('projector/');
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    await expect.poll(() => page.locator('astro-island[ssr]').count()).toBe(0);
  });
});
