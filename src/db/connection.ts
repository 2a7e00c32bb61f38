import Dexie from 'dexie';
import { LearnerDatabase } from './schema';
import { loadPersistenceStatus } from './persistence';
import { drainReadingOutbox } from './reading-outbox';
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
  const indexedDB = new IDBFactory();
  // Dexie's liveQuery stays silent while Dexie sees no IndexedDB at all (it
  // takes that for server rendering), so islands would never get their data:
  // let it see the in-memory one. Only when there is no real one to shadow.
  if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
  const db = new LearnerDatabase(name, { indexedDB, IDBKeyRange });
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
      // Shown on the data page; a failure here only leaves it "unknown".
      void loadPersistenceStatus(db).catch(() => undefined);
      // Reading time parked when the previous page was left goes in before anything reads it.
      void drainReadingOutbox(db).catch(() => undefined);
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
