import { savedDocument } from './support/saved-documents';
import { replayTimers } from '../../src/lib/timer/document';
import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';

import { TIMERS_DOCUMENT, TIMERS_KEY } from '../../src/lib/storage-keys';

export { TIMERS_DOCUMENT, TIMERS_KEY };
export const MIN = 60_000;
/** A fixed start for the fake clock: the workshop's morning. */
export const T0 = Date.UTC(2026, 10, 21, 8, 30);

/**
 * Records every text the pages' polite live regions ([data-live]) are given, in order, so a test can
 * prove that a milestone was announced exactly once. Call before the pages load.
 */
export async function recordAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    const last = new WeakMap<Element, string>();
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target;
        const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        const live = element instanceof Element ? element.closest('[data-live]') : null;
        if (!live) continue;
        const text = live.textContent ?? '';
        if (last.get(live) === text) continue;
        last.set(live, text);
        const clean = text.replace(/\u00a0/g, ' ').trim();
        if (clean) heard.push(clean);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Everything announced so far on a page. */
export function heard(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

/** How often an announcement containing `text` was made. */
export async function timesHeard(page: Page, text: string): Promise<number> {
  return (await heard(page)).filter((message) => message.includes(text)).length;
}

/** An exercise box's timer. */
export function exerciseTimer(page: Page, id: string): Locator {
  return page.locator(`[data-timer="${id}"]`);
}

/**
 * Scrolls a timer into view, starts loading its code (client:use) and waits until it has hydrated and loaded its state.
 * With `pausedClock`, the fake clock is paused: the island's effects only run once it is advanced,
 * so it is advanced a little after hydration.
 */
export async function readyTimer(page: Page, id: string, pausedClock = false): Promise<Locator> {
  const timer = exerciseTimer(page, id);
  await timer.scrollIntoViewIfNeeded();
  // An exercise box's timer loads its code on first use (client:use): a press inside it is one,
  // and neither moves focus nor changes the timer.
  await timer.dispatchEvent('pointerdown');
  if (pausedClock) {
    await page.waitForFunction(
      (exercise) =>
        document.querySelector(`astro-island:has([data-timer="${exercise}"])`)?.hasAttribute('ssr') === false,
      id,
    );
    await page.clock.runFor(300);
  }
  await page.waitForSelector(`[data-timer="${id}"][data-ready]`);
  return timer;
}

/** A timer's saved state, as this browser keeps it (the timers document in IndexedDB). */
export async function savedTimer(
  page: Page,
  id: string,
): Promise<{ startedAt: number | null; pausedAt: number | null; finishedAt: number | null }> {
  let timer: { startedAt: number | null; pausedAt: number | null; finishedAt: number | null } | undefined;
  await expect
    .poll(
      async () => {
        const doc = await savedDocument(page, TIMERS_DOCUMENT);
        timer = doc ? replayTimers(doc.getArray('actions').toArray()).timers[id] : undefined;
        return timer !== undefined;
      },
      { message: `a saved timer for ${id}` },
    )
    .toBe(true);
  return timer as never;
}

/** Trimmed text of a locator (empty when absent). */
export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until every island on the page has hydrated (Astro removes their `ssr` attribute), except
 * those that load on use (client:use) and have not been used. */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="use"])').length === 0);
}
