import type { TextItem } from '../../lib/schema/common';
import { domId } from '../../lib/dom-id';

/** Toggles `id` in a list of ids. */
export const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id);

interface WeaknessChecksProps {
  ranked: readonly TextItem[];
  checked: readonly string[];
  /** Prefix for ids and focus keys, unique per group. */
  prefix: string;
  onToggle: (id: string, on: boolean) => void;
}

/** Checkboxes for the weaknesses a question or a goal is about, in rank order ("1. Unclear sprint goals"). */
export default function WeaknessChecks({ ranked, checked, prefix, onToggle }: WeaknessChecksProps) {
  return (
    <ul class="ws-checks">
      {ranked.map((weakness, index) => (
        <li key={weakness.id}>
          <input
            type="checkbox"
            id={domId(prefix, weakness.id)}
            data-focus={`${prefix}:${weakness.id}`}
            checked={checked.includes(weakness.id)}
            onChange={(event) => onToggle(weakness.id, event.currentTarget.checked)}
          />
          <label for={domId(prefix, weakness.id)}>
            <span class="ws-rank-inline">{index + 1}.</span> <bdi>{weakness.text}</bdi>
          </label>
        </li>
      ))}
    </ul>
  );
}
