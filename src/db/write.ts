import Dexie, { type Table } from 'dexie';
import { requestPersistenceAfterFirstWrite } from './persistence';
import type { LearnerDatabase } from './schema';
import { setStorageStatus } from './status';
import { nowIso } from '../lib/learner/time';

/** True when a Dexie error means the origin is out of storage. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as { inner?: unknown }).inner;
  return (
    error.name === Dexie.errnames.QuotaExceeded ||
    error.name === 'QuotaExceededError' ||
    (inner instanceof Error && isQuotaError(inner))
  );
}

/** A write that failed; its message is meant for the learner. */
export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
}

/**
 * Runs fn in one read-write transaction over `tables`, turning a failure into
 * a StorageWriteError whose message the learner can act on. Either all of it
 * is stored or none of it: IndexedDB aborts the whole transaction on error.
 * Use writeTransaction for learner changes; this bare form is for writes that
 * manage meta themselves (backups, clearing, bookkeeping).
 */
export async function guardedTransaction<T>(db: LearnerDatabase, tables: Table[], fn: () => Promise<T>): Promise<T> {
  try {
    const result = await db.transaction('rw', tables, fn);
    setStorageStatus({ writeError: null });
    return result;
  } catch (error) {
    const message = isQuotaError(error)
      ? 'Your browser storage is full, so this change was not saved (nothing was half-written). Export a backup, then free some space.'
      : `This change could not be saved: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. Reload the page and try again.`;
    setStorageStatus({ writeError: message });
    throw new StorageWriteError(message, { cause: error });
  }
}

/**
 * Runs fn in one read-write transaction over `tables` plus meta (every write
 * stamps meta.lastChangeAt, which drives the backup reminder). After the
 * learner's first recorded change, asks the browser to keep the data.
 */
export async function writeTransaction<T>(db: LearnerDatabase, tables: Table[], fn: () => Promise<T>): Promise<T> {
  let persistenceUnknown = false;
  const result = await guardedTransaction(db, [...tables, db.meta], async () => {
    const value = await fn();
    const at = nowIso();
    const meta = await db.meta.get('meta');
    persistenceUnknown = (meta?.persistence ?? 'unknown') === 'unknown';
    await db.meta.put({
      id: 'meta',
      createdAt: meta?.createdAt ?? at,
      lastChangeAt: at,
      lastBackupAt: meta?.lastBackupAt ?? null,
      persistence: meta?.persistence ?? 'unknown',
    });
    return value;
  });
  if (persistenceUnknown) requestPersistenceAfterFirstWrite(db);
  return result;
}
