// `npm run bench`: builds the site and reports what each kind of page costs a visitor, how the
// build scales with the number of episodes, and Lighthouse's view — as a table and as JSON in
// bench/results/. Issue 6. Run `npm run bench -- --help` for the options.
//
// Runs on Node 24 (npm puts the pinned node first on PATH) and imports the TypeScript helpers in
// bench/lib directly: Node strips their types, and tests/build/budgets.test.ts uses the same files.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analysePage, BuiltSite, hasExercise, listPages } from './lib/page-weight.ts';
import {
  checkByteBudget,
  checkLazyModules,
  choosePages,
  gzipOf,
  readingBudgetOf,
  APP_PAGES,
  KiB,
  READING_BUDGET,
} from './lib/budgets.ts';
import { searchWeight } from './lib/search-weight.ts';
import { finishTimes, measure, scalingRun } from './lib/scaling.mjs';
import { starlightRun, starlightTwin } from './lib/starlight.mjs';
import { writeHandWritten } from './lib/handwritten.mjs';
import { vocabulary } from './lib/synthetic.mjs';
import { precompress, serve } from './lib/serve.mjs';
import { browserLoads, chromiumAvailable, CHROMIUM, launch } from './lib/browser.mjs';
import { typingInWorkspace } from './lib/typing.ts';
import { runLighthouse } from './lib/lighthouse.mjs';
import {
  browserTable,
  firstVisitTable,
  kib,
  lcpRatioTable,
  lighthouseTable,
  previousResults,
  scalingTable,
  starlightTable,
  table,
} from './lib/report.mjs';

// The live server's load test is a benchmark of its own (bench/live.mjs).
if (process.argv.includes('--live')) {
  await import('./live.mjs');
  process.exit(0);
}

const HELP = `npm run bench [-- options]

  --skip-build        measure the existing build in --dist instead of building it
  --dist DIR          the build to measure (default dist-bench; built there unless --skip-build)
  --skip-browser      no Chromium page loads
  --skip-lighthouse   no Lighthouse runs
  --skip-scaling      no synthetic-episode builds
  --skip-typing       no keystroke-to-frame measurement in a workspace of 2,000 items
  --sizes 10,100,500  synthetic episode counts for the scaling builds
  --starlight DIR     also build the same N lessons with Starlight installed in DIR (outside the
                      repository; see bench/lib/starlight.mjs), side by side
  --runs 3            Lighthouse runs per page kind
  --out FILE          JSON output (default bench/results/<YYYY-MM-DD>.json)
  --live              the live server's load test instead (npm run bench -- --live --help)
  --help`;

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist-bench' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scaling': { type: 'boolean', default: false },
    'skip-typing': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10,100,500' },
    starlight: { type: 'string' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const dist = resolve(root, options.dist);
const sizes = options.sizes
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
const runs = Math.max(1, Number(options.runs) || 3);
/** Typing stays under 50 ms from key to frame at the 95th percentile with 2,000 items in the workspace. */
const TYPING_ITEMS = 2000;
const TYPING_P95_MS = 50;
const started = Date.now();
const progress = (message) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(
    `Node ${process.versions.node}: run the benchmark with "npm run bench" (Node 24 from devDependencies).`,
  );
  process.exit(1);
}
mkdirSync(work, { recursive: true });

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};
const result = {
  format: 'mentoring-kit/bench',
  version: 1,
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
    chromium: chromiumAvailable() ? CHROMIUM : null,
  },
  git: {
    commit: git('rev-parse', 'HEAD'),
    uncommittedFiles: (git('status', '--porcelain') ?? '').split('\n').filter(Boolean).length,
  },
  compression:
    'gzip: zlib level 6 (what hosts apply on the fly); brotli: quality 11 (pre-compressed); already-compressed files count raw',
  build: null,
  pages: [],
  search: null,
  browser: null,
  scaling: [],
  starlight: [],
  syntheticReadingEpisode: null,
  lighthouse: null,
  notes: [],
};

