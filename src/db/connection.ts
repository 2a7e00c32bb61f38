import Dexie from 'dexie';
import { LearnerDatabase } from './schema';
import { setStorageStatus } from './status';

let opening: Promise<LearnerDatabase> | undefined;

/** Tries to open the real IndexedDB database; resolves to undefined with a reason when it cannot. */
async function openPersistent(name: string): Promise<{ db?: LearnerDatabase; reason?: string }> {
  if (typeof indexedDB === 'undefined') {
    return { reason: 'This browser offers no IndexedDB here (private mode or storage disabled).' };
  }
  const db = new LearnerDatabase(name);
  try {
    await db.open();
    return { db };
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? error.message : String(error);
    return { reason: `The browser refused to open local storage (${detail}).` };
  }
}

/** A database that lives only in memory: the site keeps working, nothing is saved. */
async function openInMemory(name: string): Promise<LearnerDatabase> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = new LearnerDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
}

function watch(db: LearnerDatabase): void {
  // Another tab wants to upgrade the schema: close so it can, and ask this tab
  // to reload (its code is older). Returning false keeps Dexie from reloading silently.
  db.on('versionchange', () => {
    db.close();
    setStorageStatus({ versionChanged: true });
    return false;
  });
}

/**
 * The learner database, opened once per page. Falls back to memory (with a
 * banner, saving disabled) when IndexedDB cannot be used, so the site still works.
 */
export function openLearnerDb(name = 'go-mastery'): Promise<LearnerDatabase> {
  opening ??= (async () => {
    const { db, reason } = await openPersistent(name);
    if (db) {
      watch(db);
      setStorageStatus({ mode: 'persistent', reason: null });
      return db;
    }
    setStorageStatus({ mode: 'memory', reason: reason ?? 'Local storage is unavailable.' });
    return openInMemory(name);
  })();
  return opening;
}

/** Test hook: forget the opened database so the next call opens again. */
export function resetLearnerDbForTests(): void {
  opening = undefined;
}

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
