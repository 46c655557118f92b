/*
 * The inline stand-in for the client:use directive on a page whose only islands load on use (an
 * episode). The build puts it in the page, minified, with the values below filled in, and moves
 * Astro's island runtime and the directive into the file it fetches (src/lib/build/use-runtime.ts).
 * It fetches that file on the first use of a timer or the team tools, or at once when this browser
 * holds a timer for the page or saved tool work, and holds back the clicks and keys that came
 * before the file arrived: the directive replays them (src/page-scripts/hydrate-on-use.ts).
 */

/** The runtime file's address. */
declare const SRC: string;
/** What a click is held back on (src/lib/on-use/keys.ts). */
declare const CONTROL: string;
/** Keys the exercise timer answers to (src/lib/on-use/keys.ts). */
declare const TIMER_KEYS: readonly string[];
/** Where this browser lists the timers it holds, and where versions before the document model kept them. */
declare const TIMERS: string;
declare const LEGACY: string;
/** Where the team tools keep saved work. */
declare const SAVED: readonly string[];

/** An element used before the code arrived, and 'click', a key, or '' for a use that only starts loading. */
type Held = [target: Element, action: string];

const page = self as typeof self & { __useQueue: Held[]; Astro?: { use?: unknown } };
// Named once: the minifier shortens a name of ours, not a global's, and this script sits in every episode.
const doc = document;
const held: Held[] = (page.__useQueue = []);
const ISLAND = 'astro-island[client=use]';
let loading = false;

const loaded = () => page.Astro?.use;

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

/** Shows the page's own error notice for what was used, when the file cannot load (offline). */
const showErrors = (target: Element) => {
  const alerts = target.closest('[data-open-tools]')
    ? doc.querySelectorAll<HTMLElement>('[data-tools-error]')
    : (target.closest('[data-exercise-id]')?.querySelectorAll<HTMLElement>('[data-timer-error]') ?? []);
  for (const alert of alerts) alert.hidden = false;
};

const load = () => {
  if (loading || loaded()) return;
  loading = true;
  const script = doc.createElement('script');
  script.src = SRC;
  script.onerror = () => {
    loading = false;
    for (const [target] of held.splice(0)) showErrors(target);
  };
  doc.head.append(script);
};

/** Loads at once when this browser holds a timer for one of the page's exercises, or saved tool work. */
const loadIfHeld = () => {
  const timers = read(TIMERS) ?? '';
  const tools = doc.querySelectorAll<HTMLElement>('[data-workspace-tools]');
  for (const box of tools) box.dataset.toolsReady = '';
  const holdsTimer = [...doc.querySelectorAll<HTMLElement>('[data-exercise-id]')].some((box) =>
    timers.includes(JSON.stringify(box.dataset.exerciseId)),
  );
  // Loose != null: the same test in fewer bytes, in a script every episode carries.
  const savedWork = tools.length > 0 && SAVED.some((key) => read(key) != null);
  if (read(LEGACY) != null || holdsTimer || savedWork) load();
};

const hold = (event: Event, target: Element, action: string) => {
  held.push([target, action]);
  load();
  if (action) event.preventDefault();
};

/** A focus or a press on an island starts loading its code, so the click after it waits less. */
const warmUp = (event: Event) => {
  const target = event.target as Element;
  if (!loaded() && target.closest?.(ISLAND)) hold(event, target, '');
};

doc.addEventListener('DOMContentLoaded', loadIfHeld);
page.addEventListener('storage', loadIfHeld);
doc.addEventListener(
  'click',
  (event) => {
    const target = event.target as Element;
    const control = !loaded() && target.closest?.(`[data-open-tools],${ISLAND}`) && target.closest(CONTROL);
    if (!control) return;
    event.stopImmediatePropagation();
    hold(event, control, 'click');
  },
  true,
);
doc.addEventListener(
  'keydown',
  (event) => {
    const target = event.target as Element;
    const { key } = event;
    const timerKey = TIMER_KEYS.includes(key) && !(key === ' ' && target.closest?.(CONTROL));
    if (!loaded() && target.closest?.(ISLAND) && timerKey) hold(event, target, key);
  },
  true,
);
doc.addEventListener('focusin', warmUp, true);
doc.addEventListener('pointerdown', warmUp, true);

export {};