// 1. Build the real site into its own folder (never dist/: other builds may be using it).
if (!options['skip-build']) {
  progress(`building the site into ${relative(root, dist)}/`);
  const env = {
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: join(root, 'node_modules', '.astro-bench'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = await measure(process.execPath, [astro, 'build'], { cwd: root, env, log: join(work, 'build.log') });
  result.build = { astro: build, finish: finishTimes(readFileSync(join(work, 'build.log'), 'utf8')) };
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} holds no built site; drop --skip-build`);
  process.exit(1);
}

// 2. Static analysis: every page, then one page per kind.
progress('analysing the built pages');
const site = new BuiltSite(dist);
const weights = new Map(listPages(site).map((page) => [page, analysePage(site, page)]));
const kinds = choosePages(weights).map((kind) => ({ ...kind, weight: kind.page ? weights.get(kind.page) : undefined }));
const slim = (asset) => ({
  path: asset.path,
  type: asset.type,
  via: asset.via,
  raw: asset.raw,
  gzip: asset.gzip,
  brotli: asset.brotli,
});

for (const kind of kinds) {
  const problems = [];
  if (kind.weight && kind.budget) problems.push(...checkByteBudget(kind.weight, kind.budget));
  const app = APP_PAGES.find((candidate) => candidate.page === kind.page);
  if (kind.weight && app) problems.push(...checkLazyModules(kind.weight, app, (file) => site.text(file)));
  if (kind.id === 'reading' && kind.weight?.loadsJs) problems.push(`${kind.page}: loads JavaScript`);
  if (kind.budget && kind.weight) {
    const used = gzipOf(kind.weight, kind.budget.types);
    const scope = kind.budget.types.length === 2 ? ' HTML+CSS' : '';
    const requests = kind.budget.maxRequests ? `, ${kind.weight.requests}/${kind.budget.maxRequests} req` : '';
    kind.budgetVerdict = `${problems.length ? '✘' : '✔'} ${kib(used)}/${kib(kind.budget.maxGzip)} KiB${scope}${requests}`;
  } else if (kind.budget) kind.budgetVerdict = '✘ page not built';
  else kind.budgetVerdict = 'none set';
  kind.problems = problems;
  result.pages.push({
    kind: kind.id,
    label: kind.label,
    page: kind.page,
    chosen: kind.chosen,
    built: Boolean(kind.weight),
    budget: kind.budget
      ? { types: kind.budget.types, maxGzip: kind.budget.maxGzip, maxRequests: kind.budget.maxRequests ?? null }
      : null,
    problems,
    ...(kind.weight
      ? {
          requests: kind.weight.requests,
          loadsJs: kind.weight.loadsJs,
          islands: kind.weight.islands,
          totals: kind.weight.totals,
          lazyTotals: kind.weight.lazyTotals,
          initial: kind.weight.initial.map(slim),
          lazy: kind.weight.lazy.map(slim),
        }
      : {}),
  });
}
const search = searchWeight(site);
if (search) {
  result.search = {
    page: {
      page: search.page.page,
      requests: search.page.requests,
      totals: search.page.totals,
      initial: search.page.initial.map(slim),
    },
    runtime: search.runtime,
    index: search.index,
    fragments: search.fragments,
  };
}
result.allPages = [...weights.values()].map((weight) => ({
  page: weight.page,
  requests: weight.requests,
  loadsJs: weight.loadsJs,
  exercise: hasExercise(weight),
  gzip: {
    html: weight.totals.html.gzip,
    css: weight.totals.css.gzip,
    js: weight.totals.js.gzip,
    all: weight.totals.all.gzip,
  },
}));

// 3. A real page load per kind in Chromium, served gzip-compressed like a static host.
let server = null;
let starlightServer = null;
const needServer =
  chromiumAvailable() && (!options['skip-browser'] || !options['skip-lighthouse'] || !options['skip-typing']);
if (!chromiumAvailable())
  result.notes.push(`No Chromium at ${CHROMIUM}: browser checks and Lighthouse skipped (set CHROME_PATH).`);
// The hand-written twin of the heaviest episode (same prose, CSS inline): Lighthouse's reference.
const twinOf = kinds.find((kind) => kind.id === 'exercise' && kind.weight);
const handWritten = needServer && twinOf ? writeHandWritten(dist, site.text(twinOf.weight.initial[0].file)) : null;
if (needServer) {
  precompress(dist);
  server = await serve(dist, '/');
}
try {
  if (server && !options['skip-browser']) {
    progress('loading each page kind in Chromium');
    const pages = kinds.filter((kind) => kind.weight).map((kind) => kind.page);
    result.browser = await browserLoads(server.url, pages);
  }
  if (server && !options['skip-typing']) {
    progress('typing in the workspace with 2,000 backlog items');
    const browser = await launch();
    try {
      result.typing = {
        items: TYPING_ITEMS,
        budgetP95Ms: TYPING_P95_MS,
        fields: await typingInWorkspace(browser, server.url, TYPING_ITEMS),
      };
    } finally {
      await browser.close();
    }
  }

  // 4. Build scaling with synthetic episodes, in copies of the project.
  if (!options['skip-scaling']) {
    for (const n of sizes) {
      progress(`scaling: ${n} synthetic episodes`);
      const run = await scalingRun(root, work, n, { onStep: (step) => progress(`  ${step}`) });
      if (!result.syntheticReadingEpisode) {
        // A 1,500-word episode without an exercise, in the episode layout: the issue's reference page.
        const scaled = new BuiltSite(join(run.dir, 'dist'));
        const candidates = listPages(scaled).filter((page) => page.startsWith('episodes/synthetic-'));
        // Analysed one at a time until the first fits: analysing all 500 took about a minute.
        let reading;
        for (const page of candidates) {
          const weight = analysePage(scaled, page);
          if (!hasExercise(weight)) {
            reading = weight;
            break;
          }
        }
        if (reading) {
          result.syntheticReadingEpisode = {
            page: reading.page,
            fromBuild: n,
            requests: reading.requests,
            loadsJs: reading.loadsJs,
            totals: reading.totals,
            problems: checkByteBudget(reading, readingBudgetOf(reading.page) ?? READING_BUDGET),
          };
        }
      }
      const { dir, ...rest } = run;
      result.scaling.push({ ...rest, dir: relative(root, dir) });
      if (options.starlight) {
        const words = vocabulary(join(root, 'src', 'content', 'episodes'));
        const starlight = await starlightRun(resolve(options.starlight), n, words, {
          onStep: (step) => progress(`  ${step}`),
        });
        result.starlight.push(starlight);
      }
    }
    // The copies are large (500 episodes ≈ 60 MB of HTML) and hold a second src/ that type checks
    // and editors would find: keep only the build logs.
    for (const entry of readdirSync(work).filter((name) => name.startsWith('scale-'))) {
      for (const name of readdirSync(join(work, entry))) {
        if (!name.endsWith('.log')) rmSync(join(work, entry, name), { recursive: true, force: true });
      }
    }
  }

  // 5. Lighthouse, mobile defaults, medians of several runs.
  if (server && !options['skip-lighthouse']) {
    const targets = kinds
      .filter((kind) => kind.weight)
      .map((kind) => ({ id: kind.id, url: new URL(kind.page, server.url).href }));
    if (handWritten) targets.unshift({ id: 'handwritten', url: new URL(handWritten, server.url).href });
    // Starlight's lesson page with the same prose, served the same way, measured in the same run.
    if (options.starlight && twinOf) {
      progress('building the Starlight twin of the heaviest episode');
      const twin = await starlightTwin(resolve(options.starlight), site.text(twinOf.weight.initial[0].file));
      precompress(twin.dist);
      starlightServer = await serve(twin.dist, '/');
      targets.push({ id: 'starlight', url: new URL(twin.page, starlightServer.url).href });
    }
    result.lighthouse = await runLighthouse(targets, {
      runs,
      onRun: (id, run) => progress(`Lighthouse ${id} run ${run}/${runs}`),
    });
  }
} finally {
  await server?.close();
  await starlightServer?.close();
  if (handWritten) rmSync(join(dist, handWritten), { recursive: true, force: true });
}

// 6. Print and save.
result.seconds = Math.round((Date.now() - started) / 1000);
const out = resolve(root, options.out ?? join('bench', 'results', `${result.date.slice(0, 10)}.json`));
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(`${out}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
renameSync(`${out}.tmp`, out);

const lines = [];
const say = (text = '') => lines.push(text);
say(`Scrum Team Mentoring Workshop Kit — benchmark ${result.date}`);
say(
  `Node ${result.machine.node}, ${result.machine.platform}, ${result.machine.cpus} CPUs, ${result.machine.memoryMiB} MiB; ` +
    `commit ${result.git.commit?.slice(0, 10) ?? '?'} + ${result.git.uncommittedFiles} uncommitted files`,
);
say();
say(
  `First visit, from the built files in ${relative(root, dist)}/ (KiB; gzip unless marked; "Later" = code behind import())`,
);
say(firstVisitTable(kinds));
for (const kind of kinds) say(`  ${kind.label}: ${kind.page ?? 'not built'} — ${kind.chosen}`);
if (result.syntheticReadingEpisode) {
  const s = result.syntheticReadingEpisode;
  say(
    `  Synthetic 1,500-word reading episode (${s.page}, N=${s.fromBuild} build): ${s.requests} requests, ` +
      `HTML ${kib(s.totals.html.gzip)} + CSS ${kib(s.totals.css.gzip)} + JS ${kib(s.totals.js.gzip)} = ${kib(s.totals.all.gzip)} KiB gzip` +
      `${s.problems.length ? ' ✘' : ' ✔ within the reading budget'}`,
  );
}
say(
  '  For comparison (issue 6): a Starlight page ≈ 25 KiB gzip up front in 10 requests; hand-written HTML ≈ 3.3 KiB in 1.',
);
const problems = kinds.flatMap((kind) => kind.problems);
if (problems.length) {
  say();
  say('Over budget:');
  for (const problem of problems) say(`  ✘ ${problem}`);
}
if (result.search) {
  const s = result.search;
  say();
  say('Later, on demand: search (nothing of it loads before the visitor searches)');
  say(
    `  search page: ${s.page.requests} requests, ${kib(s.page.totals.all.gzip)} KiB gzip (HTML ${kib(s.page.totals.html.gzip)}, CSS ${kib(s.page.totals.css.gzip)}, JS ${kib(s.page.totals.js.gzip)})`,
  );
  say(
    `  Pagefind runtime: ${s.runtime.files} files, ${kib(s.runtime.gzip)} KiB gzip (${kib(s.runtime.raw)} raw): ${s.runtime.paths.map((path) => path.replace('pagefind/', '')).join(', ')}`,
  );
  say(
    `  index: ${s.index.files} chunks, ${kib(s.index.raw)} KiB in all (a query reads one or a few: ${kib(s.index.smallest)}–${kib(s.index.largest)} KiB each)`,
  );
  say(`  fragments: ${s.fragments.files} pages, ${kib(s.fragments.mean)} KiB each (one per result shown)`);
  if (result.browser?.search) {
    const b = result.browser.search;
    say(
      `  measured in Chromium, search for "${b.query}": ${b.requests} requests, ${kib(b.bytes)} KiB on the wire in all (search page included)`,
    );
  }
}
if (result.browser) {
  say();
  say('Chromium check: a real first visit per kind (fresh profile, gzip from the bench server);');
  say('"a / b" = before scrolling / after scrolling to the end of the page');
  say(browserTable(kinds, result.browser));
  const third = Object.values(result.browser.pages).flatMap((page) => page.thirdParty);
  say(third.length ? `  ✘ third-party requests: ${third.join(', ')}` : '  No request left the site’s origin.');
  for (const [page, seen] of Object.entries(result.browser.pages)) {
    for (const error of seen.errors) say(`  ✘ ${page}: ${error}`);
  }
}
if (result.typing) {
  say();
  say(`Typing in an Add field of the workspace with ${result.typing.items} backlog items:`);
  say('keystroke to the next frame, in ms (the budget is the 95th percentile)');
  say(
    table(
      ['Field', 'Keys', 'Median', 'p95', 'Max', 'Budget'],
      result.typing.fields.map((f) => [
        f.field,
        f.keys,
        f.medianMs,
        f.p95Ms,
        f.maxMs,
        `${f.p95Ms < result.typing.budgetP95Ms ? '✔' : '✘'} < ${result.typing.budgetP95Ms}`,
      ]),
    ),
  );
}
if (result.build) {
  say();
  say(
    `Real site build: ${result.build.astro.seconds.toFixed(1)} s (peak ${(result.build.astro.peakProcessBytes / KiB / KiB).toFixed(0)} MiB), ` +
      `of which the last steps (trimming, Pagefind alongside, service worker) ${result.build.finish?.seconds.toFixed(1) ?? '?'} s`,
  );
}
if (result.scaling.length) {
  say();
  say(
    'Build scaling: N synthetic episodes of ~1,500 words (a third with an exercise) added to the real six, cold build',
  );
  say(scalingTable(result.scaling));
}
if (result.starlight.length) {
  say();
  say('The kit against Starlight, the same synthetic prose, cold builds in the same run');
  say(starlightTable(result.scaling, result.starlight));
}
if (result.lighthouse) {
  say();
  say(
    `Lighthouse ${runs}× per page, median (mobile defaults: simulated slow 4G, 4× CPU slowdown; served gzip on 127.0.0.1)`,
  );
  say(lighthouseTable(kinds, result.lighthouse));
  if (result.lighthouse.handwritten) {
    say();
    say(
      `LCP against the hand-written page (the prose of ${twinOf?.page}, CSS inline, no script), same run; ` +
        'previous: the newest earlier results file',
    );
    say(lcpRatioTable(kinds, result.lighthouse, previousResults(root, out)?.lighthouse ?? null));
  }
  say(
    '  Lighthouse counts its own fetch of the web manifest and a second (cached) favicon request: two above a browser visit.',
  );
  for (const kind of kinds) {
    const failing = new Map();
    for (const run of result.lighthouse[kind.id]?.runs ?? []) {
      for (const audit of run.failing) failing.set(audit.id, audit);
    }
    for (const audit of failing.values()) {
      say(
        `  ${kind.label}: ${audit.category} – ${audit.id}: ${audit.title}${audit.items.length ? ` (${audit.items.join('; ')})` : ''}`,
      );
    }
  }
}
for (const note of result.notes) say(`Note: ${note}`);
say();
say(`Written to ${relative(root, out)} in ${result.seconds} s.`);
console.log(lines.join('\n'));
