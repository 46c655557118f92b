// What ImportExport shows once a file has been read. Its own folder, outside the workspace chunk's
// rule in astro.config.mjs, so that it loads with the reader, when a file arrives.
export { default as ImportPreview } from './ImportPreview';
export { default as ImportProblem } from './ImportProblem';
