// The kit's own client directive, typed for Astro templates (a module file, so this augments 'astro').
import type { UseOptions } from './page-scripts/hydrate-on-use';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Loads the island's code when someone uses it (see src/page-scripts/hydrate-on-use.ts). */
    'client:use'?: UseOptions;
  }
}
