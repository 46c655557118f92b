import { liveEndpoint } from '../../lib/live/links';

/** Where this site's live server is: the site's base path, and the build's PUBLIC_LIVE_URL if it names another origin. */
export interface LiveWhere {
  base: string;
  configured: string;
}

/** This build's live server settings. */
export function liveWhere(): LiveWhere {
  return {
    base: import.meta.env.BASE_URL,
    configured: (import.meta.env.PUBLIC_LIVE_URL as string | undefined) ?? '',
  };
}

/** The live server's address for this page (`configured`: a build variable naming another origin). */
export function endpointFor(base: string, configured: string) {
  return liveEndpoint(new URL(location.href), base, configured);
}
