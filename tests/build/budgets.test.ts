// Byte budgets over the built site (issue 6). The counting rules live in bench/lib, shared with
// `npm run bench`. BUDGET_DIST points the test at another build (default dist/), BUDGET_BASE at
// its base path (default "/").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage, BuiltSite, hasExercise, kib, listPages, type PageWeight } from '../../bench/lib/page-weight.ts';
import {
  APP_PAGES,
  checkByteBudget,
  checkLazyModules,
  EXERCISE_BUDGET,
  mayLoadJs,
  READING_BUDGET,
  READING_BUDGET_EXEMPT,
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
const reading = withoutTools.filter((weight) => !(weight.page in READING_BUDGET_EXEMPT));
const exercisePages = all.filter((weight) => weight.page.startsWith('episodes/') && hasExercise(weight));
const themeScript = readFileSync('src/components/site/theme-script.js', 'utf8').trim();
const name = (page: string) => page || '(home)';

describe('pages without an interactive tool', () => {
  it('are found in the build (home, glossary, references, facilitator guide, all-in-one, handouts, 404)', () => {
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
  });

  it('load no script file, no module script and no island', () => {
    const problems = withoutTools.flatMap((weight) => {
      const found: string[] = [];
      const files = weight.initial
        .filter((asset) => asset.type === 'js')
        .map((asset) => `${asset.path} (${asset.via})`);
      if (files.length > 0) found.push(`script files ${files.join(', ')}`);
      const modules = weight.inlineScripts.filter((script) => script.module).length;
      if (modules > 0) found.push(`${modules} inline module script(s)`);
      if (weight.islands.length > 0)
        found.push(`islands ${weight.islands.map((island) => island.component).join(', ')}`);
      return found.length > 0 ? [`${name(weight.page)}: ${found.join('; ')}`] : [];
    });
    expectNone(problems, 'a page with no tool loads JavaScript; if it now has a tool, list it in TOOL_PAGES');
  });

  it('run only the inline theme script, which stays under 1 KiB', () => {
    const themeBytes = Buffer.byteLength(themeScript);
    expect(themeBytes, `the theme script is ${themeBytes} bytes`).toBeLessThan(THEME_SCRIPT_MAX_BYTES);
    const problems = withoutTools.flatMap((weight) => {
      const others = weight.inlineScripts.filter((script) => script.text.trim() !== themeScript);
      const theme = weight.inlineScripts.filter((script) => script.text.trim() === themeScript);
      const found: string[] = [];
      if (theme.length !== 1) found.push(`the theme script appears ${theme.length} times`);
      for (const script of others)
        found.push(`another inline script of ${script.bytes} bytes: ${script.text.slice(0, 60)}…`);
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

  it('references no file that is missing from the build', () => {
    const problems = all
      .filter((weight) => weight.missing.length > 0)
      .map((weight) => `${name(weight.page)}: ${weight.missing.join(', ')}`);
    expectNone(problems);
  });
});

describe('reading pages (no tool)', () => {
  it.each(reading.map((weight) => [name(weight.page), weight] as const))(
    '%s: at most 15 KiB gzip of HTML and CSS, at most 3 requests',
    (_page, weight) => {
      expectNone(checkByteBudget(weight, READING_BUDGET));
    },
  );
});

describe('episodes with exercises', () => {
  it('exist in the build', () => {
    expect(exercisePages.length, 'no episode page has an exercise box (data-exercise-id)').toBeGreaterThan(0);
  });

  it.each(exercisePages.map((weight) => [weight.page, weight] as const))(
    '%s: at most 30 KiB gzip in all, JavaScript included, plus the document model',
    (_page, weight) => {
      expectNone(checkByteBudget(weight, EXERCISE_BUDGET));
    },
  );
});

describe.each(APP_PAGES.map((app) => [app.label, app] as const))('%s', (_label, app) => {
  const weight = weights.get(app.page);

  it(`is built at /${app.page}`, () => {
    expect(weight, `/${app.page} is not in ${dist}; the ${app.label} is expected (issue 4/5)`).toBeDefined();
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
