/**
 * What a control says when the code it loads on first use cannot be fetched: the network is gone
 * and this browser has not saved that part of the kit yet (the service worker saves every part after
 * one visit online). Said at once, instead of a control that does nothing or hangs.
 */
export function unavailableOffline(action: string): string {
  return `${action} needs a part of the kit that this browser has not saved yet, and the network cannot be reached. Reconnect and try again; nothing was changed.`;
}
