import type { TextItem } from '../../lib/schema/common';
import type { DiscussionPoint } from '../../lib/schema/discussion';
import { domId } from '../../lib/dom-id';
import { questionLinkMessage } from '../../lib/workspace/wording';
import { deleteItem, editItem, linkDiscussionPoint, undoDelete } from '../../stores/workspace';
import { DeleteButton } from '../ui/DeleteButton';
import { EditableText } from '../ui/EditableText';
import { focusSoon, type RootRef } from '../ui/focus';
import type { Deletion } from '../ui/useUndoableDelete';
import WeaknessChecks, { toggled } from './WeaknessChecks';

interface DiscussionPointItemProps {
  point: DiscussionPoint;
  ranked: readonly TextItem[];
  rank: readonly string[];
  root: RootRef;
  announce: (text: string) => void;
  remove: <T>(deletion: Deletion<T>) => void;
}

/** One question: its text (edited in place), the weaknesses it is about, and Delete. */
export default function DiscussionPointItem({ point, ranked, rank, root, announce, remove }: DiscussionPointItemProps) {
  const position = new Map(rank.map((id, index) => [id, index + 1] as const));
  const textOf = new Map(ranked.map((w) => [w.id, w.text] as const));
  const linked = [...point.weaknessIds].sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
  const prefix = domId('link', point.id);
  return (
    <li class="ws-item ws-item-block">
      <EditableText
        text={point.text}
        noun="question"
        focusKey={`edit:${point.id}`}
        onSave={(text) => {
          const changed = editItem(point.id, text);
          if (changed) announce(`Changed to '${text.trim()}'.`);
          return changed;
        }}
      />
      <p class="ws-meta">
        {linked.length === 0
          ? 'Not linked to a weakness yet.'
          : [
              'About: ',
              ...linked.map((id, n) => (
                <span key={id}>
                  {n > 0 && '; '}
                  {position.get(id) ?? '?'}. <bdi>{textOf.get(id) ?? ''}</bdi>
                </span>
              )),
            ]}
      </p>
      <span class="ws-actions">
        {ranked.length > 0 && (
          <details class="ws-disclosure">
            <summary data-focus={`links:${point.id}`}>Link weaknesses</summary>
            <fieldset class="ws-fieldset">
              <legend class="visually-hidden">Weaknesses '{point.text}' is about</legend>
              <WeaknessChecks
                ranked={ranked}
                checked={point.weaknessIds}
                prefix={prefix}
                onToggle={(id, on) => {
                  const outcome = linkDiscussionPoint(point.id, toggled(point.weaknessIds, id, on));
                  if (outcome.ok) announce(questionLinkMessage(on, textOf.get(id) ?? '', outcome.place));
                  focusSoon(root.current, `${prefix}:${id}`);
                }}
              />
            </fieldset>
          </details>
        )}
        <DeleteButton
          label={`Delete question '${point.text}'`}
          onDelete={() =>
            remove({
              run: () => deleteItem(point.id),
              restore: undoDelete,
              name: `question '${point.text}'`,
              focusKey: `edit:${point.id}`,
            })
          }
        />
      </span>
    </li>
  );
}
