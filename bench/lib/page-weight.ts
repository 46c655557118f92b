// What a first visit to a built page transfers, found by reading dist/ and following references:
// the HTML, its stylesheets, scripts, island components and renderers (and everything those import
// statically), fonts and images from the CSS, and the favicon. Code behind a dynamic `import()` is
// "lazy": it loads later, when the user does something. Shared by `npm run bench` and the budget
// tests in tests/build, so the counting rules live in one place.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseTags, relTokens, type Tag } from './html.ts';

export type AssetType = 'html' | 'css' | 'js' | 'font' | 'image' | 'data' | 'other';
export const ASSET_TYPES: readonly AssetType[] = ['html', 'css', 'js', 'font', 'image', 'data', 'other'];

export interface Sizes {
  raw: number;
  /** gzip at zlib's default level 6, what most static hosts apply on the fly. */
  gzip: number;
  /** Brotli at quality 11, what a host serving pre-compressed files would send. */
  brotli: number;
}

export interface Asset extends Sizes {
  /** Path of the asset below the site root, e.g. "_astro/client.abc.js" or "episodes/x/". */
  path: string;
  /** File in dist/. */
  file: string;
  type: AssetType;
  /** Why it loads, e.g. "<link rel=stylesheet>", "island StrengthsWeaknesses", "import from client.abc.js". */
  via: string;
}

export interface InlineScript {
  module: boolean;
  /** UTF-8 bytes of the script text. */
  bytes: number;
  text: string;
}

export interface Island {
  component: string;
  client: string;
}

export interface PageWeight {
  /** Page path below the site root, e.g. "episodes/foo/". */
  page: string;
  /** Everything a first visit loads, the HTML first, each asset once. */
  initial: Asset[];
  /** Everything reachable only through a dynamic import() (loads when used). */
  lazy: Asset[];
  /** References to site files that are not in dist/ (a broken build or an unresolvable URL). */
  missing: string[];
  /** Initial bytes by type, and in all. */
  totals: Record<AssetType | 'all', Sizes>;
  lazyTotals: Record<AssetType | 'all', Sizes>;
  /** Number of requests a first visit makes (one per initial asset). */
  requests: number;
  inlineScripts: InlineScript[];
  islands: Island[];
  /** True when the page loads any script file, runs a module script or hydrates an island. */
  loadsJs: boolean;
  /** Every start tag, for tests that look further. */
  tags: Tag[];
}

const FONT = new Set(['.woff2', '.woff', '.ttf', '.otf']);
const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico']);
const DATA = new Set(['.json', '.webmanifest', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.wasm']);

/** The asset type of a file, by its extension. */
export function assetType(file: string): AssetType {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (FONT.has(ext)) return 'font';
  if (IMAGE.has(ext)) return 'image';
  if (DATA.has(ext)) return 'data';
  return 'other';
}

/** Raw, gzip and brotli sizes of some bytes. A host never sends a compressed copy larger than the
 * original, so already-compressed files (fonts, images, Pagefind's index) count at their raw size. */
export function sizesOf(bytes: Uint8Array): Sizes {
  const raw = bytes.byteLength;
  const gzip = gzipSync(bytes, { level: 6 }).byteLength;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
  }).byteLength;
  return { raw, gzip: Math.min(raw, gzip), brotli: Math.min(raw, brotli) };
}

