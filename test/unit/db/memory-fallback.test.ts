/**
 * A browser with no IndexedDB at all (private mode, storage disabled). This
 * file deliberately does not load fake-indexeddb/auto: Dexie must start out
 * seeing no IndexedDB, exactly as in such a browser.
 */
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLearnerDb } from '../../../src/db/connection';
import { setLessonComplete } from '../../../src/db/progress';
import { getStorageStatus } from '../../../src/db/status';

describe('a browser without IndexedDB', () => {
  it('runs on the in-memory database, and live queries still deliver data to the islands', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const db = await openLearnerDb('no-indexeddb');
    expect(getStorageStatus().mode).toBe('memory');

    const statuses: (string | undefined)[] = [];
    const completed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`liveQuery delivered only ${JSON.stringify(statuses)}`)), 5000);
      const subscription = liveQuery(() => db.progress.get('part-02')).subscribe((p) => {
        statuses.push(p?.status);
        if (p?.status === 'completed') {
          clearTimeout(timer);
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await setLessonComplete(db, 2, true);
    await completed;
    expect(statuses.at(-1)).toBe('completed');
    db.close();
  });
});
