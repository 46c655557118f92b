import type { ImportedWorkspace } from '../../../lib/import/parse';
import { hasContent, workspaceCounts } from '../../../lib/workspace/summary';
import { dotsOverCaps } from '../../../lib/workspace/vote-log';
import { $workspace } from '../../../stores/workspace';

interface ImportPreviewProps {
  fileName: string;
  value: ImportedWorkspace;
  onReplace: () => void;
  onCancel: () => void;
}

/** What a workspace file holds, before anything changes: Replace my workspace or Cancel. */
export default function ImportPreview({ fileName, value, onReplace, onCancel }: ImportPreviewProps) {
  const { workspace, exportedAt } = value;
  const dropped = dotsOverCaps(workspace.voting);
  return (
    <div class="ws-note ws-preview" data-import-preview>
      <p class="ws-note-title">{fileName} holds:</p>
      <ul>
        <li>Team: {workspace.team.name || 'no team name'}</li>
        {workspace.team.sessionDate && <li>Session date: {workspace.team.sessionDate}</li>}
        {workspace.team.mentor && <li>Mentor: {workspace.team.mentor}</li>}
        {workspaceCounts(workspace).map((entry) => (
          <li key={entry.label}>
            {entry.count} {entry.label}
          </li>
        ))}
        {exportedAt && <li>Exported: {new Date(exportedAt).toLocaleString()}</li>}
      </ul>
      {dropped > 0 && (
        <p data-import-dropped-dots>
          {dropped === 1 ? '1 dot in this file goes' : `${dropped} dots in this file go`} beyond its own voting limits (
          {workspace.voting.votesPerMember} per person, {workspace.voting.perItemCap} on one weakness), so{' '}
          {dropped === 1 ? 'it is' : 'they are'} not carried over.
        </p>
      )}
      <p>
        {hasContent($workspace.get())
          ? 'Replacing keeps your current workspace until you leave this page, so you can undo the import.'
          : 'Your current workspace is empty, so nothing is lost by replacing it.'}
      </p>
      <p class="ws-buttons">
        <button type="button" class="primary" data-focus="import:replace" onClick={onReplace}>
          Replace my workspace
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
