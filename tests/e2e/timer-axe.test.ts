// Axe finds nothing on the console, the projector, an exercise page's timer and the
// participant countdown, with timers running and in overtime, in the light and the dark theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, problemsIn, site } from './support/browser';
import { MIN, T0, islandsHydrated, readyTimer, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['light', 'dark'] as const)('the timer pages in the %s theme', (scheme) => {
  it('pass axe on the console, the projector and the participant countdown', async () => {
    const context = await newContext(browser, { colorScheme: scheme });
    const facilitator = await context.newPage();
    await facilitator.goto(site('facilitator/'));
    await facilitator.waitForSelector('.console[data-ready]');
    await expectNoAxeViolations(facilitator);

    const row = facilitator.locator('[data-exercise-row="team-strengths-weaknesses"]');
    await row.getByRole('button', { name: /^Start/ }).click();
    await facilitator.getByRole('button', { name: 'Show QR code' }).click();
    await facilitator.locator('[data-qr]').waitFor();
    await expectNoAxeViolations(facilitator);
    const link = await facilitator.locator('[data-participant-link]').inputValue();

    const projector = await context.newPage();
    await projector.goto(site('projector/'));
    await projector.waitForSelector('[data-projector][data-ready]');
    await expect
      .poll(() => text(projector.locator('[data-projector-title]')))
      .toBe('How can mentoring help your team?');
    await expectNoAxeViolations(projector);

    const phone = await context.newPage();
    await phone.goto(link);
    await phone.locator('[data-countdown-clock]').waitFor();
    await expectNoAxeViolations(phone);

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('pass axe on an exercise page with a timer in overtime', async () => {
    const context = await newContext(browser, { colorScheme: scheme });
    await context.clock.install({ time: T0 });
    const page = await context.newPage();
    await page.goto(site('episodes/mentoring-network/'));
    const timer = await readyTimer(page, 'map-your-network');
    await expectNoAxeViolations(page);
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.fastForward(11 * MIN);
    await page.clock.runFor(500);
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Time is up · overtime');
    await islandsHydrated(page);
    await expectNoAxeViolations(page);
    // Projector in overtime too (same fake clock).
    const projector = await context.newPage();
    await projector.goto(site('projector/'));
    await islandsHydrated(projector);
    await projector.clock.runFor(500);
    await expect.poll(() => text(projector.locator('[data-projector-status]'))).toBe('Time is up · overtime');
    await expectNoAxeViolations(projector);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
