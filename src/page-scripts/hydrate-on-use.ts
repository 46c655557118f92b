import type { ClientDirective } from 'astro';
import { holdsTimer } from '../lib/timer/held';
import { LIVE_TIMERS_KEY, TIMERS_KEY } from '../lib/storage-keys';
import { hasSavedWork, toolsOf } from '../lib/on-use/saved-work';
import { CONTROL, TIMER_KEYS } from '../lib/on-use/keys';

/**
 * `client:use`: an island whose server-rendered HTML is already usable loads its code only when
 * someone uses it. A reader who only reads downloads no JavaScript file. The click or key press that
 * triggered the load is held back and replayed once the island has hydrated, so nothing is lost.
 * Astro inlines this directive and its island runtime into the pages that use it; the build moves
 * both into one file that a small inline loader fetches on the first use (src/lib/build/use-runtime.ts),
 * and hands over what happened before it arrived.
 */
export interface UseOptions {
  /** An exercise timer: loads at once when this browser holds a timer for that exercise. */
  timer?: string;
  /** The exercise boxes' team tools: any "open the tools" button of the page loads them; saved work, at once. */
  tools?: boolean;
}

/**
 * What the page's inline loader held back before this code arrived (src/page-scripts/use-loader.ts,
 * see src/lib/build/use-runtime.ts): the element, and 'click', a key, or '' for a focus or a press
 * that only starts the loading.
 */
type Held = [target: Element, action: string];

const directive: ClientDirective = (load, { value }, island) => {
  const options = (value ?? {}) as UseOptions;
  let hydrated: Promise<void> | null = null;
  let done = false;
  const replays: (() => void)[] = [];
  // The island cannot word its own errors before its code has loaded: the page carries a hidden alert.
  const errors = () =>
    options.tools
      ? [...document.querySelectorAll<HTMLElement>('[data-tools-error]')]
      : [...(island.closest('[data-exercise-id]')?.querySelectorAll<HTMLElement>('[data-timer-error]') ?? [])];
  // Astro reports a failed import as an event and resolves anyway (after one retry): note it, and
  // keep its console error for real faults only.
  let failed = false;
  island.addEventListener('astro:hydration-error', (event) => {
    failed = true;
    if (!navigator.onLine) event.preventDefault();
  });
  const hydrate = () =>
    (hydrated ??= load()
      .then((run) => run())
      .then(() => {
        if (failed) throw new Error('not loaded');
        done = true;
        for (const error of errors()) error.hidden = true;
        for (const replay of replays.splice(0)) replay();
      }));
  // Offline before the code was ever saved: say so, and let the next use try again.
  const tryHydrate = () => {
    hydrate().catch(() => {
      hydrated = null;
      failed = false;
      replays.length = 0;
      for (const error of errors()) error.hidden = false;
    });
  };

  const scope: Document | HTMLElement = options.tools ? document : island;
  const wanted = (target: EventTarget | null): Element | null => {
    if (!(target instanceof Element)) return null;
    if (options.tools) return target.closest('[data-open-tools]');
    return island.contains(target) ? target : null;
  };

  scope.addEventListener(
    'click',
    (event) => {
      const target = wanted(event.target);
      const control = target?.closest(CONTROL);
      if (done || !(control instanceof HTMLElement)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      replays.push(() => control.click());
      tryHydrate();
    },
    true,
  );
  if (!options.tools) {
    island.addEventListener(
      'keydown',
      (event) => {
        const target = event.target;
        if (done || !(target instanceof HTMLElement) || !TIMER_KEYS.has(event.key)) return;
        // Space on a button is a click, replayed by the click handler above.
        if (event.key === ' ' && target.closest(CONTROL)) return;
        event.preventDefault();
        const { key } = event;
        replays.push(() =>
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
        );
        tryHydrate();
      },
      true,
    );
    // Focus or a press inside the timer is the start of a use: start loading before the click lands.
    island.addEventListener('focusin', tryHydrate, { once: true });
    island.addEventListener('pointerdown', tryHydrate, { once: true });
  }

  // Uses that reached the page before this code: this island's are replayed once it has hydrated.
  const held = ((self as { __useQueue?: Held[] }).__useQueue ??= []);
  const mine = held.filter(([target, action]) => wanted(target) && (action !== '' || !options.tools));
  for (const entry of mine) {
    held.splice(held.indexOf(entry), 1);
    const [target, action] = entry;
    if (action === 'click') replays.push(() => (target as HTMLElement).click());
    else if (action !== '')
      replays.push(() =>
        target.dispatchEvent(new KeyboardEvent('keydown', { key: action, bubbles: true, cancelable: true })),
      );
  }
  if (mine.length > 0) tryHydrate();

  if (options.tools) {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-workspace-tools]')];
    for (const box of boxes) box.dataset.toolsReady = '';
    if (boxes.some((box) => hasSavedWork(toolsOf(box)))) tryHydrate();
  } else if (options.timer) {
    const id = options.timer;
    if (holdsTimer(id)) tryHydrate();
    // Started from another tab (the console) while this page is open.
    window.addEventListener('storage', (event) => {
      if ((event.key === LIVE_TIMERS_KEY || event.key === TIMERS_KEY) && holdsTimer(id)) tryHydrate();
    });
  }
};

export default directive;
