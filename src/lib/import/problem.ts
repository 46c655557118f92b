import type { ImportError } from '../schema/decode';

/** What is said about a refused file: a title, a sentence, and the invalid fields when there are some. */
export interface ImportProblemText {
  title: string;
  detail: string;
  reasons: readonly string[];
}

/** The one wording of every refusal, for the import notice and the teams overview alike. */
export function importProblem(error: ImportError, fileName: string): ImportProblemText {
  const plain = (title: string, detail: string): ImportProblemText => ({ title, detail, reasons: [] });
  switch (error.kind) {
    case 'tooLarge':
      return plain(
        'This file is too large',
        `${fileName} is ${Math.ceil(error.bytes / 1024)} KB; a workspace file is at most ${Math.round(error.limit / 1024 / 1024)} MB. It was not read.`,
      );
    case 'notJson':
      return plain('This is not a workspace file', `${fileName} is not JSON, so it cannot be an export of this kit.`);
    case 'notOurFormat':
      return plain(
        'This is not a mentoring workspace',
        `${fileName} is JSON, but its "format" is not "mentoring-kit/workspace". Choose a file exported from this kit.`,
      );
    case 'versionTooNew':
      return plain(
        'This file is from a newer version of the kit',
        `${fileName} is version ${error.version}; this kit reads up to version ${error.supported}. Open it with the newer kit, or ask for an export from this one.`,
      );
    case 'invalid':
      return {
        title: 'This file has invalid fields',
        detail: `${fileName} could not be used because:`,
        reasons: error.messages,
      };
  }
}

/** The refusal as one sentence (where a file's name is shown beside it): "This file is not JSON, …". */
export function importErrorMessage(error: ImportError, fileName = 'This file'): string {
  const { detail, reasons } = importProblem(error, fileName);
  const why = reasons.length > 0 ? ` ${reasons.join('; ')}.` : '';
  return `${detail}${why} Nothing was changed.`;
}
