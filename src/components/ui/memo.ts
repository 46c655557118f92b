import { Component, h, type FunctionComponent } from 'preact';

/** Same value, or two lists of the same phrases (built afresh on each render). */
const same = (a: unknown, b: unknown) =>
  Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && a.join('\n') === b.join('\n'));

/** Whether two props objects would render the same. */
export function sameProps(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => same(left[key], right[key]));
}

/**
 * Skips re-rendering a list item whose props are unchanged, so that typing in one field of a long
 * list redraws one item, not two thousand. A few lines instead of preact/compat's `memo`, which
 * would bring the whole compatibility layer into the page.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props, next);
    }
    override render() {
      return h(render, this.props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
