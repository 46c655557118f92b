// The facilitator's own link brings the whole live workshop to another device: the teams' links, the
// overview of every team's work and the reveal of a team's dots, through the real live server; a link
// that is not the facilitator's follows the timers and says why; another workshop on that device is
// kept until the facilitator chooses to replace it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACROSS_DEVICES,
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  openLiveRoom,
  problemsIn,
  startLiveWorkshop,
} from './support/browser';
import { start, tempDataDir, type Started } from '../live/support/live';
import { text } from './timer-helpers';
import { tool } from './workspace-helpers';

let browser: Browser;
let server: Started;
let data: ReturnType<typeof tempDataDir>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  data = tempDataDir();
  server = await start({ dataDir: data.dataDir, distDir: 'dist' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data?.remove();
});

async function device(): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  return context.newPage();
}

const linkOf = async (page: Page, label: string) =>
  (await page.locator(`[data-live-link="${label}"]`).getAttribute('href')) ?? '';

/** Starts a live workshop on a fresh device's console; returns the console page once its link is shared. */
async function startWorkshop(teams: string): Promise<Page> {
  const page = await device();
  await startLiveWorkshop(page, server.url, teams);
  await page.waitForSelector('[data-console-shared="yes"]', ACROSS_DEVICES);
  return page;
}

/** A member on their own device, in the team's room under a name. */
async function member(link: string, name: string): Promise<Page> {
  const page = await device();
  await openLiveRoom(page, link, name);
  return page;
}

const tally = (page: Page) => tool(page, 'priority-board').locator('[data-tally]').allTextContents();

describe("the facilitator's link on another device", () => {
  let a: Page;
  let b: Page;

  it("brings every team's links, and the overview then shows each team's work", async () => {
    a = await startWorkshop('Red\nBlue');
    b = await device();
    await b.goto(await linkOf(a, 'This console on another device'));
    await b.waitForSelector('[data-live-workshop-ready]', ACROSS_DEVICES);
    expect(await b.locator('[data-live-team]').count()).toBe(2);
    for (const label of ['Red: team link', 'Red: mentor link', 'Blue: team link', 'Projector link']) {
      expect(await linkOf(b, label)).toBe(await linkOf(a, label));
    }
    await expectNoAxeViolations(b);

    const anna = await member(await linkOf(b, 'Red: team link'), 'Anna');
    const weakness = tool(anna, 'strengths-weaknesses').getByLabel('Add a weakness');
    await weakness.fill('Reviews wait for days');
    await weakness.press('Enter');

    const overview = await b.context().newPage();
    await overview.goto(`${server.url}overview/`);
    const red = overview.locator('[data-live-overview] .ov-team[data-team="Red"]');
    await expect.poll(() => red.locator('[data-count="Weaknesses"]').textContent(), ACROSS_DEVICES).toBe('1');
    expect(await red.locator('.ov-weaknesses li').allTextContents()).toEqual(['Reviews wait for days']);
    expect(await overview.locator('[data-live-overview] .ov-team').count()).toBe(2);

    // Anna places a dot; Ben, on his own device, sees that it exists but not where.
    const ben = await member(anna.url(), 'Ben');
    await tool(anna, 'priority-board')
      .getByRole('button', { name: "Put one of Anna's dots on 'Reviews wait for days'" })
      .click();
    await expect
      .poll(() => ben.locator('[data-hidden-dots]').getAttribute('data-hidden-dots'), ACROSS_DEVICES)
      .toBe('1');
    expect(await tally(ben)).toEqual(['0 dots']);

    // The facilitator reveals Red's dots from the overview; the team sees them.
    const reveal = red.getByRole('button', { name: 'Reveal dots of Red' });
    await reveal.waitFor(ACROSS_DEVICES);
    expect(await text(red.locator('.ov-reveal'))).toContain('1 dot, hidden from the team until revealed.');
    await expect.poll(() => reveal.isEnabled(), ACROSS_DEVICES).toBe(true);
    await reveal.click();
    await expect.poll(() => text(overview.locator('[data-live]').first())).toContain('Red’s dots are revealed');
    await expect.poll(() => red.locator('.ov-reveal').getAttribute('data-dots-revealed')).toBe('yes');
    await expect.poll(() => overview.evaluate(() => document.activeElement?.className)).toBe('ov-reveal');
    for (const page of [ben, anna]) await expect.poll(() => tally(page), ACROSS_DEVICES).toEqual(['1 dot']);
    expect(await ben.locator('[data-hidden-dots]').getAttribute('data-hidden-dots')).toBe('0');
    expect(await overview.locator('.ov-team[data-team="Blue"] .ov-reveal').count()).toBe(0);
    await expectNoAxeViolations(overview);
    for (const context of contexts) expect(problemsIn(context)).toEqual([]);
  });

  it('keeps the workshop already on a device until the facilitator chooses to replace it', async () => {
    const other = await startWorkshop('Green');
    // A link that differs only in its fragment would not load the page again.
    await b.goto('about:blank');
    await b.goto(await linkOf(other, 'This console on another device'));
    await b.waitForSelector('[data-replace-workshop]', ACROSS_DEVICES);
    expect(await text(b.locator('[data-console-link-note]'))).toContain(
      'already runs another live workshop (teams: Red, Blue)',
    );
    await expectNoAxeViolations(b);
    // Until confirmed, the first workshop is still the one this device runs.
    const overview = await b.context().newPage();
    await overview.goto(`${server.url}overview/`);
    await expect.poll(() => overview.locator('[data-live-overview] .ov-team').count(), ACROSS_DEVICES).toBe(2);
    await overview.close();

    await b.locator('[data-replace-workshop]').click();
    await b.waitForSelector('[data-live-workshop-ready]');
    expect(await b.locator('[data-live-team]').allTextContents()).toEqual([expect.stringContaining('Green')]);
    expect(await linkOf(b, 'Green: team link')).toBe(await linkOf(other, 'Green: team link'));
  });

  it("follows the timers and says why when the link is not the facilitator's", async () => {
    const projectorLink = await linkOf(a, 'Projector link');
    const page = await device();
    await page.goto(projectorLink.replace('/projector/', '/facilitator/'));
    await expect
      .poll(() => text(page.locator('[data-console-link-note]')), ACROSS_DEVICES)
      .toBe(
        'This link is not the facilitator’s own, so this page follows the workshop’s timers without the teams’ links.',
      );
    await page.waitForFunction(() => document.documentElement.dataset.liveTimers !== undefined, null, ACROSS_DEVICES);
    expect(await page.locator('[data-live-team]').count()).toBe(0);
    await expectNoAxeViolations(page);
    for (const context of contexts) expect(problemsIn(context)).toEqual([]);
  });
});
