// Issue 4: the facilitator runs the workshop's timing from the console: clock times from a chosen
// start, "start next exercise", planned against actual minutes and how late the session runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { MIN, T0, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the facilitator console', () => {
  it('shows the agenda from the content and how late the session runs', async () => {
    const context = await newContext(browser);
    await context.clock.install({ time: T0 });
    const page = await context.newPage();
    await page.goto(site('facilitator/'));
    await page.waitForSelector('.console[data-ready]');

    // The agenda comes from the episodes: every exercise, its minutes and its parts.
    const rows = page.locator('[data-exercise-row]');
    expect(await rows.count()).toBe(8);
    const swRow = page.locator('[data-exercise-row="team-strengths-weaknesses"]');
    expect(await text(swRow)).toContain('Strengths and weaknesses (5 min) · Questions for your mentor (5 min)');
    expect(await text(swRow.locator('td.num').first())).toBe('10 min');

    // Clock times follow the chosen start time, and the choice is remembered.
    const firstEpisodeTime = page.locator('.console-episode .console-time').first();
    expect(await text(firstEpisodeTime)).toMatch(/^09:30–/);
    await page.getByLabel('Workshop start time').fill('13:00');
    await expect.poll(() => text(firstEpisodeTime)).toMatch(/^13:00–/);
    expect(await text(page.locator('[data-console-drift]'))).toMatch(/^Planned: 13:00–\d\d:\d\d .*On time\./);

    // Start the first exercise, let it run two minutes over, then start the next one.
    const start = page.locator('[data-start-next]');
    const first = (await text(start)).replace('Start next exercise: ', '');
    await start.click();
    await expect.poll(() => text(page.locator('.console-active-title'))).toContain(first);
    const firstRow = page.locator('.console-exercise.is-active');
    const planned = Number((await text(firstRow.locator('td.num').first())).replace(' min', ''));
    await page.clock.fastForward((planned + 2) * MIN);
    await page.clock.runFor(500);
    await expect.poll(() => text(page.locator('[data-console-drift]'))).toContain('Running 2 min late');
    expect(await text(page.locator('[data-console-drift]'))).toMatch(/projected finish \d\d:\d\d\./);
    expect(await text(page.locator('[data-console-status]'))).toBe('Time is up · overtime');

    await start.click();
    await expect.poll(() => text(page.locator('.console-active-title'))).not.toContain(first);
    const done = page.locator('[data-exercise-row]').first();
    expect(await text(done.locator('[data-actual]'))).toMatch(/^\d+:0\d \(\+2 min\)$/);
    expect(await text(done.locator('[data-row-timer]'))).toContain('Stopped after time was up');

    // The second one finishes a minute early: the session is then a minute late.
    const second = page.locator('.console-exercise.is-active');
    const secondPlanned = Number((await text(second.locator('td.num').first())).replace(' min', ''));
    await page.clock.fastForward((secondPlanned - 1) * MIN);
    await page.clock.runFor(500);
    await second.getByRole('button', { name: /^Stop/ }).click();
    await expect.poll(() => text(page.locator('[data-console-drift]'))).toContain('Running 1 min late');

    // The active exercise is marked for assistive technology too.
    expect(await second.getAttribute('aria-current')).toBe('true');
    expect(await second.getByRole('button', { name: /^On projector/ }).getAttribute('aria-pressed')).toBe('true');

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
