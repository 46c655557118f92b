// The 10-minute exercise (two parts of 5) run on its episode page with a controlled clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { MIN, T0, readyTimer, recordAnnouncements, savedTimer, text, timesHeard } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the timer in an exercise box', () => {
  it('begins part two at 5:00, announces the end once and then counts overtime', async () => {
    const context = await newContext(browser);
    await recordAnnouncements(context);
    await context.clock.install({ time: T0 });
    const page = await context.newPage();
    await page.goto(site('episodes/team-mentoring-session/'));
    const timer = await readyTimer(page, 'team-strengths-weaknesses');
    const clock = timer.locator('[data-timer-clock]');
    const part = timer.locator('[data-timer-part]');
    const status = timer.locator('[data-timer-status]');

    expect(await text(clock)).toBe('10:00');
    expect(await text(part)).toBe('Part 1 of 2: Strengths and weaknesses');
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => text(status)).toBe('Running');
    const { startedAt } = await savedTimer(page, 'team-strengths-weaknesses');
    expect(startedAt).not.toBeNull();
    const at = (ms: number) => (startedAt ?? 0) + ms;

    // A second before the boundary: still part one, nothing announced.
    await page.clock.pauseAt(at(4 * MIN + 59_000));
    await page.clock.runFor(300);
    await expect.poll(() => text(clock)).toBe('05:01');
    expect(await text(part)).toBe('Part 1 of 2: Strengths and weaknesses');
    expect(await timesHeard(page, 'Part 2 of 2')).toBe(0);

    // At 5:00 part two begins, with its announcement.
    await page.clock.runFor(1_000);
    await expect.poll(() => text(clock)).toBe('05:00');
    expect(await text(part)).toBe('Part 2 of 2: Questions for your mentor');
    await expect
      .poll(() => timesHeard(page, 'Part 2 of 2: Questions for your mentor, 5 minutes. Write discussion points'))
      .toBe(1);
    expect(await text(timer.locator('.timer-next'))).toBe('Last part');

    // One minute left.
    await page.clock.fastForward(4 * MIN);
    await page.clock.runFor(500);
    await expect.poll(() => timesHeard(page, 'One minute left.')).toBe(1);
    expect(await text(clock)).toBe('01:00');

    // Time is up: announced once, overtime shown and counting up.
    await page.clock.fastForward(MIN);
    await page.clock.runFor(1_000);
    await expect.poll(() => timesHeard(page, 'Time is up.')).toBe(1);
    expect(await text(clock)).toMatch(/^\+00:0[01]$/);
    expect(await text(status)).toBe('Time is up · overtime');
    expect(await timer.getAttribute('class')).toContain('timer--overtime');

    await page.clock.runFor(5_000);
    await page.clock.fastForward(2 * MIN);
    await page.clock.runFor(1_000);
    await expect.poll(() => text(clock)).toMatch(/^\+02:0[67]$/);
    expect(await timesHeard(page, 'Time is up.')).toBe(1);
    expect(await timesHeard(page, 'Part 2 of 2')).toBe(1);
    expect(await timesHeard(page, 'One minute left.')).toBe(1);

    // Stopping keeps the overtime on show.
    await timer.getByRole('button', { name: /^Stop/ }).click();
    await expect.poll(() => text(status)).toBe('Stopped after time was up');
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
