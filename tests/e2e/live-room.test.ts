// A team's live room on several devices (browser contexts), against the real live server serving the
// built site: members see each other's work, vote blind until the reveal, keep working through a
// network cut and a server restart, and a wrong link is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, openLiveRoom, problemsIn } from './support/browser';
import { createWorkshop, start, tempDataDir, type Started } from '../live/support/live';
import { serveStatic } from './support/static-server';
import { tool } from './workspace-helpers';
import { roomFragment, teamDocument } from '../../src/lib/live/links';

let browser: Browser;
let server: Started;
let data: ReturnType<typeof tempDataDir>;
let links: { red: string; redMentor: string; blue: string };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  data = tempDataDir();
  server = await start({ dataDir: data.dataDir, distDir: 'dist' });
  const workshop = await createWorkshop(server, { teams: ['Red', 'Blue'] });
  const [red, blue] = workshop.teams;
  const link = (teamId: string, token: string) =>
    `${server.url}workspace/${roomFragment({ document: teamDocument(workshop.workshopId, teamId), token })}`;
  links = {
    red: link(red!.id, red!.member),
    redMentor: link(red!.id, red!.mentor),
    blue: link(blue!.id, blue!.member),
  };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  data?.remove();
});

/** A member's device: its own browser context, the team link opened and a name given. */
async function member(name: string, link = links.red): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await openLiveRoom(page, link, name);
  return page;
}

const strengths = (page: Page) => tool(page, 'strengths-weaknesses').locator('.ws-text-value').allTextContents();

async function addStrength(page: Page, text: string): Promise<void> {
  const field = tool(page, 'strengths-weaknesses').getByLabel('Add a strength');
  await field.fill(text);
  await field.press('Enter');
}

