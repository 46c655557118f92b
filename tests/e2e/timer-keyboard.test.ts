// The timer's controls are buttons in a sensible tab order, and its shortcuts (Space, R,
// + and −) act only while the timer has focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { readyTimer, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the timer from the keyboard', () => {
  it('starts, adds a minute, pauses and resets with shortcuts only while focused', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site('episodes/two-way-mentorship/'));
    const timer = await readyTimer(page, 'two-way-pairs');
    const clock = timer.locator('[data-timer-clock]');
    const status = timer.locator('[data-timer-status]');

    // Not focused: the keys do nothing to the timer.
    await page.locator('h1').click();
    await page.keyboard.press('+');
    await page.keyboard.press('Space');
    expect(await text(clock)).toBe('10:00');
    expect(await text(status)).toBe('Not started');

    await timer.focus();
    await page.keyboard.press('+');
    await expect.poll(() => text(clock)).toBe('11:00');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => text(clock)).toBe('09:00');
    await page.keyboard.press('Space');
    await expect.poll(() => text(status)).toBe('Running');
    await page.keyboard.press('Space');
    await expect.poll(() => text(status)).toBe('Paused');
    await page.keyboard.press('r');
    await expect.poll(() => text(status)).toBe('Not started');
    expect(await text(clock)).toBe('10:00');

    // Tab order inside the timer: the primary control first, then −1, +1, next part, stop, reset, mute.
    const names: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => (document.activeElement?.textContent ?? '').trim()));
    }
    expect(names.map((name) => name.split(' (')[0])).toEqual([
      'Start',
      '−1 min',
      '+1 min',
      'Next part',
      'Stop',
      'Reset',
      'Mute chime',
    ]);

    // On a button, Space is the button's own: the focused "Start" starts the timer once.
    await timer.getByRole('button', { name: 'Start', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => text(status)).toBe('Running');
    await timer.getByRole('button', { name: 'Pause', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => text(status)).toBe('Paused');

    // Stop keeps focus (it is aria-disabled afterwards, not removed from the tab order).
    const stop = timer.getByRole('button', { name: /^Stop/ });
    await stop.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text(status)).toBe('Stopped');
    expect(await stop.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await stop.getAttribute('aria-disabled')).toBe('true');

    // The mute toggle says its state and is remembered.
    const mute = timer.getByRole('button', { name: 'Mute chime' });
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    const again = await readyTimer(page, 'two-way-pairs');
    await expect
      .poll(() => again.getByRole('button', { name: 'Mute chime' }).getAttribute('aria-pressed'))
      .toBe('true');

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
