// Lets plain TypeScript tools (tsc, typed ESLint rules) type-check .ts files that import .astro
// components; `astro check` resolves the real component types and ignores this fallback.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
