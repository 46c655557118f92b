// The Content Security Policy's connect-src for a build that names a separately hosted live server
// (PUBLIC_LIVE_URL): the server's HTTP origin (its API) and its WebSocket origin. A kit served by its own
// server needs neither: 'self' covers the same origin's ws: and wss: (checked in Chromium).

/** The sources to allow besides 'self', for the live server at `liveUrl` (http(s) or ws(s)); none without one. */
export function liveConnectSources(liveUrl: string | undefined): string[] {
  if (!liveUrl) return [];
  const url = new URL(liveUrl);
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!secure && url.protocol !== 'http:' && url.protocol !== 'ws:') {
    throw new Error(`PUBLIC_LIVE_URL must be an http(s) or ws(s) URL, not ${liveUrl}`);
  }
  return [`${secure ? 'https' : 'http'}://${url.host}`, `${secure ? 'wss' : 'ws'}://${url.host}`];
}
