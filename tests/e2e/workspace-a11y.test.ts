import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, site, problemsIn } from './support/browser';
import { hydrated, openWorkspace, seedWorkspace, tool } from './workspace-helpers';

/** Axe on the tools with content in them, light and dark, and a phone-width layout check. */

const valid = JSON.parse(readFileSync('tests/fixtures/workspace/v1-valid.json', 'utf8')) as Record<string, unknown>;
const { $schema: _schema, exportedAt: _exportedAt, ...filled } = valid;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Scrolls every island into view so that the client:visible ones hydrate. */
async function hydrateExercises(page: Page) {
  for (const island of await page.locator('astro-island').all()) {
    // Not scrollIntoViewIfNeeded: an island with nothing to show (a storage notice while storage is
    // fine) has no size, and Playwright would wait for it to become visible.
    // The island itself is display: contents (no box): scroll to its first child that has one.
    await island.evaluate((element) =>
      [...element.children].find((child) => child.getClientRects().length > 0)?.scrollIntoView({ block: 'center' }),
    );
    await page.waitForTimeout(50);
  }
  await hydrated(page);
}

/** True when nothing is wider than the viewport (no sideways scrolling on a phone). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it('axe finds nothing on a filled workspace page, with an undo notice, an import error and a preview', async () => {
    const context = await newContext(browser, { colorScheme });
    await seedWorkspace(context, filled);
    const page = await context.newPage();
    await openWorkspace(page);
    await expect.poll(() => tool(page, 'backlog').locator('.ws-backlog-item').count()).toBeGreaterThan(0);
    await tool(page, 'priority-board').getByLabel('Voters').fill('2');
    await tool(page, 'priority-board').getByLabel('Voters').press('Tab');
    await expect.poll(() => tool(page, 'priority-board').locator('.ws-vote').count()).toBeGreaterThan(0);
    await tool(page, 'strengths-weaknesses')
      .getByRole('button', { name: /^Delete strength/ })
      .first()
      .click();
    await tool(page, 'import-export')
      .getByLabel('Choose a file…')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await tool(page, 'discussion-points').locator('details summary').first().click();
    await expectNoAxeViolations(page);

    await tool(page, 'import-export')
      .getByLabel('Choose a file…')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    await expect.poll(() => tool(page, 'import-export').locator('[data-import-preview]').count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('axe finds nothing on the team mentoring session episode with its tools filled in', async () => {
    const context = await newContext(browser, { colorScheme });
    await seedWorkspace(context, filled);
    const page = await context.newPage();
    await page.goto(site('episodes/team-mentoring-session/'));
    await hydrateExercises(page);
    await expect.poll(() => tool(page, 'goals').locator('.ws-card').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('axe finds nothing on the solo exercise with a personal list', async () => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    await page.goto(site('episodes/how-mentorship-works/'));
    await hydrateExercises(page);
    await page.getByRole('button', { name: 'Open my list' }).click();
    const field = tool(page, 'personal-list').getByLabel("Something you would like a mentor's help with");
    await field.fill('Learn to review code kindly');
    await field.press('Enter');
    await expect.poll(() => tool(page, 'personal-list').locator('.ws-text-value').count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('the workspace page and the episode fit the width (no sideways scrolling)', async () => {
    const context = await newContext(browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await seedWorkspace(context, filled);
    const page = await context.newPage();
    await openWorkspace(page);
    await expect.poll(() => tool(page, 'backlog').locator('.ws-backlog-item').count()).toBeGreaterThan(0);
    await tool(page, 'priority-board').getByLabel('Voters').fill('3');
    await tool(page, 'priority-board').getByLabel('Voters').press('Tab');
    await expect.poll(() => fitsWidth(page)).toBe(true);

    await page.goto(site('episodes/team-mentoring-session/'));
    await hydrateExercises(page);
    await expect.poll(() => fitsWidth(page)).toBe(true);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
