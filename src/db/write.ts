import type { Table } from 'dexie';
import { isQuotaError } from './connection';
import type { LearnerDatabase } from './schema';
import { setStorageStatus } from './status';
import { nowIso } from '../lib/learner/time';

/** A write that failed; its message is meant for the learner. */
export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
}

/**
 * Runs fn in one read-write transaction over `tables` plus meta (every write
 * stamps meta.lastChangeAt, which drives the backup reminder). Either all of
 * it is stored or none of it: IndexedDB aborts the whole transaction on error.
 */
export async function writeTransaction<T>(db: LearnerDatabase, tables: Table[], fn: () => Promise<T>): Promise<T> {
  try {
    const result = await db.transaction('rw', [...tables, db.meta], async () => {
      const value = await fn();
      const at = nowIso();
      const meta = await db.meta.get('meta');
      await db.meta.put({
        id: 'meta',
        createdAt: meta?.createdAt ?? at,
        lastChangeAt: at,
        lastBackupAt: meta?.lastBackupAt ?? null,
        persistence: meta?.persistence ?? 'unknown',
      });
      return value;
    });
    setStorageStatus({ writeError: null });
    return result;
  } catch (error) {
    const message = isQuotaError(error)
      ? 'Your browser storage is full, so this change was not saved (nothing was half-written). Export a backup, then free some space.'
      : `This change could not be saved: ${error instanceof Error ? error.message : String(error)}`;
    setStorageStatus({ writeError: message });
    throw new StorageWriteError(message, { cause: error });
  }
}