describe('a live team room', () => {
  let anna: Page;
  let ben: Page;

  it('puts two members on one board: both add at the same moment and each sees both, and who is here', async () => {
    anna = await member('Anna');
    ben = await member('Ben');
    await expect.poll(() => anna.locator('[data-live-people]').textContent(), { timeout: 15_000 }).toContain('Ben');
    await expect.poll(() => ben.locator('[data-live-people]').textContent(), { timeout: 15_000 }).toContain('Anna');
    await Promise.all([addStrength(anna, 'From Anna'), addStrength(ben, 'From Ben')]);
    for (const page of [anna, ben]) {
      await expect.poll(async () => [...(await strengths(page))].sort()).toEqual(['From Anna', 'From Ben']);
    }
    await expectNoAxeViolations(anna);
  });

  it('keeps each member’s dots hidden from the others until someone reveals them', async () => {
    const weakness = tool(anna, 'strengths-weaknesses').getByLabel('Add a weakness');
    await weakness.fill('Slow reviews');
    await weakness.press('Enter');
    await expect
      .poll(() => tool(ben, 'priority-board').locator('.ws-board-text').allTextContents())
      .toEqual(['Slow reviews']);
    await tool(anna, 'priority-board')
      .getByRole('button', { name: "Put one of Anna's dots on 'Slow reviews'" })
      .click();
    await expect.poll(() => tool(anna, 'priority-board').locator('[data-tally]').allTextContents()).toEqual(['1 dot']);
    // Ben sees that a dot exists, not where.
    await expect.poll(() => ben.locator('[data-hidden-dots]').getAttribute('data-hidden-dots')).toBe('1');
    expect(await tool(ben, 'priority-board').locator('[data-tally]').allTextContents()).toEqual(['0 dots']);
    await ben.getByRole('button', { name: 'Reveal everyone’s dots' }).click();
    for (const page of [anna, ben]) {
      await expect
        .poll(() => tool(page, 'priority-board').locator('[data-tally]').allTextContents())
        .toEqual(['1 dot']);
    }
  });

  it('keeps a member working through a network cut, and merges when the network is back', async () => {
    const benContext = ben.context();
    await benContext.setOffline(true);
    await expect.poll(() => ben.locator('[data-live-state]').getAttribute('data-live-state')).toBe('offline');
    // The state stays in view where the member is writing, far below the bar.
    await tool(ben, 'priority-board').scrollIntoViewIfNeeded();
    expect(await ben.locator('.live-bar-state').isVisible()).toBe(true);
    const inView = (selector: string) =>
      ben.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
    expect(await inView('.live-bar-state')).toBe(false);
    expect(await inView('[data-live-badge]')).toBe(true);
    expect(await ben.locator('[data-live-badge]').textContent()).toBe('Offline: kept here');
    await addStrength(ben, 'Written offline');
    await addStrength(anna, 'Written meanwhile');
    await expect.poll(() => strengths(ben)).toContain('Written offline');
    expect(await strengths(anna)).not.toContain('Written offline');
    await benContext.setOffline(false);
    for (const page of [anna, ben]) {
      await expect
        .poll(() => strengths(page), { timeout: 20_000 })
        .toEqual(expect.arrayContaining(['Written offline', 'Written meanwhile']));
    }
    await expect.poll(() => ben.locator('[data-live-state]').getAttribute('data-live-state')).toBe('online');
  });

  it('loses nothing when the server stops and starts again mid-session', async () => {
    const port = new URL(server.url).port;
    await server.close();
    for (const page of [anna, ben]) {
      await expect.poll(() => page.locator('[data-live-state]').getAttribute('data-live-state')).toBe('offline');
    }
    await addStrength(anna, 'While the server was down');
    server = await start({ dataDir: data.dataDir, distDir: 'dist', port: Number(port) });
    for (const page of [anna, ben]) {
      await expect.poll(() => strengths(page), { timeout: 30_000 }).toContain('While the server was down');
    }
    // A new device joining now gets everything, from the server.
    const chen = await member('Chen');
    await expect
      .poll(() => strengths(chen))
      .toEqual(expect.arrayContaining(['From Anna', 'From Ben', 'Written offline']));
  });

  it('keeps teams apart, and says so plainly when a link is wrong', async () => {
    const other = await member('Dana', links.blue);
    expect(await strengths(other)).toEqual([]);
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(links.red.replace(/key=[^&]+/, 'key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    await page.waitForSelector('[data-live-bar][data-live-ready]');
    await expect.poll(() => page.locator('[data-live-state]').getAttribute('data-live-state')).toBe('refused');
    expect(await page.getByRole('alert').first().textContent()).toContain('This link is not valid for this room');
    expect(await strengths(page)).toEqual([]);
    // A link whose key was cut off opens no room, and says so rather than show this browser's own workspace.
    // Pasted into the same tab, only the fragment changes: the page loads again by itself.
    await page.goto(links.red.replace(/&key=[^&]+/, ''));
    await expect.poll(() => page.locator('[data-live-incomplete]').textContent()).toMatch(/link is incomplete/);
    expect(await page.locator('[data-live-state]').count()).toBe(0);
  });

  it("opens another team's link pasted into a tab that shows a room, and not for the skip link", async () => {
    const page = await member('Eve', links.blue);
    expect(await strengths(page)).toEqual([]);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    // The skip link changes the fragment too: the room stays, the page is not loaded again.
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    // A reload would have begun by the next frames (and ended this evaluation).
    const stayed = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done((window as unknown as { sameDocument?: boolean }).sameDocument)),
          ),
        ),
    );
    expect(stayed).toBe(true);
    expect(await tool(page, 'strengths-weaknesses').isVisible()).toBe(true);
    // As if pasted into the address bar: only the fragment changes.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate((hash) => void setTimeout(() => (location.hash = hash)), new URL(links.red).hash),
    ]);
    await page.waitForSelector('[data-live-bar][data-live-ready]');
    await expect.poll(() => strengths(page)).toEqual(expect.arrayContaining(['From Anna', 'From Ben']));
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
  });

  it('says it is offline, not that the site has no live server, when the server cannot be reached', async () => {
    const context = await newContext(browser);
    contexts.push(context);
    // The page loads; the server's API and live endpoint do not answer, as during a restart.
    await context.route('**/live/api/time', (route) => route.abort('connectionrefused'));
    await context.routeWebSocket(/\/live$/, (socket) => socket.close());
    const page = await context.newPage();
    await page.goto(links.red);
    await page.waitForSelector('[data-live-bar][data-live-ready]');
    await expect.poll(() => page.locator('[data-live-state]').getAttribute('data-live-state')).toBe('offline');
  });

  it('says on a static host that live rooms need the kit’s server, and keeps the work in the browser', async () => {
    const staticSite = await serveStatic('dist');
    try {
      const context = await newContext(browser);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(links.red.replace(server.url, staticSite.url));
      await page.waitForSelector('[data-live-bar][data-live-ready]');
      await expect.poll(() => page.locator('[data-live-state]').getAttribute('data-live-state')).toBe('no-server');
      expect(await page.locator('.live-bar-state').textContent()).toMatch(/npm start/);
      await addStrength(page, 'Kept in this browser');
      await expect.poll(() => strengths(page)).toEqual(['Kept in this browser']);
    } finally {
      await staticSite.close();
    }
  });

  it('raised no page error, console error or CSP violation on any device', () => {
    const problems = contexts.flatMap((context) =>
      problemsIn(context).filter(
        (problem) =>
          !/WebSocket|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to load resource/.test(problem),
      ),
    );
    expect(problems).toEqual([]);
  });
});
