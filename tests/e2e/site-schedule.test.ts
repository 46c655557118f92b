import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openWithScriptHeld, problemsIn, site, useBrowserPage } from './support/browser';

const session = useBrowserPage();

const minutesOf = (text: string) => {
  const hours = /(\d+) h/.exec(text)?.[1] ?? '0';
  const minutes = /(\d+) min/.exec(text)?.[1] ?? '0';
  return Number(hours) * 60 + Number(minutes);
};
const times = () => session.page.locator('tbody .schedule-time').allTextContents();

describe('the schedule', () => {
  it('adds up each episode and each break and keeps a running total', async () => {
    await session.page.goto(site('schedule/'));
    const rows = session.page.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    let running = 0;
    let breaks = 0;
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      const cells = await row.locator('td').allTextContents();
      if ((await row.getAttribute('class'))?.includes('schedule-break')) {
        // A break row: one cell for its length, then the running total.
        breaks += minutesOf(cells[1]!);
        running += minutesOf(cells[1]!);
        expect(minutesOf(cells[2]!)).toBe(running);
      } else {
        running += minutesOf(cells[1]!) + minutesOf(cells[2]!);
        expect(minutesOf(cells[3]!)).toBe(running);
      }
    }
    expect(breaks, 'the content declares at least one break').toBeGreaterThan(0);
    expect(minutesOf((await session.page.locator('[data-total="all"]').textContent()) ?? '')).toBe(running);
    expect(minutesOf((await session.page.locator('[data-total="breaks"]').textContent()) ?? '')).toBe(breaks);
  });

  it('gives every row a time span that starts where the previous one ended', async () => {
    const spans = (await times()).map((text) => text.split('–'));
    expect(spans.length).toBeGreaterThan(2);
    for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBe(spans[index - 1]![1]);
  });

  it('reads as sentences, with a space after each full stop', async () => {
    const intro = (await session.page.locator('main p').first().innerText()).replace(/\s+/g, ' ');
    expect(intro).toMatch(/ of breaks\. Every figure here, breaks included, is computed/);
    expect(intro).not.toMatch(/[a-z]\.[A-Z]/);
  });

  it('recomputes every clock time from a new start time and remembers it', async () => {
    const before = await times();
    expect(before[0]).toMatch(/^09:30–/);
    await session.page.getByLabel('Start time').fill('13:05');
    await expect.poll(async () => (await times())[0]).toMatch(/^13:05–/);
    const total = minutesOf((await session.page.locator('[data-total="all"]').textContent()) ?? '');
    const end = 13 * 60 + 5 + total;
    const expectedEnd = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
    expect((await times()).at(-1)).toMatch(new RegExp(`–${expectedEnd}$`));
    expect(await session.page.getByRole('status').textContent()).toBe('Times updated for a start at 13:05.');
    await session.page.reload();
    await expect.poll(async () => (await times())[0]).toMatch(/^13:05–/);
  });

  it('shows a remote or hybrid day with the extra minutes of every transition, and remembers the choice', async () => {
    const box = session.page.getByLabel(/Remote or hybrid: \d+ extra minutes per transition/);
    expect(await box.isChecked()).toBe(false);
    const start = (await times())[0]!.split('–')[0]!;
    const plainTotal = minutesOf((await session.page.locator('[data-total="all"]').textContent()) ?? '');
    const note = (await session.page.locator('#remote-note').textContent()) ?? '';
    const each = Number(/(\d+) extra minutes/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
    const count = Number(/This day has (\d+)/.exec(note)?.[1]);
    expect(each).toBeGreaterThan(0);
    expect(count).toBeGreaterThan(0);
    expect(await session.page.locator('.schedule-remote-only').first().isVisible()).toBe(false);

    await box.check();
    const remoteTotal = plainTotal + count * each;
    await expect
      .poll(async () => minutesOf((await session.page.locator('[data-total="all"]').textContent()) ?? ''))
      .toBe(remoteTotal);
    expect(minutesOf(note.split('takes')[1] ?? '')).toBe(remoteTotal);
    expect(await session.page.getByRole('status').textContent()).toBe(
      `Times updated for a start at ${start}, remote or hybrid.`,
    );
    const spans = (await times()).map((text) => text.split('–'));
    expect(spans[0]![0]).toBe(start);
    for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBe(spans[index - 1]![1]);
    const [hours, minutes] = start.split(':').map(Number) as [number, number];
    const end = hours * 60 + minutes + remoteTotal;
    expect(spans.at(-1)![1]).toBe(
      `${String(Math.floor(end / 60) % 24).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
    );

    // Each episode row now adds up with its transitions; a break never gets any.
    const rows = session.page.locator('tbody tr');
    let running = 0;
    let transitions = 0;
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index);
      const cells = await row.locator('td').allTextContents();
      if ((await row.getAttribute('class'))?.includes('schedule-break')) {
        running += minutesOf(cells[1]!);
        expect(minutesOf(cells[2]!)).toBe(running);
        continue;
      }
      const extra = row.locator('[data-transition-minutes]');
      const moved = (await extra.count()) > 0 ? minutesOf((await extra.textContent()) ?? '') : 0;
      if (moved > 0) expect(await extra.isVisible()).toBe(true);
      transitions += moved;
      running += minutesOf(cells[1]!) + minutesOf(cells[2]!) + moved;
      expect(minutesOf(cells[3]!)).toBe(running);
    }
    expect(transitions).toBe(count * each);
    expect(running).toBe(remoteTotal);
    expect(await session.page.locator('[data-total="transitions"]').isVisible()).toBe(true);
    await expectNoAxeViolations(session.page);

    await session.page.reload();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(async () => (await times()).at(-1)).toBe(`${spans.at(-1)![0]}–${spans.at(-1)![1]}`);
    await box.uncheck();
    await expect
      .poll(async () => minutesOf((await session.page.locator('[data-total="all"]').textContent()) ?? ''))
      .toBe(plainTotal);
    expect(await session.page.locator('.schedule-remote-only').first().isVisible()).toBe(false);
  });

  it('keeps a start time and a remote day chosen before its code arrived, and remembers them', async () => {
    const { context: slow, page: early, release } = await openWithScriptHeld(session.browser, 'schedule/');
    const earlyTimes = () => early.locator('tbody .schedule-time').allTextContents();
    const plainEnd = (await earlyTimes()).at(-1);
    await early.getByLabel('Start time').fill('08:15');
    await early.getByRole('checkbox', { name: /Remote or hybrid/ }).check();
    release();
    await early.waitForSelector('[data-schedule-start][data-ready]');
    expect(await early.getByLabel('Start time').inputValue()).toBe('08:15');
    expect(await early.getByRole('checkbox', { name: /Remote or hybrid/ }).isChecked()).toBe(true);
    expect((await earlyTimes())[0]).toMatch(/^08:15–/);
    const remoteEnd = (await earlyTimes()).at(-1);
    await early.reload();
    await early.waitForSelector('[data-schedule-start][data-ready]');
    expect((await earlyTimes())[0]).toMatch(/^08:15–/);
    expect((await earlyTimes()).at(-1)).toBe(remoteEnd);
    expect(remoteEnd).not.toBe(plainEnd);
    expect(problemsIn(slow)).toEqual([]);
    await slow.close();
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(session.context)).toEqual([]);
  });
});
