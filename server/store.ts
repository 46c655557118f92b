// Persistence on Node's built-in SQLite: workshops, their capability tokens (hashed) and the Yjs state of
// their documents. Several server processes on one machine may share the file (WAL, busy timeout).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Grant, Role } from '../src/lib/live/protocol.ts';

export interface NewWorkshop {
  id: string;
  tokens: Array<{ hash: string; role: Role; teamId?: string }>;
}

export type Store = ReturnType<typeof openStore>;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS workshops (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, active_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    team_id TEXT
  );
  CREATE INDEX IF NOT EXISTS tokens_workshop ON tokens(workshop_id);
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    state BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS documents_workshop ON documents(workshop_id);
  -- Ids of deleted workshops (nothing else), so that an old link says the workshop has ended.
  CREATE TABLE IF NOT EXISTS ended (id TEXT PRIMARY KEY, ended_at INTEGER NOT NULL);
`;

/** Opens (creating when needed) `<dataDir>/live.sqlite`. `now` is the clock, injectable for tests. */
export function openStore(dataDir: string, now: () => number = Date.now) {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, 'live.sqlite'));
  // WAL with synchronous=NORMAL: a commit does not wait for the disk (node:sqlite blocks the event loop while
  // it does), yet survives a crash of the process; only a power cut may lose the last seconds, which the
  // members' devices still hold and send again when they reconnect.
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  db.exec(SCHEMA);

  const insertWorkshop = db.prepare('INSERT INTO workshops (id, created_at, active_at) VALUES (?, ?, ?)');
  const insertToken = db.prepare('INSERT INTO tokens (hash, workshop_id, role, team_id) VALUES (?, ?, ?, ?)');
  const selectToken = db.prepare('SELECT workshop_id, role, team_id FROM tokens WHERE hash = ?');
  const selectEnded = db.prepare('SELECT 1 FROM ended WHERE id = ?');
  const touchWorkshop = db.prepare('UPDATE workshops SET active_at = ? WHERE id = ? AND active_at < ?');
  const selectDocument = db.prepare('SELECT state FROM documents WHERE name = ?');
  // A document whose workshop was deleted meanwhile is dropped rather than stored without an owner.
  const upsertDocument = db.prepare(`
    INSERT INTO documents (name, workshop_id, state, updated_at)
    SELECT ?1, id, ?2, ?3 FROM workshops WHERE id = ?4
    ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
  const selectIdle = db.prepare('SELECT id FROM workshops WHERE active_at < ?');
  const deleteWorkshop = db.prepare('DELETE FROM workshops WHERE id = ?');
  const insertEnded = db.prepare('INSERT OR REPLACE INTO ended (id, ended_at) VALUES (?, ?)');
  const pruneEnded = db.prepare('DELETE FROM ended WHERE ended_at < ?');

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    createWorkshop(workshop: NewWorkshop): void {
      const time = now();
      transaction(() => {
        insertWorkshop.run(workshop.id, time, time);
        for (const token of workshop.tokens) {
          insertToken.run(token.hash, workshop.id, token.role, token.teamId ?? null);
        }
      });
    },

    /** The grant of a token's hash, or null when no live workshop issued it. */
    grantFor(hash: string): Grant | null {
      const row = selectToken.get(hash);
      if (!row) return null;
      return {
        workshopId: String(row.workshop_id),
        role: String(row.role) as Role,
        teamId: row.team_id === null ? undefined : String(row.team_id),
      };
    },

    hasEnded(workshopId: string): boolean {
      return selectEnded.get(workshopId) !== undefined;
    },

    /** Records activity; written at most once a minute per workshop. */
    touch(workshopId: string): void {
      const time = now();
      touchWorkshop.run(time, workshopId, time - 60_000);
    },

    loadDocument(name: string): Uint8Array | null {
      const row = selectDocument.get(name);
      return row ? (row.state as Uint8Array) : null;
    },

    storeDocument(name: string, workshopId: string, state: Uint8Array): void {
      upsertDocument.run(name, state, now(), workshopId);
    },

    /**
     * Deletes every workshop (its tokens and documents) without activity since `before`, except those
     * `isOpen` says are in use, which count as active. Returns the ids deleted.
     */
    deleteIdle(before: number, isOpen: (workshopId: string) => boolean): string[] {
      const time = now();
      const deleted: string[] = [];
      for (const row of selectIdle.all(before)) {
        const id = String(row.id);
        if (isOpen(id)) {
          touchWorkshop.run(time, id, time);
          continue;
        }
        transaction(() => {
          deleteWorkshop.run(id);
          insertEnded.run(id, time);
        });
        deleted.push(id);
      }
      pruneEnded.run(before);
      return deleted;
    },

    close(): void {
      db.close();
    },
  };
}
