/**
 * The whole-workshop downloads, loaded on the first export: the exporters bring the validator.
 * One module for both, so the overview's first download holds neither.
 */
import type { TeamEntry } from '../../lib/overview/overview';
import {
  WORKSHOP_SCHEMA_PATH,
  workshopCsv,
  workshopFileName,
  workshopJson,
  workshopMarkdown,
} from '../../lib/export/workshop';
import { downloadText } from '../workspace/download';

export type WorkshopDownload = 'json' | 'csv' | 'md';

/** Downloads one export; the file name, or why the JSON file could not be made. */
export function downloadWorkshop(
  kind: WorkshopDownload,
  teams: readonly TeamEntry[],
): { ok: true; fileName: string } | { ok: false; messages: string[] } {
  const now = new Date();
  const fileName = workshopFileName(kind, now);
  if (kind === 'json') {
    // `$schema` is absolute, so the file still points at its schema once it has left the site; the
    // overview is one level below the site's base, where the schema folder is.
    const schemaUrl = new URL(`../${WORKSHOP_SCHEMA_PATH}`, window.location.href).href;
    const result = workshopJson(teams, now, schemaUrl);
    if (!result.ok) return { ok: false, messages: result.error.messages };
    downloadText(fileName, result.text, 'application/json');
  } else if (kind === 'csv') downloadText(fileName, workshopCsv(teams), 'text/csv');
  else downloadText(fileName, workshopMarkdown(teams, now), 'text/markdown');
  return { ok: true, fileName };
}
