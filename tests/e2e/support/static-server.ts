import { serveStatic as serve } from '../../../scripts/static-server.mjs';

export interface StaticSite {
  /** Origin plus base path, always ending in "/", e.g. http://127.0.0.1:4321/kit/ */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site from `dir` under `base` (e.g. "/" or "/kit/"), with the site's 404 page. */
export function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  return serve(dir, base);
}
