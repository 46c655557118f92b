import type { BrowserContext, Page } from 'playwright-core';

/**
 * Two tabs acting "at the same instant", each before it has heard of the other, made certain rather
 * than left to timing: while a page is held, the messages other tabs send it over BroadcastChannel
 * wait in a queue, as they would behind a busy main thread, and are delivered when it is released.
 * (Two Playwright clicks sent together reach the pages several milliseconds apart, long enough for
 * the first change to arrive before the second is made.)
 */
export async function holdableTabs(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tabs = window as unknown as { tabsHeld: boolean; tabsQueue: (() => void)[] };
    tabs.tabsHeld = false;
    tabs.tabsQueue = [];
    const Real = BroadcastChannel;
    window.BroadcastChannel = class extends Real {
      constructor(name: string) {
        super(name);
        let handler: ((event: MessageEvent) => void) | null = null;
        Object.defineProperty(this, 'onmessage', {
          get: () => handler,
          set: (next: ((event: MessageEvent) => void) | null) => {
            handler = next;
          },
        });
        super.addEventListener('message', (event: MessageEvent) => {
          const deliver = () => handler?.call(this, event);
          if (tabs.tabsHeld) tabs.tabsQueue.push(deliver);
          else deliver();
        });
      }
    };
  });
}

/**
 * Holds both pages, runs the first page's action and then the second's (each should wait until its
 * own page shows its change), then releases them, the second first when `secondFirst`; returns how
 * many messages each page held, which must be at least one each for the change to be concurrent.
 */
export async function sameInstant(
  [first, second]: readonly [Page, Page],
  actions: readonly [() => Promise<unknown>, () => Promise<unknown>],
  secondFirst = false,
): Promise<[number, number]> {
  const set = (page: Page, held: boolean) =>
    page.evaluate((value) => {
      (window as unknown as { tabsHeld: boolean }).tabsHeld = value;
    }, held);
  const release = (page: Page) =>
    page.evaluate(() => {
      const tabs = window as unknown as { tabsHeld: boolean; tabsQueue: (() => void)[] };
      tabs.tabsHeld = false;
      const queued = tabs.tabsQueue.splice(0);
      for (const deliver of queued) deliver();
      return queued.length;
    });
  await set(first, true);
  await set(second, true);
  await actions[0]();
  await actions[1]();
  if (!secondFirst) return [await release(first), await release(second)];
  const heldBySecond = await release(second);
  return [await release(first), heldBySecond];
}
