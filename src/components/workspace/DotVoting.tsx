import { useRef } from 'preact/hooks';
import type { Voting } from '../../lib/schema/voting';
import { votesLeft } from '../../lib/workspace/board';
import { dots, memberName, votingUndoWording } from '../../lib/workspace/vote-wording';
import { rankByVotes, resetVotes, setMembers } from '../../stores/workspace';
import { focusSoon, type RootRef } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import { UndoNotice, useUndo } from '../ui/UndoNotice';
import VotingSettings, { type OfferUndo } from './VotingSettings';

interface DotVotingProps {
  level: Level;
  root: RootRef;
  voting: Voting;
  voterId: string | null;
  voterName: string;
  note: string;
  chooseVoter: (id: string) => void;
  setNote: (text: string) => void;
  announce: (text: string) => void;
}

/**
 * Dot voting under the board: the settings, the voters' names, who votes now, Rank by votes and New
 * round. What takes back dots or a hand-made order offers its own Undo, which gets the focus.
 */
export default function DotVoting(props: DotVotingProps) {
  const { level, root, voting, voterId, voterName, note, chooseVoter, setNote, announce } = props;
  const members = voting.members;
  const noDots = voting.votes.length === 0;
  const undo = useUndo();
  // Where focus goes once the undo notice is gone: the control whose action it offered to undo.
  const back = useRef('voting:rank');
  const offerUndo: OfferUndo = (handle, action, focusKey) => {
    if (!handle) return;
    const words = votingUndoWording(action);
    back.current = focusKey;
    announce(words.announcement);
    undo.setOffer({
      message: words.done,
      button: words.button,
      undo: () => {
        announce(handle.undo() ? words.undone : 'There is nothing to undo.');
        focusSoon(root.current, focusKey);
      },
    });
  };
  return (
    <section class="ws-voting" aria-labelledby="ws-voting-heading">
      <Heading level={below(level)} id="ws-voting-heading">
        Dot voting
      </Heading>
      <VotingSettings voting={voting} root={root} announce={announce} offerUndo={offerUndo} />
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
              <select value={voterId ?? ''} onChange={(event) => chooseVoter(event.currentTarget.value)}>
                {members.map((member, index) => (
                  <option key={member.id} value={member.id}>
                    {memberName(member, index)} ({dots(votesLeft(voting, member.id))} left)
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p class="ws-help" data-vote-note>
            {note ||
              `${voterName} has ${dots(voterId ? votesLeft(voting, voterId) : 0)} left. Use + and − on the board.`}
          </p>
        </>
      )}
      <p class="ws-buttons">
        <button
          type="button"
          data-focus="voting:rank"
          aria-disabled={noDots ? 'true' : undefined}
          onClick={() => {
            if (noDots) {
              announce('There are no dots yet to rank by.');
              return;
            }
            const ranking = rankByVotes();
            offerUndo(ranking, { kind: 'rank', first: ranking.first }, 'voting:rank');
          }}
        >
          Rank by votes
        </button>
        <button
          type="button"
          data-focus="voting:round"
          aria-disabled={noDots ? 'true' : undefined}
          onClick={() => {
            if (noDots) {
              announce('There are no dots to take back.');
              return;
            }
            const round = resetVotes();
            setNote('');
            offerUndo(round, { kind: 'round', dots: round?.dots ?? 0 }, 'voting:round');
          }}
        >
          New round
        </button>
      </p>
      <UndoNotice
        offer={undo.offer}
        onDone={() => {
          undo.clear();
          focusSoon(root.current, back.current);
        }}
      />
    </section>
  );
}
