import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readPracticeInputs, recordReview, watchPracticeInputs } from '../../../src/db/practice';
import type { LearnerDatabase } from '../../../src/db/schema';
import type { PracticeInputs } from '../../../src/lib/practice/view';
import { freshDbPerTest } from './helpers';

let db: LearnerDatabase;
freshDbPerTest((d) => (db = d));

describe('practice storage', () => {
  it('records each review as its own event and never overwrites one', async () => {
    const first = await recordReview(db, 'q-part01-a', 1);
    const second = await recordReview(db, 'q-part01-a', 3);
    expect(first.id).not.toBe(second.id);
    const { events } = await readPracticeInputs(db);
    expect(events.map((e) => [e.card, e.grade]).sort()).toEqual([
      ['q-part01-a', 1],
      ['q-part01-a', 3],
    ]);
  });

  it('tells a watcher about reviews recorded after it started', async () => {
    // liveQuery stays silent where Dexie sees no IndexedDB (it takes that for server rendering), as in Node.
    if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB: new IDBFactory(), IDBKeyRange });
    const seen: PracticeInputs[] = [];
    const stop = watchPracticeInputs(
      db,
      (inputs) => seen.push(inputs),
      (e) => {
        throw e;
      },
    );
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    await recordReview(db, 'q-part02-a', 4);
    await expect.poll(() => seen.at(-1)?.events.length).toBe(1);
    stop();
  });
});
