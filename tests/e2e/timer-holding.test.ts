// Between exercises the projector shows the holding screen the facilitator controls; blanking the
// projector never starts or resets a timer. Real clock: the projector page must run, and pages of
// one context share storage events and the BroadcastChannel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, problemsIn, site } from './support/browser';
import { savedTimer, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PROMPTLY = { timeout: 5_000, interval: 50 };

describe('the projector between exercises', () => {
  it('blanking the projector, then "Start next exercise", never restarts the first exercise', async () => {
    const context = await newContext(browser);
    const facilitator = await context.newPage();
    await facilitator.goto(site('facilitator/'));
    await facilitator.waitForSelector('.console[data-ready]');
    const projector = await context.newPage();
    await projector.goto(site('projector/'));
    await projector.waitForSelector('[data-projector][data-ready]');

    await facilitator.locator('[data-start-next]').click();
    const first = facilitator.locator('[data-exercise-row="mentoring-situations"]');
    await expect.poll(() => text(first.locator('[data-row-timer]'))).toContain('Running');
    const { startedAt } = await savedTimer(facilitator, 'mentoring-situations');
    await expect
      .poll(() => text(projector.locator('[data-projector-title]')), PROMPTLY)
      .toBe('Mentoring you have already seen');

    // "On projector" off: the projector shows the holding screen, the timer runs on.
    await first.getByRole('button', { name: /^On projector/ }).click();
    await projector.waitForSelector('[data-holding]', PROMPTLY);
    expect(await text(facilitator.locator('[data-console-blank]'))).toContain('Not on the projector');
    expect(await text(first.locator('[data-row-timer]'))).toContain('Running');

    await facilitator.locator('[data-start-next]').click();
    await expect
      .poll(() => text(projector.locator('[data-projector-title]')), PROMPTLY)
      .toBe('What would I ask a mentor for?');
    // The first exercise was stopped where it was: same start, not running again, not reset.
    await expect.poll(() => text(first.locator('[data-row-timer]'))).toContain('Stopped');
    const after = await savedTimer(facilitator, 'mentoring-situations');
    expect(after.startedAt).toBe(startedAt);
    expect(after.finishedAt).not.toBeNull();
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('shows what comes next and when, the clock, the QR code and the facilitator’s message', async () => {
    const context = await newContext(browser);
    const facilitator = await context.newPage();
    await facilitator.goto(site('facilitator/'));
    await facilitator.waitForSelector('.console[data-ready]');
    // Without a live server the console says plainly what phones miss.
    expect(await text(facilitator.locator('[data-console-offline]'))).toContain("phones won't see a pause");

    const projector = await context.newPage();
    await projector.goto(site('projector/'));
    await projector.waitForSelector('[data-holding]');
    expect(await text(projector.locator('[data-holding-coming]'))).toMatch(
      /^Teaching: Mentorship in a Scrum team at \d\d:\d\dExercise: Mentoring you have already seen at \d\d:\d\d$/,
    );
    expect(await text(projector.locator('[data-holding-clock]'))).toMatch(/^\d\d:\d\d$/);
    await projector.waitForSelector('[data-holding-qr]');
    expect(await projector.locator('[data-holding-qr]').getAttribute('alt')).toContain("today's schedule");

    await facilitator.getByLabel('Message to the room').fill('Back at 10:45');
    await facilitator.getByRole('button', { name: 'Show message' }).click();
    await expect.poll(() => text(projector.locator('[data-holding-message]')), PROMPTLY).toBe('Back at 10:45');

    // With an exercise on, the toggle puts the holding screen up, and a reload keeps it.
    await facilitator.locator('[data-start-next]').click();
    await projector.waitForSelector('[data-projector-title]', PROMPTLY);
    const toggle = facilitator.locator('[data-holding-toggle]');
    await toggle.click();
    await projector.waitForSelector('[data-holding]', PROMPTLY);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await text(projector.locator('[data-holding-coming]'))).toMatch(/^Teaching: How mentorship works at/);
    await expect
      .poll(() => projector.locator('[data-holding-qr]').getAttribute('alt'), PROMPTLY)
      .toContain('the countdown of Mentoring you have already seen');
    await projector.reload();
    await projector.waitForSelector('[data-holding-message]');
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(facilitator);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
