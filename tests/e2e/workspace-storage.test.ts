import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn, site } from './support/browser';
import {
  WORKSPACE_DOCUMENT,
  WORKSPACE_KEY,
  hydrated,
  openWorkspace,
  savedWorkspace,
  storageSnapshot,
  tool,
} from './workspace-helpers';

/** Saving in the browser: two tabs, full or blocked storage, a corrupted saved value. */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function addStrength(page: Page, text: string) {
  const field = tool(page, 'strengths-weaknesses').getByLabel('Add a strength');
  await field.fill(text);
  await field.press('Enter');
}

const strengths = (page: Page) =>
  tool(page, 'strengths-weaknesses').locator('section').first().locator('.ws-text-value').allTextContents();

describe('two pages of the same workspace', () => {
  it('see each other’s changes and converge without losing an item', async () => {
    const context = await newContext(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    await openWorkspace(first);
    await openWorkspace(second);

    await addStrength(first, 'From the first tab');
    await expect.poll(() => strengths(second)).toEqual(['From the first tab']);
    await addStrength(second, 'From the second tab');
    await expect.poll(() => strengths(first)).toEqual(['From the first tab', 'From the second tab']);

    // Both change at once: neither change is lost, and both end with the same workspace.
    await Promise.all([addStrength(first, 'Both at once, first'), addStrength(second, 'Both at once, second')]);
    for (const page of [first, second]) {
      await expect
        .poll(async () => [...(await strengths(page))].sort())
        .toEqual(['Both at once, first', 'Both at once, second', 'From the first tab', 'From the second tab']);
    }
    await expect.poll(async () => JSON.stringify(await strengths(first))).toBe(JSON.stringify(await strengths(second)));

    // What is saved holds both tabs' work.
    await expect
      .poll(async () => ((await savedWorkspace(first))?.['strengths'] as { text: string }[] | undefined)?.length)
      .toBe(4);

    // A weakness ranked in one tab is ranked in the other.
    const weakness = tool(first, 'strengths-weaknesses').getByLabel('Add a weakness');
    await weakness.fill('Slow reviews');
    await weakness.press('Enter');
    await weakness.fill('Big stories');
    await weakness.press('Enter');
    await tool(second, 'priority-board').getByRole('button', { name: "Move up: 'Big stories'" }).click();
    await expect
      .poll(() => tool(first, 'priority-board').locator('.ws-board-text').allTextContents())
      .toEqual(['Big stories', 'Slow reviews']);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});

describe('when the browser cannot save', () => {
  it('says so when a write fails (storage full), keeps working in memory and offers an export', async () => {
    const context = await newContext(browser, { acceptDownloads: true });
    await context.addInitScript(() => {
      // A full disk: IndexedDB refuses every write until the test makes room.
      const flags = window as unknown as { diskFull: boolean };
      flags.diskFull = true;
      const add = IDBObjectStore.prototype.add; // eslint-disable-line @typescript-eslint/unbound-method
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (flags.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      };
    });
    const page = await context.newPage();
    await openWorkspace(page);
    const notice = page.locator('[data-storage-notice]').first();
    await addStrength(page, 'Kept in memory');

    await expect.poll(() => notice.getAttribute('data-storage-notice')).toBe('full');
    expect(await page.getByRole('alert').first().textContent()).toContain('Your changes are not being saved');
    // The tools go on working.
    await addStrength(page, 'Still working');
    await tool(page, 'strengths-weaknesses')
      .getByRole('button', { name: "Move 'Still working' to weaknesses" })
      .click();
    await expect.poll(() => strengths(page)).toEqual(['Kept in memory']);
    await expect
      .poll(() => tool(page, 'priority-board').locator('.ws-board-text').allTextContents())
      .toEqual(['Still working']);
    expect(await savedWorkspace(page)).toBeNull();

    // The notice's export carries what is only in memory.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download workspace (JSON)' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { strengths: { text: string }[] };
    expect(file.strengths.map((s) => s.text)).toEqual(['Kept in memory']);

    // Once there is room again, saving resumes by itself, with no further edit.
    await page.evaluate(() => {
      (window as unknown as { diskFull: boolean }).diskFull = false;
    });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(async () => ((await savedWorkspace(page))?.['strengths'] as { text: string }[] | undefined)?.length)
      .toBe(1);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('says so when storage is blocked altogether (private mode)', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    const page = await context.newPage();
    await openWorkspace(page);
    await addStrength(page, 'Only in this tab');
    await expect
      .poll(() => page.locator('[data-storage-notice]').first().getAttribute('data-storage-notice'))
      .toBe('unavailable');
    expect(await page.locator('[data-storage-notice]').first().textContent()).toContain('private browsing');
    // The work can still be kept: the notice offers the export.
    expect(
      await page
        .locator('[data-storage-notice]')
        .first()
        .getByRole('button', { name: 'Download workspace (JSON)' })
        .count(),
    ).toBe(1);
    await expect.poll(() => strengths(page)).toEqual(['Only in this tab']);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});

describe('a saved workspace that cannot be read', () => {
  it('is set aside under a backup key, and the notice says where', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openWorkspace(page);
    const corrupt = JSON.stringify({
      rev: 3,
      tab: 'x',
      data: { format: 'mentoring-kit/workspace', version: 1, team: 42 },
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, corrupt] as const);
    await page.reload();
    await hydrated(page);

    const notice = page.locator('[data-storage-notice="recovered-corrupt"]');
    await expect.poll(() => notice.count()).toBe(1);
    const stored = await storageSnapshot(page);
    const backupKey = Object.keys(stored).find((key) => key.startsWith(`${WORKSPACE_KEY}:corrupt:`));
    expect(backupKey).toBeDefined();
    expect(stored[backupKey ?? '']).toBe(corrupt);
    expect(await notice.locator('code').textContent()).toBe(backupKey);
    expect(await page.getByRole('status').filter({ has: notice }).count()).toBe(1);

    // Work goes on; the notice goes once read.
    await addStrength(page, 'A fresh start');
    await expect.poll(() => strengths(page)).toEqual(['A fresh start']);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect((await storageSnapshot(page))[backupKey ?? '']).toBe(corrupt);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('is a saved document that Yjs cannot read: the database is set aside untouched, the notice names it, and saving goes on under a new name', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openWorkspace(page);
    await addStrength(page, 'Before the damage');
    await expect
      .poll(async () => ((await savedWorkspace(page))?.['strengths'] as unknown[] | undefined)?.length)
      .toBe(1);
    // Damage what is on disk from a page that does not hold the document (a reading page loads no script).
    await page.goto(site(''));
    const records = (name: string) =>
      page.evaluate(
        (db) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open(db);
            open.onerror = () => reject(new Error('cannot open'));
            open.onsuccess = () => {
              const count = open.result.transaction('updates').objectStore('updates').count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
        name,
      );
    await page.evaluate(
      (db) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(new Error('cannot open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('updates', 'readwrite');
            tx.objectStore('updates').add(new Uint8Array([255, 1, 2, 3]));
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      WORKSPACE_DOCUMENT,
    );
    const damaged = await records(WORKSPACE_DOCUMENT);

    await openWorkspace(page);
    const notice = page.locator('[data-storage-notice="recovered-corrupt"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.locator('code').textContent()).toBe(`IndexedDB "${WORKSPACE_DOCUMENT}"`);
    await addStrength(page, 'A fresh start');
    await expect.poll(() => strengths(page)).toEqual(['A fresh start']);
    await expect
      .poll(async () => ((await savedWorkspace(page))?.['strengths'] as { text: string }[] | undefined)?.[0]?.text)
      .toBe('A fresh start');
    // The unreadable database is kept as it was, for a facilitator to recover.
    expect(await records(WORKSPACE_DOCUMENT)).toBe(damaged);

    // A reload reads the new database: the work is there and nothing is reported any more.
    await page.reload();
    await hydrated(page);
    await expect.poll(() => strengths(page)).toEqual(['A fresh start']);
    expect(await page.locator('[data-storage-notice]').count()).toBe(0);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
