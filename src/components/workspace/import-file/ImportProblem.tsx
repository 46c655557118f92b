import type { ComponentChildren } from 'preact';
import type { ImportError } from '../../../lib/import/parse';

/** Why a file was refused, one clear message per kind; nothing in the workspace changed. */
export default function ImportProblem({ error, fileName }: { error: ImportError; fileName: string }) {
  const [title, detail] = ((): [string, ComponentChildren] => {
    switch (error.kind) {
      case 'tooLarge':
        return [
          'This file is too large',
          `${fileName} is ${Math.ceil(error.bytes / 1024)} KB; a workspace file is at most ${Math.round(error.limit / 1024 / 1024)} MB. It was not read.`,
        ];
      case 'notJson':
        return ['This is not a workspace file', `${fileName} is not JSON, so it cannot be an export of this kit.`];
      case 'notOurFormat':
        return [
          'This is not a mentoring workspace',
          `${fileName} is JSON, but its "format" is not "mentoring-kit/workspace". Choose a file exported from this kit.`,
        ];
      case 'versionTooNew':
        return [
          'This file is from a newer version of the kit',
          `${fileName} is version ${error.version}; this kit reads up to version ${error.supported}. Open it with the newer kit, or ask for an export from this one.`,
        ];
      case 'invalid':
        return [
          'This file has invalid fields',
          <>
            {fileName} could not be used because:
            <ul>
              {error.messages.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>,
        ];
    }
  })();
  return (
    <div class="ws-note ws-note-error" role="alert" data-import-error={error.kind}>
      <p class="ws-note-title">{title}</p>
      <div>{detail}</div>
      <p>Nothing was changed: your workspace is as it was.</p>
    </div>
  );
}
