import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { Heading, type Level } from '../ui/Heading';
import { useDragReorder } from '../ui/useDragReorder';
import { useListMove } from '../ui/useListMove';
import type { TextItem } from '../../lib/schema/common';
import { memberVotesOn, rankedWeaknesses, tally } from '../../lib/workspace/board';
import { dotMessage, memberName } from '../../lib/workspace/vote-wording';
import { $workspace, castVote, moveWeakness, removeVote } from '../../stores/workspace';
import BoardItem from './BoardItem';
import DotVoting from './DotVoting';

/**
 * The prioritisation board: weaknesses in rank order, reordered by dragging, by the Move buttons
 * or by Alt+ArrowUp/Down, each move announced; and dot voting to seed the order.
 */
export default function PriorityBoard({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const [voterChoice, setVoterChoice] = useState<string | null>(null);
  const [voteNote, setVoteNote] = useState('');
  const ranked = useMemo(() => rankedWeaknesses(ws.weaknesses, ws.rank), [ws.weaknesses, ws.rank]);
  const totals = useMemo(() => tally(ws.voting), [ws.voting]);
  const members = ws.voting.members;
  const voterIndex = Math.max(
    0,
    members.findIndex((m) => m.id === voterChoice),
  );
  const voter = members[voterIndex];
  const voterName = voter ? memberName(voter, voterIndex) : '';

  const move = useListMove({
    order: ws.rank,
    nameOf: (id) => ranked.find((w) => w.id === id)?.text ?? '',
    apply: moveWeakness,
    announce,
    root,
  });
  const drag = useDragReorder((id, to) => move(id, to));

  const latest = useRef({ voter, voterName, perItemCap: ws.voting.perItemCap });
  latest.current = { voter, voterName, perItemCap: ws.voting.perItemCap };
  const vote = useCallback(
    (weakness: TextItem, change: 1 | -1) => {
      const { voter: who, voterName: name, perItemCap } = latest.current;
      if (!who) return;
      const outcome = change === 1 ? castVote(who.id, weakness.id) : removeVote(who.id, weakness.id);
      const note = dotMessage(change, outcome, name, weakness.text, perItemCap);
      // Taking back a dot that is not there is only said, not written under the board.
      if (outcome.ok || change === 1) setVoteNote(note);
      announce(note);
    },
    [announce],
  );

  const headingId = 'ws-board-heading';
  return (
    <div class="ws-tool" ref={root} data-tool="priority-board">
      <Heading level={level} id={headingId}>
        Prioritisation board
      </Heading>
      {ranked.length === 0 ? (
        <p class="ws-empty">
          No weaknesses yet. Add them under Strengths and weaknesses; they appear here to be ranked.
        </p>
      ) : (
        <>
          <p class="ws-help" id="ws-board-help">
            Highest impact first. Drag an item by its handle, use Move up and Move down, or press Alt+↑ or Alt+↓ while a
            button in the item has focus.
          </p>
          <ol class="ws-board" aria-labelledby={headingId} aria-describedby="ws-board-help">
            {ranked.map((weakness, index) => (
              <BoardItem
                key={weakness.id}
                weakness={weakness}
                index={index}
                count={ranked.length}
                total={totals.get(weakness.id) ?? 0}
                voterName={voterName}
                mine={voter ? memberVotesOn(ws.voting, voter.id, weakness.id) : 0}
                dragging={drag.dragging === weakness.id}
                dropTarget={drag.target === weakness.id}
                drag={drag.handlers}
                move={move}
                vote={vote}
              />
            ))}
          </ol>
        </>
      )}
      <DotVoting
        level={level}
        root={root}
        voting={ws.voting}
        voterId={voter?.id ?? null}
        voterName={voterName}
        note={voteNote}
        chooseVoter={(id) => {
          setVoterChoice(id);
          setVoteNote('');
        }}
        setNote={setVoteNote}
        announce={announce}
      />
      <LiveRegion message={message} />
    </div>
  );
}
