import { atom, type ReadableAtom } from 'nanostores';

/**
 * The link participants' phones open when the workshop is live: the projector's read-only view,
 * which follows every start, pause and minute through the live server. Null when there is no live
 * workshop on this page: the console and the projector then hand out the link-based countdown.
 */
const $link = atom<string | null>(null);
export const $phoneLink: ReadableAtom<string | null> = $link;

export function setPhoneLink(link: string | null): void {
  $link.set(link);
}
