import { useRef, useState } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';

import { MAX_VOTES } from '../../lib/schema/voting';
import { memberVotesOn, tally, votesLeft, type VoteRefusal } from '../../lib/workspace/board';
import {
  $workspace,
  castVote,
  moveWeakness,
  rankByVotes,
  removeVote,
  resetVotes,
  setMembers,
  setPerItemCap,
  setVotesPerMember,
} from '../../stores/workspace';
import { LiveRegion, useAnnouncer, focusSoon, moveShortcut, Heading, below, MoveButtons, type Level } from '../ui/kit';

const dots = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/** Reads a number field; NaN for an empty or partial entry (the store clamps the rest). */
const numberFrom = (event: Event) => (event.currentTarget as HTMLInputElement).valueAsNumber;

/**
 * The prioritisation board: weaknesses in rank order, reordered by dragging, by Move up/Move down
 * or by Alt+ArrowUp/Down, each move announced; and dot voting to seed the order.
 */
export default function PriorityBoard({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const [voterChoice, setVoterChoice] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [voteNote, setVoteNote] = useState('');

  const byId = new Map(ws.weaknesses.map((w) => [w.id, w] as const));
  const ranked = ws.rank.flatMap((id) => {
    const weakness = byId.get(id);
    return weakness ? [weakness] : [];
  });
  const totals = tally(ws.voting);
  const members = ws.voting.members;
  const memberName = (index: number) => members[index]?.name.trim() || `Member ${index + 1}`;
  const voterIndex = Math.max(
    0,
    members.findIndex((m) => m.id === voterChoice),
  );
  const voter = members[voterIndex];
  const voterName = voter ? memberName(voterIndex) : '';

  const move = (id: string, where: 'up' | 'down' | number, focusKey: string) => {
    const index = ws.rank.indexOf(id);
    const text = byId.get(id)?.text ?? '';
    if (where === 'up' && index === 0) {
      announce(`'${text}' is already at the top.`);
      return;
    }
    if (where === 'down' && index === ws.rank.length - 1) {
      announce(`'${text}' is already at the bottom.`);
      return;
    }
    const said = moveWeakness(id, where);
    if (said) announce(said);
    focusSoon(root.current, focusKey, `up:${id}`);
  };

  const refusal = (reason: VoteRefusal, text: string): string => {
    switch (reason) {
      case 'noVotesLeft':
        return `${voterName} has no dots left. Take one back, or start a new round.`;
      case 'itemCapReached':
        return `${voterName} already has ${dots(ws.voting.perItemCap)} on '${text}', the most allowed on one item.`;
      case 'unknownMember':
        return 'Choose who is voting first.';
      case 'unknownWeakness':
        return `'${text}' is no longer on the board.`;
    }
  };

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
            {ranked.map((weakness, index) => {
              const total = totals.get(weakness.id) ?? 0;
              const mine = voter ? memberVotesOn(ws.voting, voter.id, weakness.id) : 0;
              const first = index === 0;
              const last = index === ranked.length - 1;
              return (
                <li
                  key={weakness.id}
                  class={`ws-board-item${dragging === weakness.id ? ' is-dragging' : ''}${
                    dropTarget === weakness.id && dragging !== weakness.id ? ' is-drop-target' : ''
                  }`}
                  data-id={weakness.id}
                  onKeyDown={(event) => {
                    const direction = moveShortcut(event);
                    if (!direction) return;
                    event.preventDefault();
                    const key = (document.activeElement as HTMLElement | null)?.dataset['focus'] ?? `up:${weakness.id}`;
                    move(weakness.id, direction, key);
                  }}
                  onDragOver={(event) => {
                    if (dragging === null) return;
                    event.preventDefault();
                    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
                    if (dropTarget !== weakness.id) setDropTarget(weakness.id);
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    const id = dragging ?? event.dataTransfer?.getData('text/plain') ?? '';
                    setDragging(null);
                    setDropTarget(null);
                    if (id && id !== weakness.id && ws.rank.includes(id)) {
                      const said = moveWeakness(id, index);
                      if (said) announce(said);
                    }
                  }}
                >
                  <span
                    class="ws-handle"
                    draggable
                    aria-hidden="true"
                    title="Drag to reorder"
                    onDragStart={(event) => {
                      setDragging(weakness.id);
                      if (event.dataTransfer) {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', weakness.id);
                        const item = event.currentTarget.closest('li');
                        if (item) event.dataTransfer.setDragImage(item, 16, 16);
                      }
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setDropTarget(null);
                    }}
                  >
                    ⠿
                  </span>
                  <span class="ws-rank" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="ws-board-text" dir="auto">
                    {weakness.text}
                  </span>
                  <span class="ws-board-votes">
                    <span class="ws-tally" data-tally>
                      {dots(total)}
                    </span>
                    {voter && (
                      <span class="ws-vote">
                        <button
                          type="button"
                          class="ws-small"
                          data-focus={`unvote:${weakness.id}`}
                          aria-label={`Take back one of ${voterName}'s dots from '${weakness.text}'`}
                          aria-disabled={mine === 0 ? 'true' : undefined}
                          onClick={() => {
                            if (mine === 0) {
                              announce(`${voterName} has no dot on '${weakness.text}'.`);
                              return;
                            }
                            removeVote(voter.id, weakness.id);
                            const note = `${voterName} took back a dot from '${weakness.text}'.`;
                            setVoteNote(note);
                            announce(note);
                          }}
                        >
                          −
                        </button>
                        <span class="ws-mine" aria-hidden="true">
                          {mine}
                        </span>
                        <button
                          type="button"
                          class="ws-small"
                          data-focus={`vote:${weakness.id}`}
                          aria-label={`Put one of ${voterName}'s dots on '${weakness.text}'`}
                          onClick={() => {
                            const result = castVote(voter.id, weakness.id);
                            const note = result.ok
                              ? `${voterName} put a dot on '${weakness.text}'. ${dots(
                                  votesLeft($workspace.get().voting, voter.id),
                                )} left.`
                              : refusal(result.reason, weakness.text);
                            setVoteNote(note);
                            announce(note);
                          }}
                        >
                          +
                        </button>
                      </span>
                    )}
                  </span>
                  <span class="ws-actions">
                    <MoveButtons id={weakness.id} name={weakness.text} first={first} last={last} move={move} />
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}

      <section class="ws-voting" aria-labelledby="ws-voting-heading">
        <Heading level={below(level)} id="ws-voting-heading">
          Dot voting
        </Heading>
        <div class="ws-fields">
          <label>
            Voters
            <input
              type="number"
              min={0}
              max={30}
              value={members.length}
              onChange={(event) => {
                const n = numberFrom(event);
                if (Number.isFinite(n)) setMembers(Math.min(30, Math.max(0, n)));
              }}
            />
          </label>
          <label>
            Dots per voter
            <input
              type="number"
              min={1}
              max={MAX_VOTES}
              value={ws.voting.votesPerMember}
              onChange={(event) => setVotesPerMember(numberFrom(event))}
            />
          </label>
          <label>
            Most dots on one item
            <input
              type="number"
              min={1}
              max={MAX_VOTES}
              value={ws.voting.perItemCap}
              onChange={(event) => setPerItemCap(numberFrom(event))}
            />
          </label>
        </div>
        {members.length === 0 ? (
          <p class="ws-empty">Set the number of voters to start a round of dot voting.</p>
        ) : (
          <>
            <details class="ws-names">
              <summary>Voters' names</summary>
              <ul class="ws-plain">
                {members.map((member, index) => (
                  <li key={member.id}>
                    <label>
                      Voter {index + 1}
                      <input
                        value={member.name}
                        onChange={(event) =>
                          setMembers(members.map((m, i) => (i === index ? event.currentTarget.value : m.name)))
                        }
                      />
                    </label>
                  </li>
                ))}
              </ul>
            </details>
            <div class="ws-fields">
              <label>
                Voting now
                <select
                  value={voter?.id ?? ''}
                  onChange={(event) => {
                    setVoterChoice(event.currentTarget.value);
                    setVoteNote('');
                  }}
                >
                  {members.map((member, index) => (
                    <option key={member.id} value={member.id}>
                      {memberName(index)} ({dots(votesLeft(ws.voting, member.id))} left)
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p class="ws-help" data-vote-note>
              {voteNote ||
                `${voterName} has ${dots(voter ? votesLeft(ws.voting, voter.id) : 0)} left. Use + and − on the board.`}
            </p>
          </>
        )}
        <p class="ws-buttons">
          <button
            type="button"
            aria-disabled={ws.voting.votes.length === 0 ? 'true' : undefined}
            onClick={() => {
              if (ws.voting.votes.length === 0) {
                announce('There are no dots yet to rank by.');
                return;
              }
              rankByVotes();
              const top = byId.get($workspace.get().rank[0] ?? '');
              announce(top ? `Ranked by votes. '${top.text}' is now first.` : 'Ranked by votes.');
            }}
          >
            Rank by votes
          </button>
          <button
            type="button"
            aria-disabled={ws.voting.votes.length === 0 ? 'true' : undefined}
            onClick={() => {
              if (ws.voting.votes.length === 0) {
                announce('There are no dots to take back.');
                return;
              }
              resetVotes();
              setVoteNote('');
              announce('New round: every dot was taken back.');
            }}
          >
            New round
          </button>
        </p>
      </section>
      <LiveRegion message={message} />
    </div>
  );
}
