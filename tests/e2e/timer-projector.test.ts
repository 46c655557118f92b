// The projector in a second tab follows the console (start, pause, +1 min, next exercise)
// within a second, and recovers its state after a reload. Real clock: both pages must run, and
// storage events and BroadcastChannel only reach pages of one context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Seconds shown on a "mm:ss" display. */
function seconds(display: string): number {
  const match = /^\+?(\d+):(\d\d)$/.exec(display);
  if (!match) throw new Error(`not a countdown: "${display}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

// The projector follows through the storage event and a BroadcastChannel, at once; the generous timeout keeps a
// loaded CI machine from failing a timing test (speed belongs in benchmarks, not in assertions).
const PROMPTLY = { timeout: 5_000, interval: 50 };

describe('the projector view', () => {
  it('follows start, pause, +1 min and the next exercise from the facilitator, and survives a reload', async () => {
    const context = await newContext(browser);
    const facilitator: Page = await context.newPage();
    await facilitator.goto(site('facilitator/'));
    await facilitator.waitForSelector('.console[data-ready]');

    // Opened from the console with one click, in a new tab.
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      facilitator.getByRole('link', { name: /Open the projector view/ }).click(),
    ]);
    await projector.waitForSelector('[data-projector][data-ready]');
    expect(await text(projector.locator('h1'))).toBe('Waiting for the next exercise');
    const title = projector.locator('[data-projector-title]');
    const clock = projector.locator('[data-projector-clock]');
    const status = projector.locator('[data-projector-status]');

    const row = facilitator.locator('[data-exercise-row="team-strengths-weaknesses"]');
    await row.getByRole('button', { name: /^Start/ }).click();
    await expect.poll(() => text(title), PROMPTLY).toBe('How can mentoring help your team?');
    await expect.poll(() => text(status), PROMPTLY).toBe('Running');
    expect(await text(projector.locator('[data-projector-part]'))).toBe('Part 1 of 2: Strengths and weaknesses');
    expect(seconds(await text(clock))).toBeGreaterThan(9 * 60 + 55);

    await row.getByRole('button', { name: /^Pause/ }).click();
    await expect.poll(() => text(status), PROMPTLY).toBe('Paused');
    const paused = await text(clock);
    await projector.waitForTimeout(1_200);
    expect(await text(clock)).toBe(paused);

    await row.getByRole('button', { name: /^\+1 min/ }).click();
    await expect.poll(async () => seconds(await text(clock)), PROMPTLY).toBe(seconds(paused) + 60);

    await row.getByRole('button', { name: /^Resume/ }).click();
    await expect.poll(() => text(status), PROMPTLY).toBe('Running');

    await facilitator.locator('[data-start-next]').click();
    await expect.poll(() => text(title), PROMPTLY).toBe('The mentoring session');
    await expect.poll(async () => seconds(await text(clock)), PROMPTLY).toBeGreaterThan(24 * 60 + 55);
    expect(await projector.locator('[data-projector-part]').count()).toBe(0);
    // The console shows the one before as stopped, with its actual minutes.
    await expect.poll(() => text(row.locator('[data-row-timer]'))).toMatch(/ Stopped/);
    expect(await text(row.locator('[data-actual]'))).toMatch(/^\d+:\d\d/);

    // A reload of the projector comes back to the same exercise and time.
    const before = seconds(await text(clock));
    await projector.reload();
    await projector.waitForSelector('[data-projector][data-ready]');
    expect(await text(title)).toBe('The mentoring session');
    expect(await text(status)).toBe('Running');
    expect(Math.abs(seconds(await text(clock)) - before)).toBeLessThanOrEqual(3);

    // The full screen control is a labelled toggle.
    const fullscreen = projector.getByRole('button', { name: 'Full screen' });
    expect(await fullscreen.getAttribute('aria-pressed')).toBe('false');

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
