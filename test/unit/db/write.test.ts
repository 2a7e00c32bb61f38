import { describe, expect, it, vi } from 'vitest';
import { addReadingTime, recordLessonOpened } from '../../../src/db/progress';
import type { LearnerDatabase } from '../../../src/db/schema';
import { getStorageStatus } from '../../../src/db/status';
import { StorageWriteError } from '../../../src/db/write';
import { freshDbPerTest, snapshot } from './helpers';

let db: LearnerDatabase;
freshDbPerTest((fresh) => {
  db = fresh;
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a write when storage is full', () => {
  it('fails with the learner message and writes nothing, not even the first table', async () => {
    await recordLessonOpened(db, 3);
    const before = await snapshot(db);
    // Reading time writes progress first, then activity: the second put fails.
    const activityPut = vi.spyOn(db.activity, 'put').mockRejectedValue(quotaError());

    const write = addReadingTime(db, 3, 30_000);
    await expect(write).rejects.toBeInstanceOf(StorageWriteError);
    await expect(write).rejects.toThrow(
      'Your browser storage is full, so this change was not saved (nothing was half-written). Export a backup, then free some space.',
    );
    expect(activityPut).toHaveBeenCalled();
    expect(await snapshot(db)).toBe(before);
    expect((await db.progress.get('part-03'))?.activeMs).toBe(0);
    // Every island's storage notice shows the same message.
    expect(getStorageStatus().writeError).toMatch(/^Your browser storage is full/);
  });

  it('recognises a quota error that Dexie wrapped', async () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });
    vi.spyOn(db.progress, 'put').mockRejectedValue(wrapped);
    await expect(recordLessonOpened(db, 1)).rejects.toThrow(/storage is full/);
  });

  it('explains any other failure and says what to do', async () => {
    vi.spyOn(db.progress, 'put').mockRejectedValue(new Error('disk on fire'));
    await expect(recordLessonOpened(db, 1)).rejects.toThrow(
      'This change could not be saved: disk on fire. Reload the page and try again.',
    );
  });

  it('clears the message after the next write succeeds', async () => {
    vi.spyOn(db.progress, 'put').mockRejectedValueOnce(quotaError());
    await expect(recordLessonOpened(db, 1)).rejects.toThrow();
    expect(getStorageStatus().writeError).not.toBeNull();
    await recordLessonOpened(db, 1);
    expect(getStorageStatus().writeError).toBeNull();
  });
});

describe('every learner write', () => {
  it('stamps meta.lastChangeAt in the same transaction', async () => {
    expect(await db.meta.get('meta')).toBeUndefined();
    await recordLessonOpened(db, 1);
    const meta = await db.meta.get('meta');
    const opened = (await db.progress.get('part-01'))?.lastOpenedAt ?? '';
    expect(meta?.lastChangeAt && meta.lastChangeAt >= opened).toBe(true);
    expect(meta).toMatchObject({ lastBackupAt: null, persistence: 'unknown' });
  });
});
