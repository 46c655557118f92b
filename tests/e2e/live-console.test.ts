// The room follows the console: a live workshop started on the console, a projector on "another
// machine" and a phone whose clock is five minutes fast follow start, pause and +1 min through the
// live server, and show the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACROSS_DEVICES,
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  openLiveRoom,
  problemsIn,
  startLiveWorkshop,
} from './support/browser';
import { start, tempDataDir, type Started } from '../live/support/live';
import { text } from './timer-helpers';
import { tool } from './workspace-helpers';

let browser: Browser;
let server: Started;
let data: ReturnType<typeof tempDataDir>;
/** The facilitator's device: it started the live workshop, so its overview reads the rooms. */
let consoleDevice: BrowserContext;
/** A member of the Red team, in the team's room. */
let redMember: Page;

beforeAll(async () => {
  data = tempDataDir();
  server = await start({ dataDir: data.dataDir, distDir: 'dist' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data?.remove();
});

/** Seconds left on a follower's clock ("mm:ss"). */
async function secondsOn(page: Page): Promise<number> {
  const [mm = '0', ss = '0'] = (await text(page.locator('[data-projector-clock]'))).split(':');
  return Number(mm) * 60 + Number(ss);
}

describe('a live workshop run from the console', () => {
  it('hands out links, and the projector and a phone with a wrong clock follow every change', async () => {
    const consoleContext = await newContext(browser);
    const console = await consoleContext.newPage();
    await startLiveWorkshop(console, server.url, 'Red\nBlue');
    expect(await console.locator('[data-live-team]').count()).toBe(2);
    await expectNoAxeViolations(console);
    const projectorLink = (await console.locator('[data-live-link="Projector link"]').getAttribute('href')) ?? '';
    const phoneLink = (await console.locator('[data-live-link="Participants’ phones"]').getAttribute('href')) ?? '';
    expect(projectorLink).toContain('#live=workshop%2F');
    // The console's own "Open the projector view" opens the workshop's projector, which follows the room.
    await expect
      .poll(() => console.locator('[data-open-projector]').getAttribute('href'), ACROSS_DEVICES)
      .toBe(projectorLink);

    // Another machine, and a phone whose clock is five minutes fast.
    const projectorContext = await newContext(browser);
    const projector = await projectorContext.newPage();
    await projector.goto(projectorLink);
    const phoneContext = await newContext(browser, { viewport: { width: 390, height: 800 } });
    await phoneContext.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 5 * 60_000;
    });
    const phone = await phoneContext.newPage();
    await phone.goto(phoneLink);
    for (const page of [projector, phone]) {
      await page.waitForFunction(() => document.documentElement.dataset.liveTimers !== undefined);
    }

    await console.locator('[data-start-next]').click();
    for (const page of [projector, phone]) {
      await expect.poll(() => text(page.locator('[data-projector-status]')), { timeout: 10_000 }).toContain('Running');
    }
    // The phone shows the room's time, not its own clock's.
    await expect
      .poll(async () => Math.abs((await secondsOn(phone)) - (await secondsOn(projector))))
      .toBeLessThanOrEqual(1);

    await console
      .locator('.console-exercise.is-active')
      .getByRole('button', { name: /^Pause/ })
      .click();
    for (const page of [projector, phone]) {
      await expect.poll(() => text(page.locator('[data-projector-status]'))).toContain('Paused');
    }
    const before = await secondsOn(projector);
    await console
      .locator('.console-exercise.is-active')
      .getByRole('button', { name: /^\+1 min/ })
      .click();
    for (const page of [projector, phone]) await expect.poll(() => secondsOn(page)).toBe(before + 60);

    // Live, the console hands out the phones' live link (not a countdown that misses pauses)...
    expect(await console.locator('[data-participant-link]').inputValue()).toBe(phoneLink);
    expect(await console.locator('[data-console-offline]').count()).toBe(0);
    expect(await text(console.locator('[data-console-live]'))).toContain('follow every start, pause');
    // ...and so does the projector's holding screen, when the facilitator takes the exercise off it.
    await console
      .locator('.console-exercise.is-active')
      .getByRole('button', { name: /^On projector/ })
      .click();
    await projector.waitForSelector('[data-holding-qr]', { timeout: 10_000 });
    expect(await projector.locator('[data-holding-qr]').getAttribute('data-holding-qr')).toBe(projectorLink);
    expect(await projector.locator('[data-holding-qr]').getAttribute('alt')).toContain('follows every timer live');

    for (const context of [consoleContext, projectorContext, phoneContext]) expect(problemsIn(context)).toEqual([]);
    consoleDevice = consoleContext;
  });

  it("gives a projector on another device the console's start time, and every change to it", async () => {
    const consoleContext = await newContext(browser);
    const console = await consoleContext.newPage();
    await startLiveWorkshop(console, server.url, 'Green');
    const projectorLink = (await console.locator('[data-live-link="Projector link"]').getAttribute('href')) ?? '';
    // Hours from now, so the day has not begun and nothing is late: the first line is the start itself.
    const clock = (hoursFromNow: number) => {
      const at = new Date(Date.now() + hoursFromNow * 3_600_000);
      return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    };
    const [first, second] = [clock(2), clock(3)];
    expect([first, second]).not.toContain('09:30');
    await console.getByLabel('Workshop start time').fill(first);

    // Another machine, whose own saved start is the default 09:30.
    const projectorContext = await newContext(browser);
    const projector = await projectorContext.newPage();
    await projector.goto(projectorLink);
    const firstLine = projector.locator('[data-holding-coming] li').first();
    await expect.poll(() => text(firstLine), ACROSS_DEVICES).toBe(`Teaching: Mentorship in a Scrum team at ${first}`);
    await console.getByLabel('Workshop start time').fill(second);
    await expect.poll(() => text(firstLine), ACROSS_DEVICES).toBe(`Teaching: Mentorship in a Scrum team at ${second}`);
    for (const context of [consoleContext, projectorContext]) expect(problemsIn(context)).toEqual([]);
    await projectorContext.close();
    await consoleContext.close();
  });

  it("shows every team's work on the overview, live from the rooms as the team writes", async () => {
    const setup = await consoleDevice.newPage();
    await setup.goto(`${server.url}facilitator/`);
    await setup.waitForSelector('[data-live-workshop-ready]');
    const redLink = (await setup.locator('[data-live-link="Red: team link"]').getAttribute('href')) ?? '';
    await setup.close();

    const memberContext = await newContext(browser);
    const member = await memberContext.newPage();
    await openLiveRoom(member, redLink);
    // The console named the team's new room after the team.
    await expect.poll(() => member.getByLabel('Team name').inputValue(), ACROSS_DEVICES).toBe('Red');
    const add = async (label: string, value: string) => {
      const field = tool(member, 'strengths-weaknesses').getByLabel(label);
      await field.fill(value);
      await field.press('Enter');
    };
    await add('Add a strength', 'We pair on hard stories');
    await add('Add a weakness', 'Reviews wait for days');

    // The overview on the facilitator's device (the one that started the workshop) reads every room.
    const overview = await consoleDevice.newPage();
    await overview.goto(`${server.url}overview/`);
    const red = overview.locator('[data-live-overview] .ov-team[data-team="Red"]');
    await expect.poll(() => red.locator('[data-count="Strengths"]').textContent(), { timeout: 10_000 }).toBe('1');
    expect(await red.locator('[data-count="Weaknesses"]').textContent()).toBe('1');
    expect(await overview.locator('[data-live-overview] .ov-team').count()).toBe(2);
    await expect
      .poll(() => text(overview.locator('[data-live-overview-status]')), ACROSS_DEVICES)
      .toContain('2 of 2 rooms live');

    // The team writes on; the overview follows without a reload.
    await add('Add a weakness', 'Stand-ups run long');
    await expect.poll(() => red.locator('[data-count="Weaknesses"]').textContent(), ACROSS_DEVICES).toBe('2');
    await expect
      .poll(() => red.locator('.ov-weaknesses li').allTextContents(), ACROSS_DEVICES)
      .toContain('Stand-ups run long');
    // Watching does not make the facilitator one of the team.
    expect(await text(member.locator('[data-live-people]'))).toBe('Nobody else is here yet.');
    await expectNoAxeViolations(overview);
    for (const context of [consoleDevice, memberContext]) expect(problemsIn(context)).toEqual([]);
    redMember = member;
  });

  it("runs a team's own copy of the session timer, and the console shows every team's", async () => {
    const teamTimer = redMember.locator('[data-team-timer]');
    expect(await teamTimer.getByLabel('Exercise').inputValue()).toBe('mentoring-session');
    expect(await text(teamTimer.locator('[data-team-timer-clock]'))).toBe('25:00');
    await teamTimer.getByRole('button', { name: /^Start/ }).click();
    await expect.poll(() => text(teamTimer.locator('[data-team-timer-status]'))).toBe('Running');
    await expectNoAxeViolations(redMember);

    // A second member of the team sees the same timer. Each chime on Ben's phone is counted.
    const benContext = await newContext(browser);
    await benContext.addInitScript(() => {
      const counted = window as unknown as { chimeNotes: number };
      counted.chimeNotes = 0;
      const create = Reflect.get<typeof AudioContext.prototype, 'createOscillator'>(
        AudioContext.prototype,
        'createOscillator',
      );
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        counted.chimeNotes += 1;
        return create.call(this);
      };
    });
    const ben = await benContext.newPage();
    await ben.goto(redMember.url());
    await expect
      .poll(() => text(ben.locator('[data-team-timer] [data-team-timer-status]')), { timeout: 10_000 })
      .toBe('Running');

    const console = await consoleDevice.newPage();
    await console.goto(`${server.url}facilitator/`);
    const red = console.locator('[data-team-timer-of="Red"]');
    await expect.poll(() => red.getAttribute('data-status'), { timeout: 10_000 }).toBe('running');
    await expect.poll(() => text(red), ACROSS_DEVICES).toMatch(/^Red: The mentoring session: 2[45]:\d\d \(Running\)$/);
    await expect
      .poll(() => text(console.locator('[data-team-timer-of="Blue"]')), ACROSS_DEVICES)
      .toBe('Blue: Not used');

    // Ben pauses; the console follows.
    await ben
      .locator('[data-team-timer]')
      .getByRole('button', { name: /^Pause/ })
      .click();
    await expect.poll(() => red.getAttribute('data-status'), ACROSS_DEVICES).toBe('paused');
    await expect.poll(() => text(teamTimer.locator('[data-team-timer-status]')), ACROSS_DEVICES).toBe('Paused');
    await expectNoAxeViolations(console);

    // The team's timer chimes for a new part, as an exercise box does, unless this device muted it.
    const benTimer = ben.locator('[data-team-timer]');
    const chimeNotes = () => ben.evaluate(() => (window as unknown as { chimeNotes: number }).chimeNotes);
    // The raw text: the same announcement twice differs by a trailing no-break space.
    const announced = () => benTimer.getByRole('status').evaluate((region) => region.textContent ?? '');
    const toPartTwo = async () => {
      await benTimer.getByRole('button', { name: /^Start/ }).click();
      await expect.poll(() => text(benTimer.locator('[data-team-timer-status]'))).toBe('Running');
      const before = await announced();
      await benTimer.getByRole('button', { name: /^Next part/ }).click();
      await expect
        .poll(async () => {
          const now = await announced();
          return now !== before && /Part 2 of 2/.test(now);
        })
        .toBe(true);
    };
    await benTimer.getByRole('button', { name: /^Reset/ }).click();
    await benTimer.getByLabel('Exercise').selectOption('team-strengths-weaknesses');
    await toPartTwo();
    await expect.poll(chimeNotes).toBe(2);
    const mute = benTimer.getByRole('button', { name: 'Mute chime' });
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    await benTimer.getByRole('button', { name: /^Reset/ }).click();
    await toPartTwo();
    // The chime would follow the announcement within the same frames (its code is loaded already).
    await ben.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await chimeNotes()).toBe(2);
    for (const context of [consoleDevice, benContext]) expect(problemsIn(context)).toEqual([]);
  });
});
