import { z } from 'astro/zod';

/*
 * Classic zod (method chains), for schemas that never run in the browser: the episode front matter
 * (Astro's content collections take a classic schema from astro/zod) and the timers' contract,
 * which the browser reads with the zod-free src/lib/timer/decode.ts. Browser-side schemas use
 * ./zod (zod/mini) to keep the pages' JavaScript small.
 */

// Same setting as ./zod (the configuration is global to zod): no `new Function` probe, which the
// kit's Content Security Policy (no 'unsafe-eval') would report.
z.config({ jitless: true });

export { z };
