/*
 * The theme and view script, inline at the start of every page's <body> (minified at build,
 * src/lib/build/minify-script.ts): it applies the saved theme and view before the first paint, so
 * nothing flashes, and wires the two toggles, so a reading page needs no JavaScript file.
 */

/** Where the choices are kept: filled in at build from src/lib/storage-keys.ts (src/lib/build/theme-script.ts). */
declare const THEME_KEY: string;
declare const VIEW_KEY: string;

const root = document.documentElement;
let storage: Storage | undefined;
try {
  storage = localStorage;
} catch {
  // Storage blocked: the page still works, in the default theme and view.
}

const read = (key: string): string | null => {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};
const save = (key: string, value: string) => {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not saved: the choice holds for this page only.
  }
};

const theme = read(THEME_KEY);
if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
root.dataset.view = read(VIEW_KEY) === 'instructor' ? 'instructor' : 'learner';

const isDark = () =>
  root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;

/** Each toggle says whether it is on. */
const sync = () => {
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-toggle]')) {
    const on = toggle.dataset.toggle === 'theme' ? isDark() : root.dataset.view === 'instructor';
    toggle.setAttribute('aria-pressed', String(on));
  }
};

document.addEventListener('DOMContentLoaded', sync);
document.addEventListener('click', (event) => {
  const toggle = (event.target as Element).closest?.<HTMLElement>('[data-toggle]');
  if (!toggle) return;
  if (toggle.dataset.toggle === 'theme') {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    save(THEME_KEY, root.dataset.theme);
  } else {
    root.dataset.view = root.dataset.view === 'instructor' ? 'learner' : 'instructor';
    save(VIEW_KEY, root.dataset.view);
  }
  sync();
});

export {};
