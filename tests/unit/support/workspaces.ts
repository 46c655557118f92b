import { parseWorkspaceText } from '../../../src/lib/import/parse';
import type { Workspace } from '../../../src/lib/schema/workspace';
import { fixture } from './fixtures';

/** The valid version 1 fixture as a workspace (migrated to the current version). */
export function sampleWorkspace(): Workspace {
  const result = parseWorkspaceText(fixture('workspace/v1-valid.json'));
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.error)}`);
  return result.value.workspace;
}