export function zeroSizes(): Sizes {
  return { raw: 0, gzip: 0, brotli: 0 };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** Sums assets by type and in all. */
export function totalsOf(assets: readonly Asset[]): Record<AssetType | 'all', Sizes> {
  const totals = Object.fromEntries([...ASSET_TYPES, 'all'].map((type) => [type, zeroSizes()])) as Record<
    AssetType | 'all',
    Sizes
  >;
  for (const asset of assets) {
    totals[asset.type] = addSizes(totals[asset.type], asset);
    totals.all = addSizes(totals.all, asset);
  }
  return totals;
}

/** Reads a built site once: file contents and sizes are cached. `base` is Astro's base ("/" or "/kit/"). */
export class BuiltSite {
  readonly dist: string;
  readonly base: string;
  private readonly texts = new Map<string, string>();
  private readonly sizes = new Map<string, Sizes>();

  constructor(dist: string, base = '/') {
    this.dist = dist;
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  /** The dist/ file that serves a site path ("episodes/x/" → episodes/x/index.html), or null. */
  fileFor(path: string): string | null {
    const clean = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
    const candidates =
      clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
    for (const candidate of candidates) {
      const file = join(this.dist, decodeURIComponent(candidate));
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  }

  /** Whether a page (e.g. "workspace/") was built. */
  hasPage(path: string): boolean {
    return this.fileFor(path) !== null;
  }

  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8');
      this.texts.set(file, text);
    }
    return text;
  }

  sizesOf(file: string): Sizes {
    let sizes = this.sizes.get(file);
    if (!sizes) {
      sizes = sizesOf(readFileSync(file));
      this.sizes.set(file, sizes);
    }
    return sizes;
  }

  /**
   * Resolves a reference found in `fromPath` (a site path) to a site path below the base, or null
   * when it points elsewhere (another origin, data:, a template URL built at run time).
   */
  resolve(ref: string, fromPath: string): string | null {
    const trimmed = ref.trim();
    if (!trimmed || trimmed.startsWith('data:') || trimmed.startsWith('blob:') || trimmed.startsWith('#')) return null;
    if (trimmed.includes('${')) return null;
    const origin = 'http://site.invalid';
    let url: URL;
    try {
      url = new URL(trimmed, `${origin}${this.base}${fromPath}`);
    } catch {
      return null;
    }
    if (url.origin !== origin || !url.pathname.startsWith(this.base)) return null;
    return url.pathname.slice(this.base.length);
  }
}

/**
 * What marks a tool page's loader (src/page-scripts/paint-first.ts): it waits for this paint, then
 * imports the page's module script, so that script is part of every visit.
 */
const PAINT_FIRST_MARK = '"first-contentful-paint"';

interface Pending {
  path: string;
  via: string;
  lazy: boolean;
}

/** Follows every reference of one built page. `page` is a site path such as "episodes/foo/". */
export function analysePage(site: BuiltSite, page: string): PageWeight {
  const pageFile = site.fileFor(page);
  if (!pageFile) throw new Error(`${page} is not in ${site.dist}: the page was not built`);
  const html = site.text(pageFile);
  const tags = parseTags(html);
  const pending: Pending[] = [];
  const inlineScripts: InlineScript[] = [];
  const islands: Island[] = [];
  let loadsJs = false;
  const push = (ref: string | undefined, via: string, lazy = false, from = page) => {
    if (!ref) return;
    const path = site.resolve(ref, from);
    if (path !== null) pending.push({ path, via, lazy });
  };

  for (const tag of tags) {
    const { attrs } = tag;
    if (tag.name === 'link') {
      const rel = relTokens(tag);
      if (rel.includes('stylesheet')) push(attrs.href, '<link rel=stylesheet>');
      else if (rel.includes('modulepreload')) push(attrs.href, '<link rel=modulepreload>');
      else if (rel.includes('preload')) push(attrs.href, `<link rel=preload as=${attrs.as ?? '?'}>`);
      else if (rel.includes('icon')) push(attrs.href, '<link rel=icon>');
      else if (rel.includes('prefetch')) push(attrs.href, '<link rel=prefetch>', true);
      // rel=manifest is fetched only when the browser needs it (install prompt, "Add to home
      // screen"), not on a visit: Chromium's own page load shows no request for it.
    } else if (tag.name === 'script') {
      const module = attrs.type === 'module';
      if (attrs.src !== undefined) {
        loadsJs = true;
        push(attrs.src, module ? '<script type=module src>' : '<script src>');
      } else if (tag.text !== undefined && (attrs.type === undefined || module || /javascript/i.test(attrs.type))) {
        inlineScripts.push({ module, bytes: Buffer.byteLength(tag.text), text: tag.text });
        if (module) {
          // An inline module that imports nothing (the service worker's registration) loads no file.
          // A tool page's loader imports the page's code on every visit, after the first paint.
          const paintFirst = tag.text.includes(PAINT_FIRST_MARK);
          for (const ref of jsReferences(tag.text)) {
            const lazy = ref.lazy && !paintFirst;
            if (!lazy) loadsJs = true;
            push(ref.specifier, paintFirst ? 'import after the first paint' : 'import in inline module', lazy);
          }
        }
      }
    } else if (tag.name === 'astro-island') {
      const component =
        attrs['component-export'] && attrs['component-export'] !== 'default'
          ? attrs['component-export']
          : componentName(attrs['component-url']);
      islands.push({ component, client: attrs.client ?? '?' });
      // client:use islands (src/page-scripts/hydrate-on-use.ts) load their code only when used.
      const onUse = attrs.client === 'use';
      if (!onUse) loadsJs = true;
      push(attrs['component-url'], `island ${component}`, onUse);
      push(attrs['renderer-url'], `island renderer`, onUse);
      push(attrs['before-hydration-url'], `island before-hydration`, onUse);
    } else if (tag.name === 'img' && attrs.src !== undefined) {
      push(attrs.src, '<img>', attrs.loading === 'lazy');
    } else if (tag.name === 'style' && tag.text !== undefined) {
      for (const ref of cssReferences(tag.text)) push(ref.url, `${ref.type} in inline <style>`);
    }
  }

  const initial: Asset[] = [{ path: page, file: pageFile, type: 'html', via: 'document', ...site.sizesOf(pageFile) }];
  const seen = new Map<string, 'initial' | 'lazy'>([[page, 'initial']]);
  const lazy: Asset[] = [];
  const missing: string[] = [];
  const later: Pending[] = [];

  const visit = (queue: Pending[], phase: 'initial' | 'lazy') => {
    while (queue.length > 0) {
      const item = queue.shift() as Pending;
      if (item.lazy && phase === 'initial') {
        later.push(item);
        continue;
      }
      if (seen.has(item.path)) continue;
      const file = site.fileFor(item.path);
      if (!file) {
        if (!missing.includes(item.path)) missing.push(item.path);
        continue;
      }
      seen.set(item.path, phase);
      const type = assetType(file);
      (phase === 'initial' ? initial : lazy).push({
        path: item.path,
        file,
        type,
        via: item.via,
        ...site.sizesOf(file),
      });
      const name = item.path.split('/').pop() ?? item.path;
      if (type === 'js') {
        for (const ref of jsReferences(site.text(file))) {
          const path = site.resolve(ref.specifier, ref.baseRelative ? '' : item.path);
          if (path !== null)
            queue.push({ path, via: `${ref.lazy ? 'import()' : 'import'} in ${name}`, lazy: ref.lazy });
        }
      } else if (type === 'css') {
        for (const ref of cssReferences(site.text(file))) {
          const path = site.resolve(ref.url, item.path);
          if (path !== null) queue.push({ path, via: `${ref.type} in ${name}`, lazy: false });
        }
      }
    }
  };
  visit(pending, 'initial');
  visit(later, 'lazy');

  return {
    page,
    initial,
    lazy,
    missing,
    totals: totalsOf(initial),
    lazyTotals: totalsOf(lazy),
    requests: initial.length,
    inlineScripts,
    islands,
    loadsJs,
    tags,
  };
}

function componentName(url: string | undefined): string {
  const file = (url ?? '').split('/').pop() ?? '';
  return file.split('.')[0] || 'island';
}

export interface JsReference {
  specifier: string;
  /** Behind a dynamic import(), or a dependency Vite preloads for one. */
  lazy: boolean;
  /** Vite's preload list names files from the site's base, not from the importing file. */
  baseRelative: boolean;
}

/** The modules a built JavaScript file imports: static imports load with it, import() later. */
export function jsReferences(code: string): JsReference[] {
  const refs: JsReference[] = [];
  const staticFrom = /\b(?:import|export)\b[^"'`();]*?\bfrom\s*(["'`])([^"'`\n]+?)\1/g;
  const sideEffect = /\bimport\s*(["'`])([^"'`\n]+?)\1/g;
  const dynamic = /\bimport\s*\(\s*(["'`])([^"'`\n]+?)\1\s*\)/g;
  for (const match of code.matchAll(staticFrom))
    refs.push({ specifier: match[2] ?? '', lazy: false, baseRelative: false });
  for (const match of code.matchAll(sideEffect))
    refs.push({ specifier: match[2] ?? '', lazy: false, baseRelative: false });
  for (const match of code.matchAll(dynamic)) refs.push({ specifier: match[2] ?? '', lazy: true, baseRelative: false });
  // Vite lists the files to preload alongside a dynamic import in __vite__mapDeps.
  const deps = /__vite__mapDeps\s*=[^[]*?\.f\s*=\s*(\[[^\]]*\])/.exec(code);
  if (deps?.[1]) {
    try {
      for (const dep of JSON.parse(deps[1]) as unknown[]) {
        if (typeof dep === 'string') refs.push({ specifier: dep, lazy: true, baseRelative: true });
      }
    } catch {
      // Not a plain JSON array: the dynamic imports themselves are still followed.
    }
  }
  // A specifier built at run time (`${base}pagefind/pagefind.js`) cannot be followed statically.
  return refs.filter(
    (ref) =>
      !ref.specifier.includes('${') &&
      (/^(?:\.{1,2}\/|\/|_astro\/)/.test(ref.specifier) || /\.(?:m?js|css)$/.test(ref.specifier)),
  );
}

export interface CssReference {
  url: string;
  type: '@import' | 'font' | 'url()';
}

/** Stylesheets, fonts and images a stylesheet pulls in. Only the first source of each @font-face
 * counts (the browser stops at the first format it supports); images count as if used. */
export function cssReferences(css: string): CssReference[] {
  const refs: CssReference[] = [];
  const urlOf = (value: string) =>
    value
      .trim()
      .replace(/^url\(\s*/i, '')
      .replace(/\s*\)$/, '')
      .replace(/^["']|["']$/g, '');
  for (const match of css.matchAll(/@import\s+(url\([^)]*\)|"[^"]*"|'[^']*')/gi)) {
    refs.push({ url: urlOf(match[1] ?? ''), type: '@import' });
  }
  const fontFaces = [...css.matchAll(/@font-face\s*\{[^}]*\}/gi)].map((match) => match[0]);
  for (const face of fontFaces) {
    const first = /url\(\s*(["']?)([^"')]+)\1\s*\)/i.exec(face);
    if (first?.[2]) refs.push({ url: first[2], type: 'font' });
  }
  const rest = fontFaces.reduce((text, face) => text.replace(face, ''), css).replace(/@import[^;]*;/gi, '');
  for (const match of rest.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) {
    const url = match[2] ?? '';
    if (!url.startsWith('data:') && !url.startsWith('#')) refs.push({ url, type: 'url()' });
  }
  return refs;
}

/** Site paths of every built page (index.html files), e.g. "", "episodes/foo/", "404.html". */
export function listPages(site: BuiltSite): string[] {
  const pages: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSorted(join(site.dist, dir))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (rel === '_astro' || rel === 'pagefind') continue;
        walk(rel, `${prefix}${entry.name}/`);
      } else if (entry.name === 'index.html') pages.push(prefix);
      else if (entry.name.endsWith('.html')) pages.push(`${prefix}${entry.name}`);
    }
  };
  walk('', '');
  return pages;
}

function readdirSorted(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** Marks a page of the built site as one with an exercise box (a timer and maybe tools). */
export function hasExercise(weight: PageWeight): boolean {
  return weight.tags.some((tag) => tag.attrs['data-exercise-id'] !== undefined);
}

/** Formats bytes as KiB with one decimal, e.g. "12.3 KiB". */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
