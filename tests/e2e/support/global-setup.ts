import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves the site built once by `npm run build` (dist/, or E2E_DIST) to every browser test file. */
export default async function setup(project: TestProject) {
  const site = await serveStatic(process.env.E2E_DIST ?? 'dist', '/');
  project.provide('siteUrl', site.url);
  return () => site.close();
}
