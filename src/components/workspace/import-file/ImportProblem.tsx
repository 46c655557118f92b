import type { ImportError } from '../../../lib/import/parse';
import { importProblem } from '../../../lib/import/problem';

/** Why a file was refused, one clear message per kind; nothing in the workspace changed. */
export default function ImportProblem({ error, fileName }: { error: ImportError; fileName: string }) {
  const { title, detail, reasons } = importProblem(error, fileName);
  return (
    <div class="ws-note ws-note-error" role="alert" data-import-error={error.kind}>
      <p class="ws-note-title">{title}</p>
      <div>
        {detail}
        {reasons.length > 0 && (
          <ul>
            {reasons.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
      <p>Nothing was changed: your workspace is as it was.</p>
    </div>
  );
}
