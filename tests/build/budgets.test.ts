// Byte budgets over the built site. The counting rules live in bench/lib, shared with
// `npm run bench`. BUDGET_DIST points the test at another build (default dist/), BUDGET_BASE at
// its base path (default "/").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeScript as buildThemeScript } from '../../src/lib/build/theme-script';
import { analysePage, BuiltSite, hasExercise, kib, listPages, type PageWeight } from '../../bench/lib/page-weight.ts';
import {
  APP_PAGES,
  checkByteBudget,
  checkLazyModules,
  inlineScriptKind,
  mayLoadJs,
  READING_BUDGET,
  READING_BUDGET_EXEMPT,
  readingBudgetOf,
  THEME_SCRIPT_MAX_BYTES,
  TOOL_PAGES,
} from '../../bench/lib/budgets.ts';

/** Fails listing every problem, one per line, so the message names the page and what is wrong. */
function expectNone(problems: readonly string[], context = 'problems') {
  expect(problems, `${context}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

const dist = process.env.BUDGET_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site: run "npm run build" first`);
const site = new BuiltSite(dist, process.env.BUDGET_BASE ?? '/');
const weights = new Map<string, PageWeight>(listPages(site).map((page) => [page, analysePage(site, page)]));
const all = [...weights.values()];
const withoutTools = all.filter((weight) => !mayLoadJs(weight));
const isEpisode = (weight: PageWeight) => weight.page.startsWith('episodes/');
const reading = withoutTools.filter((weight) => !(weight.page in READING_BUDGET_EXEMPT) && !isEpisode(weight));
const episodes = withoutTools.filter(isEpisode);
const exercisePages = all.filter((weight) => weight.page.startsWith('episodes/') && hasExercise(weight));
const themeScript = buildThemeScript(readFileSync('src/components/site/theme-script.ts', 'utf8'));
const name = (page: string) => page || '(home)';

describe('pages without an interactive tool (reading pages and episodes)', () => {
  it('are found in the build (home, glossary, references, facilitator guide, all-in-one, handouts, 404, episodes)', () => {
    const expected = [
      '',
      'glossary/',
      'references/',
      'facilitator-guide/',
      'all-in-one/',
      'handouts/',
      'handouts/mentor-pack/',
      'handouts/team-worksheets/',
      'handouts/exercises/',
      'handouts/evaluation/',
      '404.html',
    ];
    expectNone(expected.filter((page) => !weights.has(page)).map(name), 'pages missing from the build');
    expect(withoutTools.map((weight) => weight.page)).toEqual(expect.arrayContaining(expected));
    expect(episodes.length, 'episodes without a JavaScript file').toBeGreaterThan(0);
  });

  it('load no script file, and no island that hydrates by itself', () => {
    const problems = withoutTools.flatMap((weight) => {
      const found: string[] = [];
      const files = weight.initial
        .filter((asset) => asset.type === 'js')
        .map((asset) => `${asset.path} (${asset.via})`);
      if (files.length > 0) found.push(`script files ${files.join(', ')}`);
      const eager = weight.islands.filter((island) => island.client !== 'use');
      if (eager.length > 0)
        found.push(`islands ${eager.map((island) => `${island.component} (client:${island.client})`).join(', ')}`);
      return found.length > 0 ? [`${name(weight.page)}: ${found.join('; ')}`] : [];
    });
    expectNone(problems, 'a page with no tool loads JavaScript; if it now has a tool, list it in TOOL_PAGES');
  });

  it('run only the theme script and the service worker registration inline (episodes: the client:use loader too)', () => {
    const themeBytes = Buffer.byteLength(themeScript);
    expect(themeBytes, `the theme script is ${themeBytes} bytes`).toBeLessThan(THEME_SCRIPT_MAX_BYTES);
    const problems = withoutTools.flatMap((weight) => {
      const allowed = new Set(['theme', 'service-worker']);
      if (weight.islands.length > 0) allowed.add('use-loader');
      const kinds = weight.inlineScripts.map((script) => ({
        script,
        kind: inlineScriptKind(script.text, themeScript),
      }));
      const found: string[] = [];
      for (const kind of allowed) {
        const count = kinds.filter((entry) => entry.kind === kind).length;
        if (count !== 1) found.push(`the ${kind} script appears ${count} times`);
      }
      for (const { script, kind } of kinds.filter((entry) => !allowed.has(entry.kind)))
        found.push(`an inline script (${kind}) of ${script.bytes} bytes: ${script.text.slice(0, 60)}…`);
      return found.map((problem) => `${name(weight.page)}: ${problem}`);
    });
    expectNone(problems);
  });
});

describe('every page', () => {
  it('carries the theme script, under 1 KiB, exactly once', () => {
    const problems = all
      .filter((weight) => weight.inlineScripts.filter((script) => script.text.trim() === themeScript).length !== 1)
      .map((weight) => name(weight.page));
    expectNone(problems, 'pages without exactly one theme script');
  });

  it('registers the service worker, which the build wrote', () => {
    expect(existsSync(join(dist, 'sw.js')), `${dist}/sw.js (src/lib/build/service-worker.ts)`).toBe(true);
    const problems = all
      .filter(
        (weight) =>
          weight.inlineScripts.filter((script) => inlineScriptKind(script.text, themeScript) === 'service-worker')
            .length !== 1,
      )
      .map((weight) => name(weight.page));
    expectNone(problems, 'pages without exactly one service worker registration');
  });

  it('references no file that is missing from the build', () => {
    const problems = all
      .filter((weight) => weight.missing.length > 0)
      .map((weight) => `${name(weight.page)}: ${weight.missing.join(', ')}`);
    expectNone(problems);
  });
});

const budgetOf = (weight: PageWeight) => readingBudgetOf(weight.page) ?? READING_BUDGET;
const atMost = (weight: PageWeight) => kib(budgetOf(weight).maxGzip);

describe('reading pages (no tool)', () => {
  it.each(reading.map((weight) => [name(weight.page), atMost(weight), weight] as const))(
    '%s: at most %s gzip of HTML and CSS, at most 2 requests',
    (_page, _limit, weight) => {
      expectNone(checkByteBudget(weight, budgetOf(weight)));
    },
  );
});

describe('episodes, read without using their timers or tools', () => {
  it('exist in the build, with exercise boxes', () => {
    expect(exercisePages.length, 'no episode page has an exercise box (data-exercise-id)').toBeGreaterThan(0);
  });

  it.each(episodes.map((weight) => [weight.page, atMost(weight), weight] as const))(
    '%s: at most %s gzip of HTML and CSS, at most 2 requests',
    (_page, _limit, weight) => {
      expectNone(checkByteBudget(weight, budgetOf(weight)));
    },
  );
});

describe.each(APP_PAGES.map((app) => [app.label, app] as const))('%s', (_label, app) => {
  const weight = weights.get(app.page);

  it(`is built at /${app.page}`, () => {
    expect(weight, `/${app.page} is not in ${dist}; the ${app.label} is expected`).toBeDefined();
  });

  it('loads at most 45 KiB gzip in all on a first visit, plus the document model', () => {
    if (!weight) throw new Error(`/${app.page} is not built`);
    expectNone(checkByteBudget(weight, app.budget));
  });

  it('loads the code for rare actions only when it is used', () => {
    if (!weight) throw new Error(`/${app.page} is not built`);
    expectNone(checkLazyModules(weight, app, (file) => site.text(file)));
  });
});

describe('tool pages', () => {
  // A page script starts after the first paint (src/page-scripts/paint-first.ts): the byte budgets
  // must still count it, and everything it imports, in the first visit.
  it.each(Object.keys(TOOL_PAGES).filter((page) => weights.has(page)))(
    '%s starts its page script after the first paint, and its first visit counts that code',
    (page) => {
      const weight = weights.get(page) as PageWeight;
      const via = (how: string) => weight.initial.filter((asset) => asset.via === how).map((asset) => asset.path);
      expect(via('<script type=module src>'), 'page scripts fetched before the first paint').toEqual([]);
      const loaders = weight.inlineScripts.filter((script) => script.module && script.text.includes('import(')).length;
      expect(via('import after the first paint'), 'page scripts imported by a loader').toHaveLength(loaders);
      expect(weight.initial.filter((asset) => asset.type === 'js').length, 'script files').toBeGreaterThan(loaders);
    },
  );
});

describe('the page list the budgets rely on', () => {
  it('names tool pages that exist, or are still being built', () => {
    // A renamed tool page would silently lose its exemption: fail so TOOL_PAGES is kept in step.
    const stale = Object.keys(TOOL_PAGES).filter((page) => !weights.has(page));
    const expectedLater = new Set(['workspace/', 'facilitator/', 'projector/', 'countdown/']);
    expectNone(stale.filter((page) => !expectedLater.has(page)));
  });

  it('reports sizes the budgets can read', () => {
    const home = weights.get('');
    expect(home?.totals.html.gzip, 'home page HTML gzip size').toBeGreaterThan(0);
    expect(kib(15 * 1024)).toBe('15.0 KiB');
  });
});
