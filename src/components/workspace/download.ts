import { WORKSPACE_SCHEMA_PATH } from '../../lib/schema/values';
import type { Workspace } from '../../lib/schema/workspace';
import { href } from '../../lib/url';

/**
 * Saves text as a file through a Blob and an object URL: nothing leaves the browser and it works
 * offline. The URL is revoked once the browser has had time to start the download.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The JSON exporter, loaded when first used. `preloadExport` fetches it while the page is idle so
 * that a download still works when the network has gone since the page loaded. The schema path is
 * imported up front: the schemas are in the workspace chunk anyway (the stores decode through them),
 * and a dynamic import() of a module in the same chunk would only add a namespace object to it.
 */
const loadJsonExport = () =>
  import('../../lib/export/json').then((json) => ({
    exportWorkspaceJson: json.exportWorkspaceJson,
    schemaPath: WORKSPACE_SCHEMA_PATH,
  }));

/** Starts fetching a module after the page has settled (no-op when already loaded); returns how to call it off. */
export function preload(load: () => Promise<unknown>): () => void {
  const timer = setTimeout(() => void load(), 2000);
  return () => clearTimeout(timer);
}

/** Starts fetching the exporters after the page has settled. */
export const preloadExport = () => preload(loadJsonExport);

/** Downloads the workspace as JSON; the file name, or the validation messages when it refused. */
export async function downloadWorkspaceJson(
  ws: Workspace,
): Promise<{ ok: true; fileName: string } | { ok: false; messages: string[] }> {
  const { exportWorkspaceJson, schemaPath } = await loadJsonExport();
  // `$schema` is absolute, so the file still points at its schema once it has left the site.
  const schemaUrl = new URL(href(schemaPath), window.location.href).href;
  const result = exportWorkspaceJson(ws, new Date(), schemaUrl);
  if (!result.ok) return { ok: false, messages: result.error.messages };
  downloadText(result.fileName, result.text, 'application/json');
  return { ok: true, fileName: result.fileName };
}

/** Loads the CSV, Markdown and gh-script exporters (a separate chunk: most visits never export). */
export const exporters = () => import('../../lib/export/index');

/**
 * Downloads the backlog for Jira's CSV importer or as a gh script, and returns what to tell the team:
 * the file's name, and each title or description the tracker will not take as typed.
 */
export async function downloadBacklog(tracker: 'jira' | 'github', ws: Workspace, includeExisting: boolean) {
  const { backlogToJiraCsv, jiraCsvFileName, backlogToGhScript, ghScriptFileName, exportWarnings } = await exporters();
  const now = new Date();
  if (tracker === 'jira') {
    const name = jiraCsvFileName(ws, now);
    downloadText(name, backlogToJiraCsv(ws, { includeExisting }), 'text/csv');
    return [`Downloaded ${name} for Jira's CSV importer.`, ...exportWarnings(ws, { includeExisting })].join(' ');
  }
  const name = ghScriptFileName(ws, now);
  downloadText(name, backlogToGhScript(ws, now), 'text/x-shellscript');
  return [
    `Downloaded ${name}. Read it, then run it in your repository: REPO=owner/name sh ${name}`,
    ...exportWarnings(ws),
  ].join(' ');
}

/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and permission;
 * when it is missing or refused, the caller shows the text selected for Ctrl+C instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
