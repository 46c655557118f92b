import { describe, expect, it } from 'vitest';
import { problemsIn, site, useBrowserPage } from './support/browser';

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
    expect(intro).toMatch(/ of exercises\. Every figure here is computed/);
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

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(session.context)).toEqual([]);
  });
});
