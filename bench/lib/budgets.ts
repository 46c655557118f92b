// The kit's byte budgets (issue 6) as data, and the checks that turn a page's weight into messages
// naming the page, the asset type and the overshoot. tests/build/budgets.test.ts enforces them over
// dist/; `npm run bench` prints the same verdicts next to its measurements.
import { hasExercise, kib, type AssetType, type PageWeight } from './page-weight.ts';

export const KiB = 1024;

/** The inline theme script, minified (src/components/site/theme-script.ts), must stay under this many bytes. */
export const THEME_SCRIPT_MAX_BYTES = 1 * KiB;

/**
 * Pages that load JavaScript on a visit, and why. Every other page loads no script file and hydrates
 * no island on its own: only the inline scripts below. Episodes are reading pages too: their
 * exercise timers and team tools are client:use islands, rendered on the server, whose code loads
 * when someone uses them (src/page-scripts/hydrate-on-use.ts).
 */
export const TOOL_PAGES: Readonly<Record<string, string>> = {
  'schedule/': 'the start-time picker recomputes clock times',
  'search/': 'the search box loads Pagefind on demand',
  'workspace/': 'the team workspace tools',
  'facilitator/': 'the facilitator console',
  'projector/': 'the projector view',
  'countdown/': 'the participant countdown opened from the link or QR code',
  'overview/': "the facilitator's overview of every team, read from their workspace files",
};

/** Whether a built page is allowed to load JavaScript on a visit: a tool page. */
export function mayLoadJs(weight: PageWeight): boolean {
  return weight.page in TOOL_PAGES;
}

/** Reading pages with no byte budget at all (never exempt from the no-JavaScript rule). */
export const READING_BUDGET_EXEMPT: Readonly<Record<string, string>> = {
  'all-in-one/': 'the whole workshop on one page, for printing',
};

export type InlineScriptKind = 'theme' | 'service-worker' | 'use-loader' | 'island-runtime' | 'use-directive' | 'other';

/**
 * What an inline script is. A reading page may run only the theme script and the service worker's
 * registration (src/page-scripts/service-worker.ts); an episode also the client:use loader, which
 * loads nothing until a timer or the team tools are used. Astro's island runtime and the client:use
 * directive are no longer inline on such a page: the build moves them into the file the loader
 * fetches then (src/lib/build/use-runtime.ts).
 */
export function inlineScriptKind(text: string, themeScript: string): InlineScriptKind {
  const code = text.trim();
  if (code === themeScript) return 'theme';
  if (code.includes('serviceWorker') && code.includes('sw.js')) return 'service-worker';
  if (code.includes('__useQueue=[]')) return 'use-loader';
  if (code.includes('customElements.define("astro-island"')) return 'island-runtime';
  if (/\.use=\w+;window\.dispatchEvent\(new Event\("astro:use"\)\)/.test(code)) return 'use-directive';
  return 'other';
}

export interface ByteBudget {
  /** What kind of page this is, for messages: "reading page". */
  label: string;
  /** Asset types the byte limit covers. */
  types: readonly AssetType[];
  /** Limit in gzip bytes over those types together. */
  maxGzip: number;
  /** Most requests a first visit may make (before search is opened). */
  maxRequests?: number;
}

const ALL_TYPES: readonly AssetType[] = ['html', 'css', 'js', 'font', 'image', 'data', 'other'];

/**
 * A reading page: no JavaScript file, its CSS inlined (nothing blocks the first paint), at most
 * 12 KiB gzip up front and two requests (the page and its icon).
 */
export const READING_BUDGET: ByteBudget = {
  label: 'reading page',
  types: ['html', 'css'],
  maxGzip: 12 * KiB,
  maxRequests: 2,
};

/** The byte budget of a page with no tool (a content page or an episode), or null for an exempt one. */
export function readingBudgetOf(page: string): ByteBudget | null {
  return page in READING_BUDGET_EXEMPT ? null : READING_BUDGET;
}

/**
 * What the document model adds to every page that holds a timer or the team tools: Yjs and the code
 * that keeps, syncs and undoes documents (the 'document' chunk, 25.8 KiB gzip) and the document's
 * readers and order keys in the workspace chunk (about 2.5 KiB); the budgets of those pages rose by
 * this and no more (README, benchmark section).
 */
export const DOCUMENT_MODEL_GZIP = 29 * KiB;

/**
 * What working offline adds to every page: the service worker's inline registration (about 0.5 KiB
 * gzip), and on the workspace page its stylesheet as a file, which the exercise boxes' lazy tools
 * load too (about 0.3 KiB more than inline). The application pages' budgets rose by this.
 */
