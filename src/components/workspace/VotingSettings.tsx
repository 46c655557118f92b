import { useState } from 'preact/hooks';
import type { Voting } from '../../lib/schema/voting';
import {
  dotsTakenBack,
  readVotingSetting,
  takeBackWarning,
  VOTING_SETTING_LABELS,
  type VotingSetting,
} from '../../lib/workspace/voting-settings';
import type { VotingUndoAction } from '../../lib/workspace/vote-wording';
import { setMembers, setPerItemCap, setVotesPerMember, type UndoHandle } from '../../stores/workspace';
import { focusSoon, type RootRef } from '../ui/focus';
import type TakeBackConfirm from './voting/TakeBackConfirm';

const LABELS = VOTING_SETTING_LABELS;
const ACTIONS: Record<VotingSetting, (value: number) => UndoHandle | null> = {
  members: setMembers,
  votesPerMember: setVotesPerMember,
  perItemCap: setPerItemCap,
};

/** Offers to undo a change that took something back, and returns focus to `focusKey` afterwards. */
export type OfferUndo = (handle: UndoHandle | null, action: VotingUndoAction, focusKey: string) => void;

interface Props {
  voting: Voting;
  root: RootRef;
  announce: (text: string) => void;
  offerUndo: OfferUndo;
}

/**
 * The three numbers of a voting round. What is typed is checked first: anything but a whole number
 * in range is refused with a message and changes nothing, and a change that would take back dots
 * already placed says so, waits for a second, deliberate click, and can then be undone.
 */
export default function VotingSettings({ voting, root, announce, offerUndo }: Props) {
  const [error, setError] = useState<{ setting: VotingSetting; message: string } | null>(null);
  const [pending, setPending] = useState<{ setting: VotingSetting; value: number; count: number } | null>(null);
  // A field shows what was typed until it is accepted; a new key (a new stored value, or a
  // cancelled change) puts the stored value back in it.
  const [round, setRound] = useState(0);
  const [Confirm, setConfirm] = useState<typeof TakeBackConfirm | null>(null);
  const stored = {
    members: voting.members.length,
    votesPerMember: voting.votesPerMember,
    perItemCap: voting.perItemCap,
  };

  const commit = (setting: VotingSetting, text: string) => {
    const read = readVotingSetting(setting, text);
    setError(read.ok ? null : { setting, message: read.message });
    if (!read.ok) return announce(read.message);
    const count = dotsTakenBack(voting, setting, read.value);
    if (count === 0) {
      ACTIONS[setting](read.value);
      return;
    }
    setPending({ setting, value: read.value, count });
    announce(takeBackWarning(count));
    void import('./voting/TakeBackConfirm').then((module) => {
      setConfirm(() => module.default);
      focusSoon(root.current, 'voting:confirm');
    });
  };
  const close = (apply: boolean) => {
    if (!pending) return;
    const { setting, value, count } = pending;
    setPending(null);
    setRound((n) => n + 1);
    if (!apply) return announce('Nothing was changed.');
    const action = { kind: 'setting', label: LABELS[setting], from: stored[setting], to: value, dots: count } as const;
    offerUndo(ACTIONS[setting](value), action, `voting:${setting}`);
  };

  return (
    <>
      <div class="ws-fields">
        {(Object.keys(LABELS) as VotingSetting[]).map((setting) => {
          const invalid = error?.setting === setting;
          return (
            <label key={setting}>
              {LABELS[setting]}
              <input
                key={`${stored[setting]}:${round}`}
                data-focus={`voting:${setting}`}
                inputMode="numeric"
                autocomplete="off"
                defaultValue={String(stored[setting])}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={invalid ? 'ws-voting-error' : undefined}
                onChange={(event) => commit(setting, event.currentTarget.value)}
              />
              {invalid && (
                <span class="ws-hint ws-field-error" id="ws-voting-error">
                  {error.message}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {pending && Confirm && (
        <Confirm
          message={`${LABELS[pending.setting]}: ${pending.value}. ${takeBackWarning(pending.count)}`}
          onClose={close}
        />
      )}
    </>
  );
}
