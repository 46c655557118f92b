// Two tabs of one browser acting at the same instant, each before it has heard of the other (made
// certain by holding what the tabs send each other until both have acted): no change is ever lost,
// and both tabs end with the same workspace. Each case runs several trials, released in turn either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn } from './support/browser';
import { holdableTabs, sameInstant } from './support/held-tabs';
import { openWorkspace, savedWorkspace, tool } from './workspace-helpers';

const TRIALS = 5;

let browser: Browser;
let context: BrowserContext;
let a: Page;
let b: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  await holdableTabs(context);
  a = await context.newPage();
  b = await context.newPage();
  await openWorkspace(a);
  await openWorkspace(b);
});
afterAll(async () => {
  expect(problemsIn(context)).toEqual([]);
  await browser.close();
});

const sw = (page: Page) => tool(page, 'strengths-weaknesses');
const board = (page: Page) => tool(page, 'priority-board');
const texts = (page: Page) => sw(page).locator('.ws-text-value').allTextContents();
const ranked = (page: Page) => board(page).locator('.ws-board-text').allTextContents();

async function add(page: Page, kind: 'strength' | 'weakness', text: string) {
  const field = sw(page).getByLabel(`Add a ${kind}`);
  await field.fill(text);
  await field.press('Enter');
  for (const tab of [a, b]) await expect.poll(() => texts(tab)).toContain(text);
}

/** Opens the editor of an item and types, leaving the Enter that saves it for the same instant. */
async function prepareEdit(page: Page, kind: 'strength' | 'weakness', from: string, to: string) {
  await sw(page)
    .getByRole('button', { name: `Edit ${kind} '${from}'` })
    .click();
  const field = sw(page).getByRole('textbox', { name: `Edit ${kind}` });
  await field.fill(to);
  return () => field.press('Enter');
}

/** Both tabs show the same, and it is what is saved. */
async function converged(): Promise<void> {
  await expect.poll(async () => JSON.stringify(await texts(a))).toBe(JSON.stringify(await texts(b)));
  await expect.poll(async () => JSON.stringify(await ranked(a))).toBe(JSON.stringify(await ranked(b)));
}

