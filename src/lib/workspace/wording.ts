import { MOSCOW_LABELS, type ItemDiff } from './backlog';
import type { Moscow, Size } from '../schema/backlog-item';

/**
 * Sentences the workspace tools show. Pure, so the wording is tested without a browser; the islands
 * only place them on the page.
 */

const priorityName = (value: Moscow | null) => (value === null ? 'none' : MOSCOW_LABELS[value]);
const sizeName = (value: Size | null) => value ?? 'none';

/** What changed on one backlog item against what was imported, one phrase per change. */
export function describeDiff(diff: ItemDiff): string[] {
  switch (diff.status) {
    case 'new':
      return ['New item'];
    case 'unchanged':
      return ['Unchanged'];
    case 'changed': {
      const parts: string[] = [];
      if (diff.priority) parts.push(`Priority ${priorityName(diff.priority.from)} → ${priorityName(diff.priority.to)}`);
      if (diff.size) parts.push(`Estimate ${sizeName(diff.size.from)} → ${sizeName(diff.size.to)}`);
      if (diff.order) parts.push(`Order ${diff.order.from} → ${diff.order.to}`);
      return parts;
    }
  }
}

/** "2 new, 1 changed, 3 unchanged" for the worksheet's summary; empty worksheet → "". */
export function diffSummary(diffs: readonly ItemDiff[]): string {
  if (diffs.length === 0) return '';
  const count = (status: ItemDiff['status']) => diffs.filter((d) => d.status === status).length;
  const parts = [`${count('new')} new`];
  const imported = diffs.length - count('new');
  if (imported > 0) parts.push(`${count('changed')} changed`, `${count('unchanged')} unchanged`);
  return `${parts.join(', ')} (${diffs.length} ${diffs.length === 1 ? 'item' : 'items'} in all)`;
}
