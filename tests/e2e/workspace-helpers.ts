import { savedDocument } from './support/saved-documents';
import { readWorkspace } from '../../src/lib/workspace/document';
import { expect, vi } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { site } from './support/browser';

// A real browser re-renders after its own timers; with two Chromiums busy on a small machine that
// can take longer than vitest's default of 1 s for expect.poll. Applies to the workspace test files.
vi.setConfig({ expect: { poll: { timeout: 5000 } } });

import { WORKSPACE_DOCUMENT, WORKSPACE_KEY } from '../../src/lib/storage-keys';

export { WORKSPACE_DOCUMENT, WORKSPACE_KEY };

/** Whatever has not hydrated yet: an Astro island that still has `ssr`, or the workspace page's
 * tools, which a page script (not an island) hydrates and then marks with `data-hydrated`. Islands
 * that load on use (client:use, the exercise timers) stay as the server rendered them until used. */
export const NOT_HYDRATED = 'astro-island[ssr]:not([client="use"]), #workspace-app:not([data-hydrated])';

/** Waits until every island on the page, and the workspace page's tools, have hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, NOT_HYDRATED);
  // Hydration renders the server's values first and the saved ones in an effect right after: let those
  // effects run (two frames) before a test starts moving focus around.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Opens the workspace page and waits for its islands. */
export async function openWorkspace(page: Page): Promise<void> {
  await page.goto(site('workspace/'));
  await hydrated(page);
}

/** A tool on the page by its `data-tool` name. */
export function tool(page: Page, name: string): Locator {
  return page.locator(`[data-tool="${name}"]`);
}

/** The text of a tool's polite live region. */
export async function announced(page: Page, name: string): Promise<string> {
  return ((await tool(page, name).locator('[data-live]').textContent()) ?? '').replace(/\u00a0/g, '').trim();
}

/**
 * Moves focus to `target` with Tab / Shift+Tab only, as a keyboard user would: fails if the control
 * cannot be reached within `max` presses (so it also proves the control is in the tab order).
 */
export async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < max; i++) {
    const where = await handle.evaluate((element) => {
      const active = document.activeElement;
      if (active === element) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`tabTo: could not reach ${String(target)} with the keyboard`);
}

/** Asserts that `target` has focus (polled: focus moves after the island re-renders). */
export async function expectFocused(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((element) => element === document.activeElement), { timeout: 5000 })
    .toBe(true);
}

/** The workspace this browser has saved (in IndexedDB), or null when it has saved none. */
export async function savedWorkspace(page: Page): Promise<Record<string, unknown> | null> {
  const doc = await savedDocument(page, WORKSPACE_DOCUMENT);
  return doc === null ? null : { ...readWorkspace(doc) };
}

/**
 * Every localStorage entry and the saved workspace, to prove that something changed nothing at all.
 */
export async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  const local = await page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) all[key] = localStorage.getItem(key) ?? '';
    }
    return all;
  });
  return { ...local, [WORKSPACE_DOCUMENT]: JSON.stringify(await savedWorkspace(page)) };
}

/** Puts a workspace into storage before the page's scripts run, as if saved in an earlier visit. */
export async function seedWorkspace(context: BrowserContext, data: unknown): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      // Init scripts also run in about:blank, where storage is off limits.
      if (location.protocol !== 'http:') return;
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [WORKSPACE_KEY, JSON.stringify({ rev: 1, tab: 'seed', data })] as const,
  );
}

/** The summary of a step of the workspace page (an exercise, by its title), and whether the step is open. */
function stepSummary(page: Page, title: string) {
  const summary = page.locator('summary.ws-step-title', { hasText: title });
  const open = () => summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open);
  return { summary, open };
}

/** Opens a step of the workspace page (an exercise, by its title) with a click. */
export async function showStep(page: Page, title: string): Promise<void> {
  const { summary, open } = stepSummary(page, title);
  if (!(await open())) await summary.click();
  await page.locator('details.ws-step[open] > summary', { hasText: title }).waitFor();
}

/** Opens a step of the workspace page with the keyboard only: Tab to its summary, then Enter. */
export async function showStepWithKeys(page: Page, title: string): Promise<void> {
  const { summary, open } = stepSummary(page, title);
  await tabTo(page, summary);
  if (!(await open())) await page.keyboard.press('Enter');
  await page.locator('details.ws-step[open] > summary', { hasText: title }).waitFor();
}
