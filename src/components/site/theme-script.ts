/*
 * The theme and view script, inline at the start of every page's <body> (minified at build,
 * src/lib/build/minify-script.ts): it applies the saved theme and view before the first paint, so
 * nothing flashes, and wires the two toggles, so a reading page needs no JavaScript file.
 */
const root = document.documentElement;
const PREFIX = 'mentoring-kit:';
let storage: Storage | undefined;
try {
  storage = localStorage;
} catch {
  // Storage blocked: the page still works, in the default theme and view.
}

const read = (name: string): string | null => {
  try {
    return storage?.getItem(PREFIX + name) ?? null;
  } catch {
    return null;
  }
};
const save = (name: string, value: string) => {
  try {
    storage?.setItem(PREFIX + name, value);
  } catch {
    // Not saved: the choice holds for this page only.
  }
};

const theme = read('theme');
if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
root.dataset.view = read('view') === 'instructor' ? 'instructor' : 'learner';

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
    save('theme', root.dataset.theme);
  } else {
    root.dataset.view = root.dataset.view === 'instructor' ? 'learner' : 'instructor';
    save('view', root.dataset.view);
  }
  sync();
});

export {};
