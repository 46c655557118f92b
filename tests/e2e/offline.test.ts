import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn } from './support/browser';
import { switchableServer, type SwitchableSite } from './support/switchable-server';
import { exerciseTimer, text } from './timer-helpers';
import { hydrated, showStep, tool } from './workspace-helpers';

// After one visit the kit works with no network: the service worker (src/lib/build/service-worker.ts) has
// saved every page and file of the build. These tests serve the build themselves, so that "offline"
// means the server is really gone as well as the browser's network switched off.
const dist = process.env.E2E_DIST ?? 'dist';
let browser: Browser;
let server: SwitchableSite;
const at = (path = '') => new URL(path, server.url).href;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await switchableServer(dist);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Waits until the service worker controls the page, which means that it has saved the whole build. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

async function goOffline(context: BrowserContext): Promise<void> {
  server.down(true);
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  server.down(false);
}

/** Failures to reach the network that the browser itself logs while offline are expected; others are not. */
const realProblems = (context: BrowserContext) =>
  problemsIn(context).filter(
    (problem) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch|ServiceWorker/.test(problem),
  );

describe('after one visit, with the network gone', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser, { acceptDownloads: true });
    page = await context.newPage();
    await page.goto(at());
    await controlled(page);
    await goOffline(context);
  });
  afterAll(async () => {
    await goOnline(context);
    await context.close();
  });

  it('reads an episode that was never opened', async () => {
    await page.goto(at('episodes/sustaining-the-relationship/'));
    expect(await text(page.locator('h1'))).toBe('Sustaining the relationship');
  });

  it('searches', async () => {
    await page.goto(at('search/'));
    const box = page.getByRole('searchbox', { name: 'Search the workshop' }).first();
    await box.fill('MoSCoW');
    await box.press('Enter');
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('opens the team tools in an episode and keeps what the team writes', async () => {
    await page.goto(at('episodes/team-mentoring-session/'));
    await page.getByRole('button', { name: 'Open the team tools' }).first().click();
    const strengths = tool(page, 'strengths-weaknesses');
    await expect.poll(() => strengths.count()).toBeGreaterThan(0);
    const field = strengths.getByLabel('Add a strength', { exact: true });
    await field.fill('We pair on hard problems');
    await field.press('Enter');
    await expect.poll(() => strengths.getByText('We pair on hard problems').count()).toBeGreaterThan(0);
  });

  it('exports and imports a workspace file on the workspace page', async () => {
    await page.goto(at('workspace/'));
    await hydrated(page);
    const io = tool(page, 'import-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      io.getByRole('button', { name: 'Download workspace (JSON)' }).click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain('We pair on hard problems');
    await io.getByLabel('Choose a file…').setInputFiles({
      name: 'workshop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => io.locator('[data-import-preview]').count(), { timeout: 10_000 }).toBe(1);
  });

  it('runs a timer on the console, and the projector follows', async () => {
    await page.goto(at('facilitator/'));
    await page.waitForSelector('.console[data-ready]');
    await page
      .locator('[data-exercise-row="team-strengths-weaknesses"]')
      .getByRole('button', { name: /^Start/ })
      .click();
    const projector = await context.newPage();
    await projector.goto(at('projector/'));
    await projector.waitForSelector('[data-projector][data-ready]');
    await expect.poll(() => text(projector.locator('[data-projector-status]'))).toBe('Running');
    await projector.close();
    expect(realProblems(context)).toEqual([]);
  });
});

describe('a reader', () => {
  it('loads no JavaScript file on an episode until Start is pressed, then the timer runs', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(at('episodes/mentoring-network/'));
    await page.waitForLoadState('networkidle');
    const timer = exerciseTimer(page, 'map-your-network');
    expect(await text(timer.locator('[data-timer-clock]'))).toBe('10:00');
    expect(scripts).toEqual([]);

    await timer.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Running');
    expect(scripts.some((url) => url.includes('ExerciseTimer'))).toBe(true);

    // A running timer loads itself after a reload, with no interaction.
    await page.reload();
    await page.waitForSelector('[data-timer="map-your-network"][data-ready]');
    expect(await text(timer.locator('[data-timer-status]'))).toBe('Running');
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it('offline before the page was ever saved, a timer says at once that it cannot load', async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(at('episodes/mentoring-network/'));
    await goOffline(context);
    try {
      const timer = exerciseTimer(page, 'map-your-network');
      await timer.getByRole('button', { name: 'Start' }).click();
      const alert = page.locator('[data-exercise-id="map-your-network"] [data-timer-error]');
      await expect.poll(() => alert.isVisible()).toBe(true);
      expect(await text(alert)).toMatch(/could not be loaded: you are offline/);
    } finally {
      await goOnline(context);
      await context.close();
    }
  });
});

describe('offline before the kit was ever saved (no service worker)', () => {
  it('says at once that importing a file or a pasted backlog needs the network, and changes nothing', async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(at('workspace/'));
    // The tools' code has arrived (it starts after the first paint): only the import code is left to fetch.
    await hydrated(page);
    const io = tool(page, 'import-export');
    await goOffline(context);
    try {
      await io.getByLabel('Choose a file…').setInputFiles({
        name: 'workshop.json',
        mimeType: 'application/json',
        buffer: readFileSync('tests/fixtures/workspace/v1-valid.json'),
      });
      const importAlert = io.locator('[data-import-error="unavailable"]');
      await expect.poll(() => importAlert.count()).toBe(1);
      expect(await text(importAlert)).toMatch(/^Importing workshop\.json needs a part of the kit .* Reconnect/);

      await showStep(page, 'Plan the next sprint around your goals');
      const backlog = tool(page, 'backlog');
      await backlog
        .getByLabel('Paste gh issue list JSON or CSV')
        .fill(readFileSync('tests/fixtures/backlog/gh-issue-list.json', 'utf8'));
      await backlog.getByRole('button', { name: 'Add pasted items' }).click();
      const note = backlog.locator('[data-backlog-import-note]');
      await expect.poll(() => text(note)).toMatch(/^Reading a backlog needs a part of the kit/);
      expect(await backlog.locator('.ws-backlog-item').count()).toBe(0);
    } finally {
      await goOnline(context);
      await context.close();
    }
  });
});

describe('a new build', () => {
  let next: string;

  beforeAll(() => {
    // The same site with another cache version: what the next deployment looks like to the browser.
    next = mkdtempSync(join(tmpdir(), 'kit-next-build-'));
    cpSync(dist, next, { recursive: true });
    const worker = join(next, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/mentoring-kit-[0-9a-f]+/, 'mentoring-kit-nextbuild'));
  });
  afterAll(() => {
    server.serve(dist);
    rmSync(next, { recursive: true, force: true });
  });

  it('is offered with "Reload for the new version" and never takes over a running exercise', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(at('episodes/mentoring-network/'));
    await controlled(page);
    const timer = exerciseTimer(page, 'map-your-network');
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => text(timer.locator('[data-timer-status]'))).toBe('Running');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    server.serve(next);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const offer = page.getByRole('button', { name: 'Reload for the new version' });
    await offer.waitFor({ timeout: 30_000 });
    // Nothing was swapped: the same page, the timer still running, the old build still in control.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await text(timer.locator('[data-timer-status]'))).toBe('Running');
    expect(await page.evaluate(async () => (await caches.keys()).sort())).toHaveLength(2);

    await Promise.all([page.waitForEvent('load'), offer.click()]);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    await page.waitForSelector('[data-timer="map-your-network"][data-ready]');
    expect(await text(timer.locator('[data-timer-status]'))).toBe('Running');
    await expect.poll(() => page.evaluate(async () => await caches.keys())).toEqual(['mentoring-kit-nextbuild']);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });
});
