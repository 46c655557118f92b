import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import { orderDiscussion } from '../../lib/workspace/discussion';
import type { TextItem } from '../../lib/schema/common';
import {
  $workspace,
  addDiscussionPoint,
  deleteDiscussionPoint,
  editDiscussionPoint,
  linkDiscussionPoint,
  undoDelete,
} from '../../stores/workspace';
import { domId } from '../../lib/dom-id';
import {
  LiveRegion,
  useAnnouncer,
  focusSoon,
  UndoNotice,
  useUndo,
  EditableText,
  Heading,
  QuickAddField,
  type Level,
} from '../ui/kit';

/** Toggles `id` in a list of ids. */
const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id);

interface WeaknessChecksProps {
  ranked: readonly TextItem[];
  checked: readonly string[];
  /** Prefix for ids and focus keys, unique per group. */
  prefix: string;
  onToggle: (id: string, on: boolean) => void;
}

/** Checkboxes for the weaknesses a question is about, in rank order. */
function WeaknessChecks({ ranked, checked, prefix, onToggle }: WeaknessChecksProps) {
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

/** Questions for the mentor, each linked to weaknesses, ordered by the rank of those weaknesses. */
export default function DiscussionPoints({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const undo = useUndo();
  const [draft, setDraft] = useState('');
  const [draftLinks, setDraftLinks] = useState<string[]>([]);
  const [hint, setHint] = useState('');

  const byId = new Map(ws.weaknesses.map((w) => [w.id, w] as const));
  const ranked = ws.rank.flatMap((id) => {
    const weakness = byId.get(id);
    return weakness ? [weakness] : [];
  });
  const position = new Map(ws.rank.map((id, index) => [id, index + 1] as const));
  const points = orderDiscussion(ws.discussion, ws.rank);

  const add = (event: Event) => {
    event.preventDefault();
    const id = addDiscussionPoint(draft, draftLinks);
    if (id === null) {
      setHint('Type a question first.');
      announce('Type a question first.');
    } else {
      const place = orderDiscussion($workspace.get().discussion, $workspace.get().rank).findIndex((p) => p.id === id);
      announce(`Added question '${draft.trim()}' at position ${place + 1} of ${$workspace.get().discussion.length}.`);
      setDraft('');
      setDraftLinks([]);
      setHint('');
    }
    focusSoon(root.current, 'add:discussion');
  };

  return (
    <div class="ws-tool" ref={root} data-tool="discussion-points">
      <Heading level={level} id="ws-discussion-heading">
        Questions for the mentor
      </Heading>
      <form class="ws-add" onSubmit={add}>
        <QuickAddField
          name="discussion"
          label="Add a question or discussion point"
          value={draft}
          onInput={setDraft}
          hint={hint}
        />
        {ranked.length > 0 && (
          <fieldset class="ws-fieldset">
            <legend>It is about these weaknesses</legend>
            <WeaknessChecks
              ranked={ranked}
              checked={draftLinks}
              prefix="new-link"
              onToggle={(id, on) => setDraftLinks((links) => toggled(links, id, on))}
            />
          </fieldset>
        )}
      </form>
      {points.length === 0 ? (
        <p class="ws-empty">No questions yet. Start with your top-ranked weaknesses.</p>
      ) : (
        <>
          <p class="ws-help">
            Ordered by the rank of the weaknesses each question is about; unlinked questions come last.
          </p>
          <ol class="ws-list ws-discussion" aria-labelledby="ws-discussion-heading">
            {points.map((point) => {
              const linked = [...point.weaknessIds].sort(
                (a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity),
              );
              return (
                <li key={point.id} class="ws-item ws-item-block">
                  <EditableText
                    text={point.text}
                    noun="question"
                    focusKey={`edit:${point.id}`}
                    onSave={(text) => {
                      const changed = editDiscussionPoint(point.id, text);
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
                              {position.get(id) ?? '?'}. <bdi>{byId.get(id)?.text ?? ''}</bdi>
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
                            prefix={domId('link', point.id)}
                            onToggle={(id, on) => {
                              linkDiscussionPoint(point.id, toggled(point.weaknessIds, id, on));
                              const after = orderDiscussion($workspace.get().discussion, $workspace.get().rank);
                              const place = after.findIndex((p) => p.id === point.id) + 1;
                              announce(
                                `${on ? 'Linked to' : 'Unlinked from'} '${byId.get(id)?.text ?? ''}'. The question is now number ${place} of ${after.length}.`,
                              );
                              focusSoon(root.current, `${domId('link', point.id)}:${id}`);
                            }}
                          />
                        </fieldset>
                      </details>
                    )}
                    <button
                      type="button"
                      class="ws-small ws-danger"
                      aria-label={`Delete question '${point.text}'`}
                      onClick={() => {
                        const token = deleteDiscussionPoint(point.id);
                        if (!token) return;
                        undo.setOffer({
                          message: `Deleted question '${point.text}'.`,
                          undo: () => {
                            if (undoDelete(token)) {
                              announce(`Restored question '${point.text}'.`);
                              focusSoon(root.current, `edit:${point.id}`);
                            }
                          },
                        });
                      }}
                    >
                      Delete
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, 'add:discussion');
        }}
      />
      <LiveRegion message={message} />
    </div>
  );
}
