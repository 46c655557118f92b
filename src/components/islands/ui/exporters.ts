/**
 * The backlog and notes exporters, loaded on demand by ImportExport (and fetched when the browser
 * is idle, so the downloads still work if the network drops after the page has loaded).
 */
export { backlogToJiraCsv, jiraCsvFileName } from '../../../lib/export/csv';
export { markdownFileName, workspaceToMarkdown } from '../../../lib/export/markdown';
export { backlogToGhScript, ghScriptFileName } from '../../../lib/export/gh-script';
