import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { colorScheme: 'dark' });
  // Records the theme the page carries when its first content (header or main) is parsed, before any
  // paint of it: a theme set any later would flash the wrong colours.
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('header, main')) return;
      (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'system';
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const firstTheme = () => page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme);
const isDark = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return r + g + b < 3 * 128;
};
const themeToggle = () => page.getByRole('button', { name: 'Dark theme' });
const viewToggle = () => page.getByRole('button', { name: 'Instructor view' });
const episode = site('episodes/team-mentoring-session/');

describe('theme', () => {
  it('follows the system preference until the reader chooses', async () => {
    await page.goto(episode);
    expect(isDark(await background())).toBe(true);
    await expect.poll(() => themeToggle().getAttribute('aria-pressed')).toBe('true');
  });

  it('switches with the toggle and remembers the choice across reloads, with no flash', async () => {
    await themeToggle().click();
    await expect.poll(async () => isDark(await background())).toBe(false);
    expect(await themeToggle().getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    expect(await firstTheme()).toBe('light');
    expect(isDark(await background())).toBe(false);
    await page.goto(site('schedule/'));
    expect(await firstTheme()).toBe('light');
    await themeToggle().click();
    await expect.poll(async () => isDark(await background())).toBe(true);
    await page.reload();
    expect(await firstTheme()).toBe('dark');
  });
});

describe('learner and instructor views', () => {
  const note = () => page.locator('.collapsible-instructor').first();
  const timing = () => page.locator('.overview-timing');

  it('hides instructor notes and timings from learners', async () => {
    await page.goto(episode);
    expect(await note().count()).toBe(1);
    expect(await note().isVisible()).toBe(false);
    expect(await timing().isVisible()).toBe(false);
    expect(await viewToggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('shows them in the instructor view and remembers it on every page', async () => {
    await viewToggle().click();
    await expect.poll(() => note().isVisible()).toBe(true);
    expect(await timing().textContent()).toMatch(/Teaching \d+ min · Exercises \d+ min/);
    await page.reload();
    expect(await note().isVisible()).toBe(true);
    await page.goto(site('episodes/how-mentorship-works/'));
    expect(await viewToggle().getAttribute('aria-pressed')).toBe('true');
    await viewToggle().click();
    await expect.poll(() => timing().isVisible()).toBe(false);
    await page.reload();
    expect(await timing().isVisible()).toBe(false);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(context)).toEqual([]);
  });
});
