import { useMemo, useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { Heading, type Level } from '../ui/Heading';
import { QuickAddForm } from '../ui/QuickAddForm';
import { useUndoableDelete } from '../ui/useUndoableDelete';
import { orderDiscussion } from '../../lib/workspace/discussion';
import { rankedWeaknesses } from '../../lib/workspace/board';
import { emptyRefusalMessage, questionAddedMessage } from '../../lib/workspace/wording';
import { $workspace, addDiscussionPoint } from '../../stores/workspace';
import DiscussionPointItem from './DiscussionPointItem';
import WeaknessChecks, { toggled } from './WeaknessChecks';

/** Questions for the mentor, each linked to weaknesses, ordered by the rank of those weaknesses. */
export default function DiscussionPoints({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const { remove, notice } = useUndoableDelete(root, announce, 'add:discussion');
  const [draftLinks, setDraftLinks] = useState<string[]>([]);
  const [hint, setHint] = useState('');
  const ranked = useMemo(() => rankedWeaknesses(ws.weaknesses, ws.rank), [ws.weaknesses, ws.rank]);
  const points = useMemo(() => orderDiscussion(ws.discussion, ws.rank), [ws.discussion, ws.rank]);

  const add = (text: string) => {
    const outcome = addDiscussionPoint(text, draftLinks);
    if (!outcome.ok) {
      setHint(emptyRefusalMessage(outcome.reason));
      announce(emptyRefusalMessage(outcome.reason));
      return false;
    }
    announce(questionAddedMessage(outcome));
    setDraftLinks([]);
    setHint('');
    return true;
  };

  return (
    <div class="ws-tool" ref={root} data-tool="discussion-points">
      <Heading level={level} id="ws-discussion-heading">
        Questions for the mentor
      </Heading>
      <QuickAddForm name="discussion" label="Add a question or discussion point" onAdd={add} hint={hint} root={root}>
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
      </QuickAddForm>
      {points.length === 0 ? (
        <p class="ws-empty">No questions yet. Start with your top-ranked weaknesses.</p>
      ) : (
        <>
          <p class="ws-help">
            Ordered by the rank of the weaknesses each question is about; unlinked questions come last.
          </p>
          <ol class="ws-list ws-discussion" aria-labelledby="ws-discussion-heading">
            {points.map((point) => (
              <DiscussionPointItem
                key={point.id}
                point={point}
                ranked={ranked}
                rank={ws.rank}
                root={root}
                announce={announce}
                remove={remove}
              />
            ))}
          </ol>
        </>
      )}
      {notice}
      <LiveRegion message={message} />
    </div>
  );
}
