import { describe, expect, it } from 'vitest';
import { problemsIn, site, useBrowserPage } from './support/browser';

const session = useBrowserPage();

/** How many A4 pages the current page prints on, with the given margins on every side. */
async function printedA4Pages(margin = '0'): Promise<number> {
  // An earlier test leaves screen media emulated, which page.pdf() would then print with.
  await session.page.emulateMedia({ media: 'print' });
  const pdf = await session.page.pdf({
    format: 'A4',
    margin: { top: margin, right: margin, bottom: margin, left: margin },
  });
  await session.page.emulateMedia({ media: null });
  // The page tree's /Count is the number of pages; nested trees only hold fewer.
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((match) => Number(match[1]));
  return Math.max(...counts);
}

const WRITTEN = ['mentor-pack', 'team-worksheets', 'checklists', 'mentoring-agreement', 'worked-examples'];
const COMPUTED = ['exercises', 'evaluation'];

describe('the handouts', () => {
  it('are reached from the site header, and the index links every handout', async () => {
    await session.page.goto(site());
    await session.page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Handouts' }).click();
    await session.page.waitForURL(/\/handouts\/$/);
    const targets = await session.page
      .locator('main a[href*="/handouts/"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const slugs = targets.map((path) => /\/handouts\/([^/]+)\/$/.exec(path)?.[1]).filter(Boolean);
    expect([...slugs].sort()).toEqual([...WRITTEN, ...COMPUTED].sort());
  });

  it('link the mentor pack, the worksheets and the evaluation from the facilitator guide', async () => {
    await session.page.goto(site('facilitator-guide/'));
    for (const slug of ['mentor-pack', 'team-worksheets', 'evaluation', 'exercises'])
      expect(await session.page.locator(`main a[href$="handouts/${slug}/"]`).count(), slug).toBeGreaterThan(0);
  });

  it('list every exercise of the episodes, with its minutes, on the exercises handout', async () => {
    await session.page.goto(site('schedule/'));
    const scheduled = (await session.page.locator('.schedule-exercises li').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(scheduled.length).toBeGreaterThanOrEqual(6);
    await session.page.goto(site('handouts/exercises/'));
    const titles = await session.page.locator('.exercise-title').allTextContents();
    const kinds = await session.page.locator('.exercise-kind').allTextContents();
    expect(titles.length).toBe(scheduled.length);
    titles.forEach((title, index) => {
      const minutes = /· (\d+) min/.exec(kinds[index] ?? '')?.[1];
      expect(scheduled[index]).toContain(`${title.trim()} (${minutes} min`);
    });
    expect(await session.page.locator('[data-exercise-id] button, .timer').count()).toBe(0);
  });

  it('ask about every objective of every episode, in order, on the evaluation', async () => {
    await session.page.goto(site('all-in-one/'));
    const objectives = (await session.page.locator('.overview-grid > div:nth-child(2) li').allTextContents()).map(
      (text) => text.trim(),
    );
    expect(objectives.length).toBeGreaterThanOrEqual(18);
    await session.page.goto(site('handouts/evaluation/'));
    const rows = (await session.page.locator('.evaluation-table tbody th').allTextContents()).map((text) =>
      text.replace(/^Episode \d+:\s*/, '').trim(),
    );
    expect(rows).toEqual(objectives);
    expect(await session.page.locator('.evaluation-table tbody tr').first().locator('td').count()).toBe(3);
  });

  it('print the worksheets one to a sheet, without the site navigation', async () => {
    await session.page.goto(site('handouts/team-worksheets/'));
    const headings = session.page.locator('.handout-page-per-section > h2');
    expect(await headings.count()).toBe(5);
    await session.page.emulateMedia({ media: 'print' });
    const breaks = await headings.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).breakBefore),
    );
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1)).toEqual(['page', 'page', 'page', 'page']);
    expect(await session.page.locator('.site-header').isVisible()).toBe(false);
    await session.page.emulateMedia({ media: 'screen' });
    expect(await session.page.locator('.blank-table').count()).toBe(5);
  });

  it('print the mentor pack on one A4 sheet, as its frontmatter promises', async () => {
    await session.page.goto(site('handouts/mentor-pack/'));
    expect(await session.page.locator('.handout-one-page').count()).toBe(1);
    expect(await printedA4Pages()).toBe(1);
  });

  it('print the evaluation on one A4 sheet, readable, with room to tick and to write', async () => {
    await session.page.goto(site('handouts/evaluation/'));
    const objectives = await session.page.locator('.evaluation-table tbody tr').count();
    expect(objectives).toBeGreaterThanOrEqual(18);
    // Margins a little wider than a browser's default (about 10 mm), so that a facilitator's own
    // print settings still give one sheet.
    expect(await printedA4Pages('12mm')).toBe(1);
    await session.page.emulateMedia({ media: 'print' });
    const MM = 96 / 25.4;
    const sizes = await session.page
      .locator('.evaluation-table tbody th')
      .evaluateAll((cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
    expect(sizes).toHaveLength(objectives);
    expect(Math.min(...sizes), 'objective text, in CSS px (9 pt is 12 px)').toBeGreaterThanOrEqual(12);
    const box = (selector: string) =>
      session.page.locator(selector).evaluateAll((cells) =>
        cells.map((cell) => {
          const { width, height } = cell.getBoundingClientRect();
          return Math.min(width, height);
        }),
      );
    expect(Math.min(...(await box('.evaluation-table tbody td'))), 'a tick box, in CSS px').toBeGreaterThan(5 * MM);
    expect(Math.min(...(await box('.evaluation .blank-table td'))), 'a writing line, in CSS px').toBeGreaterThan(
      8 * MM,
    );
    // A table's collapsed right border lies half outside it: on paper it must stay inside the printed area.
    const overhang = await session.page.locator('main table').evaluateAll((tables) => {
      const edge = document.documentElement.getBoundingClientRect().right;
      return tables.map((table) => table.getBoundingClientRect().right + 0.5 - edge);
    });
    expect(Math.max(...overhang), 'px of a right border beyond the printed area').toBeLessThanOrEqual(0);
    await session.page.emulateMedia({ media: null });
  });

  it('put the participants\u2019 handouts on the all-in-one page after the episodes', async () => {
    await session.page.goto(site('all-in-one/'));
    const titles = (await session.page.locator('.all-in-one-handout-title').allTextContents()).map((t) => t.trim());
    expect(titles).toEqual([
      'Handout: Checklists for mentors and mentees',
      'Handout: Mentoring agreement',
      'Handout: Worked examples',
    ]);
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problemsIn(session.context)).toEqual([]);
  });
});
