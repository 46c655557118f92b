import { liveEndpoint } from '../../lib/live/links';

/** The live server's address for this page (`configured`: a build variable naming another origin). */
export function endpointFor(base: string, configured: string) {
  return liveEndpoint(new URL(location.href), base, configured);
}
