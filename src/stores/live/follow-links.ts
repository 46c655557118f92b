import { atom, type ReadableAtom } from 'nanostores';

/**
 * Where the devices that follow the console open it when the workshop is live: the projector's link,
 * and the phones' (the projector's read-only view, which follows every start, pause and minute
 * through the live server). Null when this page has no live workshop: the console and the projector
 * then hand out this browser's projector view and the link-based countdown.
 */
export interface FollowLinks {
  projector: string;
  phones: string;
}

const $links = atom<FollowLinks | null>(null);
export const $followLinks: ReadableAtom<FollowLinks | null> = $links;

export function setFollowLinks(links: FollowLinks | null): void {
  $links.set(links);
}
