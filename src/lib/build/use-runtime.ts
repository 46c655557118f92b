import { createHash } from 'node:crypto';
import { minifyScript } from './minify-script';
import { CONTROL, TIMER_KEYS } from '../on-use/keys';
import { LIVE_TIMERS_KEY, SAVED_WORK_KEYS, TIMERS_KEY } from '../storage-keys';

/**
 * A page whose only islands are client:use ones (an episode) carries Astro's island runtime and the
 * client:use directive inline, about 3 KiB gzip that a reader never runs. The build moves both into
 * one file and leaves in their place a loader of about 0.6 KiB (src/page-scripts/use-loader.ts): it
 * fetches that file on the first use, or at once when this browser holds a timer or saved work for
 * the page, and holds back the clicks and keys that came before it, which the directive replays.
 */

const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const RUNTIME_MARK = 'customElements.define("astro-island"';
/** Every directive Astro inlines ends by announcing itself: `window.dispatchEvent(new Event("astro:use"))`. */
const DIRECTIVE = /window\.dispatchEvent\(new Event\("astro:([\w-]+)"\)\)/;

/** The values the loader declares, for a runtime file at this URL: the storage keys from src/lib/storage-keys.ts. */
export function loaderValues(runtimeUrl: string): Record<string, unknown> {
  return {
    SRC: runtimeUrl,
    CONTROL,
    TIMER_KEYS: [...TIMER_KEYS],
    TIMERS: LIVE_TIMERS_KEY,
    LEGACY: TIMERS_KEY,
    SAVED: [...SAVED_WORK_KEYS.personal, ...SAVED_WORK_KEYS.workspace],
  };
}

/**
 * The loader, minified, for a runtime file at this URL, with the kit's values filled in. Its source
 * (src/page-scripts/use-loader.ts) comes in as text, read by the build (astro.config.mjs).
 */
export function useLoader(loaderSource: string, runtimeUrl: string): string {
  // None of these values can hold "</script>", so the result is safe inline.
  return minifyScript(loaderSource, loaderValues(runtimeUrl));
}

export interface DeferredPage {
  html: string;
  /** The file's content: the directive, then the runtime (the order Astro inlines them in). */
  runtime: string;
}

/**
 * The page with its inline island runtime and client:use directive replaced by the loader, or null
 * when the page has no island runtime or also hydrates islands by another directive (those run on
 * load, so the runtime stays inline).
 */
export function deferUseRuntime(
  html: string,
  loaderSource: string,
  runtimeUrlOf: (runtime: string) => string,
): DeferredPage | null {
  const scripts = [...html.matchAll(SCRIPT)];
  const runtime = scripts.find((match) => match[1]?.includes(RUNTIME_MARK));
  const directives = scripts.filter((match) => DIRECTIVE.test(match[1] ?? ''));
  if (!runtime || directives.length !== 1) return null;
  const [directive] = directives;
  if (!directive || DIRECTIVE.exec(directive[1] ?? '')?.[1] !== 'use') return null;
  const code = `${directive[1]}\n${runtime[1]}`;
  const loader = `<script>${useLoader(loaderSource, runtimeUrlOf(code))}</script>`;
  // Astro writes the directive just before the runtime; the loader takes the directive's place.
  const without = html.replace(runtime[0], '');
  return { html: without.replace(directive[0], loader), runtime: code };
}

/** A content-hashed file name for the runtime, like the bundler's. */
export function runtimeFileName(runtime: string): string {
  const hash = createHash('sha256').update(runtime).digest('base64url').slice(0, 8);
  return `use-runtime.${hash}.js`;
}