export const OFFLINE_GZIP = 1 * KiB;

/** Code that a page may only load when it is used (behind a dynamic import()). */
export interface LazyModule {
  id: 'qrcode' | 'import-validator';
  label: string;
  /**
   * A string only that code contains, which survives minification. Update it here if the text in
   * the library or in the kit changes.
   */
  marker: string;
}

export const LAZY_MODULES: Readonly<Record<LazyModule['id'], LazyModule>> = {
  qrcode: { id: 'qrcode', label: 'the QR code library (qrcode)', marker: 'too big to be stored in a QR Code' },
  // Code needed only to import or export a file. zod itself no longer counts: the stores decode the
  // saved workspace through the same zod/mini schemas as an import (src/lib/import/decode.ts), so
  // zod is in the workspace pages' first load by design, and its `$ZodError` would always be found.
  // What stays behind import() is reading a file (src/lib/import/parse.ts, too small to carry a
  // string of its own) and the exporters (src/lib/export/index.ts). The marker is
  // the command line the GitHub script exporter writes (src/lib/export/gh-script.ts): code, not
  // prose, so no tool's help text carries it.
  'import-validator': {
    id: 'import-validator',
    label: 'the file import and export code (exporters)',
    marker: 'gh issue create "$@"',
  },
};

export interface AppPage {
  page: string;
  label: string;
  budget: ByteBudget;
  /** Code that must not be in the page's initial JavaScript. */
  notInitial: readonly LazyModule['id'][];
  /** Code the page must load lazily, when used (so it must be in one of its lazy chunks). */
  lazyChunk: readonly LazyModule['id'][];
}

/** The two application pages: each at most 45 KiB gzip in all plus the document model, rare-action code loaded on use. */
export const APP_PAGES: readonly AppPage[] = [
  {
    page: 'workspace/',
    label: 'team workspace',
    budget: { label: 'team workspace', types: ALL_TYPES, maxGzip: 45 * KiB + DOCUMENT_MODEL_GZIP + OFFLINE_GZIP },
    notInitial: ['qrcode', 'import-validator'],
    lazyChunk: ['import-validator'],
  },
  {
    page: 'facilitator/',
    label: 'facilitator console',
    budget: { label: 'facilitator console', types: ALL_TYPES, maxGzip: 45 * KiB + DOCUMENT_MODEL_GZIP + OFFLINE_GZIP },
    notInitial: ['qrcode', 'import-validator'],
    lazyChunk: ['qrcode'],
  },
  {
    page: 'overview/',
    label: 'teams overview',
    budget: { label: 'teams overview', types: ALL_TYPES, maxGzip: 45 * KiB },
    notInitial: ['qrcode'],
    lazyChunk: [],
  },
];

const TYPE_NAMES: Record<AssetType, string> = {
  html: 'HTML',
  css: 'CSS',
  js: 'JavaScript',
  font: 'fonts',
  image: 'images',
  data: 'data',
  other: 'other files',
};

/** Gzip bytes of a page's first visit over some asset types. */
export function gzipOf(weight: PageWeight, types: readonly AssetType[]): number {
  return types.reduce((sum, type) => sum + weight.totals[type].gzip, 0);
}

/** Messages for every way a page breaks a byte budget; empty when it holds. */
export function checkByteBudget(weight: PageWeight, budget: ByteBudget): string[] {
  const problems: string[] = [];
  const total = gzipOf(weight, budget.types);
  if (total > budget.maxGzip) {
    const over = total - budget.maxGzip;
    const parts = budget.types
      .filter((type) => weight.totals[type].gzip > 0)
      .sort((a, b) => weight.totals[b].gzip - weight.totals[a].gzip);
    const scope =
      budget.types.length === ALL_TYPES.length ? 'in all' : parts.map((type) => TYPE_NAMES[type]).join(' + ');
    const breakdown = parts.map((type) => `${TYPE_NAMES[type]} ${kib(weight.totals[type].gzip)}`).join(', ');
    const largest = weight.initial
      .filter((asset) => budget.types.includes(asset.type))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3)
      .map((asset) => `${asset.path || '(page)'} ${kib(asset.gzip)}`)
      .join(', ');
    problems.push(
      `${weight.page || '(home)'} (${budget.label}): ${scope} is ${kib(total)} gzip, ${kib(over)} over the ${kib(budget.maxGzip)} budget` +
        ` — by type: ${breakdown}; largest files: ${largest}`,
    );
  }
  if (budget.maxRequests !== undefined && weight.requests > budget.maxRequests) {
    const list = weight.initial.map((asset) => `${asset.path || '(page)'} [${asset.via}]`).join(', ');
    problems.push(
      `${weight.page || '(home)'} (${budget.label}): ${weight.requests} requests before search, ` +
        `${weight.requests - budget.maxRequests} over the budget of ${budget.maxRequests} — ${list}`,
    );
  }
  return problems;
}

