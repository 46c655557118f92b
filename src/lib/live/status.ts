/**
 * The state of this device's connection to a live room. The network is not trusted to be there:
 * the page always shows one of these.
 */
export type LiveState =
  /** Opening the connection (or opening it again after a drop). */
  | { status: 'connecting' }
  /** Connected and in step with the room. */
  | { status: 'online' }
  /** No network, or the server is down: work goes on here and merges on reconnection. */
  | { status: 'offline' }
  /** The server refused the link (wrong, unknown or expired). */
  | { status: 'refused'; reason: string }
  /** This site has no live server (a static host): live rooms need the kit's server. */
  | { status: 'no-server' };

/** What the live bar says for each state of the connection. */
export function liveStateText(state: LiveState): string {
  switch (state.status) {
    case 'connecting':
      return 'Connecting to the room…';
    case 'online':
      return 'Live: your changes reach the others as you make them.';
    case 'offline':
      return 'Offline: your changes are kept on this device and join the room when the connection is back.';
    case 'refused':
      return `This link was refused: ${state.reason}. Ask your facilitator for a new link.`;
    case 'no-server':
      return "Live rooms need the kit's own server: run it with npm start (see the README), or build the site with PUBLIC_LIVE_URL set. Your work is kept in this browser meanwhile.";
  }
}

/** The state in a word or two, for the badge that stays in view while the bar is scrolled away. */
export function liveStateShort(state: LiveState): string {
  switch (state.status) {
    case 'connecting':
      return 'Connecting…';
    case 'online':
      return 'Live';
    case 'offline':
      return 'Offline: kept here';
    case 'refused':
      return 'Link refused';
    case 'no-server':
      return 'No live server';
  }
}

/** The state of a room watched by the facilitator (the overview and the console read every team's). */
export type WatchStatus = 'connecting' | 'online' | 'offline' | 'refused';
