import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

// Zod probes for `new Function` the first time it parses an object; under the site's strict CSP
// the probe is caught by zod but still reported as a `securitypolicyviolation`. Zod reads its
// global config from this object, so jitless mode is set here without importing zod (the
// validator must stay out of the islands' initial JavaScript). Remove once src/lib/validate.ts
// calls `z.config({ jitless: true })` itself.
const zodConfig = ((globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig ??= {});
zodConfig['jitless'] = true;

/**
 * Reads a store for rendering. The first client render uses the store's initial value, exactly what
 * the server rendered, and the saved value follows right after hydration. Reading the saved value
 * straight away would leave fields empty after a reload: Preact does not patch `value` and
 * `checked` while it hydrates, and the next render sees no change to apply.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>): T {
  return useStore(store, { ssr: 'initial' });
}
