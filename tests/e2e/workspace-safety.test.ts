import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn } from './support/browser';
import {
  announced,
  expectFocused,
  openWorkspace,
  savedWorkspace,
  showStep,
  showStepWithKeys,
  tool,
} from './workspace-helpers';

/** Clicking twice, typing anything and closing the tab never loses or mixes up the team's work. */

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  await openWorkspace(page);
});
afterAll(async () => {
  expect(problemsIn(context)).toEqual([]);
  await browser.close();
});

const texts = (name: string, selector: string) => tool(page, name).locator(selector).allTextContents();

describe('double clicks', () => {
  it('a double click on Delete removes only the item under it, and Undo brings it back', async () => {
    const add = tool(page, 'strengths-weaknesses').getByLabel('Add a strength');
    for (const text of ['One', 'Two', 'Three']) {
      await add.fill(text);
      await add.press('Enter');
    }
    await expect.poll(() => texts('strengths-weaknesses', '.ws-text-value')).toEqual(['One', 'Two', 'Three']);
    await tool(page, 'strengths-weaknesses').getByRole('button', { name: "Delete strength 'One'" }).dblclick();
    await expect.poll(() => texts('strengths-weaknesses', '.ws-text-value')).toEqual(['Two', 'Three']);
    await tool(page, 'strengths-weaknesses').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => texts('strengths-weaknesses', '.ws-text-value')).toEqual(['One', 'Two', 'Three']);
  });

  it("a double click on a backlog item's Delete removes that item only", async () => {
    await showStep(page, 'Plan the next sprint');
    const add = tool(page, 'backlog').getByLabel('Or add an item by its title');
    for (const text of ['Alpha', 'Beta', 'Gamma']) {
      await add.fill(text);
      await add.press('Enter');
    }
    const titles = () => texts('backlog', '.ws-backlog-item [data-title]');
    await expect.poll(titles).toEqual(['Alpha', 'Beta', 'Gamma']);
    await tool(page, 'backlog').getByRole('button', { name: "Delete 'Beta'" }).dblclick();
    await expect.poll(titles).toEqual(['Alpha', 'Gamma']);
    expect(((await savedWorkspace(page))?.['backlog'] as { title: string }[]).map((b) => b.title)).toEqual([
      'Alpha',
      'Gamma',
    ]);
  });

  it('clearing the workspace twice and then Undo clear brings back the real work', async () => {
    const before = await savedWorkspace(page);
    await tool(page, 'import-export').getByRole('button', { name: 'Clear the workspace' }).dblclick();
    await expect.poll(async () => (await savedWorkspace(page))?.['strengths']).toEqual([]);
    await tool(page, 'import-export').getByRole('button', { name: 'Clear the workspace' }).click();
    await tool(page, 'import-export').getByRole('button', { name: 'Undo clear' }).click();
    await expect.poll(() => savedWorkspace(page)).toEqual(before);
  });
});

describe('backlog cards', () => {
  it('are compact until Details opens them, and move to the top or the bottom in one step', async () => {
    const card = tool(page, 'backlog').locator('.ws-backlog-item', { hasText: 'Gamma' });
    const details = card.getByRole('button', { name: "Details of 'Gamma'" });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    expect(await card.getByLabel('Title', { exact: true }).isVisible()).toBe(false);
    const compact = (await card.boundingBox())?.height ?? Infinity;
    expect(compact).toBeLessThan(200);
    await details.click();
    await expect.poll(() => card.getByLabel('Title', { exact: true }).isVisible()).toBe(true);
    expect((await card.boundingBox())?.height ?? 0).toBeGreaterThan(compact);

    await card.getByRole('button', { name: "Move to top: 'Gamma'" }).click();
    await expect.poll(() => texts('backlog', '.ws-backlog-item [data-title]')).toEqual(['Gamma', 'Alpha']);
    await expect.poll(() => announced(page, 'backlog')).toBe("'Gamma' moved to position 1 of 2");
    // At the top, the button stays focusable (aria-disabled) and says so.
    await card.getByRole('button', { name: "Move to top: 'Gamma'" }).press('Enter');
    await expect.poll(() => announced(page, 'backlog')).toBe("'Gamma' is already at the top.");
    await card.getByRole('button', { name: "Move to bottom: 'Gamma'" }).click();
    await expect.poll(() => texts('backlog', '.ws-backlog-item [data-title]')).toEqual(['Alpha', 'Gamma']);
  });
});

