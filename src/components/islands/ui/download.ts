import { exportWorkspaceJson } from '../../../lib/export/json';
import { WORKSPACE_SCHEMA_PATH, type Workspace } from '../../../lib/schema/workspace';
import { href } from '../../../lib/url';

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

/** The published JSON Schema's absolute address on this site (respects the base path). */
export function schemaUrl(): string {
  return new URL(href(WORKSPACE_SCHEMA_PATH), window.location.href).href;
}

/** Downloads the workspace as JSON; returns the file name, or the validation messages when it refused. */
export function downloadWorkspaceJson(
  ws: Workspace,
): { ok: true; fileName: string } | { ok: false; messages: string[] } {
  const result = exportWorkspaceJson(ws, new Date(), schemaUrl());
  if (!result.ok) return { ok: false, messages: result.error.messages };
  downloadText(result.fileName, result.text, 'application/json');
  return { ok: true, fileName: result.fileName };
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
