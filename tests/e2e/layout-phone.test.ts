// The kit on a phone (390 × 844), in both themes: no page scrolls sideways, including the console with a
// live workshop started and a member's live room, and the room's Live badge never sits over text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, openLiveRoom, problemsIn, startLiveWorkshop } from './support/browser';
import { start, tempDataDir, type Started } from '../live/support/live';
import { tool } from './workspace-helpers';

const PHONE = { width: 390, height: 844 };
const THEMES = ['light', 'dark'] as const;
const PAGES = [
  '',
  'schedule/',
  'episodes/team-mentoring-session/',
  'workspace/',
  'projector/',
  'countdown/',
  'handouts/',
  'handouts/team-worksheets/',
  'handouts/evaluation/',
  'all-in-one/',
  'search/',
  'glossary/',
  'facilitator/',
  'overview/',
];

let browser: Browser;
let server: Started;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  // The live server serves the built site too: every page, live or not, from one origin.
  server = await start({ dataDir: data.dataDir, distDir: process.env.E2E_DIST ?? 'dist' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data?.remove();
});

function phone(theme: (typeof THEMES)[number]): Promise<BrowserContext> {
  return newContext(browser, { viewport: PHONE, colorScheme: theme });
}

/**
 * How wide the page scrolls, and the elements that reach past the viewport's right edge without a
 * scroll box of their own to hold them (a wide table inside its `.table-scroll` is not counted; an
 * absolutely placed child whose containing block is outside that box is).
 */
function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const heldBy = (element: Element): boolean => {
      const style = getComputedStyle(element);
      // An absolutely placed element's containing block: its nearest positioned ancestor, else the page's.
      const parent = style.position === 'absolute' ? (element as HTMLElement).offsetParent : null;
      const containing = parent && getComputedStyle(parent).position !== 'static' ? parent : null;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === 'visible') continue;
        if (style.position !== 'absolute' || (containing && (containing === up || containing.contains(up)))) {
          return true;
        }
      }
      return false;
    };
    const name = (element: Element) => {
      const classes = [...element.classList].map((c) => `.${c}`).join('');
      const box = element.getBoundingClientRect();
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} (right ${Math.round(box.right)})`;
    };
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) =>
        element.getBoundingClientRect().right > width + 0.5 &&
        getComputedStyle(element).position !== 'fixed' &&
        !heldBy(element),
    );
    // The kit's own tables (in .table-scroll) are laid out to fit a phone, with no sideways scroll of their own.
    const scrolling = [...document.querySelectorAll('.table-scroll')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${name(box.firstElementChild ?? box)} in a box ${box.clientWidth} px wide`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 12).map(name), scrolling };
  });
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, width, wide, scrolling } = await sideways(page);
  // Soft: a page's other checks still run and report.
  expect
    .soft(scrollWidth, `${what} scrolls sideways at ${width} px; too wide: ${wide.join(', ')}`)
    .toBeLessThanOrEqual(width);
  expect.soft(scrolling, `${what}: tables that scroll sideways in their box`).toEqual([]);
}

/** The text (each line box of each text node) that the Live badge's box overlaps. */
function textUnderBadge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const badge = document.querySelector('[data-live-badge]');
    if (!badge) throw new Error('no Live badge on the page');
    const b = badge.getBoundingClientRect();
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text || badge.contains(node)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Visually hidden text is clipped to a pixel: it shows nowhere.
      for (const r of range.getClientRects()) {
        if (r.width <= 1 || r.height <= 1) continue;
        if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) covered.push(text);
      }
    }
    return covered;
  });
}

describe.each(THEMES)('on a phone, %s theme', (theme) => {
  it.each(PAGES)('/%s does not scroll sideways', async (path) => {
    const context = await phone(theme);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    // What a reader can open (a worked solution, an instructor's note) must fit too.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await expectNoSidewaysScroll(page, `/${path}`);
    expect(problemsIn(context)).toEqual([]);
    await context.close();
  });

  it("the console with a live workshop, and a member's live room, fit; the Live badge covers no text", async () => {
    const consoleContext = await phone(theme);
    const console = await consoleContext.newPage();
    await startLiveWorkshop(console, server.url, 'Red\nBlue');
    await console.locator('[data-start-next]').click();
    await expectNoSidewaysScroll(console, 'the console with a live workshop');
    const redLink = (await console.locator('[data-live-link="Red: team link"]').getAttribute('href')) ?? '';

    const memberContext = await phone(theme);
    const member = await memberContext.newPage();
    await openLiveRoom(member, redLink);
    await expect.poll(() => member.locator('[data-live-badge]').textContent()).toBe('Live');
    await expectNoSidewaysScroll(member, "a member's live room");
    expect(await textUnderBadge(member), 'text under the Live badge').toEqual([]);

    // Far below the bar, where the member writes, the state is still in view.
    await tool(member, 'priority-board').scrollIntoViewIfNeeded();
    const badgeInView = await member.locator('[data-live-badge]').evaluate((badge) => {
      const box = badge.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(badgeInView).toBe(true);
    for (const context of [consoleContext, memberContext]) expect(problemsIn(context)).toEqual([]);
    await memberContext.close();
    await consoleContext.close();
  });
});
