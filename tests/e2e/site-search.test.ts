import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, openWithScriptHeld, problemsIn, site } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  // What the pages ask for; the service worker's own fetches (it saves the whole site, search index
  // included, for offline use) are not a learner's download of the search engine.
  context.on('request', (request) => {
    if (!request.serviceWorker()) requested.push(request.url());
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('search', () => {
  it('loads nothing of the search engine while a learner reads', async () => {
    await page.goto(site('episodes/mentorship-in-scrum/'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  });

  it('finds an episode from a word in its text, typed in the header', async () => {
    const box = page.getByRole('searchbox', { name: 'Search the workshop' });
    await box.fill('MoSCoW');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=MoSCoW/);
    const results = page.locator('[data-search-results] li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const links = await results
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => href.includes('/episodes/team-mentoring-session/'))).toBe(true);
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ results? for “MoSCoW”/);
  });

  it('keeps the spaces between words in an excerpt, around and between the matches', async () => {
    await page.goto(site('search/?q=psychological%20safety'));
    const results = page.locator('[data-search-results] li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const excerpts = await results.locator('p').first().allTextContents();
    const all = (await results.allTextContents()).join('\n');
    expect(excerpts.length).toBeGreaterThan(0);
    expect(all).toContain('Psychological Safety and Learning');
    expect(all).not.toMatch(/PsychologicalSafety|Safetyand/i);
  });

  it('links each result to the section that matched, not only to the top of the page', async () => {
    const link = page.locator('[data-search-results] li > a', { hasText: 'Glossary' });
    expect(await link.getAttribute('href')).toMatch(/\/glossary\/#psychological-safety$/);
    await link.click();
    await page.waitForURL(/\/glossary\/#psychological-safety$/);
    expect(await page.locator('#psychological-safety').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL(/\/search\//);
  });

  it("finds the exercises' words, not the words of their timers' and tools' controls and messages", async () => {
    const results = page.locator('[data-search-results] li');
    for (const words of ['Mute chime', 'timer could not be loaded', 'Open the team tools', 'retrospective']) {
      await page.goto(site(`search/?q=${encodeURIComponent(words)}`));
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/results? for|Nothing found/);
      const found = (await results.allTextContents()).join('\n');
      expect(found, words).not.toMatch(/Mute chime|could not be loaded|Open the team tools|Start−1 min/);
    }
    expect(await results.count(), 'results for "retrospective"').toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    const box = page.locator('#search-q');
    await box.fill('xylophonequartz');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Nothing found for “xylophonequartz”.');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
  });

  it('keeps what was typed before its code arrived, and searches for it on Enter', async () => {
    const { context: slow, page: early, release } = await openWithScriptHeld(browser, 'search/');
    await early.locator('#search-q').fill('MoSCoW');
    release();
    await early.waitForSelector('[data-search-form][data-ready]');
    expect(await early.locator('#search-q').inputValue()).toBe('MoSCoW');
    await early.locator('#search-q').press('Enter');
    await expect.poll(() => early.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(problemsIn(slow)).toEqual([]);
    await slow.close();
  });

  it('needs no network beyond the site itself', () => {
    const origin = new URL(site()).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requested.some((url) => url.includes('pagefind'))).toBe(true);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(context)).toEqual([]);
  });
});
