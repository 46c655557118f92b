// Two consoles of one browser pressing Pause and +1 min at the same instant, each before it has heard
// of the other (made certain by holding what the tabs send each other until both have pressed): both
// take effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { text } from './timer-helpers';
import { holdableTabs, sameInstant } from './support/held-tabs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('two consoles acting at the same instant', () => {
  it('pause in one and +1 min in the other: the timer is paused and a minute longer, in both, every time', async () => {
    const context = await newContext(browser);
    await holdableTabs(context);
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await page.goto(site('facilitator/'));
      await page.waitForSelector('.console[data-ready]');
    }
    const active = (page: typeof a) => page.locator('.console-exercise.is-active');
    for (let trial = 0; trial < 5; trial++) {
      await a.locator('[data-start-next]').click();
      for (const page of [a, b]) {
        await expect.poll(() => text(page.locator('[data-console-status]'))).toContain('Running');
      }
      const planned = Number((await text(active(a).locator('td.num').first())).replace(' min', ''));
      const clock = async (page: typeof a) => {
        const [mm = '0', ss = '0'] = (await text(page.locator('[data-console-clock]'))).split(':');
        return Number(mm) * 60 + Number(ss);
      };
      const held = await sameInstant(
        [a, b],
        [
          async () => {
            await active(a)
              .getByRole('button', { name: /^Pause/ })
              .click();
            await expect.poll(() => text(a.locator('[data-console-status]'))).toContain('Paused');
          },
          async () => {
            await active(b)
              .getByRole('button', { name: /^\+1 min/ })
              .click();
            await expect.poll(() => clock(b)).toBeGreaterThan(planned * 60);
            expect(await text(b.locator('[data-console-status]'))).toContain('Running');
          },
        ],
        trial % 2 === 1,
      );
      expect(held.every((n) => n > 0)).toBe(true);
      for (const page of [a, b]) {
        await expect.poll(() => text(page.locator('[data-console-status]'))).toContain('Paused');
        // A minute longer than planned, less the few seconds it ran: mm:ss between planned:00 and planned+1:00.
        await expect.poll(() => clock(page)).toBeGreaterThan(planned * 60);
      }
    }
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