describe('exports', () => {
  it('says next to the downloads which titles a tracker will shorten, and again once downloaded', async () => {
    const io = tool(page, 'import-export');
    const warnings = io.locator('[data-export-warnings]');
    expect(await warnings.count()).toBe(0);
    const add = tool(page, 'backlog').getByLabel('Or add an item by its title');
    await add.fill('Long '.repeat(60).trim());
    await add.press('Enter');
    await expect
      .poll(() => warnings.textContent())
      .toContain('1 title is longer than Jira’s 255 characters (item 3): it will be shortened');
    const csv = io.getByRole('button', { name: 'Backlog for Jira (CSV)' });
    expect(await csv.getAttribute('aria-describedby')).toBe(await warnings.getAttribute('id'));
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expect
      .poll(() => io.locator('[data-export-note]').textContent())
      .toContain('Item 3’s title has 299 characters');
    await tool(page, 'backlog')
      .getByRole('button', { name: /^Delete 'Long Long/ })
      .click();
    await expect.poll(() => warnings.count()).toBe(0);
    expect(await csv.getAttribute('aria-describedby')).toBeNull();
  });
});

describe('voting settings', () => {
  beforeAll(() => showStep(page, 'How can mentoring help'));
  const board = () => tool(page, 'priority-board');
  const voting = async () => (await savedWorkspace(page))?.['voting'] as { votesPerMember: number; votes: unknown[] };

  it.each(['-1', '0', '', 'three'])(
    'refuses %j for the dots per voter with a message, changing nothing',
    async (text) => {
      const before = await voting();
      const field = board().getByLabel('Dots per voter');
      await field.fill(text);
      await field.press('Tab');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      await expect
        .poll(() => board().locator('.ws-field-error').textContent())
        .toMatch(/^Dots per voter: type a whole number .*Nothing was changed\.$/);
      expect(await voting()).toEqual(before);
    },
  );

  it('asks before a change takes back placed dots, and changes nothing unless asked to', async () => {
    const add = tool(page, 'strengths-weaknesses').getByLabel('Add a weakness');
    await add.fill('Unclear goals');
    await add.press('Enter');
    await board().getByLabel('Voters').fill('1');
    await board().getByLabel('Voters').press('Tab');
    const field = board().getByLabel('Dots per voter');
    await field.fill('3');
    await field.press('Tab');
    const vote = board().getByRole('button', { name: "Put one of Member 1's dots on 'Unclear goals'" });
    await vote.click();
    await vote.click();
    await expect.poll(async () => (await voting()).votes).toHaveLength(1);
    const placed = await voting();

    await field.fill('1');
    await field.press('Tab');
    const confirm = board().locator('[data-voting-confirm]');
    await expect.poll(() => confirm.textContent()).toContain('This takes back 1 dot already placed.');
    expect(await voting()).toEqual(placed);
    await confirm.getByRole('button', { name: 'Keep the dots' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(() => field.inputValue()).toBe('3');
    expect(await voting()).toEqual(placed);

    await field.fill('1');
    await field.press('Tab');
    await confirm.getByRole('button', { name: 'Take them back' }).click();
    await expect.poll(async () => (await voting()).votesPerMember).toBe(1);
    const undo = board().getByRole('button', { name: 'Undo change' });
    await expectFocused(undo);
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe('Dots per voter: 1. 1 dot taken back. Undo change brings it back.');
    await undo.press('Enter');
    await expect.poll(() => voting()).toEqual(placed);
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe('Dots per voter is back to 3, with the 1 dot it took back.');
    await expectFocused(board().getByLabel('Dots per voter'));
    expect(await undo.count()).toBe(0);
  });

  it('Rank by votes and New round each offer an Undo that brings back the hand-made order and the dots', async () => {
    const add = tool(page, 'strengths-weaknesses').getByLabel('Add a weakness');
    await add.fill('Slow builds');
    await add.press('Enter');
    const order = () => board().locator('.ws-board-text').allTextContents();
    await expect.poll(order).toEqual(['Unclear goals', 'Slow builds']);
    await board().getByRole('button', { name: "Move up: 'Slow builds'" }).click();
    await expect.poll(order).toEqual(['Slow builds', 'Unclear goals']);

    await board().getByRole('button', { name: 'Rank by votes' }).click();
    await expect.poll(order).toEqual(['Unclear goals', 'Slow builds']);
    const undoRank = board().getByRole('button', { name: 'Undo ranking' });
    await expectFocused(undoRank);
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("Ranked by votes. 'Unclear goals' is now first. Undo ranking brings back the order you had.");
    await undoRank.press('Enter');
    await expect.poll(order).toEqual(['Slow builds', 'Unclear goals']);
    await expect.poll(() => announced(page, 'priority-board')).toBe('The order you had is back.');
    await expectFocused(board().getByRole('button', { name: 'Rank by votes' }));

    const placed = await voting();
    const tally = () => board().locator('[data-tally]').allTextContents();
    await expect.poll(tally).toEqual(['0 dots', '2 dots']);
    await board().getByRole('button', { name: 'New round' }).click();
    await expect.poll(tally).toEqual(['0 dots', '0 dots']);
    const undoRound = board().getByRole('button', { name: 'Undo new round' });
    await expectFocused(undoRound);
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe('New round: every dot was taken back (2 dots). Undo new round brings them back.');
    await undoRound.click();
    await expect.poll(tally).toEqual(['0 dots', '2 dots']);
    expect(await voting()).toEqual(placed);
    await expect.poll(() => announced(page, 'priority-board')).toBe('2 dots from the last round are back.');
    await expectFocused(board().getByRole('button', { name: 'New round' }));
  });
});

describe('drafts', () => {
  it('keeps what was typed in an Add field when the tab closes, per field, until it is added', async () => {
    await tool(page, 'strengths-weaknesses').getByLabel('Add a strength').fill('We pair on hard');
    await tool(page, 'strengths-weaknesses').getByLabel('Add a weakness').fill('Too many meetings');
    await page.close();
    page = await context.newPage();
    await openWorkspace(page);
    const strength = tool(page, 'strengths-weaknesses').getByLabel('Add a strength');
    await expect.poll(() => strength.inputValue()).toBe('We pair on hard');
    await expect
      .poll(() => tool(page, 'strengths-weaknesses').getByLabel('Add a weakness').inputValue())
      .toBe('Too many meetings');
    await strength.press('End');
    await strength.pressSequentially(' bugs');
    await strength.press('Enter');
    await expect.poll(() => strength.inputValue()).toBe('');
    await page.reload();
    await openWorkspace(page);
    await expect
      .poll(() => tool(page, 'strengths-weaknesses').getByLabel('Add a weakness').inputValue())
      .toBe('Too many meetings');
    expect(await tool(page, 'strengths-weaknesses').getByLabel('Add a strength').inputValue()).toBe('');
    await expect.poll(() => texts('strengths-weaknesses', '.ws-text-value')).toContain('We pair on hard bugs');
  });
});

describe('the exercises step by step', () => {
  it('shows one step at a time, opens the next with the keyboard, and prints them all', async () => {
    const goals = tool(page, 'goals');
    expect(await goals.isVisible()).toBe(false);
    await showStepWithKeys(page, 'The mentoring session');
    await expect.poll(() => goals.isVisible()).toBe(true);
    expect(await tool(page, 'strengths-weaknesses').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => tool(page, 'strengths-weaknesses').isVisible()).toBe(true);
    expect(await tool(page, 'backlog').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('on a touch screen', () => {
  it('every button of the workspace is at least 44 px tall', async () => {
    const phone = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const other = await phone.newPage();
    await openWorkspace(other);
    const heights = await other
      .locator('#workspace-app button:visible')
      .evaluateAll((buttons) => buttons.map((button) => [button.textContent, button.getBoundingClientRect().height]));
    expect(heights.length).toBeGreaterThan(5);
    expect(heights.filter(([, height]) => (height as number) < 44)).toEqual([]);
    await phone.close();
  });
});
