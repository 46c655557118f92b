import { MOSCOW_LABELS, type ItemDiff } from './backlog';
import { goalsStillMissing } from './goals';
import type { Added, Place } from './outcomes';
import { GOALS_EXPECTED } from '../schema/values';
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

/** What a tool says when it refused to add an empty entry. */
export function emptyRefusalMessage(reason: 'emptyTitle' | 'emptyQuestion'): string {
  return reason === 'emptyTitle' ? 'Type a title first.' : 'Type a question first.';
}

/** "Added 'Split the login story' at position 4." (the backlog worksheet's quick add). */
export function backlogAddedMessage(added: Added): string {
  return `Added '${added.text}' at position ${added.place.position}.`;
}

/** "New backlog item from goal 2, at position 4." */
export function backlogFromGoalMessage(goalNumber: number, place: Place): string {
  return `New backlog item from goal ${goalNumber}, at position ${place.position}.`;
}

/** What the goals worksheet says about how many goals there are, given their count. */
export function goalsProgress(count: number): string {
  const missing = goalsStillMissing(count);
  if (missing === 0) return `${count} goals: enough for this session (${GOALS_EXPECTED} are expected).`;
  return `${missing} more ${missing === 1 ? 'goal' : 'goals'} needed (${GOALS_EXPECTED} are expected).`;
}

/** "Goal 2 added. 1 more goal needed (3 are expected)." */
export function goalAddedMessage(added: Added): string {
  return `Goal ${added.place.position} added. ${goalsProgress(added.place.of)}`;
}

/** "Added question 'How small is small?' at position 1 of 2." */
export function questionAddedMessage(added: Added): string {
  return `Added question '${added.text}' at position ${added.place.position} of ${added.place.of}.`;
}

/** "Linked to 'Unclear goals'. The question is now number 1 of 2." (or "Unlinked from …"). */
export function questionLinkMessage(linked: boolean, weakness: string, place: Place): string {
  return `${linked ? 'Linked to' : 'Unlinked from'} '${weakness}'. The question is now number ${place.position} of ${place.of}.`;
}
