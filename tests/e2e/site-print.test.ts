import { describe, expect, it } from 'vitest';
import { problemsIn, site, useBrowserPage } from './support/browser';

const session = useBrowserPage();

describe('the all-in-one page', () => {
  it('holds every episode, in the sidebar order', async () => {
    await session.page.goto(site('episodes/mentorship-in-scrum/'));
    const sidebarTitles = (
      await session.page.getByRole('navigation', { name: 'Episodes' }).locator('ol a').allTextContents()
    ).map((title) => title.replace(/\s+/g, ' ').trim());
    await session.page.goto(site('all-in-one/'));
    const titles = (await session.page.locator('.all-in-one-title').allTextContents()).map((title) =>
      title.replace(/\s+/g, ' ').trim(),
    );
    expect(titles).toEqual(sidebarTitles);
    expect(await session.page.locator('.overview').count()).toBe(sidebarTitles.length);
    expect(await session.page.locator('.callout-keypoints').count()).toBe(sidebarTitles.length);
  });

  it('prints solutions and hints expanded, without the site navigation', async () => {
    const solution = session.page
      .locator('.collapsible-solution .collapsible-body, .collapsible-hint .collapsible-body')
      .first();
    expect(await solution.count()).toBe(1);
    expect(await solution.isVisible()).toBe(false);
    await session.page.emulateMedia({ media: 'print' });
    expect(await solution.isVisible()).toBe(true);
    expect(await session.page.locator('.site-header').isVisible()).toBe(false);
    await session.page.emulateMedia({ media: 'screen' });
    expect(await solution.isVisible()).toBe(false);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(session.context)).toEqual([]);
  });
});
