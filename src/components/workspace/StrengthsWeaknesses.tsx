import { useRef } from 'preact/hooks';
import { useHydratedStore } from '../ui/store';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { Heading, below, type Level } from '../ui/Heading';
import { useUndoableDelete } from '../ui/useUndoableDelete';
import { $workspace } from '../../stores/workspace';
import { hasVotesOrLinks } from '../../lib/workspace/links';
import TextColumn from './TextColumn';

/** Strengths and weaknesses: quick entry, inline edit, delete with undo, move between the lists. */
export default function StrengthsWeaknesses({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  const root = useRef<HTMLDivElement>(null);
  const [message, announce] = useAnnouncer();
  const { remove, notice } = useUndoableDelete(root, announce, 'add:strengths');
  const common = { level: below(level), root, announce, remove };

  return (
    <div class="ws-tool" ref={root} data-tool="strengths-weaknesses">
      <Heading level={level}>Strengths and weaknesses</Heading>
      <div class="ws-columns">
        <TextColumn kind="strengths" items={ws.strengths} losesLinks={() => false} {...common} />
        <TextColumn kind="weaknesses" items={ws.weaknesses} losesLinks={(id) => hasVotesOrLinks(ws, id)} {...common} />
      </div>
      {notice}
      <LiveRegion message={message} />
    </div>
  );
}
