import { useState } from 'preact/hooks';
import type { TextItem } from '../../lib/schema/common';
import {
  addStrength,
  addWeakness,
  deleteItem,
  editItem,
  moveItemToOtherList,
  undoDelete,
} from '../../stores/workspace';
import { DeleteButton } from '../ui/DeleteButton';
import { EditableText } from '../ui/EditableText';
import { focusSoon, type RootRef } from '../ui/focus';
import { Heading, type Level } from '../ui/Heading';
import { QuickAddForm } from '../ui/QuickAddForm';
import type { Deletion } from '../ui/useUndoableDelete';

type Kind = 'strengths' | 'weaknesses';

const NOUN: Record<Kind, string> = { strengths: 'strength', weaknesses: 'weakness' };
const OTHER: Record<Kind, Kind> = { strengths: 'weaknesses', weaknesses: 'strengths' };

interface TextColumnProps {
  kind: Kind;
  items: readonly TextItem[];
  level: Level;
  root: RootRef;
  announce: (text: string) => void;
  remove: <T>(deletion: Deletion<T>) => void;
  /** True when moving this item to the other list would take dots or links with it. */
  losesLinks: (id: string) => boolean;
}

/** One list of the strengths-and-weaknesses tool: quick entry and the items. */
export default function TextColumn({ kind, items, level, root, announce, remove, losesLinks }: TextColumnProps) {
  const [hint, setHint] = useState('');
  const noun = NOUN[kind];
  const other = OTHER[kind];
  const headingId = `ws-${kind}-heading`;

  const add = (text: string) => {
    const id = kind === 'strengths' ? addStrength(text) : addWeakness(text);
    if (id === null) {
      setHint(`Type a ${noun} first.`);
      announce(`Type a ${noun} first.`);
      return false;
    }
    announce(`Added ${noun} '${text.trim()}'.`);
    setHint('');
    return true;
  };

  return (
    <section class="ws-column" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {kind === 'strengths' ? 'Strengths' : 'Weaknesses'} <span class="ws-count">({items.length})</span>
      </Heading>
      <QuickAddForm name={kind} label={`Add a ${noun}`} onAdd={add} hint={hint} root={root} />
      {items.length === 0 ? (
        <p class="ws-empty">No {kind} yet. Type one above and press Enter; the field stays ready for the next.</p>
      ) : (
        <ul class="ws-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} class="ws-item">
              <EditableText
                text={item.text}
                noun={noun}
                focusKey={`edit:${item.id}`}
                onSave={(text) => {
                  const changed = editItem(item.id, text);
                  if (changed) announce(`Changed to '${text.trim()}'.`);
                  return changed;
                }}
              />
              <span class="ws-actions">
                <button
                  type="button"
                  class="ws-small"
                  data-focus={`move:${item.id}`}
                  aria-label={`Move '${item.text}' to ${other}`}
                  onClick={() => {
                    const losing = losesLinks(item.id);
                    moveItemToOtherList(item.id);
                    announce(
                      `'${item.text}' moved to ${other}.${losing ? ' Its dots and links to questions and goals were removed.' : ''}`,
                    );
                    focusSoon(root.current, `move:${item.id}`);
                  }}
                >
                  To {other}
                </button>
                <DeleteButton
                  label={`Delete ${noun} '${item.text}'`}
                  onDelete={() =>
                    remove({
                      run: () => deleteItem(item.id),
                      restore: undoDelete,
                      name: `${noun} '${item.text}'`,
                      focusKey: `edit:${item.id}`,
                    })
                  }
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
