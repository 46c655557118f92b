import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('the all-in-one page', () => {
  it('holds every episode, in the sidebar order', async () => {
    await page.goto(site('episodes/mentorship-in-scrum/'));
    const sidebarTitles = (
      await page.getByRole('navigation', { name: 'Episodes' }).locator('ol a').allTextContents()
    ).map((title) => title.replace(/\s+/g, ' ').trim());
    await page.goto(site('all-in-one/'));
    const titles = (await page.locator('.all-in-one-title').allTextContents()).map((title) =>
      title.replace(/\s+/g, ' ').trim(),
    );
    expect(titles).toEqual(sidebarTitles);
    expect(await page.locator('.overview').count()).toBe(sidebarTitles.length);
    expect(await page.locator('.callout-keypoints').count()).toBe(sidebarTitles.length);
  });

  it('prints solutions and hints expanded, without the site navigation', async () => {
    const solution = page
      .locator('.collapsible-solution .collapsible-body, .collapsible-hint .collapsible-body')
      .first();
    expect(await solution.count()).toBe(1);
    expect(await solution.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await solution.isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await solution.isVisible()).toBe(false);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(context)).toEqual([]);
  });
});
