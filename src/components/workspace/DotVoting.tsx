import type { TextItem } from '../../lib/schema/common';
import type { Voting } from '../../lib/schema/voting';
import { votesLeft } from '../../lib/workspace/board';
import { dots, memberName } from '../../lib/workspace/vote-wording';
import { $workspace, rankByVotes, resetVotes, setMembers } from '../../stores/workspace';
import type { RootRef } from '../ui/focus';
import { Heading, below, type Level } from '../ui/Heading';
import VotingSettings from './VotingSettings';

interface DotVotingProps {
  level: Level;
  root: RootRef;
  voting: Voting;
  ranked: readonly TextItem[];
  voterId: string | null;
  voterName: string;
  note: string;
  chooseVoter: (id: string) => void;
  setNote: (text: string) => void;
  announce: (text: string) => void;
}

/** Dot voting under the board: the settings, the voters' names, who votes now, Rank by votes and New round. */
export default function DotVoting(props: DotVotingProps) {
  const { level, root, voting, ranked, voterId, voterName, note, chooseVoter, setNote, announce } = props;
  const members = voting.members;
  const noDots = voting.votes.length === 0;
  return (
    <section class="ws-voting" aria-labelledby="ws-voting-heading">
      <Heading level={below(level)} id="ws-voting-heading">
        Dot voting
      </Heading>
      <VotingSettings voting={voting} root={root} announce={announce} />
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
          aria-disabled={noDots ? 'true' : undefined}
          onClick={() => {
            if (noDots) {
              announce('There are no dots yet to rank by.');
              return;
            }
            rankByVotes();
            const top = ranked.find((w) => w.id === $workspace.get().rank[0]);
            announce(top ? `Ranked by votes. '${top.text}' is now first.` : 'Ranked by votes.');
          }}
        >
          Rank by votes
        </button>
        <button
          type="button"
          aria-disabled={noDots ? 'true' : undefined}
          onClick={() => {
            if (noDots) {
              announce('There are no dots to take back.');
              return;
            }
            resetVotes();
            setNote('');
            announce('New round: every dot was taken back.');
          }}
        >
          New round
        </button>
      </p>
    </section>
  );
}