/** Which of a page's JavaScript files contain a module's marker, split by when they load. */
export function findModule(weight: PageWeight, module: LazyModule, read: (file: string) => string) {
  const holds = (file: string) => read(file).includes(module.marker);
  return {
    initial: weight.initial.filter((asset) => asset.type === 'js' && holds(asset.file)),
    inline: weight.inlineScripts.some((script) => script.text.includes(module.marker)),
    lazy: weight.lazy.filter((asset) => asset.type === 'js' && holds(asset.file)),
  };
}

/** Messages for rare-action code that loads up front, or that is not in a lazy chunk when it must be. */
export function checkLazyModules(weight: PageWeight, app: AppPage, read: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const id of app.notInitial) {
    const module = LAZY_MODULES[id];
    const found = findModule(weight, module, read);
    if (found.initial.length > 0 || found.inline) {
      const where = found.initial.map((asset) => `${asset.path} (${kib(asset.gzip)} gzip, ${asset.via})`);
      if (found.inline) where.push('an inline module script');
      problems.push(
        `${app.page} (${app.label}): ${module.label} is in the initial JavaScript: ${where.join(', ')}; ` +
          `load it with import() when the user asks for it`,
      );
    }
  }
  for (const id of app.lazyChunk) {
    const module = LAZY_MODULES[id];
    const found = findModule(weight, module, read);
    // Already reported above when it loads up front (an import() of a chunk the page has anyway).
    if (found.lazy.length === 0 && found.initial.length === 0 && !found.inline) {
      problems.push(
        `${app.page} (${app.label}): ${module.label} is in none of the page's lazy chunks ` +
          `(${weight.lazy.filter((asset) => asset.type === 'js').length} found); expected it behind a dynamic import()`,
      );
    }
  }
  return problems;
}

export type PageKindId = 'reading' | 'exercise' | 'workspace' | 'console' | 'projector';

export interface PageKind {
  id: PageKindId;
  label: string;
  /** The page measured for this kind, or null when the build has none. */
  page: string | null;
  /** Why this page stands for its kind. */
  chosen: string;
  budget: ByteBudget | null;
}

const CONTENT_PAGES = ['glossary/', 'references/', 'facilitator-guide/'];

/**
 * The page that stands for each kind in the benchmark. A reading page is the heaviest content page
 * with no tool (glossary, references, facilitator guide); the episode is the heaviest episode, read
 * without using its timers or tools (they load on use).
 */
export function choosePages(weights: ReadonlyMap<string, PageWeight>): PageKind[] {
  const all = [...weights.values()];
  const heaviest = (list: PageWeight[]) => list.sort((a, b) => b.totals.all.gzip - a.totals.all.gzip)[0];
  const readingPage = heaviest(all.filter((w) => CONTENT_PAGES.includes(w.page) && !mayLoadJs(w)));
  const exercise = heaviest(all.filter((w) => w.page.startsWith('episodes/') && hasExercise(w)));
  const app = (page: string) => APP_PAGES.find((candidate) => candidate.page === page)?.budget ?? null;
  const fixed = (page: string) => (weights.has(page) ? page : null);
  return [
    {
      id: 'reading',
      label: 'Reading page',
      page: readingPage?.page ?? null,
      chosen: 'the heaviest content page with no tool',
      budget: readingBudgetOf(readingPage?.page ?? ''),
    },
    {
      id: 'exercise',
      label: 'Episode (read, timers not used)',
      page: exercise?.page ?? null,
      chosen: 'the heaviest episode with an exercise box',
      budget: readingBudgetOf(exercise?.page ?? ''),
    },
    {
      id: 'workspace',
      label: 'Team workspace',
      page: fixed('workspace/'),
      chosen: 'workspace/',
      budget: app('workspace/'),
    },
    {
      id: 'console',
      label: 'Facilitator console',
      page: fixed('facilitator/'),
      chosen: 'facilitator/',
      budget: app('facilitator/'),
    },
    {
      id: 'projector',
      label: 'Projector',
      page: fixed('projector/'),
      chosen: 'projector/ (no budget set)',
      budget: null,
    },
  ];
}
