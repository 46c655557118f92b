// The read-only participant link (and its QR code) carries the absolute end time; the
// countdown page shows the right remaining time from it, and says how to refresh after a pause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import { MIN, T0, islandsHydrated, savedTimer, text } from './timer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the participant countdown', () => {
  it('shows the remaining time from the link, and a paused link stands still', async () => {
    const context = await newContext(browser);
    await context.clock.install({ time: T0 });
    const facilitator = await context.newPage();
    const scripts: string[] = [];
    facilitator.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await facilitator.goto(site('facilitator/'));
    await facilitator.waitForSelector('.console[data-ready]');
    expect(await text(facilitator.locator('.console-share'))).toContain("Start the active exercise's timer");

    const row = facilitator.locator('[data-exercise-row="team-strengths-weaknesses"]');
    await row.getByRole('button', { name: /^Start/ }).click();
    const linkInput = facilitator.locator('[data-participant-link]');
    await linkInput.waitFor();
    const { startedAt } = await savedTimer(facilitator, 'team-strengths-weaknesses');
    const link = new URL(await linkInput.inputValue());
    expect(link.pathname).toBe(new URL(site('countdown/')).pathname);
    expect(link.searchParams.get('t')).toBe('How can mentoring help your team?');
    expect(Number(link.searchParams.get('end'))).toBe((startedAt ?? 0) + 10 * MIN);
    expect(link.searchParams.getAll('p')).toHaveLength(2);

    // The QR encoder is not part of the console's first download; it arrives when asked for.
    const before = scripts.length;
    const qrButton = facilitator.getByRole('button', { name: 'Show QR code' });
    expect(await qrButton.getAttribute('aria-expanded')).toBe('false');
    await qrButton.click();
    const qr = facilitator.locator('[data-qr]');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.getAttribute('alt')).toContain('QR code');
    expect(scripts.length).toBeGreaterThan(before);
    expect(await facilitator.getByRole('button', { name: 'Hide QR code' }).getAttribute('aria-expanded')).toBe('true');

    // Three minutes in, a participant opens the link on "their" device.
    await facilitator.clock.pauseAt((startedAt ?? 0) + 3 * MIN);
    const phone = await context.newPage();
    await phone.goto(link.href);
    await islandsHydrated(phone);
    await phone.clock.runFor(300); // the paused fake clock lets the island's effects run
    const clock = phone.locator('[data-countdown-clock]');
    await expect.poll(() => text(clock)).toBe('07:00');
    expect(await text(phone.locator('[data-countdown-part]'))).toBe('Part 1 of 2: Strengths and weaknesses');
    expect(await text(phone.locator('.countdown-note'))).toContain('open the new link or scan the QR code again');
    await phone.clock.runFor(2 * MIN);
    await expect.poll(() => text(clock)).toBe('05:00');
    expect(await text(phone.locator('[data-countdown-part]'))).toBe('Part 2 of 2: Questions for your mentor');
    await phone.clock.fastForward(6 * MIN);
    await phone.clock.runFor(500);
    await expect.poll(() => text(clock)).toMatch(/^\+01:0\d$/);

    // A pause changes the link: the new one stands still and says how to refresh.
    await facilitator.bringToFront();
    await row.getByRole('button', { name: /^Pause/ }).click();
    await facilitator.clock.runFor(300);
    await expect.poll(async () => new URL(await linkInput.inputValue()).searchParams.get('paused')).not.toBeNull();
    const pausedLink = await linkInput.inputValue();
    await phone.goto(pausedLink);
    await islandsHydrated(phone);
    await phone.clock.runFor(300);
    await expect.poll(() => text(phone.locator('.projector-status'))).toBe('Paused');
    const shown = await text(phone.locator('[data-countdown-clock]'));
    await phone.clock.runFor(5_000);
    expect(await text(phone.locator('[data-countdown-clock]'))).toBe(shown);
    expect(await text(phone.locator('.countdown-note'))).toContain('paused the timer');

    // A link without an end time explains itself.
    await phone.goto(site('countdown/?t=Nothing'));
    await islandsHydrated(phone);
    await phone.clock.runFor(300);
    await expect.poll(() => text(phone.locator('h1'))).toBe('No countdown in this link');

    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
