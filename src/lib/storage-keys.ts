/**
 * Every name under which the kit keeps something in a browser: its localStorage keys and its
 * IndexedDB documents, each named once here. A key that is renamed orphans what browsers saved under
 * the old name, so a new form gets a new version (`v2`) and the old key stays listed for as long as
 * the kit still carries values in from it.
 *
 * The inline scripts cannot import: the build fills in the keys they read from this module (the
 * theme script, src/lib/build/theme-script.ts; the client:use loader, src/lib/build/use-runtime.ts).
 */

// ─── IndexedDB: the documents (src/stores/doc/indexeddb.ts) ──────────────────────────────────────

/** The team's workspace: one Yjs document (src/stores/workspace.ts). */
export const WORKSPACE_DOCUMENT = 'mentoring-kit:v2:workspace';
/** A person's private list from the solo exercise, never part of the team's workspace (src/stores/personal.ts). */
export const PERSONAL_DOCUMENT = 'mentoring-kit:v2:personal';
/** The workshop's timers on this device: the log of timer actions (src/stores/timers.ts). */
export const TIMERS_DOCUMENT = 'mentoring-kit:v2:timers';
/** What this browser keeps of a live room's document, named by the room's link (src/stores/live/room.ts). */
export const roomDocument = (document: string) => `mentoring-kit:v2:room:${document}`;

// ─── localStorage: markers kept next to the documents ────────────────────────────────────────────

/** "true" once document `name` holds work: pages read it before loading any code (src/stores/doc/local-document.ts). */
export const hasWorkKey = (name: string) => `${name}:has-work`;
/** The database that holds document `name` after an unreadable one was set aside under the document's own name. */
export const databaseKey = (name: string) => `${name}:database`;
/** Where an unreadable localStorage value under `key` was moved, untouched, at time `at` (src/stores/storage.ts). */
export const corruptBackupKey = (key: string, at: number) => `${key}:corrupt:${at}`;
/**
 * The ids of the exercises whose timers run or are paused, as a JSON array: a page loads a timer's
 * code at once when its exercise is listed (src/lib/timer/held.ts, src/page-scripts/use-loader.ts).
 */
export const LIVE_TIMERS_KEY = 'mentoring-kit:v2:live-timers';

// ─── localStorage: saved before the document model, carried into the documents on first load ─────

/** The team's workspace as `{ rev, tab, data }`. */
export const WORKSPACE_KEY = 'mentoring-kit:v1:workspace';
/** The personal list as `{ rev, tab, data }`. */
export const PERSONAL_KEY = 'mentoring-kit:v1:personal';
/** The timers file (`mentoring-kit-timers`, version 1); a page holding one loads the timer's code at once. */
export const TIMERS_KEY = 'mentoring-kit:v1:timers';

/**
 * The keys whose presence says this browser holds saved work for each kind of tool: the exercise box
 * then opens its tools straight away (src/lib/on-use/saved-work.ts, src/page-scripts/use-loader.ts).
 */
export const SAVED_WORK_KEYS = {
  personal: [hasWorkKey(PERSONAL_DOCUMENT), PERSONAL_KEY],
  workspace: [hasWorkKey(WORKSPACE_DOCUMENT), WORKSPACE_KEY],
} as const;

// ─── localStorage: this device's choices ─────────────────────────────────────────────────────────

/** "dark" or "light", once chosen with the theme toggle (src/components/site/theme-script.ts). */
export const THEME_KEY = 'mentoring-kit:theme';
/** "instructor" or "learner", once chosen with the view toggle (src/components/site/theme-script.ts). */
export const VIEW_KEY = 'mentoring-kit:view';
/** The workshop's start time ("HH:MM"), shared by the schedule page, the console and the projector. */
export const SCHEDULE_START_KEY = 'mentoring-kit:v1:schedule-start';
/** "true" or "false": whether the schedule page shows a remote or hybrid day (src/lib/timer/remote.ts). */
export const SCHEDULE_REMOTE_KEY = 'mentoring-kit:v1:schedule-remote';
/** "true" or "false": whether the timers' chime is muted on this device (src/stores/timers.ts). */
export const MUTE_KEY = 'mentoring-kit:v1:timer-muted';
/** The last chime played, so that the tabs of one browser chime once (src/components/timer/common/effects.ts). */
export const CHIME_KEY = 'mentoring-kit:v1:timer-chime';
/** Text typed in an "Add" field and not yet added, one key per field: the prefix, then the field (src/stores/drafts.ts). */
export const DRAFT_KEY_PREFIX = 'mentoring-kit:v1:draft:';

// ─── localStorage: live rooms ────────────────────────────────────────────────────────────────────

/** The live workshop this device's console runs: the server's answer when it was started (src/stores/live/workshop.ts). */
export const LIVE_WORKSHOP_KEY = 'mentoring-kit:v2:live-workshop';
/** The name this device shows in live rooms (src/stores/live/me.ts). */
export const DISPLAY_NAME_KEY = 'mentoring-kit:v2:display-name';
/** A stable id for the person using this device, so a reload keeps their dots (src/stores/live/me.ts). */
export const PERSON_ID_KEY = 'mentoring-kit:v2:person-id';
