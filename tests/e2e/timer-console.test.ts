// The facilitator runs the day's timing from the console: clock times from a chosen start, "Start
// next exercise", planned against actual minutes, and how far the day is from its plan, compared
// with the planned clock time of where the day is (teaching, exercises and breaks), not by adding
// up exercise overruns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { MIN, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const at = (hh: number, mm: number) => Date.UTC(2026, 10, 26, hh, mm);

async function consoleAt(time: number): Promise<Page> {
  const context = await newContext(browser, { timezoneId: 'UTC' });
  await context.clock.install({ time });
  const page = await context.newPage();
  await page.goto(site('facilitator/'));
  await page.waitForSelector('.console[data-ready]');
  return page;
}

const drift = (page: Page) => text(page.locator('[data-console-drift]'));
const row = (page: Page, id: string) => page.locator(`[data-exercise-row="${id}"]`);

describe('the facilitator console', () => {
  it('shows the agenda from the content at the chosen start time', async () => {
    const page = await consoleAt(at(8, 30));
    // The agenda comes from the episodes: every exercise, its minutes and its parts.
    expect(await page.locator('[data-exercise-row]').count()).toBe(8);
    const swRow = row(page, 'team-strengths-weaknesses');
    expect(await text(swRow)).toContain('Strengths and weaknesses (5 min) · Questions for your mentor (5 min)');
    expect(await text(swRow.locator('td.num').first())).toBe('10 min');

    // Clock times follow the chosen start time, and the choice is remembered.
    const firstEpisodeTime = page.locator('.console-episode .console-time').first();
    expect(await text(firstEpisodeTime)).toMatch(/^09:30–/);
    await page.getByLabel('Workshop start time').fill('13:00');
    await expect.poll(() => text(firstEpisodeTime)).toMatch(/^13:00–/);
    expect(await drift(page)).toMatch(/^Planned: 13:00–\d\d:\d\d .*Not started yet\./);
    await page.reload();
    await page.waitForSelector('.console[data-ready]');
    expect(await text(firstEpisodeTime)).toMatch(/^13:00–/);
    expect(problemsIn(page.context())).toEqual([]);
    await page.context().close();
  });

  it('plans a remote or hybrid day chosen on the schedule, with five more minutes at each transition', async () => {
    const page = await consoleAt(at(8, 30));
    await page.getByLabel('Workshop start time').fill('09:00');
    await expect.poll(() => drift(page)).toMatch(/^Planned: 09:00–12:41 \(3 h 41 min\)/);
    const planned = (id: string) => text(row(page, id).locator('[data-planned]'));
    const inPerson = await planned('mentoring-wishlist');

    // Chosen on the schedule in another tab: the console plans the same day, as the schedule shows it.
    const schedule = await page.context().newPage();
    await schedule.goto(site('schedule/'));
    await schedule.waitForSelector('[data-schedule-start][data-ready]');
    await schedule.getByRole('checkbox', { name: /Remote or hybrid/ }).check();
    const remoteBox = page.getByRole('checkbox', { name: /Remote or hybrid/ });
    await expect.poll(() => remoteBox.isChecked()).toBe(true);
    await expect.poll(() => drift(page)).toMatch(/^Planned: 09:00–13:26 \(4 h 26 min\)/);
    const note = await text(schedule.locator('#remote-note'));
    expect(note).toContain('takes 4 h 26 min');
    // The move into pairs opens episode 1's exercise, which starts on time and ends five minutes later.
    expect(await planned('mentoring-situations')).toBe('09:20');
    const [hours, minutes] = inPerson.split(':').map(Number) as [number, number];
    const later = hours * 60 + minutes + 10;
    expect(await planned('mentoring-wishlist')).toBe(
      `${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`,
    );

    // Unticked on the console: the schedule shows the day in the room again after a reload.
    await remoteBox.uncheck();
    await expect.poll(() => drift(page)).toMatch(/^Planned: 09:00–12:41/);
    await schedule.reload();
    await schedule.waitForSelector('[data-schedule-start][data-ready]');
    expect(await schedule.getByRole('checkbox', { name: /Remote or hybrid/ }).isChecked()).toBe(false);
    expect(problemsIn(page.context())).toEqual([]);
    await page.context().close();
  });

  it('says nothing has started, not that the day runs hours late, the evening after a plan that never ran', async () => {
    const page = await consoleAt(at(22, 35));
    await page.getByLabel('Workshop start time').fill('09:30');
    await expect.poll(() => drift(page)).toMatch(/^Planned: 09:30–13:11 .*Not started yet\.$/);
    await page.getByLabel('Workshop start time').fill('21:00');
    await expect.poll(() => drift(page)).toContain('Running 75 min late');
    await page.context().close();
  });

  it('says a first exercise begun 25 minutes after its planned 09:20 is 25 min late, not on time', async () => {
    const page = await consoleAt(at(9, 45));
    await page.getByLabel('Workshop start time').fill('09:00');
    // The first episode opens the day and teaches for 20 minutes before its exercise.
    await expect.poll(() => text(row(page, 'mentoring-situations').locator('[data-planned]'))).toBe('09:20');
    await page.locator('[data-start-next]').click();
    await expect.poll(() => drift(page)).toContain('Running 25 min late');
    // The day is planned for 09:00–12:41; 25 minutes late, it ends at 13:06.
    expect(await drift(page)).toContain('projected finish 13:06.');
    await page.context().close();
  });

  it('says on time when only "Start next exercise" is used and the teaching in between keeps to plan', async () => {
    const page = await consoleAt(at(9, 20));
    await page.getByLabel('Workshop start time').fill('09:00');
    const start = page.locator('[data-start-next]');
    await start.click();
    await expect.poll(() => text(page.locator('.console-active-title'))).toContain('Mentoring you have already seen');
    // The 5-minute exercise, then 18 minutes of teaching: the next exercise is due at 09:43.
    await page.clock.fastForward(23 * MIN);
    await start.click();
    await expect.poll(() => text(row(page, 'mentoring-wishlist').locator('[data-row-timer]'))).toContain('Running');
    expect(await drift(page)).toContain('On time');
    expect(await text(row(page, 'mentoring-situations').locator('[data-row-timer]'))).toContain('Stopped');

    // Two minutes of overtime on the 3-minute exercise make the day two minutes late.
    await page.clock.fastForward(5 * MIN);
    await page.clock.runFor(500);
    await expect.poll(() => drift(page)).toContain('Running 2 min late');
    expect(await text(page.locator('[data-console-status]'))).toBe('Time is up · overtime');
    // Stopped there, the teaching after it still has its 15 minutes: still two minutes late.
    await row(page, 'mentoring-wishlist').getByRole('button', { name: /^Stop/ }).click();
    await expect.poll(() => drift(page)).toContain('Running 2 min late');
    const active = row(page, 'mentoring-wishlist');
    expect(await active.getAttribute('aria-current')).toBe('true');
    expect(await active.getByRole('button', { name: /^On projector/ }).getAttribute('aria-pressed')).toBe('true');
    expect(problemsIn(page.context())).toEqual([]);
    await page.context().close();
  });

  it('keeps a double-clicked Start running, and a double-clicked "Start next" starts one exercise', async () => {
    const page = await consoleAt(at(9, 0));
    const sw = row(page, 'team-strengths-weaknesses');
    await sw.getByRole('button', { name: /^Start/ }).dblclick();
    await page.clock.runFor(500);
    await expect.poll(() => text(sw.locator('[data-row-timer]'))).toContain('Running');

    await page.locator('[data-start-next]').dblclick();
    await page.clock.runFor(500);
    await expect.poll(() => text(row(page, 'mentoring-session').locator('[data-row-timer]'))).toContain('Running');
    expect(await text(row(page, 'plan-next-sprint').locator('[data-row-timer]'))).toContain('Not started');
    await page.context().close();
  });
});
