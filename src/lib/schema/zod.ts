import * as z from 'zod/mini';

/*
 * The zod the workspace schemas are written with: zod/mini, the tree-shakable functional API
 * (`z.optional(x)`, `x.check(z.minLength(1))`), because the stores decode what the browser saved
 * through these schemas, so they are in the workspace pages' first-load JavaScript. Classic zod (its
 * method chains) is about 15 KiB gzip more there. Build-time schemas (episode front matter, which
 * Astro's content collections read) and test-only contracts use ./zod-classic instead; both share
 * zod's core, its global configuration and its issue format.
 */

// zod probes `new Function` to speed up parsing; under the kit's Content Security Policy (no
// 'unsafe-eval') that probe is reported as a violation in the browser, so parse without it.
z.config({ jitless: true });

export { z };
