import { describe, expect, it } from 'vitest';
import { problemsIn, site, useBrowserPage } from './support/browser';

const session = useBrowserPage();

const heading = () => session.page.getByRole('heading', { level: 1 }).textContent();
const sidebar = () => session.page.getByRole('navigation', { name: 'Episodes' });

describe('moving through the lesson', () => {
  it('starts from the home page at episode 1', async () => {
    await session.page.goto(site());
    await session.page.getByRole('link', { name: 'Start with episode 1' }).click();
    await session.page.waitForURL(/\/episodes\/[^/]+\/$/);
    expect(await session.page.locator('.episode-number').textContent()).toBe('Episode 1');
  });

  it('lists every episode in order in the sidebar and marks the current one', async () => {
    const links = sidebar().locator('ol a');
    const titles = await links.allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    titles.forEach((title, index) => expect(title.trim()).toMatch(new RegExp(`^${index + 1}\\. `)));
    await expect.poll(() => sidebar().locator('a[aria-current="page"]').count()).toBe(1);
    expect(await sidebar().locator('a[aria-current="page"]').textContent()).toMatch(/^1\. /);
  });

  it('opens an episode from the sidebar', async () => {
    const third = sidebar().locator('ol a').nth(2);
    const title = (await third.textContent())?.replace(/^\d+\.\s*/, '').trim();
    await third.click();
    await session.page.waitForURL(/\/episodes\//);
    expect(await heading()).toBe(title);
    expect((await sidebar().locator('a[aria-current="page"]').textContent())?.trim()).toMatch(/^3\. /);
  });

  it('goes forward and back with the next and previous links', async () => {
    const before = await heading();
    await session.page.getByRole('navigation', { name: 'Previous and next episode' }).locator('a[rel="next"]').click();
    await session.page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, before);
    expect(await session.page.locator('.episode-number').textContent()).toBe('Episode 4');
    await session.page.getByRole('navigation', { name: 'Previous and next episode' }).locator('a[rel="prev"]').click();
    await session.page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, before);
  });

  it('lets a keyboard user skip straight to the content', async () => {
    await session.page.goto(site());
    await session.page.keyboard.press('Tab');
    const skip = session.page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows on-page contents that jump to the sections', async () => {
    await session.page.goto(site('episodes/team-mentoring-session/'));
    const toc = session.page.getByRole('navigation', { name: 'On this page' });
    const first = toc.locator('a').first();
    const target = (await first.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#/);
    expect(await session.page.locator(target).count()).toBe(1);
  });

  it('shows edit and last-updated information on an episode', async () => {
    const meta = session.page.locator('.page-meta');
    expect(await meta.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toMatch(
      /src\/content\/episodes\/team-mentoring-session\.mdx$/,
    );
    expect(await meta.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await session.page.goto(site('episodes/no-such-episode/'));
    expect(response?.status()).toBe(404);
    expect(await heading()).toBe('Page not found');
    await session.page.getByRole('link', { name: 'Go to the home page' }).click();
    await session.page.waitForURL(site());
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(session.context).filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});
