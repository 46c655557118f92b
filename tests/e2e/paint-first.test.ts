import { describe, expect, it } from 'vitest';
import { problemsIn, site, useBrowserPage } from './support/browser';

const session = useBrowserPage({ viewport: { width: 412, height: 823 } });

/** When the page painted its first text, and when each of its page scripts was requested (ms). */
async function paintAndScripts(path: string, ready: string) {
  const { page } = session;
  await page.goto(site(path));
  await page.waitForSelector(ready);
  return page.evaluate(() => ({
    firstText: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
}

describe('a tool page, rendered on the server, paints before it fetches its code', () => {
  it.each([
    ['workspace/', '#workspace-app[data-hydrated]'],
    ['facilitator/', '.console[data-ready]'],
  ])('%s', async (path, ready) => {
    const { firstText, scripts } = await paintAndScripts(path, ready);
    expect(firstText, 'a first contentful paint').not.toBeNull();
    expect(scripts, 'the page script was fetched').toHaveLength(1);
    expect(scripts[0]).toBeGreaterThan(firstText as number);
    expect(problemsIn(session.context)).toEqual([]);
  });
});
