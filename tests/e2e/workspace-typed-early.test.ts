import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openWithScriptHeld, problemsIn } from './support/browser';
import { hydrated, tool } from './workspace-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the team workspace, painted before its code arrives', () => {
  it('keeps what was typed into its fields meanwhile, and the tools take it', async () => {
    const { context, page, release } = await openWithScriptHeld(browser, 'workspace/');
    await page.getByLabel('Team name').fill('Red');
    const strength = tool(page, 'strengths-weaknesses').getByLabel('Add a strength');
    await strength.fill('We pair on hard stories');
    release();
    await hydrated(page);

    expect(await strength.inputValue()).toBe('We pair on hard stories');
    await strength.press('Enter');
    const items = tool(page, 'strengths-weaknesses').locator('li', { hasText: 'We pair on hard stories' });
    await expect.poll(() => items.count()).toBe(1);
    expect(await strength.inputValue()).toBe('');

    // The team name reached the workspace: it is there after a reload.
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.getByLabel('Team name').inputValue()).toBe('Red');
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('presses a button pressed, and Enter typed, meanwhile once the tools are live, once each', async () => {
    const { context, page, release } = await openWithScriptHeld(browser, 'workspace/');
    const tools = tool(page, 'strengths-weaknesses');
    await tools.getByLabel('Add a weakness').fill('Reviews wait for days');
    await tools.getByRole('button', { name: 'Add' }).nth(1).click();
    await tools.getByLabel('Add a strength').fill('We ship every sprint');
    await tools.getByLabel('Add a strength').press('Enter');
    release();
    await hydrated(page);
    const items = tools.locator('li', { hasText: 'Reviews wait for days' });
    await expect.poll(() => items.count()).toBe(1);
    expect(await tools.getByLabel('Add a weakness').inputValue()).toBe('');
    expect(await tools.locator('li', { hasText: 'We ship every sprint' }).count()).toBe(1);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
