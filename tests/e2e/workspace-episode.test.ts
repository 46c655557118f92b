import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, site, problemsIn } from './support/browser';
import { announced, hydrated, openWorkspace, savedWorkspace, showStep, tool } from './workspace-helpers';

/** The tools inside the exercise boxes, the solo personal list, and reordering with the mouse. */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Brings a client:visible tool into view and waits until it has hydrated. */
async function reveal(page: Page, name: string) {
  const box = tool(page, name);
  await box.scrollIntoViewIfNeeded();
  await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    // Tools in an exercise box are rendered by the panel the page loads on demand (no astro-island).
    const island = element?.closest('astro-island');
    return element !== null && (island === null || island?.hasAttribute('ssr') === false);
  }, `[data-tool="${name}"]`);
  return box;
}

describe('the team mentoring session episode', () => {
  it('shows each exercise’s tools in its box, sharing one workspace with the workspace page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site('episodes/team-mentoring-session/'));
    const inBox = (exercise: string) => `[data-exercise-id="${exercise}"] [data-workspace-tools]`;
    // A reader downloads no tool code: each box offers to open the tools.
    const openButtons = page.getByRole('button', { name: 'Open the team tools' });
    expect(await openButtons.count()).toBe(3);
    expect(await page.locator('[data-tool]').count()).toBe(0);
    const firstOpen = openButtons.first();
    await firstOpen.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-workspace-tools][data-tools-ready]') !== null);
    await firstOpen.click();
    // Opening one box opens them all, and focus lands in the first field of the box that was opened.
    await expect.poll(() => page.locator(`${inBox('plan-next-sprint')} [data-tool]`).count()).toBe(2);
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-workspace-tools]')?.getAttribute('data-workspace-tools'),
        ),
      )
      .toBe('team-strengths-weaknesses');
    expect(
      await page
        .locator(`${inBox('team-strengths-weaknesses')} [data-tool]`)
        .evaluateAll((all) => all.map((element) => element.getAttribute('data-tool'))),
    ).toEqual(['team', 'strengths-weaknesses', 'priority-board', 'discussion-points']);
    expect(
      await page
        .locator(`${inBox('mentoring-session')} [data-tool]`)
        .evaluateAll((all) => all.map((element) => element.getAttribute('data-tool'))),
    ).toEqual(['goals']);
    expect(
      await page
        .locator(`${inBox('plan-next-sprint')} [data-tool]`)
        .evaluateAll((all) => all.map((element) => element.getAttribute('data-tool'))),
    ).toEqual(['backlog', 'export']);
    // Inside an exercise (an h3), a tool's title is an h4.
    expect(await tool(page, 'goals').locator('h4').first().textContent()).toBe('Goals');

    const sw = await reveal(page, 'strengths-weaknesses');
    await sw.getByLabel('Add a weakness').fill('Unclear sprint goals');
    await sw.getByLabel('Add a weakness').press('Enter');
    const goals = await reveal(page, 'goals');
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    await goals.getByLabel('Goal statement').fill('A sprint goal at every planning');
    await goals.getByRole('checkbox', { name: '1. Unclear sprint goals' }).check();
    const backlog = await reveal(page, 'backlog');
    await backlog.getByRole('button', { name: 'New item from goal 1' }).click();
    await expect.poll(() => backlog.locator('.ws-backlog-item').count()).toBe(1);

    await openWorkspace(page);
    await expect
      .poll(() => tool(page, 'priority-board').locator('.ws-board-text').allTextContents())
      .toEqual(['Unclear sprint goals']);
    await expect
      .poll(() => tool(page, 'backlog').getByLabel('Title', { exact: true }).inputValue())
      .toBe('A sprint goal at every planning');
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('the print page carries no tools and no JavaScript islands', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site('all-in-one/'));
    expect(await page.locator('[data-workspace-tools]').count()).toBe(0);
    expect(await page.locator('astro-island').count()).toBe(0);
    await context.close();
  });
});

