import { minifyScript } from './minify-script';
import { THEME_KEY, VIEW_KEY } from '../storage-keys';

/** The values the theme script declares (src/components/site/theme-script.ts): where it keeps the two choices. */
export const themeScriptValues = { THEME_KEY, VIEW_KEY };

/**
 * The inline theme script as every page carries it, from its source: minified, with its storage keys
 * filled in. The page renders it and the policy lists its hash, so both call this with the same source.
 */
export function themeScript(source: string): string {
  return minifyScript(source, themeScriptValues);
}
