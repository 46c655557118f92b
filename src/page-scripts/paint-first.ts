/*
 * The inline stand-in for a tool page's module script (the workspace, the console, the projector…):
 * the build puts it in the page, minified, with SRC filled in (src/lib/build/paint-first.ts). The
 * page is rendered on the server, so it can be read before its code runs: the code is fetched once
 * the browser has painted the page's content, rather than fetched, parsed and run before it on a
 * slow phone. A page in a hidden tab paints nothing, so there the code starts at once (and a live
 * room connects); so it does in a browser that does not report paints. A button pressed, or Enter
 * in a field, in a part of the page marked data-hold-uses before that part is marked data-hydrated
 * starts the code at once, and is kept on window.__heldUses for the page's code to replay
 * (src/page-scripts/typed-early.ts).
 */

/** The page's module script, as Astro wrote it. */
declare const SRC: string;

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import(SRC);
};
/** What was used before the code arrived: a button pressed ('click'), or Enter in a field. */
type Held = [target: Element, use: 'click' | 'Enter'];
const held: Held[] = ((self as typeof self & { __heldUses?: Held[] }).__heldUses = []);
const WAITING = '[data-hold-uses]:not([data-hydrated])';
const hold = (event: Event, selector: string, use: Held[1]) => {
  const target = (event.target as Element).closest?.(`${WAITING} ${selector}`);
  if (!target) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  held.push([target, use]);
  start();
};
addEventListener('click', (event) => hold(event, 'button', 'click'), true);
addEventListener('keydown', (event) => event.key === 'Enter' && hold(event, 'input', 'Enter'), true);
if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) start();
else {
  // Reported once the frame with the page's first text is on screen; buffered, in case that was already.
  new PerformanceObserver((paints) => {
    if (paints.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', start, { once: true });
  // The longest wait: a page that never reports its first paint still starts.
  setTimeout(start, 2000);
}
