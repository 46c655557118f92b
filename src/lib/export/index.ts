/**
 * The backlog and notes exporters, loaded on demand by ImportExport (and fetched when the browser
 * is idle, so the downloads still work if the network drops after the page has loaded).
 */
export { backlogToJiraCsv, jiraCsvFileName } from './csv';
export { markdownFileName, workspaceToMarkdown } from './markdown';
export { backlogToGhScript, ghScriptFileName } from './gh-script';
export { exportWarnings } from './limits';
