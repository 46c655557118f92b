// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { liveConnectSources } from './src/lib/live/connect-sources.ts';
import { finishSite } from './src/lib/build/finish-site.ts';
import { themeScript as buildThemeScript } from './src/lib/build/theme-script.ts';

// BASE_PATH serves the kit from a sub-path (GitHub Pages project sites); SITE_URL is its origin.
const base = process.env.BASE_PATH ?? '/';

// The inline theme script runs at the start of <body>, after the CSP <meta> (a policy in a meta
// covers only what follows it), so its hash is registered here rather than while rendering.
const themeScript = buildThemeScript(
  readFileSync(new URL('./src/components/site/theme-script.ts', import.meta.url), 'utf8'),
);
/** @type {`sha256-${string}`} */
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

// The inline scripts the build writes into pages, as text: the stand-in for client:use on episodes,
// and the tool pages' loader that runs their code after the first paint (src/lib/build/finish-site.ts).
const pageScript = (/** @type {string} */ name) =>
  readFileSync(new URL(`./src/page-scripts/${name}.ts`, import.meta.url), 'utf8');
const pageScriptSources = { useLoader: pageScript('use-loader'), paintFirst: pageScript('paint-first') };

/** `client:use`: islands that load their code when someone uses them (src/page-scripts/hydrate-on-use.ts). */
const hydrateOnUse = {
  name: 'kit:hydrate-on-use',
  hooks: {
    /** @param {{ addClientDirective: (directive: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({
        name: 'use',
        entrypoint: fileURLToPath(new URL('./src/page-scripts/hydrate-on-use.ts', import.meta.url)),
      }),
  },
};

/**
 * After Astro has written the pages: each is trimmed to what it needs, Pagefind indexes the site and
 * the service worker precaches it (src/lib/build/finish-site.ts), so `astro build` makes the whole kit.
 */
const finishPages = {
  name: 'kit:finish-site',
  hooks: {
    /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const site = await finishSite(fileURLToPath(dir), base.endsWith('/') ? base : `${base}/`, pageScriptSources);
      // The bench reads this line (bench/lib/scaling.mjs, finishTimes): keep its figures' wording.
      logger.info(
        `${site.pages} pages finished in ${Math.round(performance.now() - started)} ms: trimmed; ` +
          `${site.indexed} indexed by Pagefind in ${site.searchSeconds} s; ` +
          `${site.serviceWorker.files} files precached by the service worker (mentoring-kit-${site.serviceWorker.version})`,
      );
    },
  },
};

// The pages connect to their own origin and, in a static build that names a separately hosted live
// server (PUBLIC_LIVE_URL), to that server.
const liveSources = liveConnectSources(process.env.PUBLIC_LIVE_URL);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  // Separate caches let several builds (tests, benchmarks) run side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Vite's own transform compiles the JSX (tsconfig's jsx settings) to the same output; Babel, which
  // @astrojs/preact otherwise runs over every module, cost about two seconds of each build.
  // MDX's `optimize` renders the static parts of each entry as HTML strings at compile time: the same
  // pages, about a second less with 500 episodes. It bypasses `components` overrides of plain HTML
  // elements, which the kit has none of (src/components/lesson/index.ts maps its own components only).
  integrations: [mdx({ optimize: true }), preact({ babel: { ignore: [/./] } }), hydrateOnUse, finishPages],
  markdown: { syntaxHighlight: false },
  prefetch: false,
  // Every page's CSS goes inline, so nothing blocks the first paint, except the workspace tools'
  // stylesheet: the exercise boxes' lazy tools chunk loads it as a file (an inlined stylesheet has none).
  build: { inlineStylesheets: 'auto' },
  vite: {
    build: {
      /** @param {string} file */
      assetsInlineLimit: (file) => (file.endsWith('.css') ? !/(^|\/)workspace\.[\w-]+\.css$/.test(file) : undefined),
      rolldownOptions: {
        // Astro marks every MDX entry's asset module with "use astro:head-inject", and the bundler warned
        // about each one (two lines of log and a code frame per episode), harmlessly.
        checks: { moduleLevelDirective: false },
        output: {
          // Fewer, larger chunks compress better; each group is one feature folder, and takes the modules
          // its members import unless an earlier group took them (see ARCHITECTURE.md, "Bundles"). Code
          // loaded with import() stays lazy only outside every group, or in a group of its own: lib/import,
          // lib/export, the schemas and the exercise box's own folder stay out of the workspace page.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              {
                // What every island shares. Its two modules of ours are named, as their folders also hold
                // a feature's code (ARCHITECTURE.md, "Bundles").
                name: 'stores',
                test: /preload-helper|node_modules[\\/]nanostores[\\/]|src[\\/](stores[\\/]storage|components[\\/]ui[\\/]announcer)\./,
              },
              {
                // The document model (Yjs and the code that stores and syncs documents): the workspace and
                // the timers both build on it. Every store makes ids, so lib/ids.ts comes along by name.
                name: 'document',
                test: /src[\\/](stores[\\/]doc[\\/]|lib[\\/]ids\.)/,
              },
              {
                name: 'workspace',
                test: /src[\\/](components[\\/](workspace|ui)|lib[\\/]workspace)[\\/][\w-]+\.tsx?$/,
              },
              // The file formats and zod: loaded when a file, or a form saved by an older version, is read.
              { name: 'schema', test: /src[\\/]lib[\\/]schema[\\/]/ },
              { name: 'tools', test: /^(?!.*\.astro).*src[\\/]components[\\/]workspace[\\/]exercise-box[\\/]/ },
              { name: 'timer', test: /src[\\/]components[\\/]timer[\\/]core[\\/]/ },
              {
                // The pages' server-side bundle only (no browser code imports MDX): every episode and
                // page in one module instead of two chunks each, which cost about a second of bundling
                // and loading with 500 episodes. The build renders every page, so nothing loads in vain.
                name: 'content',
                test: /\.mdx($|\?)/,
              },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src ${["'self'", ...liveSources].join(' ')}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's WebAssembly may run on the search page only, which adds 'wasm-unsafe-eval' itself.
      scriptDirective: { resources: ["'self'"], hashes: [themeScriptHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
