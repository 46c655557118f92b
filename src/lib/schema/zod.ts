import { z } from 'astro/zod';

// zod probes `new Function` to speed up parsing; under the kit's Content Security Policy (no
// 'unsafe-eval') that probe is reported as a violation in the browser, so parse without it.
z.config({ jitless: true });

export { z };
