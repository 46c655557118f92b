import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../../ui/store';

import { PERSONAL_EXPECTED } from '../../../lib/schema/personal';
import { personalListText } from '../../../lib/workspace/summary';
import {
  $personalList,
  addPersonalItem,
  deletePersonalItem,
  editPersonalItem,
  movePersonalItem,
  undoDeletePersonalItem,
} from '../../../stores/personal';
import {
  LiveRegion,
  useAnnouncer,
  focusSoon,
  moveShortcut,
  UndoNotice,
  useUndo,
  EditableText,
  Heading,
  type Level,
  MoveButtons,
  QuickAddField,
} from '../../ui/kit';
import { copyText } from '../download';

/** The solo exercise: things I would like a mentor's help with. Personal: saved apart from the team's workspace. */
export default function PersonalList({ level = 2 }: { level?: Level }) {
  const list = useHydratedStore($personalList);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const undo = useUndo();
  const [draft, setDraft] = useState('');
  const [manual, setManual] = useState(false);
  const items = list.items;
  const written = items.length;

  const move = (id: string, where: 'up' | 'down', key: string) => {
    const index = items.findIndex((item) => item.id === id);
    const to = where === 'up' ? index - 1 : index + 1;
    const text = items[index]?.text ?? '';
    if (to < 0 || to >= items.length) {
      announce(`'${text}' is already at the ${where === 'up' ? 'top' : 'bottom'}.`);
      return;
    }
    movePersonalItem(id, where);
    announce(`'${text}' moved to position ${to + 1} of ${items.length}`);
    focusSoon(root.current, key);
  };

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
      <form
        class="ws-add"
        onSubmit={(event) => {
          event.preventDefault();
          const id = addPersonalItem(draft);
          if (id === null) announce('Type something first.');
          else {
            announce(`Added '${draft.trim()}'. ${written + 1} written.`);
            setDraft('');
          }
          focusSoon(root.current, 'add:personal');
        }}
      >
        <QuickAddField
          name="personal"
          label="Something you would like a mentor's help with"
          value={draft}
          onInput={setDraft}
        />
      </form>
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
                <button
                  type="button"
                  class="ws-small ws-danger"
                  aria-label={`Delete '${item.text}'`}
                  onClick={() => {
                    const token = deletePersonalItem(item.id);
                    if (!token) return;
                    undo.setOffer({
                      message: `Deleted '${item.text}'.`,
                      undo: () => {
                        undoDeletePersonalItem(token);
                        announce(`Restored '${item.text}'.`);
                        focusSoon(root.current, `edit:${item.id}`);
                      },
                    });
                  }}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, 'add:personal');
        }}
      />
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
