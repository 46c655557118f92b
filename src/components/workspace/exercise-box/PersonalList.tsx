import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../../ui/store';
import { LiveRegion, useAnnouncer } from '../../ui/announcer';
import { EditableText } from '../../ui/EditableText';
import { Heading, type Level } from '../../ui/Heading';
import { MoveButtons } from '../../ui/MoveButtons';
import { QuickAddForm } from '../../ui/QuickAddForm';
import { DeleteButton } from '../../ui/DeleteButton';
import { moveShortcut } from '../../ui/focus';
import { useListMove } from '../../ui/useListMove';
import { useUndoableDelete } from '../../ui/useUndoableDelete';
import { PERSONAL_EXPECTED } from '../../../lib/schema/values';
import { personalListText } from '../../../lib/workspace/summary';
import { moveAnnouncement, moveTo } from '../../../lib/workspace/board';
import {
  $personalList,
  addPersonalItem,
  deletePersonalItem,
  editPersonalItem,
  movePersonalItem,
  undoDeletePersonalItem,
} from '../../../stores/personal';
import { copyText } from '../download';

/** The solo exercise: things I would like a mentor's help with. Personal: saved apart from the team's workspace. */
export default function PersonalList({ level = 2 }: { level?: Level }) {
  const list = useHydratedStore($personalList);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const { remove, notice } = useUndoableDelete(root, announce, 'add:personal');
  const [manual, setManual] = useState(false);
  const items = list.items;
  const written = items.length;
  const order = items.map((item) => item.id);
  const textOf = (id: string) => items.find((item) => item.id === id)?.text ?? '';
  const move = useListMove({
    order,
    nameOf: textOf,
    apply: (id, to) => {
      movePersonalItem(id, to);
      return moveAnnouncement(textOf(id), moveTo(order, id, to), id);
    },
    announce,
    root,
  });

  const copyList = async () => {
    if (await copyText(personalListText($personalList.get().items))) {
      setManual(false);
      announce('Copied your list as text.');
    } else {
      setManual(true);
      announce('Copying was not allowed. The list is shown as text below: select it and copy.');
    }
  };

  return (
    <div class="ws-tool" ref={root} data-tool="personal-list">
      <Heading level={level} id="ws-personal-heading">
        My list
      </Heading>
      <p class="ws-help">
        Kept only in this browser and never part of a team export.{' '}
        <span data-personal-progress>
          {written >= PERSONAL_EXPECTED ? `${written} written.` : `${written} of ${PERSONAL_EXPECTED} written.`}
        </span>
      </p>
      <QuickAddForm
        name="personal"
        label="Something you would like a mentor's help with"
        root={root}
        onAdd={(text) => {
          if (addPersonalItem(text) === null) {
            announce('Type something first.');
            return false;
          }
          announce(`Added '${text.trim()}'. ${written + 1} written.`);
          return true;
        }}
      />
      {items.length === 0 ? (
        <p class="ws-empty">Nothing yet. Aim for about {PERSONAL_EXPECTED}: type one and press Enter.</p>
      ) : (
        <ol class="ws-list" aria-labelledby="ws-personal-heading">
          {items.map((item, index) => (
            <li
              key={item.id}
              class="ws-item"
              onKeyDown={(event) => {
                const direction = event.target instanceof HTMLButtonElement ? moveShortcut(event) : null;
                if (!direction) return;
                event.preventDefault();
                move(item.id, direction, (event.target as HTMLElement).dataset['focus'] ?? `up:${item.id}`);
              }}
            >
              <EditableText
                text={item.text}
                noun="item"
                focusKey={`edit:${item.id}`}
                onSave={(text) => {
                  if (text.trim() === '') return false;
                  editPersonalItem(item.id, text);
                  announce(`Changed to '${text.trim()}'.`);
                  return true;
                }}
              />
              <span class="ws-actions">
                <MoveButtons
                  id={item.id}
                  name={item.text}
                  first={index === 0}
                  last={index === items.length - 1}
                  move={move}
                />
                <DeleteButton
                  label={`Delete '${item.text}'`}
                  onDelete={() =>
                    remove({
                      run: () => deletePersonalItem(item.id),
                      restore: (token) => {
                        undoDeletePersonalItem(token);
                        return true;
                      },
                      name: `'${item.text}'`,
                      focusKey: `edit:${item.id}`,
                    })
                  }
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      {notice}
      {items.length > 0 && (
        <p class="ws-buttons">
          <button type="button" onClick={() => void copyList()}>
            Copy as text
          </button>
        </p>
      )}
      {manual && (
        <p class="ws-manual-copy">
          <label for="ws-personal-text">Your list as text</label>
          <textarea id="ws-personal-text" readOnly rows={6} value={personalListText(items)} />
        </p>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