/** Drags with real mouse steps (Chromium starts an HTML5 drag only after the pointer has moved a little). */
async function drag(page: Page, source: Locator, target: Locator) {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag: source or target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(40, to.height / 2), { steps: 10 });
  await page.mouse.up();
}

describe('reordering with the mouse', () => {
  it('drags a weakness on the board and a backlog item to a new place, announcing the move', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openWorkspace(page);
    const add = tool(page, 'strengths-weaknesses').getByLabel('Add a weakness');
    for (const text of ['First', 'Second', 'Third']) {
      await add.fill(text);
      await add.press('Enter');
    }
    const board = tool(page, 'priority-board');
    await expect.poll(() => board.locator('.ws-board-item').count()).toBe(3);
    await board
      .locator('.ws-board-item', { hasText: 'Third' })
      .locator('.ws-handle')
      .dragTo(board.locator('.ws-board-item').first());
    await expect.poll(() => board.locator('.ws-board-text').allTextContents()).toEqual(['Third', 'First', 'Second']);
    await expect.poll(() => announced(page, 'priority-board')).toBe("'Third' moved to position 1 of 3");

    await showStep(page, 'Plan the next sprint around your goals');
    const title = tool(page, 'backlog').getByLabel('Or add an item by its title');
    for (const text of ['Alpha', 'Beta', 'Gamma']) {
      await title.fill(text);
      await title.press('Enter');
    }
    const items = tool(page, 'backlog').locator('.ws-backlog-item');
    await expect.poll(() => items.count()).toBe(3);
    await items.first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await drag(page, items.first().locator('.ws-handle'), items.nth(1));
    await expect.poll(() => items.locator('[data-title]').allTextContents()).toEqual(['Beta', 'Alpha', 'Gamma']);
    await expect.poll(() => announced(page, 'backlog')).toBe("'Alpha' moved to position 2 of 3");
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});

describe('the solo exercise: my personal list', () => {
  it('takes five wishes with Enter, edits, reorders, deletes with undo, persists and copies as text', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(site('episodes/how-mentorship-works/'));
    const openList = page.getByRole('button', { name: 'Open my list' });
    await openList.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-workspace-tools][data-tools-ready]') !== null);
    expect(await page.locator('[data-tool]').count()).toBe(0);
    await openList.click();
    const list = await reveal(page, 'personal-list');
    const field = list.getByLabel("Something you would like a mentor's help with");
    await field.click();
    for (const text of ['Code review', 'Public speaking', 'Grant writing', 'Testing', 'Saying no']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => list.locator('[data-personal-progress]').textContent()).toBe('5 written.');
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);

    await list.getByRole('button', { name: "Edit item 'Testing'" }).click();
    await list.getByRole('textbox', { name: 'Edit item' }).fill('Testing research code');
    await list.getByRole('textbox', { name: 'Edit item' }).press('Enter');
    await list.getByRole('button', { name: "Move up: 'Saying no'" }).click();
    await list.getByRole('button', { name: "Delete 'Grant writing'" }).click();
    await expect
      .poll(() => list.getByRole('button', { name: 'Undo' }).evaluate((e) => e === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    const texts = () => list.locator('.ws-text-value').allTextContents();
    await expect
      .poll(texts)
      .toEqual(['Code review', 'Public speaking', 'Grant writing', 'Saying no', 'Testing research code']);

    // Saved work opens the list by itself after a reload.
    await page.reload();
    const again = await reveal(page, 'personal-list');
    await expect
      .poll(() => again.locator('.ws-text-value').allTextContents())
      .toEqual(['Code review', 'Public speaking', 'Grant writing', 'Saying no', 'Testing research code']);
    await again.getByRole('button', { name: 'Copy as text' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('1. Code review\n2. Public speaking\n3. Grant writing\n4. Saying no\n5. Testing research code');
    // Personal: never part of the team's workspace.
    expect(await savedWorkspace(page)).toBeNull();
    await hydrated(page);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