describe('two tabs changing the workspace at the same instant', () => {
  it('one deletes an item while the other edits a different one: both happen', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      await add(a, 'strength', `delete me ${trial}`);
      await add(a, 'strength', `edit me ${trial}`);
      const edit = await prepareEdit(b, 'strength', `edit me ${trial}`, `edited ${trial}`);
      const held = await sameInstant(
        [a, b],
        [
          async () => {
            await sw(a)
              .getByRole('button', { name: `Delete strength 'delete me ${trial}'` })
              .click();
            await expect.poll(() => texts(a)).not.toContain(`delete me ${trial}`);
          },
          async () => {
            await edit();
            await expect.poll(() => texts(b)).toContain(`edited ${trial}`);
          },
        ],
        trial % 2 === 1,
      );
      expect(held.every((n) => n > 0)).toBe(true);
      for (const tab of [a, b]) {
        await expect.poll(() => texts(tab)).toContain(`edited ${trial}`);
        await expect.poll(() => texts(tab)).not.toContain(`delete me ${trial}`);
      }
      await converged();
    }
  });

  it('one renames a weakness while the other moves it on the board: both happen', async () => {
    await add(a, 'weakness', 'anchor');
    for (let trial = 0; trial < TRIALS; trial++) {
      await add(a, 'weakness', `moving ${trial}`);
      const rename = await prepareEdit(a, 'weakness', `moving ${trial}`, `renamed ${trial}`);
      const held = await sameInstant(
        [a, b],
        [
          async () => {
            await rename();
            await expect.poll(() => ranked(a)).toContain(`renamed ${trial}`);
          },
          async () => {
            await board(b)
              .getByRole('button', { name: `Move up: 'moving ${trial}'` })
              .click();
            await expect.poll(async () => (await ranked(b)).indexOf(`moving ${trial}`)).toBe(trial);
          },
        ],
        trial % 2 === 1,
      );
      expect(held.every((n) => n > 0)).toBe(true);
      for (const tab of [a, b]) {
        await expect.poll(async () => (await ranked(tab)).indexOf(`renamed ${trial}`)).toBe(trial);
      }
      await converged();
    }
  });

  it('a delete made at the same instant as a move of the same item stays deleted', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      await add(a, 'weakness', `doomed ${trial}`);
      const before = await ranked(b);
      const held = await sameInstant(
        [a, b],
        [
          async () => {
            await sw(a)
              .getByRole('button', { name: `Delete weakness 'doomed ${trial}'` })
              .click();
            await expect.poll(() => ranked(a)).not.toContain(`doomed ${trial}`);
          },
          async () => {
            await board(b)
              .getByRole('button', { name: `Move up: 'doomed ${trial}'` })
              .click();
            await expect.poll(() => ranked(b)).not.toEqual(before);
          },
        ],
        trial % 2 === 1,
      );
      expect(held.every((n) => n > 0)).toBe(true);
      for (const tab of [a, b]) await expect.poll(() => ranked(tab)).not.toContain(`doomed ${trial}`);
      await converged();
      expect(JSON.stringify(await savedWorkspace(a))).not.toContain(`doomed ${trial}`);
    }
  });

  it('a dot placed while the other tab starts a new round never brings the old dots back; a voter stays within the limit', async () => {
    const voters = board(a).getByLabel('Voters');
    await voters.fill('1');
    await voters.press('Tab');
    await expect.poll(() => board(b).getByLabel('Voting now').locator('option').count()).toBe(1);
    const dot = (page: Page) => board(page).getByRole('button', { name: "Put one of Member 1's dots on 'anchor'" });
    const tally = (page: Page) => board(page).locator('[data-tally]').allTextContents();
    const total = async (page: Page) => (await tally(page)).reduce((sum, text) => sum + Number.parseInt(text, 10), 0);
    for (let trial = 0; trial < TRIALS; trial++) {
      if ((await total(a)) > 0) await board(a).getByRole('button', { name: 'New round', exact: true }).click();
      for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(0);
      await dot(a).click();
      for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(1);
      const held = await sameInstant(
        [a, b],
        [
          async () => {
            await dot(a).click();
            await expect.poll(() => total(a)).toBe(2);
          },
          async () => {
            await board(b).getByRole('button', { name: 'New round', exact: true }).click();
            await expect.poll(() => total(b)).toBe(0);
          },
        ],
        trial % 2 === 1,
      );
      expect(held.every((n) => n > 0)).toBe(true);
      // Neither dot placed before the new round comes back, not even the one placed as it started.
      await expect.poll(async () => JSON.stringify(await tally(a))).toBe(JSON.stringify(await tally(b)));
      for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(0);
    }
    if ((await total(a)) > 0) await board(a).getByRole('button', { name: 'New round', exact: true }).click();
    for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(0);
    // The same voter's last dot, placed in both tabs at once: three dots at most.
    const perItem = board(a).getByLabel('Most dots on one item');
    await perItem.fill('3');
    await perItem.press('Tab');
    await expect.poll(() => perItem.inputValue()).toBe('3');
    await expect.poll(() => board(b).getByLabel('Most dots on one item').inputValue(), { timeout: 10_000 }).toBe('3');
    await dot(a).click();
    await dot(a).click();
    for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(2);
    const held = await sameInstant(
      [a, b],
      [
        async () => {
          await dot(a).click();
          await expect.poll(() => total(a)).toBe(3);
        },
        async () => {
          await dot(b).click();
          await expect.poll(() => total(b)).toBe(3);
        },
      ],
    );
    expect(held.every((n) => n > 0)).toBe(true);
    for (const tab of [a, b]) await expect.poll(() => total(tab)).toBe(3);
    await expect.poll(async () => JSON.stringify(await tally(a))).toBe(JSON.stringify(await tally(b)));
  });
});
