import { describe, expect, it, vi } from 'vitest';
import { addReadingTime, recordLessonOpened } from '../../../src/db/progress';
import { drainReadingOutbox, stashReadingTime, type OutboxStorage } from '../../../src/db/reading-outbox';
import type { LearnerDatabase } from '../../../src/db/schema';
import { freshDbPerTest } from './helpers';

/** localStorage as a Map. */
function mapStorage(): OutboxStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

let db: LearnerDatabase;
freshDbPerTest((fresh) => {
  db = fresh;
});

describe('the reading-time outbox', () => {
  it('moves parked time into the lesson and the day it was read, then forgets it', async () => {
    const storage = mapStorage();
    expect(stashReadingTime(4, 12_000, storage, '2025-03-09')).toBe(true);
    expect(stashReadingTime(4, 3_000, storage, '2025-03-10')).toBe(true);
    await expect(drainReadingOutbox(db, storage)).resolves.toBe(15_000);
    expect((await db.progress.get('part-04'))?.activeMs).toBe(15_000);
    expect(await db.activity.toArray()).toEqual([
      { id: '2025-03-09', activeMs: 12_000, attempts: 0 },
      { id: '2025-03-10', activeMs: 3_000, attempts: 0 },
    ]);
    expect(storage.map.size).toBe(0);
  });

  it('drops damaged entries and leaves other sites’ keys alone', async () => {
    const storage = mapStorage();
    storage.setItem('go-mastery:reading-outbox:a', '{not json');
    storage.setItem('go-mastery:reading-outbox:b', JSON.stringify({ part: 1, ms: 1e12, day: '2025-03-09' }));
    storage.setItem('go-mastery:reading-outbox:c', JSON.stringify({ part: '1', ms: 5, day: '2025-03-09' }));
    storage.setItem('theme', 'dark');
    await expect(drainReadingOutbox(db, storage)).resolves.toBe(0);
    expect([...storage.map.keys()]).toEqual(['theme']);
    expect(await db.activity.count()).toBe(0);
  });

  it('keeps an entry whose write failed, and writes it next time', async () => {
    const storage = mapStorage();
    stashReadingTime(2, 9_000, storage, '2025-03-09');
    vi.spyOn(db.activity, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(drainReadingOutbox(db, storage)).rejects.toThrow(/storage is full/);
    expect(storage.map.size).toBe(1);
    await expect(drainReadingOutbox(db, storage)).resolves.toBe(9_000);
    expect((await db.progress.get('part-02'))?.activeMs).toBe(9_000);
  });

  it('never writes an entry twice when two drains overlap in one page', async () => {
    const storage = mapStorage();
    stashReadingTime(3, 5_000, storage, '2025-03-09');
    await Promise.all([drainReadingOutbox(db, storage), drainReadingOutbox(db, storage)]);
    expect((await db.progress.get('part-03'))?.activeMs).toBe(5_000);
  });

  it('says so when there is no storage to park in', () => {
    expect(stashReadingTime(1, 1000, undefined)).toBe(false);
    const full = {
      ...mapStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(stashReadingTime(1, 1000, full)).toBe(false);
  });
});

describe('addReadingTime', () => {
  it('does not move lastOpenedAt, so late-written time cannot change where the learner continues', async () => {
    await recordLessonOpened(db, 5);
    const opened = (await db.progress.get('part-05'))?.lastOpenedAt;
    await new Promise((r) => setTimeout(r, 5));
    await addReadingTime(db, 5, 1000);
    expect((await db.progress.get('part-05'))?.lastOpenedAt).toBe(opened);
  });
});
