// Keystroke to next frame in the team workspace with a large backlog: the time from a key press in
// an "Add" field to the frame after it, the delay a typist feels. Measured by `npm run bench` only: a
// timed browser test would be flaky on a loaded machine, so the benchmark holds the figure.
import type { Browser, Page } from 'playwright-core';
// Saved as `{ rev, tab, data }` under the key from before the document model, which the store carries in.
import { WORKSPACE_KEY } from '../../src/lib/storage-keys.ts';

/** A valid saved workspace with `items` backlog items and `weaknesses` weaknesses (as many by default). */
export function largeWorkspace(items: number, weaknesses = items): Record<string, unknown> {
  const ids = Array.from({ length: items }, (_, i) => i + 1);
  const weaknessIds = Array.from({ length: weaknesses }, (_, i) => i + 1);
  return {
    format: 'mentoring-kit/workspace',
    version: 1,
    team: { name: 'Big team', sessionDate: '', mentor: '' },
    strengths: [],
    weaknesses: weaknessIds.map((i) => ({ id: `w-${i}`, text: `Weakness number ${i}` })),
    rank: weaknessIds.map((i) => `w-${i}`),
    voting: { votesPerMember: 3, perItemCap: 2, members: [], votes: [] },
    discussion: [],
    goals: [],
    backlog: ids.map((i) => ({
      id: `b-${i}`,
      title: `Backlog item number ${i}`,
      description: `What item ${i} is about, in a sentence or two.`,
      priority: i % 3 === 0 ? 'must' : null,
      size: i % 2 === 0 ? 'M' : null,
      goalId: null,
      existing: null,
    })),
  };
}

/** Puts a workspace into the context's storage before any page script runs. */
export async function seedLargeWorkspace(page: Page, items: number, weaknesses = items): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (location.protocol === 'http:' && localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [WORKSPACE_KEY, JSON.stringify({ rev: 1, tab: 'bench', data: largeWorkspace(items, weaknesses) })] as const,
  );
}

/** The value at a percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Types `text` into the field `selector`, one key at a time and waiting for a frame between
 * keys as a person would, and returns each key's time in milliseconds from the key event to the
 * frame after it (measured in the page: event time to a task queued from the next animation frame).
 */
export async function keystrokeLatencies(page: Page, selector: string, text: string): Promise<number[]> {
  // By id, not by label: Playwright's label lookup is slow among thousands of labels.
  const field = page.locator(selector);
  await field.evaluate((element) => {
    const times: number[] = [];
    (window as unknown as { keystrokes: number[] }).keystrokes = times;
    element.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
    });
  });
  await field.focus();
  const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  for (const key of text) {
    await page.keyboard.type(key);
    await frame();
  }
  await page.waitForFunction(
    (count) => (window as unknown as { keystrokes: number[] }).keystrokes.length >= count,
    text.length,
  );
  return page.evaluate(() => (window as unknown as { keystrokes: number[] }).keystrokes);
}

/** Summary of a run of key presses. */
export interface TypingFigures {
  field: string;
  keys: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Opens the workspace with `items` backlog items (and as many weaknesses on the board) and measures typing
 * in two Add fields: a weakness, and a backlog item's title.
 */
export async function typingInWorkspace(browser: Browser, siteUrl: string, items = 2000): Promise<TypingFigures[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await seedLargeWorkspace(page, items);
    await page.goto(new URL('workspace/', siteUrl).href);
    await page.waitForFunction(() => document.querySelector('#workspace-app[data-hydrated]') !== null);
    await page.waitForFunction((count) => document.querySelectorAll('.ws-backlog-item').length === count, items, {
      timeout: 60_000,
    });
    const figures: TypingFigures[] = [];
    const text = 'Only one person can deploy to production';
    const fields = [
      { label: 'Add a weakness', selector: '#ws-add-weaknesses' },
      { label: 'Or add an item by its title', selector: '#ws-add-backlog' },
    ];
    for (const { label, selector } of fields) {
      // The backlog's field is in the third step: open it as a person would.
      if (selector === '#ws-add-backlog') await page.locator('summary.ws-step-title').last().click();
      const times = await keystrokeLatencies(page, selector, text);
      figures.push({
        field: label,
        keys: times.length,
        medianMs: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        maxMs: round(Math.max(...times)),
      });
    }
    return figures;
  } finally {
    await context.close();
  }
}
