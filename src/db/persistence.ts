import type { Meta } from '../lib/learner/types';
import { nowIso } from '../lib/learner/time';
import type { LearnerDatabase } from './schema';
import { getStorageStatus, setStorageStatus } from './status';

export type PersistenceOutcome = Meta['persistence'];

/** The part of navigator.storage we use; injected in tests. */
export type PersistentStorage = Pick<StorageManager, 'persist' | 'persisted'>;

const browserStorage = (): PersistentStorage | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);

/** Stores the browser's answer in meta.persistence (the database's own bookkeeping: no change stamp). */
async function recordPersistence(db: LearnerDatabase, outcome: PersistenceOutcome): Promise<void> {
  // meta only: the answer is about this browser, not about the learner's progress.
  await db.transaction('rw', [db.meta], async () => {
    const meta = await db.meta.get('meta');
    const at = nowIso();
    await db.meta.put({
      id: 'meta',
      createdAt: meta?.createdAt ?? at,
      lastChangeAt: meta?.lastChangeAt ?? null,
      lastBackupAt: meta?.lastBackupAt ?? null,
      persistence: outcome,
    });
  });
}

/**
 * Asks the browser to keep the learner's data under storage pressure
 * (navigator.storage.persist()), records the answer in meta.persistence and
 * the status store, and returns it. Some browsers ask the learner; others
 * decide from how much the site is used, so asking again later may succeed.
 */
export async function requestPersistentStorage(
  db: LearnerDatabase,
  storage: PersistentStorage | undefined = browserStorage(),
): Promise<PersistenceOutcome> {
  let outcome: PersistenceOutcome;
  if (!storage || typeof storage.persist !== 'function') {
    outcome = 'unsupported';
  } else {
    try {
      outcome = (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      outcome = 'denied';
    }
  }
  setStorageStatus({ persisted: outcome });
  try {
    await recordPersistence(db, outcome);
  } catch {
    // The status store already shows the answer; failing to note it only means we may ask again next time.
  }
  return outcome;
}

const asked = new WeakSet<LearnerDatabase>();

/**
 * Called after a write commits while meta.persistence is still "unknown":
 * asks once per page, and never for the in-memory fallback (nothing there
 * outlives the page, so there is nothing to keep).
 */
export function requestPersistenceAfterFirstWrite(db: LearnerDatabase, storage?: PersistentStorage): void {
  if (asked.has(db) || getStorageStatus().mode !== 'persistent') return;
  asked.add(db);
  void requestPersistentStorage(db, storage ?? browserStorage());
}

/**
 * Puts the current persistence state in the status store when the database
 * opens, without prompting: persisted() is a plain query. Until we have asked
 * (meta says "unknown"), the status stays "unknown".
 */
export async function loadPersistenceStatus(
  db: LearnerDatabase,
  storage: PersistentStorage | undefined = browserStorage(),
): Promise<PersistenceOutcome> {
  const recorded = (await db.meta.get('meta'))?.persistence ?? 'unknown';
  let outcome = recorded;
  if (recorded !== 'unknown' && storage && typeof storage.persisted === 'function') {
    try {
      // The browser's current answer wins: it may have granted or revoked since we asked.
      outcome = (await storage.persisted()) ? 'granted' : recorded === 'granted' ? 'denied' : recorded;
    } catch {
      outcome = recorded;
    }
  }
  setStorageStatus({ persisted: outcome });
  return outcome;
}
