import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearAllData, exportBackup, importBackup } from '../../../src/db/backup';
import {
  keepPracticeSnapshot,
  readPracticeInputs,
  recordReview,
  SNAPSHOT_EVERY,
  watchPracticeInputs,
  type PracticeRead,
} from '../../../src/db/practice';
import type { LearnerDatabase } from '../../../src/db/schema';
import type { ReviewEvent } from '../../../src/lib/learner/types';
import { cardStates } from '../../../src/lib/practice/schedule';
import type { PracticeInputs } from '../../../src/lib/practice/view';
import { freshDbPerTest } from './helpers';

let db: LearnerDatabase;
freshDbPerTest((d) => (db = d));

describe('practice storage', () => {
  it('records each review as its own event and never overwrites one', async () => {
    const first = await recordReview(db, 'q-part01-a', 1);
    const second = await recordReview(db, 'q-part01-a', 3);
    expect(first.id).not.toBe(second.id);
    const events = await db.reviewEvents.toArray();
    expect(events.map((e) => [e.card, e.grade]).sort()).toEqual([
      ['q-part01-a', 1],
      ['q-part01-a', 3],
    ]);
    const { replay } = await readPracticeInputs(db);
    expect(replay.eventCount).toBe(2);
    expect(replay.states.find((s) => s.card === 'q-part01-a')?.reviews).toBe(2);
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
    await expect.poll(() => seen.at(-1)?.replay.eventCount).toBe(1);
    stop();
  });
});

describe('the stored replay snapshot', () => {
  const review = (i: number, card = `q${i % 7}`, grade: 1 | 2 | 3 | 4 = 3): ReviewEvent => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    card,
    at: new Date(Date.parse('2026-02-01T08:00:00Z') + i * 3_600_000).toISOString(),
    grade,
  });
  const full = async () => cardStates([], await db.reviewEvents.toArray());
  const statesOf = (read: PracticeRead) => new Map(read.replay.states.map((s) => [s.card, s]));

  it('is stored once enough events are replayed, and later reads replay only the newer ones', async () => {
    await db.reviewEvents.bulkAdd(Array.from({ length: SNAPSHOT_EVERY + 5 }, (_, i) => review(i)));
    const first = await readPracticeInputs(db);
    expect(first.replayedNow).toBe(SNAPSHOT_EVERY + 5);
    expect(await keepPracticeSnapshot(db, first)).toBe(true);

    await recordReview(db, 'q3', 1);
    const second = await readPracticeInputs(db);
    expect(second.replayedNow).toBe(1);
    expect(second.replay.eventCount).toBe(SNAPSHOT_EVERY + 6);
    expect(statesOf(second)).toEqual(await full());
    expect(await keepPracticeSnapshot(db, second)).toBe(false); // one event past it: not worth a write
  });

  it('is not trusted after an import brings older reviews, nor after a replace import of as many', async () => {
    await db.reviewEvents.bulkAdd(Array.from({ length: SNAPSHOT_EVERY }, (_, i) => review(i + 100)));
    await keepPracticeSnapshot(db, await readPracticeInputs(db));
    expect(await db.practiceReplay.count()).toBe(1);

    // Another device's older history, merged in.
    const { data } = await exportBackup(db);
    const older = Array.from({ length: 3 }, (_, i) => review(i, 'q1', 1));
    await importBackup(db, { ...(await exportBackup(db)), data: { ...data, reviewEvents: older } }, 'merge');
    const merged = await readPracticeInputs(db);
    expect(merged.replay.eventCount).toBe(SNAPSHOT_EVERY + 3);
    expect(statesOf(merged)).toEqual(await full());

    // Replaced by a file with the same number of different reviews.
    await keepPracticeSnapshot(db, merged);
    const other = Array.from({ length: SNAPSHOT_EVERY + 3 }, (_, i) => review(i + 500, 'q2', 4));
    await importBackup(db, { ...(await exportBackup(db)), data: { ...data, reviewEvents: other } }, 'replace');
    const replaced = await readPracticeInputs(db);
    expect([...statesOf(replaced).keys()]).toEqual(['q2']);
    expect(statesOf(replaced)).toEqual(await full());
  });

  it('is cleared with everything else', async () => {
    await db.reviewEvents.bulkAdd(Array.from({ length: SNAPSHOT_EVERY }, (_, i) => review(i)));
    await keepPracticeSnapshot(db, await readPracticeInputs(db));
    await clearAllData(db);
    expect(await db.practiceReplay.count()).toBe(0);
    expect((await readPracticeInputs(db)).replay.eventCount).toBe(0);
  });
});
