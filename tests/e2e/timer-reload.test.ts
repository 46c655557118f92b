// A reload in the middle of part two keeps the time and the part; a paused timer stays
// paused; nothing is announced again for what happened before the reload.
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

describe('a timer across reloads', () => {
  it('shows the right time and part after a reload in the middle of part two', async () => {
    const context = await newContext(browser);
    await recordAnnouncements(context);
    await context.clock.install({ time: T0 });
    const page = await context.newPage();
    await page.goto(site('episodes/team-mentoring-session/'));
    let timer = await readyTimer(page, 'team-strengths-weaknesses');
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Running');
    const { startedAt } = await savedTimer(page, 'team-strengths-weaknesses');
    const at = (ms: number) => (startedAt ?? 0) + ms;

    await page.clock.pauseAt(at(6 * MIN + 30_000));
    await page.clock.runFor(200);
    await expect.poll(() => text(timer.locator('[data-timer-clock]'))).toBe('03:30');
    expect(await timesHeard(page, 'Part 2 of 2')).toBe(1);

    await page.reload();
    timer = await readyTimer(page, 'team-strengths-weaknesses', true);
    await expect.poll(() => text(timer.locator('[data-timer-clock]'))).toBe('03:30');
    expect(await text(timer.locator('[data-timer-part]'))).toBe('Part 2 of 2: Questions for your mentor');
    expect(await text(timer.locator('[data-timer-status]'))).toBe('Running');
    // The reload is a first look: the part change is not announced again.
    expect(await timesHeard(page, 'Part 2 of 2')).toBe(0);

    // It keeps running from the saved timestamps…
    await page.clock.runFor(30_000);
    await expect.poll(() => text(timer.locator('[data-timer-clock]'))).toBe('03:00');

    // …and a paused timer stays paused through a reload, however long it stays closed.
    await timer.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Paused');
    await page.reload();
    await page.clock.fastForward(45 * MIN);
    timer = await readyTimer(page, 'team-strengths-weaknesses', true);
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Paused');
    expect(await text(timer.locator('[data-timer-clock]'))).toBe('03:00');
    await timer.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.clock.runFor(60_000);
    await expect.poll(() => text(timer.locator('[data-timer-clock]'))).toBe('02:00');

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('sets a corrupted saved value aside and starts clean', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site('episodes/team-mentoring-session/'));
    await page.evaluate(() =>
      localStorage.setItem('mentoring-kit:v1:timers', '{"format":"mentoring-kit-timers","version":1,"timers":[]}'),
    );
    await page.reload();
    const timer = await readyTimer(page, 'team-strengths-weaknesses');
    expect(await text(timer.locator('[data-timer-clock]'))).toBe('10:00');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('mentoring-kit:v1:timers:corrupt:'))).toBe(true);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
