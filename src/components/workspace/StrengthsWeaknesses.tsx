import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import type { Workspace } from '../../lib/schema/workspace';
import {
  $workspace,
  addStrength,
  addWeakness,
  deleteItem,
  editItem,
  moveItemToOtherList,
  undoDelete,
} from '../../stores/workspace';
import {
  LiveRegion,
  useAnnouncer,
  focusSoon,
  UndoNotice,
  useUndo,
  type UndoOffer,
  EditableText,
  Heading,
  below,
  type Level,
  QuickAddField,
} from '../ui/kit';

type Kind = 'strengths' | 'weaknesses';

const NOUN: Record<Kind, string> = { strengths: 'strength', weaknesses: 'weakness' };
const OTHER: Record<Kind, Kind> = { strengths: 'weaknesses', weaknesses: 'strengths' };

/** True when moving a weakness away would take dots or links with it. */
function hasVotesOrLinks(ws: Workspace, id: string): boolean {
  return (
    ws.voting.votes.some((v) => v.weaknessId === id) ||
    ws.discussion.some((p) => p.weaknessIds.includes(id)) ||
    ws.goals.some((g) => g.weaknessIds.includes(id))
  );
}

/** Strengths and weaknesses: quick entry, inline edit, delete with undo, move between the lists. */
export default function StrengthsWeaknesses({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const undo = useUndo();

  const column = (kind: Kind) => (
    <Column
      kind={kind}
      items={ws[kind]}
      level={below(level)}
      root={root}
      announce={announce}
      offerUndo={undo.setOffer}
      hasVotesOrLinks={(id) => hasVotesOrLinks(ws, id)}
    />
  );

  return (
    <div class="ws-tool" ref={root} data-tool="strengths-weaknesses">
      <Heading level={level}>Strengths and weaknesses</Heading>
      <div class="ws-columns">
        {column('strengths')}
        {column('weaknesses')}
      </div>
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, 'add:strengths');
        }}
      />
      <LiveRegion message={message} />
    </div>
  );
}

interface ColumnProps {
  kind: Kind;
  items: Workspace['strengths'];
  level: Level;
  root: { current: HTMLElement | null };
  announce: (text: string) => void;
  offerUndo: (offer: UndoOffer | null) => void;
  hasVotesOrLinks: (id: string) => boolean;
}

function Column({ kind, items, level, root, announce, offerUndo, hasVotesOrLinks }: ColumnProps) {
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState('');
  const noun = NOUN[kind];
  const other = OTHER[kind];
  const headingId = `ws-${kind}-heading`;

  const add = (event: Event) => {
    event.preventDefault();
    const id = kind === 'strengths' ? addStrength(draft) : addWeakness(draft);
    if (id === null) {
      setHint(`Type a ${noun} first.`);
      announce(`Type a ${noun} first.`);
    } else {
      announce(`Added ${noun} '${draft.trim()}'.`);
      setDraft('');
      setHint('');
    }
    // Enter (or the Add button) keeps focus in the field, ready for the next item.
    focusSoon(root.current, `add:${kind}`);
  };

  return (
    <section class="ws-column" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {kind === 'strengths' ? 'Strengths' : 'Weaknesses'} <span class="ws-count">({items.length})</span>
      </Heading>
      <form class="ws-add" onSubmit={add}>
        <QuickAddField name={kind} label={`Add a ${noun}`} value={draft} onInput={setDraft} hint={hint} />
      </form>
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
                    const losing = kind === 'weaknesses' && hasVotesOrLinks(item.id);
                    moveItemToOtherList(item.id);
                    announce(
                      `'${item.text}' moved to ${other}.${losing ? ' Its dots and links to questions and goals were removed.' : ''}`,
                    );
                    focusSoon(root.current, `move:${item.id}`);
                  }}
                >
                  To {other}
                </button>
                <button
                  type="button"
                  class="ws-small ws-danger"
                  aria-label={`Delete ${noun} '${item.text}'`}
                  onClick={() => {
                    const token = deleteItem(item.id);
                    if (!token) return;
                    offerUndo({
                      message: `Deleted ${noun} '${item.text}'.`,
                      undo: () => {
                        if (undoDelete(token)) {
                          announce(`Restored ${noun} '${item.text}'.`);
                          focusSoon(root.current, `edit:${item.id}`);
                        } else {
                          announce(`'${item.text}' could not be restored.`);
                        }
                      },
                    });
                  }}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
