/**
 * Largest file or pasted text the kit reads (a workspace file, an existing backlog): 2 MB, far
 * above any real session. Its own module, free of zod, so that a tool can check a size before it
 * loads the readers.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** "2 MB": the limit as the messages say it. */
export const MAX_IMPORT_SIZE_TEXT = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
