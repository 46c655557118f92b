import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as keys from '../../src/lib/storage-keys';
import { themeScript, themeScriptValues } from '../../src/lib/build/theme-script';

/** Every name the module gives, with sample arguments for the ones made from a name. */
const everyName = (): string[] => [
  ...(Object.values(keys) as unknown[]).filter((value): value is string => typeof value === 'string'),
  keys.roomDocument('team-a'),
  keys.hasWorkKey(keys.PERSONAL_DOCUMENT),
  keys.hasWorkKey(keys.WORKSPACE_DOCUMENT),
  keys.hasWorkKey(keys.TIMERS_DOCUMENT),
  keys.databaseKey(keys.WORKSPACE_DOCUMENT),
  keys.corruptBackupKey(keys.WORKSPACE_KEY, 1),
  `${keys.DRAFT_KEY_PREFIX}goal`,
];

describe('the storage keys', () => {
  it('are all the kit’s own, and no two things share one', () => {
    const names = everyName();
    for (const name of names) expect(name).toMatch(/^mentoring-kit:/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('say a tool holds saved work by the documents’ has-work markers and the keys saved before them', () => {
    expect(keys.SAVED_WORK_KEYS).toEqual({
      personal: [keys.hasWorkKey(keys.PERSONAL_DOCUMENT), keys.PERSONAL_KEY],
      workspace: [keys.hasWorkKey(keys.WORKSPACE_DOCUMENT), keys.WORKSPACE_KEY],
    });
  });

  it('are the ones the workspace store uses (it still spells its two; to import them from the module)', async () => {
    const store = await import('../../src/stores/workspace');
    expect(store.WORKSPACE_DOCUMENT).toBe(keys.WORKSPACE_DOCUMENT);
    expect(store.WORKSPACE_KEY).toBe(keys.WORKSPACE_KEY);
  });
});

describe('the inline theme script', () => {
  const source = readFileSync('src/components/site/theme-script.ts', 'utf8');

  /** Runs the page's theme script with this saved storage; returns the root's data and what was saved. */
  const run = (saved: Record<string, string>) => {
    const data = new Map(Object.entries(saved));
    const root = { dataset: {} as Record<string, string> };
    const listeners: Record<string, (event: unknown) => void> = {};
    const document = {
      documentElement: root,
      addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
      querySelectorAll: () => [],
    };
    const localStorage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => data.set(key, value),
    };
    runInNewContext(themeScript(source), { document, localStorage, matchMedia: () => ({ matches: false }) });
    const toggle = (kind: string) => {
      const target = { dataset: { toggle: kind }, setAttribute: () => undefined };
      listeners['click']?.({ target: { closest: () => target } });
    };
    return { root, data, toggle };
  };

  it('receives its keys from the storage keys module, filled in as literals', () => {
    expect(themeScriptValues).toEqual({ THEME_KEY: keys.THEME_KEY, VIEW_KEY: keys.VIEW_KEY });
    const js = themeScript(source);
    expect(js).toContain(JSON.stringify(keys.THEME_KEY));
    expect(js).toContain(JSON.stringify(keys.VIEW_KEY));
    expect(js).not.toMatch(/\b(THEME_KEY|VIEW_KEY)\b/);
  });

  it('applies the choices saved under those keys, and saves new ones there', () => {
    const page = run({ [keys.THEME_KEY]: 'dark', [keys.VIEW_KEY]: 'instructor' });
    expect(page.root.dataset).toEqual({ theme: 'dark', view: 'instructor' });
    page.toggle('theme');
    page.toggle('view');
    expect(page.data.get(keys.THEME_KEY)).toBe('light');
    expect(page.data.get(keys.VIEW_KEY)).toBe('learner');
  });
});
